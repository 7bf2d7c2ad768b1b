// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

// The one place that knows what ratings look like: a tile in CQC's colour
// for every index with a grade (Roles::GradeRole), the rating always written
// on it, its date in small text; an arrow, colour and word for every diff
// change (Roles::ChangeRole). Everything else is drawn as usual.
class RatingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit RatingDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Whether tiles show the publication date under the rating.
    void setShowDates(bool show) { m_showDates = show; }
    bool showsDates() const { return m_showDates; }
    // Without dates: rows tall enough for a rating on two lines (lists whose
    // other columns wrap too), instead of one.
    void setTwoLines(bool twoLines) { m_twoLines = twoLines; }
    // Off: an index with a grade is a tile even if it carries a change too
    // (the England view's "What changed" gives every column its row's
    // change, for the filters; its Previous and Current are tiles).
    void setDrawsChanges(bool draws) { m_drawsChanges = draws; }

    // What the marks on a tile mean, in one line under every grid (window and print).
    static QString marksLegend();
    static QColor tileColour(int grade);
    static QColor textColour(int grade);

private:
    void paintTile(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintChange(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    bool m_showDates = true;
    bool m_twoLines = false;
    bool m_drawsChanges = true;
};
