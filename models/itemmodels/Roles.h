#pragma once

#include <Qt>

// Custom item-data roles shared by the models and the delegate. Models put
// meaning here (a grade, a date, a change); the delegate decides the looks.
namespace Roles {
enum : int {
    GradeRole = Qt::UserRole + 1,   // int(Grade) of a rating cell
    DateRole,                       // QDate the shown value was published
    InheritedRole,                  // bool: inherited from a predecessor registration
    ChangeRole,                     // int(Change) of a diff cell
    SortRole,                       // value the proxy sorts by
    SubjectIdRole,                  // provider or location ID of the row
    RowKindRole,                    // int(GridRow::Level) + service flag, for the delegate's indent
    LaterNonGradeRole,              // QString: a newer non-grade kept beside the grade shown
    StaleRole,                      // bool: rated more than four years before the grid's date
    ExportRole,                     // the value CSV export writes: QDate, qint64 or QString; in
                                    // headerData, the column's untranslated name
    ScoreRole,                      // int: CQC's percentage score of the cell, -1 when none
};
}
