// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/LeagueTableModel.h>

#include <itemmodels/Roles.h>

#include <QLocale>

#include <algorithm>

LeagueTableModel::LeagueTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

void LeagueTableModel::setRows(QVector<LeagueRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
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
    const auto name = [this](int i) {
        const LeagueRow &r = m_rows.at(i);
        return r.locationId.isEmpty() ? r.providerName : r.locationName;
    };
    std::sort(byName.begin(), byName.end(), [&](int a, int b) {
        const int c = name(a).compare(name(b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : m_rows.at(a).subjectId() < m_rows.at(b).subjectId();
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

QVariant LeagueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeagueRow &r = m_rows.at(index.row());
    const GridCell overall = r.cells.value(KeyQuestion::Overall);
    switch (role) {
    case Roles::SubjectIdRole: return r.providerId;
    case Roles::SearchTextRole: return m_searchText.at(index.row());
    case Roles::RegionRole: return r.region;
    case Roles::NhsRole: return true; // the survey's filter chose the population already
    case Roles::OverallGradeRole: return int(overall.rating.grade());
    case Roles::TrustTypeRole: return int(r.type);
    }
    const int column = index.column();
    if (column >= SafeColumn && column <= OverallColumn) {
        const KeyQuestion kq = keyQuestionOf(Column(column));
        const GridCell cell = r.cells.value(kq);
        switch (role) {
        case Qt::DisplayRole:
        case Roles::ExportRole: return cell.rating.text();
        case Roles::GradeRole: return int(cell.rating.grade());
        case Roles::DateRole: return cell.date;
        case Roles::InheritedRole: return cell.isInherited();
        case Roles::StaleRole:
            return !cell.isEmpty() && cell.date.isValid() && cell.date < QDate::currentDate().addYears(-4);
        case Roles::KeyQuestionRole: return int(kq);
        // Grade first (Outstanding 1 .. blank 6), then the name's place.
        case Roles::SortRole: return cell.rating.sortRank() * (m_rows.size() + 1) + m_nameRank.at(index.row());
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            if (cell.isEmpty())
                return tr("%1: no rating published").arg(KeyQuestions::label(kq));
            return tr("%1: %2, published %3")
                .arg(KeyQuestions::label(kq), cell.rating.text(), QLocale().toString(cell.date, QLocale::LongFormat));
        }
        return {};
    }
    switch (column) {
    case ProviderIdColumn:
        if (role == Qt::DisplayRole || role == Roles::SortRole)
            return r.providerId;
        break;
    case ProviderColumn:
        if (role == Qt::DisplayRole || role == Roles::ExportRole)
            return r.providerName;
        if (role == Roles::SortRole)
            return r.locationId.isEmpty() ? m_nameRank.at(index.row()) : QVariant(r.providerName);
        break;
    case LocationIdColumn:
        if (role == Qt::DisplayRole || role == Roles::SortRole)
            return r.locationId;
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole || role == Roles::ExportRole)
            return r.locationName;
        if (role == Roles::SortRole)
            return m_nameRank.at(index.row());
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return TrustTypes::label(r.type);
        if (role == Roles::ExportRole)
            return TrustTypes::name(r.type);
        if (role == Roles::SortRole)
            return int(r.type);
        break;
    case RegionColumn:
        if (role == Qt::DisplayRole || role == Roles::SortRole)
            return r.region;
        break;
    }
    return {};
}

QVariant LeagueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Roles::ExportRole))
        return {};
    const auto heading = [role](const char *text) {
        return role == Roles::ExportRole ? QString::fromLatin1(text) : tr(text);
    };
    if (section >= SafeColumn && section <= OverallColumn) {
        const KeyQuestion kq = keyQuestionOf(Column(section));
        return role == Roles::ExportRole ? KeyQuestions::name(kq) : KeyQuestions::label(kq);
    }
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
