// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/DiffModel.h>

#include <itemmodels/Roles.h>

#include <QLocale>

DiffModel::DiffModel(QObject *parent) : QAbstractTableModel(parent)
{}

void DiffModel::defaultDates(const QVector<QDate> &dates, QDate *from, QDate *to)
{
    *to = dates.isEmpty() ? QDate() : dates.last();
    *from = dates.size() < 2 ? QDate() : dates.at(dates.size() - 2);
}

void DiffModel::setSubject(const SubjectRatings &ratings, const QDate &from, const QDate &to)
{
    beginResetModel();
    QDate defaultFrom, defaultTo;
    defaultDates(ratings.reportDates, &defaultFrom, &defaultTo);
    m_from = from.isValid() ? from : defaultFrom;
    m_to = to.isValid() ? to : defaultTo;
    // Previous is the earlier date, whichever order they came in.
    if (m_from.isValid() && m_to.isValid() && m_from > m_to)
        std::swap(m_from, m_to);
    m_subjectName = ratings.name;
    m_entries.clear();
    // The same date twice compares nothing: no rows, rather than every cell
    // "unchanged".
    if (m_to.isValid() && m_from != m_to) {
        // With a single report there is nothing before it: the previous grid
        // is the empty one, so every cell reads "new".
        const RatingGrid before = m_from.isValid()
            ? RatingGrid::build(ratings, m_from)
            : RatingGrid::build(ratings.subject, ratings.locations, {}, {}, QDate());
        const RatingGrid after = RatingGrid::build(ratings, m_to);
        m_entries = GridDiff::compare(before, after);
    }
    endResetModel();
}

void DiffModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_from = m_to = QDate();
    endResetModel();
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_entries.size();
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The order of the question a reader brings: what got worse, what got
// better, what else moved, and last what stayed as it was.
int DiffModel::changeRank(Change change)
{
    switch (change) {
    case Change::Declined: return 0;
    case Change::Improved: return 1;
    case Change::New: return 2;
    case Change::NoLongerRated: return 3;
    case Change::NotComparable: return 4;
    case Change::Unchanged: break;
    }
    return 5;
}

static QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiffEntry &e = m_entries.at(index.row());
    if (role == Roles::GridRowRole)
        return QVariant::fromValue(e.row);
    if (role == Roles::KeyQuestionRole)
        return int(e.keyQuestion);
    if (role == Qt::AccessibleTextRole) {
        const QString where = e.row.level == GridRow::Level::Location ? e.row.locationName : m_subjectName;
        return tr("%1%2, %3: %4 (%5) to %6 (%7), %8")
            .arg(where, e.row.service.isEmpty() ? QString() : QStringLiteral(", ") + e.row.service,
                 KeyQuestions::label(e.keyQuestion), e.previous.isEmpty() ? tr("no rating") : e.previous.rating.text(),
                 isoDate(e.previous.date), e.current.isEmpty() ? tr("no rating") : e.current.rating.text(),
                 isoDate(e.current.date), GridDiff::changeLabel(e.change));
    }
    return entryData(e, Column(index.column()), role);
}

QVariant DiffModel::entryData(const DiffEntry &e, Column column, int role)
{
    const GridCell &cell = column <= PreviousDateColumn ? e.previous : e.current;
    switch (column) {
    case LevelColumn:
        // On screen a service's row says so; the exported Level stays the
        // contract's (DESIGN.md section 4: "Provider" or "Location", the
        // Service column telling a service's row), untranslated.
        if (role == Qt::DisplayRole)
            return e.row.isServiceRow()                   ? tr("Service")
                : e.row.level == GridRow::Level::Location ? tr("Location")
                                                          : tr("Provider");
        if (role == Roles::ExportRole)
            return e.row.level == GridRow::Level::Location ? QStringLiteral("Location") : QStringLiteral("Provider");
        if (role == Roles::SortRole) // the grid's order: the trust, its services, locations, theirs
            return int(e.row.level) * 2 + (e.row.isServiceRow() ? 1 : 0);
        break;
    case LocationIdColumn:
        if (role == Qt::DisplayRole || role == Roles::SortRole)
            return e.row.locationId;
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole || role == Roles::SortRole)
            return e.row.locationName;
        break;
    case ServiceColumn:
        if (role == Qt::DisplayRole || role == Roles::SortRole)
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
        case Qt::DisplayRole: return cell.rating.text();
        case Roles::GradeRole: return int(cell.rating.grade());
        case Roles::DateRole: return cell.date;
        case Roles::InheritedRole: return cell.isInherited();
        case Roles::SortRole: return cell.rating.sortRank();
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
        case Roles::ChangeRole: return int(e.change);
        case Roles::SortRole: return changeRank(e.change);
        }
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    return columnHeading(Column(section), role);
}

QVariant DiffModel::columnHeading(Column column, int role)
{
    if (role != Qt::DisplayRole && role != Roles::ExportRole)
        return {};
    // Exported files keep the English names of DESIGN.md's `diff` columns
    // whatever the language on screen.
    const auto heading = [role](const char *text) {
        return role == Roles::ExportRole ? QString::fromLatin1(text) : tr(text);
    };
    switch (column) {
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
    case ColumnCount: break;
    }
    return {};
}

QString DiffModel::summaryText(const QDate &asOf, bool anyReports) const
{
    const auto shortDate = [](const QDate &d) { return QLocale().toString(d, QStringLiteral("d MMM yyyy")); };
    if (!m_to.isValid())
        return asOf.isValid() && anyReports
            ? tr("No report was published by %1, the \"as of\" date.").arg(shortDate(asOf))
            : tr("No reports to compare.");
    if (m_from == m_to)
        return tr("Previous and current are the same report (%1): pick an earlier one as previous.")
            .arg(shortDate(m_to));
    if (!m_from.isValid())
        return tr("Only one report (%1): nothing earlier to compare with.").arg(shortDate(m_to));
    const DiffSummary s = summary();
    QString text = tr("%1 improved, %2 declined, %3 unchanged").arg(s.improved).arg(s.declined).arg(s.unchanged);
    if (s.added)
        text += tr(", %1 new").arg(s.added);
    if (s.noLongerRated)
        text += tr(", %1 no longer rated").arg(s.noLongerRated);
    if (s.notComparable)
        text += tr(", %1 not comparable").arg(s.notComparable);
    return text;
}

void DiffModel::defaultDates(const QVector<QDate> &reportDates, const QDate &asOf, QDate *from, QDate *to)
{
    QVector<QDate> published;
    for (const QDate &d : reportDates)
        if (!asOf.isValid() || d <= asOf)
            published << d;
    defaultDates(published, from, to);
}
