// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <jobs/CancelToken.h>
#include <jobs/ImportRequest.h>
#include <importing/ImportResult.h>

#include <QPromise>

// Imports files off the GUI thread: QtConcurrent::run(&ImportTask::run,
// request, token). It opens its own database connection through the
// request's factory (Qt's SQL connections must not cross threads), reports one result per file,
// progress 0..100 for each file (the range is 100 times the number of
// files) with a line saying where it is, and stops at `token`'s cancel:
// the file being imported rolls back, the files before it stay.
namespace ImportTask {
void run(QPromise<ImportResult> &promise, const ImportRequest &request, const CancelToken &token);
}

Q_DECLARE_METATYPE(ImportResult)
