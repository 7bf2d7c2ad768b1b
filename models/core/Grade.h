#pragma once

// The four CQC grades, best first. Anything else found in a rating field
// ("Inspected but not rated", "No published rating", ...) is NotAGrade: it is
// kept and shown as text but never ranked, counted or diffed as a grade.
enum class Grade { None = 0, Outstanding, Good, RequiresImprovement, Inadequate, NotAGrade };
