// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/TimelineTableModel.h>

#include <itemmodels/CellRoles.h>
#include <itemmodels/Roles.h>

#include <QLocale>

TimelineTableModel::TimelineTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TimelineTableModel::setTimeline(const Timeline &timeline, const QDate &asOf)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = timeline.columns().crbegin(); it != timeline.columns().crend(); ++it)
        if (!asOf.isValid() || it->date <= asOf)
            m_rows.append(*it);
    endResetModel();
}

bool TimelineTableModel::keyQuestionAt(int column, KeyQuestion *out) const
{
    if (column < 1 || column > m_keyQuestions.size())
        return false;
    *out = m_keyQuestions.at(column - 1);
    return true;
}

int TimelineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_keyQuestions.size());
}

QVariant TimelineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TimelineColumn &report = m_rows.at(index.row());
    KeyQuestion kq;
    if (!keyQuestionAt(index.column(), &kq)) {
        switch (role) {
        case Qt::DisplayRole: return QLocale().toString(report.date, QStringLiteral("d MMM yyyy"));
        case Roles::ExportRole:
        case Roles::SortRole: return report.date;
        }
        return {};
    }
    const GridCell cell = report.cell(kq);
    switch (role) {
    // No DateRole: the row is the report's date, and a tile need not say it again.
    case Qt::DisplayRole:
    case Roles::GradeRole:
    case Roles::InheritedRole:
    case Roles::SortRole: return CellRoles::tile(cell, role);
    case Roles::KeyQuestionRole: return int(kq);
    case Roles::ExportRole: return cell.rating.text();
    case Qt::AccessibleTextRole:
        return cell.isEmpty() ? tr("%1: not rated in this report").arg(KeyQuestions::label(kq))
                              : tr("%1: %2").arg(KeyQuestions::label(kq), cell.rating.text());
    }
    return {};
}

QVariant TimelineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    KeyQuestion kq;
    if (keyQuestionAt(section, &kq))
        return KeyQuestions::label(kq);
    return section == 0 ? tr("Report") : QVariant();
}
