// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ReportPages.h"

#include <QApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace {
constexpr qreal footerHeight = 44;
}

QFont ReportPages::font(qreal points, bool bold)
{
    QFont font = QApplication::font();
    font.setPointSizeF(points);
    font.setBold(bold);
    // Any letter spacing turns Qt's ligatures off.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

QPalette ReportPages::paper()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Highlight, Qt::white);
    p.setColor(QPalette::HighlightedText, Qt::black);
    return p;
}

QString ReportPages::longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

PageCursor::PageCursor(QPagedPaintDevice *device, QPainter *painter, QString footer, int total)
    : m_device(device), m_painter(painter), m_footer(std::move(footer)), m_total(total),
      m_body(0, 0, device->width(), device->height() - footerHeight - 8),
      m_footerRect(0, device->height() - footerHeight, device->width(), footerHeight), m_y(m_body.top())
{
}

QPaintDevice *PageCursor::device() const
{
    return m_device;
}

void PageCursor::nextPage()
{
    if (m_painter) {
        paintFooter();
        m_device->newPage();
    }
    ++m_page;
    m_y = m_body.top();
}

void PageCursor::finish()
{
    if (m_painter)
        paintFooter();
}

void PageCursor::paragraph(const QFont &font, const QString &text, qreal gapAfter)
{
    const QFontMetricsF fm(font, m_device);
    const QRectF box = fm.boundingRect(QRectF(0, 0, m_body.width(), 100000), Qt::TextWordWrap, text);
    if (!fits(box.height()))
        nextPage();
    if (m_painter) {
        m_painter->setFont(font);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(0, m_y, m_body.width(), box.height() + 1), Qt::TextWordWrap, text);
    }
    advance(box.height() + gapAfter);
}

void PageCursor::paintFooter()
{
    QPainter *p = m_painter;
    p->save();
    p->setPen(QPen(QColor(0x88, 0x88, 0x88), 0.5));
    p->drawLine(m_footerRect.topLeft(), m_footerRect.topRight());
    p->setPen(Qt::black);
    p->setFont(ReportPages::font(7));
    const QString pageText = tr("Page %1 of %2").arg(m_page).arg(m_total);
    const qreal pageWidth = QFontMetricsF(p->font(), m_device).horizontalAdvance(pageText) + 8;
    p->drawText(m_footerRect.adjusted(0, 4, -pageWidth, 0), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_footer);
    p->drawText(m_footerRect.adjusted(0, 4, 0, 0), Qt::AlignRight | Qt::AlignTop, pageText);
    p->restore();
}
