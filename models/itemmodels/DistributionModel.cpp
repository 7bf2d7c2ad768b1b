// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/DistributionModel.h>

#include <itemmodels/Roles.h>

#include <QLocale>

DistributionModel::DistributionModel(QObject *parent) : QAbstractTableModel(parent)
{}

void DistributionModel::setDistribution(RatingDistribution distribution)
{
    beginResetModel();
    m_distribution = std::move(distribution);
    m_rows.clear();
    // A key question nobody has a value for has no row: the export lists
    // what was counted, and the chart draws no empty bar from it.
    for (KeyQuestion kq : RatingDistribution::keyQuestions())
        for (const RatingDistribution::Bucket &bucket : m_distribution.buckets(kq))
            m_rows.append({kq, bucket});
    endResetModel();
}

int DistributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int DistributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DistributionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Rating &rating = r.bucket.rating;
    const double share = m_distribution.share(r.keyQuestion, rating);
    switch (role) {
    case Roles::KeyQuestionRole: return int(r.keyQuestion);
    case Roles::GradeRole: return int(rating.grade());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        //: "Safe: Good, 12 of 18 rated (66.7%)"
        return tr("%1: %2, %3 of %4 rated (%5%)")
            .arg(KeyQuestions::label(r.keyQuestion), rating.text(), QLocale().toString(r.bucket.count),
                 QLocale().toString(m_distribution.total(r.keyQuestion)), QLocale().toString(share, 'f', 1));
    }
    switch (index.column()) {
    case KeyQuestionColumn:
        if (role == Qt::DisplayRole)
            return KeyQuestions::label(r.keyQuestion);
        if (role == Roles::ExportRole)
            return KeyQuestions::name(r.keyQuestion);
        if (role == Roles::SortRole) // the chart's order: Overall, then Safe .. Well-led
            return int(RatingDistribution::keyQuestions().indexOf(r.keyQuestion));
        break;
    case RatingColumn:
        // CQC's words, on screen as in the file (Rating::gradeText).
        if (role == Qt::DisplayRole || role == Roles::ExportRole)
            return rating.text();
        if (role == Roles::SortRole)
            return rating.sortRank();
        break;
    case CountColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(r.bucket.count);
        if (role == Roles::ExportRole)
            return qint64(r.bucket.count);
        if (role == Roles::SortRole)
            return r.bucket.count;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ShareColumn:
        if (role == Qt::DisplayRole)
            //: a share of a key question's rated subjects, "66.7%"
            return tr("%1%").arg(QLocale().toString(share, 'f', 1));
        // Text, not a number: one decimal in the C locale whatever the
        // window's language, as `export distribution` promises.
        if (role == Roles::ExportRole)
            return QString::number(share, 'f', 1);
        if (role == Roles::SortRole)
            return share;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant DistributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Roles::ExportRole))
        return {};
    // Exported files keep the English names of `export distribution`'s
    // columns whatever the language on screen.
    const auto heading = [role](const char *text) {
        return role == Roles::ExportRole ? QString::fromLatin1(text) : tr(text);
    };
    switch (section) {
    case KeyQuestionColumn: return heading(QT_TR_NOOP("Key question"));
    case RatingColumn: return heading(QT_TR_NOOP("Rating"));
    case CountColumn: return heading(QT_TR_NOOP("Count"));
    case ShareColumn: return heading(QT_TR_NOOP("Share"));
    }
    return {};
}
