// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "TimelineWidget.h"
#include "PlainText.h"

#include "RatingDelegate.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    // Focusable so that a screen reader can reach the description.
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateDescription();
}

void TimelineWidget::setSubject(const SubjectRatings &ratings)
{
    m_timeline.setSubject(ratings);
    updateDescription();
    updateGeometry();
    update();
}

void TimelineWidget::clear()
{
    m_timeline.clear();
    updateDescription();
    updateGeometry();
    update();
}

void TimelineWidget::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    updateDescription();
    update();
}

bool TimelineWidget::isAfterAsOf(int column) const
{
    return m_asOf.isValid() && column >= 0 && column < m_timeline.columns().size()
        && m_timeline.columns().at(column).date > m_asOf;
}

void TimelineWidget::updateDescription()
{
    setAccessibleName(m_timeline.subjectName().isEmpty()
                          ? tr("Inspection timeline")
                          : tr("Inspection timeline of %1").arg(m_timeline.subjectName()));
    QString description = m_timeline.description();
    if (m_asOf.isValid())
        description += QLatin1Char(' ')
            + tr("Shown as of %1: reports published after it are dimmed.")
                  .arg(QLocale().toString(m_asOf, QStringLiteral("d MMMM yyyy")));
    setAccessibleDescription(description);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

TimelineWidget::Metrics TimelineWidget::metrics() const
{
    const QFontMetrics fm(font());
    Metrics m;
    m.margin = 8;
    int labels = 0;
    for (KeyQuestion kq : Timeline::keyQuestions())
        labels = qMax(labels, fm.horizontalAdvance(KeyQuestions::label(kq)));
    m.labelWidth = labels + 12;
    m.tileHeight = fm.height() + 6;
    m.rowGap = 3;
    m.overallGap = 5; // sets Overall apart from the five key questions
    int shortTexts = 0;
    for (Grade g : {Grade::Outstanding, Grade::Good, Grade::RequiresImprovement, Grade::Inadequate, Grade::NotAGrade})
        shortTexts = qMax(shortTexts,
                          fm.horizontalAdvance(Timeline::shortText(Rating::fromText(
                              g == Grade::NotAGrade ? QStringLiteral("Not rated") : Rating::gradeText(g)))));
    m.tileWidth = qMax(shortTexts + 20, m.tileHeight * 5 / 2);
    int dates = fm.horizontalAdvance(Timeline::monthLabel(QDate(2000, 9, 1)));
    for (const TimelineColumn &c : m_timeline.columns())
        dates = qMax(dates, fm.horizontalAdvance(Timeline::monthLabel(c.date)));
    m.pitch = qMax(m.tileWidth, dates) + 14;
    const int rows = int(Timeline::keyQuestions().size());
    m.tilesTop = m.margin;
    const int tilesBottom = m.tilesTop + rows * m.tileHeight + (rows - 1) * m.rowGap + m.overallGap;
    m.dateTop = tilesBottom + 4;
    // Room below the dates for the slanted lines to the axis to read as lines.
    m.axisY = m.dateTop + fm.height() + 16;
    m.yearTop = m.axisY + 6;
    m.height = m.yearTop + fm.height() + m.margin;
    return m;
}

QSize TimelineWidget::minimumSizeHint() const
{
    const Metrics m = metrics();
    const int columns = qMax(1, int(m_timeline.columns().size()));
    return QSize(2 * m.margin + m.labelWidth + columns * m.pitch, m.height);
}

QSize TimelineWidget::sizeHint() const
{
    const QSize min = minimumSizeHint();
    return QSize(qMax(min.width(), 640), min.height());
}

int TimelineWidget::rowTop(int row) const
{
    const Metrics m = metrics();
    return m.tilesTop + row * (m.tileHeight + m.rowGap) + (row > 0 ? m.overallGap : 0);
}

int TimelineWidget::axisX(const Layout &l, const QDate &date) const
{
    const qint64 span = l.start.daysTo(l.end);
    if (span <= 0)
        return l.axisLeft;
    return l.axisLeft + int(double(l.start.daysTo(date)) / double(span) * (l.axisRight - l.axisLeft) + 0.5);
}

// Spreads the columns so that no two centres are closer than the pitch,
// moving them as little as possible (least squares, order kept): with
// y_i = x_i - i * pitch the constraint becomes "y never decreases", which
// the pool-adjacent-violators pass solves exactly.
static QVector<int> spread(const QVector<int> &wanted, int pitch, int left, int right)
{
    struct Block
    {
        double sum;
        int count;
    };
    QVector<Block> blocks;
    for (int i = 0; i < wanted.size(); ++i) {
        blocks.append({double(wanted.at(i) - i * pitch), 1});
        while (blocks.size() > 1) {
            const Block &b = blocks.last(), &a = blocks.at(blocks.size() - 2);
            if (a.sum / a.count <= b.sum / b.count)
                break;
            const Block merged{a.sum + b.sum, a.count + b.count};
            blocks.removeLast();
            blocks.last() = merged;
        }
    }
    QVector<int> out;
    for (const Block &b : blocks)
        for (int k = 0; k < b.count; ++k)
            out.append(int(b.sum / b.count + out.size() * pitch + 0.5));
    // Keep every column inside the plot; minimumSizeHint() leaves room for all.
    const int n = int(out.size());
    for (int i = 0; i < n; ++i)
        out[i] = qMax(out.at(i), left + i * pitch);
    for (int i = n - 1; i >= 0; --i)
        out[i] = qMin(out.at(i), right - (n - 1 - i) * pitch);
    return out;
}

TimelineWidget::Layout TimelineWidget::layout() const
{
    Layout l;
    const QVector<TimelineColumn> &columns = m_timeline.columns();
    if (columns.isEmpty())
        return l;
    const Metrics m = metrics();
    l.axisLeft = m.margin + m.labelWidth + m.pitch / 2;
    l.axisRight = qMax(l.axisLeft, width() - m.margin - m.pitch / 2);
    // Whole years, so that the ticks fall on 1 January.
    l.start = QDate(columns.first().date.year(), 1, 1);
    l.end = QDate(columns.last().date.year() + 1, 1, 1);
    for (const TimelineColumn &c : columns)
        l.onAxis.append(axisX(l, c.date));
    l.centres = spread(l.onAxis, m.pitch, l.axisLeft, l.axisRight);
    return l;
}

int TimelineWidget::columnCentre(int column) const
{
    const Layout l = layout();
    return column >= 0 && column < l.centres.size() ? l.centres.at(column) : -1;
}

int TimelineWidget::axisPosition(int column) const
{
    const Layout l = layout();
    return column >= 0 && column < l.onAxis.size() ? l.onAxis.at(column) : -1;
}

QRect TimelineWidget::tileRect(int column, KeyQuestion kq) const
{
    const int row = int(Timeline::keyQuestions().indexOf(kq));
    const int centre = columnCentre(column);
    if (row < 0 || centre < 0)
        return {};
    const Metrics m = metrics();
    return QRect(centre - m.tileWidth / 2, rowTop(row), m.tileWidth, m.tileHeight);
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const Layout l = layout();
        const Metrics m = metrics();
        for (int c = 0; c < l.centres.size(); ++c) {
            for (KeyQuestion kq : Timeline::keyQuestions()) {
                const QRect tile = tileRect(c, kq);
                if (tile.contains(help->pos())) {
                    QToolTip::showText(help->globalPos(), PlainText::escaped(m_timeline.tileText(c, kq)), this, tile);
                    return true;
                }
            }
            const QRect date(l.centres.at(c) - m.pitch / 2, m.dateTop, m.pitch, m.axisY - m.dateTop);
            if (date.contains(help->pos())) {
                QToolTip::showText(help->globalPos(),
                                   tr("Report published %1")
                                       .arg(QLocale().toString(m_timeline.columns().at(c).date, QLocale::LongFormat)),
                                   this, date);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::paintTile(QPainter &painter, const QRect &rect, const Rating &rating) const
{
    const QRectF box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const int grade = int(rating.grade());
    QFont font = painter.font();
    if (rating.isEmpty()) {
        // Not rated by this report: an outline only, so that the eye reads
        // the gap, with a dash for anyone who cannot see the outline.
        QPen pen(palette().color(QPalette::Dark));
        pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(palette().color(QPalette::PlaceholderText));
    } else {
        painter.setPen(rating.isGrade() ? QPen(Qt::NoPen) : QPen(palette().color(QPalette::Mid)));
        painter.setBrush(RatingDelegate::tileColour(grade));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(RatingDelegate::textColour(grade));
        font.setBold(rating.isGrade());
    }
    painter.save();
    painter.setFont(font);
    painter.drawText(rect, Qt::AlignCenter, Timeline::shortText(rating));
    painter.restore();
}

void TimelineWidget::paintAxis(QPainter &painter, const Layout &l) const
{
    const Metrics m = metrics();
    const QFontMetrics fm(font());
    const QColor line = palette().color(QPalette::WindowText);
    painter.setPen(QPen(line, 1));
    painter.drawLine(QPointF(l.axisLeft - m.pitch / 4, m.axisY + 0.5),
                     QPointF(l.axisRight + m.pitch / 4, m.axisY + 0.5));

    // A label per year when they fit, else every second, fifth... year.
    const int years = l.end.year() - l.start.year();
    const int yearWidth = (l.axisRight - l.axisLeft) / qMax(1, years);
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("0000")) + 8;
    int every = 1;
    for (int step : {1, 2, 5, 10, 20, 50}) {
        every = step;
        if (yearWidth * step >= labelWidth)
            break;
    }
    for (int y = l.start.year(); y <= l.end.year(); ++y) {
        const int x = axisX(l, QDate(y, 1, 1));
        painter.drawLine(QPointF(x + 0.5, m.axisY - 3), QPointF(x + 0.5, m.axisY + 4));
        // The year's label sits under the stretch of axis it names.
        if (y < l.end.year() && (y - l.start.year()) % every == 0) {
            const int next = axisX(l, QDate(y + 1, 1, 1));
            const QRect label(x, m.yearTop, qMax(next - x, labelWidth), fm.height());
            painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, QString::number(y));
        }
    }
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    if (m_timeline.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter,
                         m_timeline.subject().isValid() ? tr("No reports to show.")
                                                        : tr("Select a trust or location."));
        return;
    }
    const Metrics m = metrics();
    const Layout l = layout();
    const QList<KeyQuestion> rows = Timeline::keyQuestions();

    // Row labels on the left, Overall in bold as in the reports.
    painter.setPen(palette().color(QPalette::WindowText));
    for (int r = 0; r < rows.size(); ++r) {
        QFont f = font();
        f.setBold(rows.at(r) == KeyQuestion::Overall);
        painter.setFont(f);
        painter.drawText(QRect(m.margin, rowTop(r), m.labelWidth - 8, m.tileHeight), Qt::AlignRight | Qt::AlignVCenter,
                         KeyQuestions::label(rows.at(r)));
    }
    painter.setFont(font());

    paintAxis(painter, l);

    // Strong enough to follow when the line slants, lighter than the axis.
    QColor guide = palette().color(QPalette::WindowText);
    guide.setAlpha(120);
    // The as-of date on the axis, where it falls within it.
    if (m_asOf.isValid() && m_asOf >= QDate(l.start.year(), 1, 1) && m_asOf < QDate(l.end.year(), 1, 1)) {
        const int x = axisX(l, m_asOf);
        QPen marker(palette().color(QPalette::Highlight), 2, Qt::DashLine);
        painter.setPen(marker);
        painter.drawLine(QPointF(x + 0.5, m.dateTop), QPointF(x + 0.5, m.axisY + 6));
        painter.setPen(palette().color(QPalette::WindowText));
        const QString label = tr("as of %1").arg(QLocale().toString(m_asOf, QStringLiteral("d MMM yyyy")));
        painter.drawText(QRect(x + 4, m.axisY - fm.height() - 3, fm.horizontalAdvance(label) + 4, fm.height()),
                         Qt::AlignLeft | Qt::AlignTop, label);
    }
    for (int c = 0; c < l.centres.size(); ++c) {
        const int x = l.centres.at(c);
        const TimelineColumn &column = m_timeline.columns().at(c);
        // Published after the date shown: there, but faint.
        painter.setOpacity(isAfterAsOf(c) ? 0.3 : 1.0);
        for (int r = 0; r < rows.size(); ++r)
            paintTile(painter, QRect(x - m.tileWidth / 2, rowTop(r), m.tileWidth, m.tileHeight),
                      column.cell(rows.at(r)).rating);

        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x - m.pitch / 2, m.dateTop, m.pitch, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                         Timeline::monthLabel(column.date));
        // From the column down to where its date really falls.
        painter.setPen(QPen(guide, 1));
        painter.drawLine(QPointF(x + 0.5, m.dateTop + fm.height() + 1), QPointF(l.onAxis.at(c) + 0.5, m.axisY - 3));
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::WindowText));
        painter.drawEllipse(QPointF(l.onAxis.at(c) + 0.5, m.axisY + 0.5), 2.5, 2.5);
        painter.setBrush(Qt::NoBrush);
    }
    painter.setOpacity(1.0);

    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}
