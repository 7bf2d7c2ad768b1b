// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "DistributionChart.h"

#include "RatingDelegate.h"
#include <core/Grade.h>
#include <core/Rating.h>
#include <core/RatingDistribution.h>
#include <itemmodels/DistributionModel.h>
#include <itemmodels/Roles.h>

#include <QEvent>
#include <QLocale>
#include <QPainter>

namespace {

const int Gap = 10;    // between key questions
const int Padding = 6; // around the chart and between columns
const int Stripe = 6;  // the grey-print pattern along a segment's foot

// A pattern per grade for the stripe, so that grades differ in grey too.
Qt::BrushStyle stripeOf(Grade grade)
{
    switch (grade) {
    case Grade::Outstanding: return Qt::SolidPattern;
    case Grade::Good: return Qt::Dense5Pattern;
    case Grade::RequiresImprovement: return Qt::BDiagPattern;
    case Grade::Inadequate: return Qt::CrossPattern;
    default: return Qt::NoBrush;
    }
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString percent(double share)
{
    return DistributionChart::tr("%1%").arg(QLocale().toString(share, 'f', share < 10 ? 1 : 0));
}

} // namespace

DistributionChart::DistributionChart(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Distribution of ratings"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::TabFocus); // a screen reader reaches its description
}

void DistributionChart::setModels(const DistributionModel *current, const DistributionModel *earlier)
{
    for (const DistributionModel *old : {m_current, m_earlier})
        if (old)
            disconnect(old, nullptr, this, nullptr);
    m_current = current;
    m_earlier = earlier;
    for (const DistributionModel *model : {m_current, m_earlier}) {
        if (!model)
            continue;
        connect(model, &QAbstractItemModel::modelReset, this, &DistributionChart::updateDescription);
        connect(model, &QAbstractItemModel::dataChanged, this, &DistributionChart::updateDescription);
        connect(model, &QAbstractItemModel::rowsInserted, this, &DistributionChart::updateDescription);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &DistributionChart::updateDescription);
        connect(model, &QObject::destroyed, this, [this, model] {
            if (m_current == model)
                m_current = nullptr;
            if (m_earlier == model)
                m_earlier = nullptr;
        });
    }
    updateDescription();
}

// Read through the model's roles: its rows are key question, rating, count
// and share, grades in CQC's order then non-grades.
DistributionChart::Bar DistributionChart::barOf(const DistributionModel *model, KeyQuestion kq)
{
    Bar bar;
    if (!model)
        return bar;
    bar.date = model->distribution().asOf;
    Segment other;
    other.grade = int(Grade::NotAGrade);
    other.label = tr("Not graded");
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex first = model->index(row, DistributionModel::KeyQuestionColumn);
        if (KeyQuestion(first.data(Roles::KeyQuestionRole).toInt()) != kq)
            continue;
        const int count = model->index(row, DistributionModel::CountColumn).data(Roles::SortRole).toInt();
        const double share = model->index(row, DistributionModel::ShareColumn).data(Roles::SortRole).toDouble();
        const Grade grade = Grade(first.data(Roles::GradeRole).toInt());
        bar.total += count;
        if (grade == Grade::None || grade == Grade::NotAGrade) {
            // Every non-grade in one grey segment: CQC's colours are for grades.
            other.count += count;
            other.share += share;
        } else {
            bar.segments << Segment{int(grade), model->index(row, DistributionModel::RatingColumn).data().toString(),
                                    count, share};
        }
    }
    if (other.count > 0)
        bar.segments << other;
    return bar;
}

QVector<DistributionChart::Bar> DistributionChart::bars(KeyQuestion kq) const
{
    QVector<Bar> result;
    // The earlier one above the current one: time runs down the page.
    if (m_earlier && m_earlier->rowCount() > 0)
        result << barOf(m_earlier, kq);
    if (m_current)
        result << barOf(m_current, kq);
    return result;
}

QString DistributionChart::describe() const
{
    QStringList lines;
    for (KeyQuestion kq : RatingDistribution::keyQuestions())
        for (const Bar &bar : bars(kq)) {
            QStringList parts;
            for (const Segment &s : bar.segments)
                parts << tr("%1 %2 (%3)").arg(s.label).arg(s.count).arg(percent(s.share));
            lines << tr("%1, %2: %3")
                         .arg(KeyQuestions::label(kq), shortDate(bar.date),
                              parts.isEmpty() ? tr("no ratings") : parts.join(QStringLiteral(", ")));
        }
    return lines.join(QLatin1Char('\n'));
}

void DistributionChart::updateDescription()
{
    setAccessibleDescription(describe());
    update();
}

void DistributionChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

int DistributionChart::rowHeight() const
{
    return fontMetrics().height() + 10 + Stripe;
}

int DistributionChart::legendHeight() const
{
    return fontMetrics().height() + 2 * Padding;
}

int DistributionChart::labelWidth() const
{
    int width = 0;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    for (KeyQuestion kq : RatingDistribution::keyQuestions())
        width = qMax(width, fm.horizontalAdvance(KeyQuestions::label(kq)));
    return width + Padding;
}

QSize DistributionChart::sizeHint() const
{
    const int groups = int(RatingDistribution::keyQuestions().size());
    return {720, legendHeight() + groups * (2 * rowHeight() + 2 + Gap) + Padding};
}

QSize DistributionChart::minimumSizeHint() const
{
    return {360, sizeHint().height()};
}

