// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/CellHistoryModel.h>

#include <itemmodels/Roles.h>

#include <QLocale>

#include <algorithm>

CellHistoryModel::CellHistoryModel(QObject *parent) : QAbstractTableModel(parent)
{}

void CellHistoryModel::setCell(const SubjectRatings &ratings, const GridRow &row, KeyQuestion kq, const QDate &asOf)
{
    beginResetModel();
    m_subjectName = ratings.name;
    m_row = row;
    if (row.level == GridRow::Level::Location && m_row.locationName.isEmpty()) {
        for (const LocationRecord &l : ratings.locations)
            if (l.id == row.locationId)
                m_row.locationName = l.name;
    }
    m_keyQuestion = kq;
    m_asOf = asOf;
    m_hasCell = true;
    m_observations.clear();
    for (const ObservationRecord &o : ratings.observations) {
        if (o.locationId == row.locationId && o.service == row.service && o.keyQuestion == kq)
            m_observations.append(o);
    }
    // Newest first; on one date the observation added last comes first,
    // since that is the one the grid prefers.
    std::stable_sort(m_observations.begin(), m_observations.end(),
                     [](const ObservationRecord &a, const ObservationRecord &b) {
                         if (a.publicationDate != b.publicationDate)
                             return a.publicationDate > b.publicationDate;
                         return a.id > b.id;
                     });

    // The grid's own rule picks the mark (current views first, then report
    // history; ties go to the later insert), so the history can never
    // disagree with the grid.
    const RatingGrid grid = RatingGrid::build(ratings.subject, {}, m_observations, ratings.snapshots, asOf);
    const GridCell shown = grid.cell(grid.rowOf(row.key()), kq);
    m_shown = shown;
    m_viewDate = {};
    m_hasLaterView = false;
    for (const SnapshotRecord &v : ratings.snapshots) {
        if (v.locationId != row.locationId)
            continue;
        if (asOf.isValid() && v.date > asOf)
            m_hasLaterView = true;
        else if (!m_viewDate.isValid() || v.date > m_viewDate)
            m_viewDate = v.date;
    }
    m_shownRow = -1;
    if (!shown.isEmpty() && shown.observationId == 0) {
        // An undated statement of CQC's current view ("No published
        // rating"): not an observation, but what the grid shows.
        ObservationRecord statement;
        statement.locationId = row.locationId;
        statement.service = row.service;
        statement.keyQuestion = kq;
        statement.rating = shown.rating;
        for (const SnapshotRecord &v : ratings.snapshots)
            if (v.locationId == row.locationId && v.date == shown.snapshotDate)
                statement.importFile = v.importFile;
        m_observations.prepend(statement);
        m_shownRow = 0;
    } else if (!shown.isEmpty()) {
        for (int i = 0; i < m_observations.size(); ++i) {
            const ObservationRecord &o = m_observations.at(i);
            if (o.id == shown.observationId && o.publicationDate == shown.date && o.rating == shown.rating) {
                m_shownRow = i;
                break;
            }
        }
    }
    endResetModel();
}

void CellHistoryModel::clear()
{
    beginResetModel();
    m_subjectName.clear();
    m_row = {};
    m_keyQuestion = KeyQuestion::Overall;
    m_asOf = {};
    m_hasCell = false;
    m_observations.clear();
    m_shownRow = -1;
    m_shown = {};
    m_viewDate = {};
    endResetModel();
}

QString CellHistoryModel::currentReason() const
{
    return m_shownRow < 0 ? QString() : whyShown();
}

// Why the marked rating is the one the grid shows.
QString CellHistoryModel::whyShown() const
{
    if (m_shown.snapshotDate.isValid())
        return tr("current: listed in CQC's view of %1")
            .arg(QLocale().toString(m_shown.snapshotDate, QLocale::LongFormat));
    if (m_viewDate.isValid())
        return tr("current: published after CQC's view of %1").arg(QLocale().toString(m_viewDate, QLocale::LongFormat));
    return m_hasLaterView ? tr("current: the latest report by then (CQC's views imported are all later)")
                          : tr("current: the latest report (no current view of CQC's imported)");
}

QString CellHistoryModel::statementsText(const ObservationRecord &o, const QString &separator)
{
    QStringList parts;
    for (const QualityStatementRecord &q : o.qualityStatements)
        parts << (q.status.isEmpty() ? tr("%1: %2").arg(q.name, q.score)
                                     : tr("%1: %2 (%3)").arg(q.name, q.score, q.status));
    return parts.join(separator);
}

// The row's place in words: the trust, a hospital, or a service at either.
QString CellHistoryModel::placeName() const
{
    const QString owner = m_row.level == GridRow::Level::Location
        ? (m_row.locationName.isEmpty() ? m_row.locationId : m_row.locationName)
        : m_subjectName;
    return m_row.isServiceRow() ? tr("%1, %2").arg(owner, m_row.service) : owner;
}

QString CellHistoryModel::title() const
{
    if (!m_hasCell)
        return {};
    return tr("%1, %2").arg(placeName(), KeyQuestions::label(m_keyQuestion));
}

int CellHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_observations.size();
}

int CellHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString longDate(const QDate &d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

// "Y" is what the bulk file's Inherited Rating flag leaves when the
// predecessor itself is not named.
static QString inheritedText(const QString &inheritedFrom)
{
    if (inheritedFrom == QLatin1String("Y"))
        return CellHistoryModel::tr("yes (predecessor not named)");
    return inheritedFrom;
}

static QString published(const QDate &d)
{
    return d.isValid() ? longDate(d) : CellHistoryModel::tr("without a date");
}

static QString scoreText(int score)
{
    return score >= 0 ? CellHistoryModel::tr("%1%").arg(score) : QString();
}

QString CellHistoryModel::sentence(const ObservationRecord &o, bool shown) const
{
    QString text = tr("%1: %2, published %3").arg(title(), o.rating.text(), published(o.publicationDate));
    if (o.score >= 0)
        text += tr(", score %1").arg(scoreText(o.score));
    if (!o.inheritedFrom.isEmpty())
        text += tr(", inherited from %1").arg(inheritedText(o.inheritedFrom));
    if (!o.reportLinkId.isEmpty())
        text += tr(", report %1").arg(o.reportLinkId);
    if (shown)
        text += tr(", shown in the grid (%1)").arg(whyShown());
    if (!o.qualityStatements.isEmpty())
        text += tr(". Quality statements: %1").arg(statementsText(o, QStringLiteral("; ")));
    return text;
}

QString CellHistoryModel::toolTip(const ObservationRecord &o, bool shown) const
{
    QString tip = tr("%1: %2\nPublished %3")
                      .arg(KeyQuestions::label(m_keyQuestion), o.rating.text(), published(o.publicationDate));
    if (o.score >= 0)
        tip += tr("\nScore %1").arg(scoreText(o.score));
    if (!o.assessmentStatus.isEmpty())
        tip += tr("\n%1 in this assessment").arg(o.assessmentStatus);
    if (!o.inheritedFrom.isEmpty())
        tip += tr("\nInherited from %1").arg(inheritedText(o.inheritedFrom));
    if (!o.qualityStatements.isEmpty())
        tip += tr("\nQuality statements:\n%1").arg(statementsText(o, QStringLiteral("\n")));
    if (shown) {
        tip += tr("\nShown in the grid: %1").arg(whyShown());
        return tip;
    }
    // Say why a rating is not the one shown: the three cases need different
    // answers from the reader (change the date, or read on).
    const ObservationRecord *current = m_shownRow >= 0 ? &m_observations.at(m_shownRow) : nullptr;
    if (m_asOf.isValid() && o.publicationDate > m_asOf)
        tip += tr("\nPublished after %1, the date the grid is drawn for").arg(longDate(m_asOf));
    else if (m_viewDate.isValid() && o.publicationDate <= m_viewDate && !current)
        tip += tr("\nNot shown: CQC's view of %1 no longer lists this cell").arg(longDate(m_viewDate));
    else if (m_viewDate.isValid() && o.publicationDate <= m_viewDate)
        tip += tr("\nNot shown: CQC's view of %1 lists a different value").arg(longDate(m_viewDate));
    else if (current && !o.rating.isGrade() && current->rating.isGrade()
             && o.publicationDate >= current->publicationDate)
        tip += tr("\nNot shown: a non-grade that only a report carries never replaces a grade");
    else if (current)
        tip += tr("\nReplaced by the rating published %1").arg(longDate(current->publicationDate));
    return tip;
}

QVariant CellHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ObservationRecord &o = m_observations.at(index.row());
    const bool shown = index.row() == m_shownRow;

    if (role == Qt::AccessibleTextRole)
        return sentence(o, shown);
    if (role == Qt::ToolTipRole)
        return toolTip(o, shown);

    switch (index.column()) {
    case DateColumn:
        switch (role) {
        case Qt::DisplayRole:
            return o.publicationDate.isValid() ? QLocale().toString(o.publicationDate, QStringLiteral("d MMM yyyy"))
                                               : tr("no date");
        case Roles::DateRole:
        case Roles::ExportRole:
        case Roles::SortRole: return o.publicationDate;
        }
        break;
    case RatingColumn:
        switch (role) {
        case Qt::DisplayRole: return o.rating.text();
        case Roles::GradeRole: return int(o.rating.grade());
        case Roles::DateRole: return o.publicationDate;
        case Roles::InheritedRole: return !o.inheritedFrom.isEmpty();
        case Roles::SortRole: return o.rating.sortRank();
        }
        break;
    case ScoreColumn:
        switch (role) {
        case Qt::DisplayRole: return scoreText(o.score);
        case Roles::ExportRole: return o.score >= 0 ? QVariant(qint64(o.score)) : QVariant(QString());
        case Roles::SortRole: return o.score;
        case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case QualityStatementsColumn:
        if (role == Qt::DisplayRole || role == Roles::ExportRole)
            return statementsText(o, QStringLiteral("; "));
        break;
    case ShownColumn:
        switch (role) {
        case Qt::DisplayRole: return shown ? QStringLiteral("\u2713") : QString();
        // A tick pastes badly into spreadsheets; export writes a word.
        case Roles::ExportRole: return shown ? tr("yes") : QString();
        case Roles::SortRole: return shown ? 0 : 1;
        case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
        }
        break;
    case InheritedColumn:
        if (role == Qt::DisplayRole)
            return inheritedText(o.inheritedFrom);
        if (role == Roles::ExportRole)
            return o.inheritedFrom;
        break;
    case ReportColumn:
        if (role == Qt::DisplayRole)
            return o.reportLinkId;
        break;
    case ImportColumn:
        if (role == Qt::DisplayRole)
            return o.importFile;
        break;
    }
    return {};
}

QVariant CellHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ShownColumn)
        return m_asOf.isValid() ? tr("The rating the grid shows as of %1").arg(longDate(m_asOf))
                                : tr("The rating the grid shows today");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Publication date");
    case RatingColumn: return tr("Rating");
    case ScoreColumn: return tr("Score");
    case ShownColumn: return tr("Shown");
    case QualityStatementsColumn: return tr("Quality statements");
    case InheritedColumn: return tr("Inherited from");
    case ReportColumn: return tr("Report");
    case ImportColumn: return tr("Imported from");
    }
    return {};
}
