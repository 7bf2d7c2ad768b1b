// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/Timeline.h>

#include <QWidget>

// The subject's own reports along a time axis: a column of tiles per report
// date (Overall, then the five key questions), the month under it and a
// thin line down to its true place on the axis. Columns closer in time than
// a column's width are spread apart rather than drawn on top of each other,
// so the widget asks for more width as reports pile up: put it in a
// QScrollArea (widgetResizable) to scroll.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setSubject(const SubjectRatings &ratings);
    void clear();
    // With an "as of" date, reports published after it are dimmed and the
    // date is marked on the axis (invalid: today, nothing dimmed).
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }
    bool isAfterAsOf(int column) const;
    const Timeline &timeline() const { return m_timeline; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Where column `column` is drawn (its centre) and where its date sits on
    // the axis, in widget coordinates; for tests and hit-testing.
    int columnCentre(int column) const;
    int axisPosition(int column) const;
    // The tile of `kq` in `column`.
    QRect tileRect(int column, KeyQuestion kq) const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Sizes follow the font, so that the picture scales with it.
    struct Metrics
    {
        int margin, labelWidth, tileWidth, tileHeight, rowGap, overallGap, pitch;
        int tilesTop, dateTop, axisY, yearTop, height;
    };
    struct Layout
    {
        QVector<int> centres; // drawn column centres, left to right
        QVector<int> onAxis;  // the true positions of the dates
        QDate start, end;     // the axis runs from 1 January of `start` to 1 January of `end`
        int axisLeft = 0, axisRight = 0;
    };
    Metrics metrics() const;
    Layout layout() const;
    int axisX(const Layout &layout, const QDate &date) const;
    int rowTop(int row) const;
    void paintTile(QPainter &painter, const QRect &rect, const Rating &rating) const;
    void paintAxis(QPainter &painter, const Layout &layout) const;
    void updateDescription();

    Timeline m_timeline;
    QDate m_asOf;
};
