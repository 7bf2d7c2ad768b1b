// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

// The four CQC grades, best first. Anything else found in a rating field
// ("Inspected but not rated", "No published rating", ...) is NotAGrade: it is
// kept and shown as text but never ranked, counted or diffed as a grade.
// Registered with Qt's meta-object system (in a namespace of its own, which
// Q_NAMESPACE needs), so that a Grade in a QVariant or in qDebug() prints
// its name.
namespace Grades {
Q_NAMESPACE
enum class Grade { None = 0, Outstanding, Good, RequiresImprovement, Inadequate, NotAGrade };
Q_ENUM_NS(Grade)
} // namespace Grades
using Grades::Grade;
