// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "WatchedMarkProxyModel.h"

#include <itemmodels/Roles.h>

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QtMath>

WatchedMarkProxyModel::WatchedMarkProxyModel(int column, QObject *parent)
    : QIdentityProxyModel(parent), m_column(column), m_star(starIcon())
{}

QIcon WatchedMarkProxyModel::starIcon()
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath star;
        const QPointF centre(size / 2.0, size / 2.0 + size / 20.0);
        for (int i = 0; i < 10; ++i) {
            const double radius = (i % 2 == 0 ? 0.48 : 0.2) * size;
            const double angle = -M_PI / 2 + i * M_PI / 5;
            const QPointF p = centre + QPointF(radius * qCos(angle), radius * qSin(angle));
            if (i == 0)
                star.moveTo(p);
            else
                star.lineTo(p);
        }
        star.closeSubpath();
        // Amber with a dark rim: visible on light and dark rows, and in grey print.
        painter.setPen(QPen(QColor(0x8a, 0x5a, 0x00), size / 16.0));
        painter.setBrush(QColor(0xf0, 0xb0, 0x00));
        painter.drawPath(star);
        icon.addPixmap(pixmap);
    }
    return icon;
}

void WatchedMarkProxyModel::setMarked(const QSet<QString> &ids)
{
    if (ids == m_marked)
        return;
    const QSet<QString> changed = (ids - m_marked) + (m_marked - ids);
    m_marked = ids;
    // One signal over the rows whose mark changed, not one a row.
    int first = -1, last = -1;
    for (int r = 0; r < rowCount(); ++r)
        if (changed.contains(index(r, 0).data(Roles::SubjectIdRole).toString())) {
            if (first < 0)
                first = r;
            last = r;
        }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, m_column), index(last, m_column), {Qt::DecorationRole, Qt::ToolTipRole});
}

QVariant WatchedMarkProxyModel::data(const QModelIndex &index, int role) const
{
    if (index.column() == m_column && (role == Qt::DecorationRole || role == Qt::ToolTipRole)
        && m_marked.contains(index.siblingAtColumn(0).data(Roles::SubjectIdRole).toString())) {
        if (role == Qt::DecorationRole)
            return m_star;
        const QString text = QIdentityProxyModel::data(index, role).toString();
        return text.isEmpty() ? tr("Watched") : tr("%1 (watched)").arg(text);
    }
    return QIdentityProxyModel::data(index, role);
}
