// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;

// What the printed reports share: their fonts and paper colours, and a
// cursor down the pages that starts a new page when a block does not fit
// and puts the footer ("Page N of M", the provenance) on every page.
namespace ReportPages {
// The application's font at `points`, without ligatures (the PDF's text
// then reads "Effective", not "E\uFB00ective", for search and copy).
QFont font(qreal points, bool bold = false);
// Printed pages are light whatever the desktop's theme.
QPalette paper();
QString longDate(const QDate &date);
constexpr qreal sectionGap = 14;
} // namespace ReportPages

// Where the next block goes, and on which page. Without a painter it only
// measures: a first pass counts the pages, for "of M" in the second.
class PageCursor
{
    Q_DECLARE_TR_FUNCTIONS(PageCursor)
public:
    // `footer`: the lines under the page number's row (provenance, licence);
    // `total`: the page count, 0 while measuring.
    PageCursor(QPagedPaintDevice *device, QPainter *painter, QString footer, int total);

    QPainter *painter() const { return m_painter; }
    QPaintDevice *device() const;
    const QRectF &body() const { return m_body; }
    qreal y() const { return m_y; }
    int page() const { return m_page; }
    // Whether `height` fits under the cursor; at a page's top everything
    // does (a block taller than a page is drawn anyway, not lost).
    bool fits(qreal height) const { return m_y + height <= m_body.bottom() || m_y <= m_body.top(); }
    void advance(qreal height) { m_y += height; }
    // Ends the page (its footer) and starts the next.
    void nextPage();
    // Ends the last page.
    void finish();
    // A paragraph across the page, kept whole on one page.
    void paragraph(const QFont &font, const QString &text, qreal gapAfter = 6);

private:
    void paintFooter();

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    QString m_footer;
    int m_total;
    QRectF m_body;
    QRectF m_footerRect;
    qreal m_y;
    int m_page = 1;
};
