// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

// Custom item-data roles shared by the models, the proxies and the delegate.
// Models put meaning here (a grade, a date, a change); the delegate decides
// the looks, and a proxy filters by what a row is, not by its model's type.
namespace Roles {
Q_NAMESPACE

enum Role : int {
    GradeRole = Qt::UserRole + 1, // int(Grade) of a rating cell
    DateRole,                     // QDate the shown value was published
    InheritedRole,                // bool: inherited from a predecessor registration
    ChangeRole,                   // int(Change) of a diff cell
    SortRole,                     // value the proxy sorts by
    SubjectIdRole,                // provider or location ID of the row
    StaleRole,                    // bool: rated more than four years before the grid's date
    ExportRole,                   // the value CSV export writes: QDate, qint64 or QString; in
                                  // headerData, the column's untranslated name
    // Of a whole row, in any column (the trust list):
    RegionRole,       // QString: the provider's region, empty when unknown
    NhsRole,          // bool: an NHS trust (not an independent provider)
    OverallGradeRole, // int(Grade) of the provider's headline Overall rating
    SearchTextRole,   // QString: name, ID and location names, case-folded, that
                      // the filter text is looked for in
    CqcPageRole,      // QUrl: the row's page on cqc.org.uk, invalid when none
    TrustTypeRole,    // int(TrustType) of the provider, from its inspection category
    IcbRole,          // QString: the provider's ICB, empty when the data has none
    LevelRole,        // int(PopulationLevel) of an England table's row
    // Of a grid or diff cell:
    GridRowRole,     // GridRow the cell belongs to
    KeyQuestionRole, // int(KeyQuestion) of the cell's column
};
Q_ENUM_NS(Role)
} // namespace Roles
