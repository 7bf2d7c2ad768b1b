// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/ChangeFeedModel.h>

#include <itemmodels/DiffModel.h>
#include <itemmodels/Roles.h>

#include <core/GridDiff.h>

#include <QLocale>

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
    const GridCell &cell = index.column() <= PreviousDateColumn ? e.previous : e.current;

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
        break;
    case ProviderColumn:
        if (role == Qt::DisplayRole || role == Roles::ExportRole || role == Roles::SortRole)
            return c.providerName;
        break;
    case LevelColumn:
        // As the trust view's diff: on screen a service's row says so; the
        // exported Level is the contract's "Provider" or "Location", the
        // Service column telling a service's row, untranslated.
        if (role == Qt::DisplayRole)
            return e.row.isServiceRow()                   ? tr("Service")
                : e.row.level == GridRow::Level::Location ? tr("Location")
                                                          : tr("Provider");
        if (role == Roles::ExportRole)
            return e.row.level == GridRow::Level::Location ? QStringLiteral("Location") : QStringLiteral("Provider");
        if (role == Roles::SortRole) // trusts, locations, then services
            return int(c.level());
        break;
    case LocationIdColumn:
        if (role == Qt::DisplayRole || role == Roles::ExportRole || role == Roles::SortRole)
            return e.row.locationId;
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole || role == Roles::ExportRole || role == Roles::SortRole)
            return e.row.locationName;
        break;
    case ServiceColumn:
        if (role == Qt::DisplayRole || role == Roles::ExportRole || role == Roles::SortRole)
            return e.row.service;
        break;
    case KeyQuestionColumn:
        if (role == Qt::DisplayRole)
            return KeyQuestions::label(e.keyQuestion);
        if (role == Roles::SortRole) // the grid's columns' order, not the alphabet's
            return int(e.keyQuestion);
        if (role == Qt::ToolTipRole || role == Roles::ExportRole)
            return KeyQuestions::name(e.keyQuestion);
        break;
    case PreviousColumn:
    case CurrentColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Roles::ExportRole: return cell.rating.text(); // CQC's words, never translated
        case Roles::GradeRole: return int(cell.rating.grade());
        case Roles::DateRole: return cell.date;
        case Roles::InheritedRole: return cell.isInherited();
        case Roles::SortRole: return cell.rating.sortRank();
        case Qt::ToolTipRole:
            if (cell.isEmpty())
                return tr("%1: no rating").arg(KeyQuestions::label(e.keyQuestion));
            return cell.date.isValid()
                ? tr("%1: %2\nPublished %3")
                      .arg(KeyQuestions::label(e.keyQuestion), cell.rating.text(),
                           QLocale().toString(cell.date, QLocale::LongFormat))
                : tr("%1: %2 (no date)").arg(KeyQuestions::label(e.keyQuestion), cell.rating.text());
        }
        break;
    case PreviousDateColumn:
    case CurrentDateColumn:
        if (role == Qt::DisplayRole)
            return isoDate(cell.date);
        if (role == Roles::ExportRole || role == Roles::SortRole)
            return cell.date;
        break;
    case ChangeColumn:
        switch (role) {
        case Qt::DisplayRole: return GridDiff::changeLabel(e.change);
        case Roles::ExportRole: return GridDiff::changeName(e.change);
        case Roles::SortRole: return DiffModel::changeRank(e.change); // declines first, as the trust's diff
        }
        break;
    }
    return {};
}

QVariant ChangeFeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Roles::ExportRole))
        return {};
    // Exported files keep the English names of `export changes`' columns
    // whatever the language on screen.
    const auto heading = [role](const char *text) {
        return role == Roles::ExportRole ? QString::fromLatin1(text) : tr(text);
    };
    switch (section) {
    case ProviderIdColumn: return heading(QT_TR_NOOP("Provider ID"));
    case ProviderColumn: return heading(QT_TR_NOOP("Provider"));
    case LevelColumn: return heading(QT_TR_NOOP("Level"));
    case LocationIdColumn: return heading(QT_TR_NOOP("Location ID"));
    case LocationColumn: return heading(QT_TR_NOOP("Location"));
    case ServiceColumn: return heading(QT_TR_NOOP("Service"));
    case KeyQuestionColumn: return heading(QT_TR_NOOP("Key question"));
    case PreviousColumn: return heading(QT_TR_NOOP("Previous"));
    case PreviousDateColumn: return heading(QT_TR_NOOP("Previous date"));
    case CurrentColumn: return heading(QT_TR_NOOP("Current"));
    case CurrentDateColumn: return heading(QT_TR_NOOP("Current date"));
    case ChangeColumn: return heading(QT_TR_NOOP("Change"));
    }
    return {};
}
