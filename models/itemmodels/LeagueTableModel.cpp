// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/LeagueTableModel.h>

#include <itemmodels/Roles.h>

#include <core/Population.h>

#include <QLocale>

#include <algorithm>

LeagueTableModel::LeagueTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

void LeagueTableModel::setRows(QVector<LeagueRow> rows, const QDate &asOf)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_asOf = asOf;
    m_searchText.clear();
    m_searchText.reserve(m_rows.size());
    QVector<int> byName(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const LeagueRow &r = m_rows.at(i);
        m_searchText << QStringList{r.providerName, r.providerId, r.locationName, r.locationId}
                            .join(QLatin1Char('\n'))
                            .toCaseFolded();
        byName[i] = i;
    }
    // Ties of a grade sort by name, the trust's and then its location's, so
    // that "every Outstanding trust" reads as an alphabetical list.
    std::sort(byName.begin(), byName.end(), [this](int a, int b) {
        const LeagueRow &ra = m_rows.at(a), &rb = m_rows.at(b);
        if (const int c = ra.providerName.compare(rb.providerName, Qt::CaseInsensitive))
            return c < 0;
        if (const int c = ra.locationName.compare(rb.locationName, Qt::CaseInsensitive))
            return c < 0;
        return ra.subjectId() < rb.subjectId();
    });
    m_nameRank.resize(m_rows.size());
    for (int rank = 0; rank < byName.size(); ++rank)
        m_nameRank[byName.at(rank)] = rank;
    endResetModel();
}

KeyQuestion LeagueTableModel::keyQuestionOf(Column column)
{
    switch (column) {
    case SafeColumn: return KeyQuestion::Safe;
    case EffectiveColumn: return KeyQuestion::Effective;
    case CaringColumn: return KeyQuestion::Caring;
    case ResponsiveColumn: return KeyQuestion::Responsive;
    case WellLedColumn: return KeyQuestion::WellLed;
    default: break;
    }
    return KeyQuestion::Overall;
}

int LeagueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int LeagueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LeagueTableModel::isStale(const GridCell &cell) const
{
    // The grid's rule: older than four years before the table's date.
    const QDate reference = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    return !cell.isEmpty() && cell.date.isValid() && cell.date < reference.addYears(-4);
}

QVariant LeagueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeagueRow &r = m_rows.at(index.row());
    // What the whole row is, in every column: filters read these.
    switch (role) {
    case Roles::SubjectIdRole: return r.providerId;
    case Roles::SearchTextRole: return m_searchText.at(index.row());
    case Roles::RegionRole: return r.region;
    case Roles::NhsRole: return r.nhs;
    case Roles::TrustTypeRole: return int(r.type);
    case Roles::LevelRole: return int(r.locationId.isEmpty() ? PopulationLevel::Provider : PopulationLevel::Location);
    }
    const auto column = Column(index.column());
    switch (column) {
    case ProviderIdColumn:
        if (role == Qt::DisplayRole || role == Roles::ExportRole || role == Roles::SortRole)
            return r.providerId;
        break;
    case ProviderColumn:
        if (role == Qt::DisplayRole || role == Roles::ExportRole)
            return r.providerName;
        if (role == Roles::SortRole)
            return m_nameRank.at(index.row());
        break;
    case LocationIdColumn:
        if (role == Qt::DisplayRole || role == Roles::ExportRole || role == Roles::SortRole)
            return r.locationId;
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole || role == Roles::ExportRole || role == Roles::SortRole)
            return r.locationName;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole || role == Roles::SortRole)
            return TrustTypes::label(r.type);
        if (role == Roles::ExportRole) // the command line's --type word, never translated
            return TrustTypes::name(r.type);
        break;
    case RegionColumn:
        if (role == Qt::DisplayRole || role == Roles::ExportRole || role == Roles::SortRole)
            return r.region;
        break;
    case SafeColumn:
    case EffectiveColumn:
    case CaringColumn:
    case ResponsiveColumn:
    case WellLedColumn:
    case OverallColumn: {
        const KeyQuestion kq = keyQuestionOf(column);
        const GridCell cell = r.cells.value(kq);
        const QString where = r.locationId.isEmpty() ? r.providerName : tr("%1, %2").arg(r.providerName, r.locationName);
        switch (role) {
        case Qt::DisplayRole:
        case Roles::ExportRole: return cell.rating.text(); // CQC's words
        case Roles::KeyQuestionRole: return int(kq);
        case Roles::GradeRole: return int(cell.rating.grade());
        case Roles::DateRole: return cell.date;
        case Roles::InheritedRole: return cell.isInherited();
        case Roles::StaleRole: return isStale(cell);
        // Grade first, then name: one number, so the proxy's plain sort does both.
        case Roles::SortRole: return qint64(cell.rating.sortRank()) * (m_rows.size() + 1) + m_nameRank.at(index.row());
        case Qt::ToolTipRole: {
            if (cell.isEmpty())
                return tr("%1: no rating published").arg(KeyQuestions::label(kq));
            QString tip = cell.date.isValid()
                ? tr("%1: %2\nPublished %3")
                      .arg(KeyQuestions::label(kq), cell.rating.text(), QLocale().toString(cell.date, QLocale::LongFormat))
                : tr("%1: %2 (no date)").arg(KeyQuestions::label(kq), cell.rating.text());
            if (cell.isInherited())
                tip += tr("\nInherited from a predecessor registration");
            if (isStale(cell))
                tip += tr("\nMore than four years old");
            return tip;
        }
        case Qt::AccessibleTextRole:
            if (cell.isEmpty())
                return tr("%1, %2: no rating").arg(where, KeyQuestions::label(kq));
            return tr("%1, %2: %3, published %4%5")
                .arg(where, KeyQuestions::label(kq), cell.rating.text(),
                     cell.date.isValid() ? QLocale().toString(cell.date, QLocale::LongFormat) : tr("without a date"),
                     isStale(cell) ? tr(", more than four years old") : QString());
        }
        break;
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant LeagueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Roles::ExportRole))
        return {};
    if (section >= SafeColumn && section <= OverallColumn) {
        const KeyQuestion kq = keyQuestionOf(Column(section));
        return role == Roles::ExportRole ? KeyQuestions::name(kq) : KeyQuestions::label(kq);
    }
    // Exported files keep English names whatever the language on screen.
    const auto heading = [role](const char *text) {
        return role == Roles::ExportRole ? QString::fromLatin1(text) : tr(text);
    };
    switch (section) {
    case ProviderIdColumn: return heading(QT_TR_NOOP("Provider ID"));
    case ProviderColumn: return heading(QT_TR_NOOP("Provider"));
    case LocationIdColumn: return heading(QT_TR_NOOP("Location ID"));
    case LocationColumn: return heading(QT_TR_NOOP("Location"));
    case TypeColumn: return heading(QT_TR_NOOP("Type"));
    case RegionColumn: return heading(QT_TR_NOOP("Region"));
    }
    return {};
}