void DistributionChart::paintLegend(QPainter &p, const QRect &area) const
{
    const QFontMetrics fm = fontMetrics();
    int x = area.left();
    const int box = fm.height();
    const QList<Grade> grades = {Grade::Outstanding, Grade::Good, Grade::RequiresImprovement, Grade::Inadequate,
                                 Grade::NotAGrade};
    for (Grade grade : grades) {
        const QString text = grade == Grade::NotAGrade ? tr("Not graded") : Rating::gradeText(grade);
        const QRect swatch(x, area.top() + (area.height() - box) / 2, box * 2, box);
        p.setPen(grade == Grade::NotAGrade ? QPen(QColor(0xaa, 0xaa, 0xaa)) : Qt::NoPen);
        p.setBrush(RatingDelegate::tileColour(int(grade)));
        p.drawRect(swatch);
        p.fillRect(QRect(swatch.left(), swatch.bottom() - Stripe + 1, swatch.width(), Stripe),
                   QBrush(RatingDelegate::textColour(int(grade)), stripeOf(grade)));
        x = swatch.right() + 5;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(x, area.top(), fm.horizontalAdvance(text) + 2, area.height()), Qt::AlignVCenter, text);
        x += fm.horizontalAdvance(text) + 16;
    }
}

void DistributionChart::paintBar(QPainter &p, const QRect &area, const Bar &bar) const
{
    const QFontMetrics fm = fontMetrics();
    if (bar.total == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area.adjusted(4, 0, 0, 0), Qt::AlignVCenter, tr("No ratings"));
        return;
    }
    double left = area.left();
    for (int i = 0; i < bar.segments.size(); ++i) {
        const Segment &s = bar.segments.at(i);
        const double width = double(area.width()) * s.count / bar.total;
        // The last segment ends exactly at the bar's end, whatever rounding did.
        const int x0 = int(left + 0.5);
        const int x1 = i + 1 == bar.segments.size() ? area.right() + 1 : int(left + width + 0.5);
        left += width;
        if (x1 <= x0)
            continue;
        const QRect seg(x0, area.top(), x1 - x0, area.height());
        p.fillRect(seg, RatingDelegate::tileColour(s.grade));
        const Grade grade = Grade(s.grade);
        p.fillRect(QRect(seg.left(), seg.bottom() - Stripe + 1, seg.width(), Stripe),
                   QBrush(RatingDelegate::textColour(s.grade), stripeOf(grade)));
        // A line of the background between segments keeps neighbours apart.
        if (i > 0)
            p.fillRect(QRect(seg.left(), seg.top(), 1, seg.height()), palette().color(QPalette::Window));
        // Count and share where both fit, the share alone where only it does.
        const QRect textArea = seg.adjusted(3, 0, -3, -Stripe);
        QString text = tr("%1 · %2").arg(QLocale().toString(s.count), percent(s.share));
        if (fm.horizontalAdvance(text) > textArea.width())
            text = percent(s.share);
        if (fm.horizontalAdvance(text) > textArea.width())
            continue;
        p.setPen(RatingDelegate::textColour(s.grade));
        p.drawText(textArea, Qt::AlignCenter, text);
    }
    if (bar.segments.constLast().grade == int(Grade::NotAGrade)) {
        p.setPen(QColor(0xaa, 0xaa, 0xaa));
        p.setBrush(Qt::NoBrush);
        p.drawRect(area.adjusted(0, 0, -1, -1));
    }
}

void DistributionChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const QColor ink = palette().color(QPalette::WindowText);
    const QList<KeyQuestion> kqs = RatingDistribution::keyQuestions();
    if (!m_current || m_current->rowCount() == 0) {
        p.setPen(ink);
        p.drawText(rect(), Qt::AlignCenter, tr("No ratings to show for this population."));
        return;
    }
    paintLegend(p, QRect(Padding, 0, width() - 2 * Padding, legendHeight()));

    QFont bold = font();
    bold.setBold(true);
    // The date column is as wide as its widest label ("30 Sep 2026 · 229").
    int dateWidth = 0;
    for (KeyQuestion kq : kqs)
        for (const Bar &bar : bars(kq))
            dateWidth = qMax(dateWidth, fm.horizontalAdvance(tr("%1 · %2").arg(shortDate(bar.date)).arg(bar.total)));
    const int labelsRight = Padding + labelWidth();
    const int barLeft = labelsRight + dateWidth + 2 * Padding;
    const int barWidth = qMax(40, width() - barLeft - Padding);
    const int h = rowHeight();
    int y = legendHeight();
    for (KeyQuestion kq : kqs) {
        const QVector<Bar> rows = bars(kq);
        const int groupHeight = int(rows.size()) * (h + 2) - 2;
        p.setFont(bold);
        p.setPen(ink);
        p.drawText(QRect(Padding, y, labelWidth(), groupHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   KeyQuestions::label(kq));
        p.setFont(font());
        for (const Bar &bar : rows) {
            p.setPen(ink);
            p.drawText(QRect(labelsRight + Padding, y, dateWidth, h), Qt::AlignVCenter | Qt::AlignRight,
                       tr("%1 · %2").arg(shortDate(bar.date)).arg(bar.total));
            paintBar(p, QRect(barLeft, y, barWidth, h), bar);
            y += h + 2;
        }
        y += Gap - 2;
    }
}
