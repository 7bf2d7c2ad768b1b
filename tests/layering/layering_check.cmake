# SPDX-FileCopyrightText: 2026 The Trust Ratings authors
# SPDX-License-Identifier: MIT
# Run by ctest as layering_check (see CMakeLists.txt): builds each probe of
# PROBES_FILE (lines "target:pass|fail:header") in BUILD_DIR and checks
# the outcome (a failing probe must fail to find that header); then that no
# source under MODELS_DIR includes a header by a quoted path, which would
# find a sibling's file beside it and so bypass the include directories;
# and that no source under UI_DIR or APP_DIR names Qt Sql or SQLite at all
# (<QtSql/QSqlDatabase> would be found through Qt's include root).
file(STRINGS ${PROBES_FILE} probes)
set(errors 0)
foreach(entry ${probes})
    string(REPLACE ":" ";" fields "${entry}")
    list(GET fields 0 target)
    list(GET fields 1 expected)
    list(GET fields 2 header)
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${target}
                    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
    string(REPLACE "." "\\." header_re "${header}")
    if(expected STREQUAL "pass")
        if(status EQUAL 0)
            message(STATUS "allowed   ${target}: compiles")
        else()
            message(SEND_ERROR "${target} should compile and does not:\n${out}")
            math(EXPR errors "${errors} + 1")
        endif()
    else()
        # gcc: "fatal error: x/Y.h: No such file or directory";
        # clang: "fatal error: 'x/Y.h' file not found".
        if(NOT status EQUAL 0 AND out MATCHES "${header_re}'?:? (No such file or directory|file not found)")
            message(STATUS "forbidden ${target}: ${header} not found, as it must be")
        else()
            message(SEND_ERROR "${target} should fail to find ${header} (status ${status}):\n${out}")
            math(EXPR errors "${errors} + 1")
        endif()
    endif()
endforeach()

file(GLOB_RECURSE sources ${MODELS_DIR}/*.h ${MODELS_DIR}/*.cpp)
foreach(file ${sources})
    file(STRINGS ${file} quoted REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    if(quoted)
        message(SEND_ERROR "${file}: include by <library/Header.h>, not \"...\": ${quoted}")
        math(EXPR errors "${errors} + 1")
    endif()
endforeach()

file(GLOB_RECURSE sources ${UI_DIR}/*.h ${UI_DIR}/*.cpp ${APP_DIR}/*.h ${APP_DIR}/*.cpp)
foreach(file ${sources})
    file(STRINGS ${file} sql REGEX "QSql|QtSql|sqlite3")
    if(sql)
        message(SEND_ERROR "${file}: Qt Sql and SQLite belong to storage; use its front (storage/Database.h): ${sql}")
        math(EXPR errors "${errors} + 1")
    endif()
endforeach()

if(errors GREATER 0)
    message(FATAL_ERROR "layering_check: ${errors} problem(s), listed above")
endif()
