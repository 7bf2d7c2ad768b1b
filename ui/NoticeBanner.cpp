// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "NoticeBanner.h"

#include "PaletteColours.h"

#include <QFocusEvent>
#include <QPainter>

NoticeBanner::NoticeBanner(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setOpenExternalLinks(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setFocusPolicy(Qt::TabFocus);
    setMargin(6);
}

// Tab lands on the link itself: a label otherwise takes one Tab for itself
// and a second for its link.
void NoticeBanner::focusInEvent(QFocusEvent *event)
{
    QLabel::focusInEvent(event);
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason)
        QLabel::focusNextPrevChild(event->reason() == Qt::TabFocusReason);
}

void NoticeBanner::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        const QColor window = palette().color(QPalette::Window);
        const QColor amber(0xf0, 0xb0, 0x00);
        painter.fillRect(rect(), PaletteColours::tint(window, amber, 0.18));
        painter.setPen(PaletteColours::tint(window, amber, 0.6));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
    QLabel::paintEvent(event);
}
