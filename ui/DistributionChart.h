// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/KeyQuestion.h>

#include <QDate>
#include <QWidget>

class DistributionModel;

// CQC's State of Care picture: for Overall and each key question, a 100%
// stacked bar of the population's ratings as of the chosen date, and one
// above it as of the earlier date, so that a shift shows at a glance.
// Grades in CQC's order and RatingDelegate's colours, every non-grade in
// one grey segment; counts and shares written where they fit. Each grade
// also has its own stripe pattern along the foot of its segments, so that
// the picture still reads when printed in grey.
class DistributionChart : public QWidget
{
    Q_OBJECT
public:
    explicit DistributionChart(QWidget *parent = nullptr);

    // The two distributions drawn (either may be null); they must outlive
    // the chart or be unset first.
    void setModels(const DistributionModel *current, const DistributionModel *earlier);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // One segment of a bar, as read from a model.
    struct Segment
    {
        int grade = 0; // int(Grade); NotAGrade for every non-grade together
        QString label;
        int count = 0;
        double share = 0;
    };
    struct Bar
    {
        QDate date;
        int total = 0;
        QVector<Segment> segments;
    };
    // The bars as painted, for the accessible description and tests.
    QVector<Bar> bars(KeyQuestion kq) const;
    QString describe() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static Bar barOf(const DistributionModel *model, KeyQuestion kq);
    void updateDescription();
    int labelWidth() const;
    int rowHeight() const;
    int legendHeight() const;
    void paintLegend(QPainter &p, const QRect &area) const;
    void paintBar(QPainter &p, const QRect &area, const Bar &bar) const;

    const DistributionModel *m_current = nullptr;
    const DistributionModel *m_earlier = nullptr;
};
