// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/RatingGridModel.h>

#include <itemmodels/CellRoles.h>
#include <itemmodels/Roles.h>

#include <QLocale>

RatingGridModel::RatingGridModel(QObject *parent) : QAbstractItemModel(parent)
{}

void RatingGridModel::setSubject(const SubjectRatings &ratings, const QDate &asOf)
{
    beginResetModel();
    m_ratings = ratings;
    m_grid = RatingGrid::build(ratings, asOf);
    buildTree();
    endResetModel();
}

void RatingGridModel::clear()
{
    beginResetModel();
    m_ratings = {};
    m_grid = {};
    buildTree();
    endResetModel();
}

void RatingGridModel::buildTree()
{
    const QVector<GridRow> &rows = m_grid.rows();
    m_parent.fill(-1, rows.size());
    m_children = QVector<QVector<int>>(rows.size());
    m_positionInParent.fill(0, rows.size());
    m_topLevel.clear();
    // A service hangs under its location's (or the provider's) row; a
    // location hangs under the provider row when the subject is a provider.
    for (int i = 0; i < rows.size(); ++i) {
        const GridRow &row = rows.at(i);
        int parent = -1;
        if (row.isServiceRow())
            parent = m_grid.rowOf(GridRow::keyOf(row.locationId, QString()));
        else if (row.level == GridRow::Level::Location && m_grid.subject().kind == Subject::Kind::Provider)
            parent = 0;
        if (parent == i)
            parent = -1;
        m_parent[i] = parent;
        QVector<int> &siblings = parent < 0 ? m_topLevel : m_children[parent];
        m_positionInParent[i] = siblings.size();
        siblings.append(i);
    }
}

const GridRow *RatingGridModel::gridRow(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_grid.rows().at(int(index.internalId()));
}

bool RatingGridModel::keyQuestionAt(int column, KeyQuestion *out) const
{
    if (column < 1 || column > m_grid.columns().size())
        return false;
    *out = m_grid.columns().at(column - 1);
    return true;
}

QModelIndex RatingGridModel::indexOfRow(const QString &rowKey, int column) const
{
    const int row = m_grid.rowOf(rowKey);
    if (row < 0)
        return {};
    return createIndex(m_positionInParent.at(row), column, quintptr(row));
}

QModelIndex RatingGridModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= columnCount(parent) || row < 0)
        return {};
    const QVector<int> &siblings = parent.isValid() ? m_children.at(int(parent.internalId())) : m_topLevel;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex RatingGridModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_parent.at(int(child.internalId()));
    if (parent < 0)
        return {};
    return createIndex(m_positionInParent.at(parent), 0, quintptr(parent));
}

int RatingGridModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_topLevel.size();
    if (parent.column() != 0)
        return 0;
    return m_children.at(int(parent.internalId())).size();
}

int RatingGridModel::columnCount(const QModelIndex &) const
{
    return 1 + m_grid.columns().size();
}

bool RatingGridModel::isStale(const GridCell &cell) const
{
    // CQC aims to re-inspect within a few years; older ratings are flagged
    // so a reader does not take them for current.
    const QDate reference = m_grid.asOf().isValid() ? m_grid.asOf() : QDate::currentDate();
    return !cell.isEmpty() && cell.date.isValid() && cell.date < reference.addYears(-4);
}

QString RatingGridModel::rowName(const GridRow &row) const
{
    if (row.isServiceRow())
        return row.service;
    if (row.level == GridRow::Level::Location)
        return row.locationName.isEmpty() ? row.locationId : row.locationName;
    return m_ratings.name;
}

QVariant RatingGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GridRow &row = m_grid.rows().at(int(index.internalId()));
    const QString name = rowName(row);
    KeyQuestion kq;
    if (!keyQuestionAt(index.column(), &kq)) {
        switch (role) {
        case Qt::DisplayRole: return name;
        case Qt::ToolTipRole:
            if (row.isServiceRow())
                return row.level == GridRow::Level::Location
                    ? tr("%1 at %2").arg(row.service, rowName({row.level, row.locationId, row.locationName, {}}))
                    : tr("%1 (trust-wide)").arg(row.service);
            return row.level == GridRow::Level::Location ? tr("Location %1").arg(row.locationId)
                                                         : tr("Provider %1").arg(m_ratings.providerId);
        case Roles::SubjectIdRole: return row.level == GridRow::Level::Location ? row.locationId : m_ratings.providerId;
        case Roles::GridRowRole: return QVariant::fromValue(row);
        }
        return {};
    }

    const GridCell cell = m_grid.cell(int(index.internalId()), kq);
    const QString where = row.isServiceRow() && row.level == GridRow::Level::Location
        ? tr("%1, %2").arg(rowName({row.level, row.locationId, row.locationName, {}}), row.service)
        : name;
    switch (role) {
    case Qt::DisplayRole:
    case Roles::GradeRole:
    case Roles::DateRole:
    case Roles::InheritedRole:
    case Roles::SortRole: return CellRoles::tile(cell, role);
    case Roles::GridRowRole: return QVariant::fromValue(row);
    case Roles::KeyQuestionRole: return int(kq);
    case Roles::StaleRole: return isStale(cell);
    case Qt::ToolTipRole: {
        if (cell.isEmpty())
            return tr("%1: no rating published").arg(KeyQuestions::label(kq));
        QString tip = cell.date.isValid()
            ? tr("%1: %2\nPublished %3")
                  .arg(KeyQuestions::label(kq), cell.rating.text(), QLocale().toString(cell.date, QLocale::LongFormat))
            : tr("%1: %2 (no date)").arg(KeyQuestions::label(kq), cell.rating.text());
        if (cell.score >= 0)
            tip += tr("\nScore %1%").arg(cell.score);
        if (cell.snapshotDate.isValid())
            tip +=
                tr("\nAs listed in CQC's view of %1").arg(QLocale().toString(cell.snapshotDate, QLocale::LongFormat));
        if (cell.isInherited())
            tip += cell.inheritedFrom == QLatin1String("Y") ? tr("\nInherited from a predecessor registration")
                                                            : tr("\nInherited from %1").arg(cell.inheritedFrom);
        if (isStale(cell))
            tip += tr("\nMore than four years old");
        if (!cell.laterNonGrade.isEmpty())
            tip += tr("\nLater: %1 (%2)")
                       .arg(cell.laterNonGrade.text(),
                            QLocale().toString(cell.laterNonGradeDate, QLocale::ShortFormat));
        return tip;
    }
    case Qt::AccessibleTextRole:
        if (cell.isEmpty())
            return tr("%1, %2: no rating").arg(where, KeyQuestions::label(kq));
        return tr("%1, %2: %3, published %4%5%6")
            .arg(where, KeyQuestions::label(kq),
                 cell.score >= 0 ? tr("%1, score %2%").arg(cell.rating.text()).arg(cell.score) : cell.rating.text(),
                 cell.date.isValid() ? QLocale().toString(cell.date, QLocale::LongFormat) : tr("without a date"),
                 cell.isInherited() ? tr(", inherited") : QString(),
                 isStale(cell) ? tr(", more than four years old") : QString());
    }
    return {};
}

QVariant RatingGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section == 0)
        return tr("Trust, location or service");
    KeyQuestion kq;
    if (!keyQuestionAt(section, &kq))
        return {};
    return role == Qt::ToolTipRole ? KeyQuestions::name(kq) : KeyQuestions::label(kq);
}
