// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/ChangeFeedModel.h>

#include <itemmodels/DiffModel.h>
#include <itemmodels/Roles.h>

#include <core/GridDiff.h>

#include <QLocale>

// Level .. Change are DiffModel's columns, in DiffModel's order.
static_assert(int(ChangeFeedModel::ChangeColumn) - int(ChangeFeedModel::LevelColumn) == int(DiffModel::ChangeColumn)
              && int(ChangeFeedModel::ColumnCount) - int(ChangeFeedModel::LevelColumn) == int(DiffModel::ColumnCount));

ChangeFeedModel::ChangeFeedModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ChangeFeedModel::setChanges(QVector<ChangeFeedEntry> changes, const QDate &from, const QDate &to)
{
    beginResetModel();
    m_changes = std::move(changes);
    m_summary = ChangeFeedSummary::of(m_changes);
    m_from = from;
    m_to = to;
    endResetModel();
}

int ChangeFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_changes.size();
}

int ChangeFeedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant ChangeFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeFeedEntry &c = m_changes.at(index.row());
    const DiffEntry &e = c.entry;

    // What the whole row is, in every column: the proxy filters on these.
    switch (role) {
    case Roles::ChangeRole: return int(e.change);
    case Roles::KeyQuestionRole: return int(e.keyQuestion);
    case Roles::LevelRole: return int(c.level());
    case Roles::SubjectIdRole: return c.providerId; // "open" shows the trust, its diff on these dates
    case Roles::GridRowRole: return QVariant::fromValue(e.row);
    case Qt::AccessibleTextRole: {
        QString where = c.providerName.isEmpty() ? c.providerId : c.providerName;
        if (e.row.level == GridRow::Level::Location)
            where = tr("%1, %2").arg(where, e.row.locationName.isEmpty() ? e.row.locationId : e.row.locationName);
        if (e.row.isServiceRow())
            where = tr("%1, %2").arg(where, e.row.service);
        return tr("%1, %2: %3 (%4) to %5 (%6), %7")
            .arg(where, KeyQuestions::label(e.keyQuestion), e.previous.isEmpty() ? tr("no rating") : e.previous.rating.text(),
                 isoDate(e.previous.date), e.current.isEmpty() ? tr("no rating") : e.current.rating.text(),
                 isoDate(e.current.date), GridDiff::changeLabel(e.change));
    }
    }
    switch (index.column()) {
    case ProviderIdColumn:
        if (role == Qt::DisplayRole || role == Roles::ExportRole || role == Roles::SortRole)
            return c.providerId;
        return {};
    case ProviderColumn:
        if (role == Qt::DisplayRole || role == Roles::ExportRole || role == Roles::SortRole)
            return c.providerName;
        return {};
    case LevelColumn:
        if (role == Roles::SortRole) // trusts, locations, then services
            return int(c.level());
        break;
    case PreviousColumn:
    case CurrentColumn: {
        const GridCell &cell = index.column() == PreviousColumn ? e.previous : e.current;
        if (role == Roles::ExportRole)
            return cell.rating.text(); // CQC's words, never translated
        if (role == Qt::ToolTipRole) {
            if (cell.isEmpty())
                return tr("%1: no rating").arg(KeyQuestions::label(e.keyQuestion));
            return cell.date.isValid()
                ? tr("%1: %2\nPublished %3")
                      .arg(KeyQuestions::label(e.keyQuestion), cell.rating.text(),
                           QLocale().toString(cell.date, QLocale::LongFormat))
                : tr("%1: %2 (no date)").arg(KeyQuestions::label(e.keyQuestion), cell.rating.text());
        }
        break;
    }
    }
    // The rest are the trust view's diff columns, after the two of the trust.
    return DiffModel::entryData(e, DiffModel::Column(index.column() - LevelColumn), role);
}

QVariant ChangeFeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Roles::ExportRole))
        return {};
    // Exported files keep the English names of `export changes`' columns
    // whatever the language on screen.
    switch (section) {
    case ProviderIdColumn:
        return role == Roles::ExportRole ? QStringLiteral("Provider ID") : tr("Provider ID");
    case ProviderColumn:
        return role == Roles::ExportRole ? QStringLiteral("Provider") : tr("Provider");
    }
    return DiffModel::columnHeading(DiffModel::Column(section - LevelColumn), role);
}
