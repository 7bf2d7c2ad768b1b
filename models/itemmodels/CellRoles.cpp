// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/CellRoles.h>

#include <itemmodels/Roles.h>

#include <QCoreApplication>

QString CellRoles::tileText(const GridCell &cell)
{
    return cell.score >= 0 ? QCoreApplication::translate("CellRoles", "%1 %2%").arg(cell.rating.text()).arg(cell.score)
                           : cell.rating.text();
}

QVariant CellRoles::tile(const GridCell &cell, int role)
{
    switch (role) {
    case Qt::DisplayRole: return tileText(cell);
    case Roles::GradeRole: return int(cell.rating.grade());
    case Roles::DateRole: return cell.date;
    case Roles::InheritedRole: return cell.isInherited();
    case Roles::SortRole: return cell.rating.sortRank();
    }
    return {};
}
