// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/ProviderListModel.h>

#include <itemmodels/Roles.h>

#include <core/CqcPage.h>
#include <core/TrustType.h>

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <vector>

ProviderListModel::ProviderListModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ProviderListModel::setProviders(QVector<ProviderSummary> providers)
{
    beginResetModel();
    m_rows = std::move(providers);
    m_searchText.clear();
    m_searchText.reserve(m_rows.size());
    m_nhs.resize(m_rows.size());
    QVector<int> byName(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const ProviderSummary &s = m_rows.at(i);
        // The location IDs too: a search for "RJ224" finds its trust.
        m_searchText << QStringList{s.provider.name, s.provider.id, s.locationNames, s.locationIds}
                            .join(QLatin1Char('\n'))
                            .toCaseFolded();
        m_nhs[i] = s.isNhs();
        byName[i] = i;
    }
    // In the user's language's order ("Étoile" beside "Etoile", any case),
    // from sort keys made once: the ranks are what the list sorts by, so no
    // keystroke collates. The C locale (QCollator's plain comparison there
    // is case-sensitive) keeps case-insensitive code-point order.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const bool plain = collator.locale().language() == QLocale::C;
    std::vector<QCollatorSortKey> keys;
    if (!plain) {
        keys.reserve(m_rows.size());
        for (const ProviderSummary &s : std::as_const(m_rows))
            keys.push_back(collator.sortKey(s.provider.name));
    }
    std::sort(byName.begin(), byName.end(), [&](int a, int b) {
        // Trusts known only by ID (no name imported yet) after the named ones.
        const QString &na = m_rows.at(a).provider.name, &nb = m_rows.at(b).provider.name;
        if (na.isEmpty() != nb.isEmpty())
            return nb.isEmpty();
        const int c = plain ? na.compare(nb, Qt::CaseInsensitive) : keys.at(a).compare(keys.at(b));
        return c != 0 ? c < 0 : m_rows.at(a).provider.id < m_rows.at(b).provider.id;
    });
    m_nameRank.resize(m_rows.size());
    for (int rank = 0; rank < byName.size(); ++rank)
        m_nameRank[byName.at(rank)] = rank;
    endResetModel();
}

int ProviderListModel::rowOfProvider(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).provider.id == id)
            return i;
    return -1;
}

KeyQuestion ProviderListModel::keyQuestionOf(Column column)
{
    switch (column) {
    case EffectiveColumn: return KeyQuestion::Effective;
    case CaringColumn: return KeyQuestion::Caring;
    case ResponsiveColumn: return KeyQuestion::Responsive;
    case WellLedColumn: return KeyQuestion::WellLed;
    default: break;
    }
    return KeyQuestion::Safe;
}

int ProviderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ProviderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderListModel::data(const QModelIndex &index, int role) const
{
    // A trust known only by ID; exported in English, like every header.
    static const char *const unnamed = QT_TR_NOOP("%1 (name not in the imported data)");
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProviderSummary &s = m_rows.at(index.row());
    const ProviderRecord &p = s.provider;
    // What the whole row is, in every column: the filter reads these on
    // each keystroke, so they come before the columns' own roles.
    switch (role) {
    case Roles::SearchTextRole: return m_searchText.at(index.row());
    case Roles::NhsRole: return bool(m_nhs.at(index.row()));
    case Roles::RegionRole: return p.region;
    case Roles::OverallGradeRole: return int(s.overall.grade());
    case Roles::SubjectIdRole: return p.id;
    case Roles::CqcPageRole: return CqcPage::of(Subject::Kind::Provider, p.id, p.url);
    case Roles::TrustTypeRole: return int(TrustTypes::fromInspectionCategory(p.inspectionCategory));
    case Roles::IcbRole: return s.icb;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return p.name.isEmpty() ? tr(unnamed).arg(p.id) : p.name;
        if (role == Roles::ExportRole)
            return p.name.isEmpty() ? QString::fromLatin1(unnamed).arg(p.id) : p.name;
        if (role == Roles::SortRole)
            return m_nameRank.at(index.row());
        if (role == Qt::ToolTipRole) {
            if (p.name.isEmpty())
                return tr("Known only through its locations: import the provider's API response (/providers/%1)"
                          " or the Providers sheet of CQC's Latest ratings file to name it")
                    .arg(p.id);
            return p.inspectionCategory.isEmpty() ? p.name : tr("%1\n%2").arg(p.name, p.inspectionCategory);
        }
        break;
    case IdColumn:
        if (role == Qt::DisplayRole || role == Roles::SortRole)
            return p.id;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole || role == Roles::SortRole)
            return p.inspectionCategory.isEmpty() ? p.type : p.inspectionCategory;
        if (role == Qt::ToolTipRole)
            return p.type;
        break;
    case RegionColumn:
        if (role == Qt::DisplayRole || role == Roles::SortRole)
            return p.region;
        break;
    case OverallColumn:
        switch (role) {
        case Qt::DisplayRole: return s.overall.text();
        case Roles::GradeRole: return int(s.overall.grade());
        case Roles::DateRole: return s.overallDate;
        case Roles::SortRole: return s.overall.sortRank();
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            if (s.overall.isEmpty())
                return tr("No overall rating");
            return tr("Overall %1, published %2")
                .arg(s.overall.text(), QLocale().toString(s.overallDate, QLocale::LongFormat));
        }
        break;
    case OverallDateColumn:
        if (role == Qt::DisplayRole)
            return s.overallDate.isValid() ? s.overallDate.toString(Qt::ISODate) : QString();
        if (role == Roles::SortRole || role == Roles::ExportRole)
            return s.overallDate;
        break;
    case LocationsColumn:
        if (role == Qt::DisplayRole || role == Roles::SortRole)
            return s.locationCount;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SafeColumn:
    case EffectiveColumn:
    case CaringColumn:
    case ResponsiveColumn:
    case WellLedColumn: return ownCellData(s, index.row(), keyQuestionOf(Column(index.column())), role);
    }
    return {};
}

// The provider's own cell of a key question, as the grid shows it on the
// list's date.
QVariant ProviderListModel::ownCellData(const ProviderSummary &s, int row, KeyQuestion kq, int role) const
{
    const GridCell cell = s.ownCell(kq);
    switch (role) {
    case Qt::DisplayRole:
    case Roles::ExportRole: return cell.rating.text(); // CQC's words, never translated
    case Roles::KeyQuestionRole: return int(kq);
    case Roles::GradeRole: return int(cell.rating.grade());
    case Roles::DateRole: return cell.date;
    case Roles::InheritedRole: return cell.isInherited();
    // Grade first, then name: one number, so that the trusts of one grade
    // read in name order.
    case Roles::SortRole: return qint64(cell.rating.sortRank()) * (m_rows.size() + 1) + m_nameRank.at(row);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (cell.isEmpty())
            return tr("No %1 rating").arg(KeyQuestions::label(kq));
        if (!cell.date.isValid())
            return tr("%1 %2 (no date)").arg(KeyQuestions::label(kq), cell.rating.text());
        return tr("%1 %2, published %3")
            .arg(KeyQuestions::label(kq), cell.rating.text(), QLocale().toString(cell.date, QLocale::LongFormat));
    }
    return {};
}

QVariant ProviderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Roles::ExportRole))
        return {};
    // Exported files keep the English names of DESIGN.md's `providers`
    // columns whatever the language on screen.
    const auto heading = [role](const char *text) {
        return role == Roles::ExportRole ? QString::fromLatin1(text) : tr(text);
    };
    switch (section) {
    case NameColumn: return heading(QT_TR_NOOP("Provider"));
    case IdColumn: return heading(QT_TR_NOOP("Provider ID"));
    case TypeColumn: return heading(QT_TR_NOOP("Type"));
    case RegionColumn: return heading(QT_TR_NOOP("Region"));
    case OverallColumn: return heading(QT_TR_NOOP("Overall"));
    case OverallDateColumn: return heading(QT_TR_NOOP("Overall date"));
    case LocationsColumn: return heading(QT_TR_NOOP("Locations"));
    case SafeColumn:
    case EffectiveColumn:
    case CaringColumn:
    case ResponsiveColumn:
    case WellLedColumn: {
        // CQC's spellings in the file ("Well-led"), the short labels on screen.
        const KeyQuestion kq = keyQuestionOf(Column(section));
        return role == Roles::ExportRole ? KeyQuestions::name(kq) : KeyQuestions::label(kq);
    }
    }
    return {};
}
