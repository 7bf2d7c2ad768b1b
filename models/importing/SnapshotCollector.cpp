// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/SnapshotCollector.h>

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

QString SnapshotCollector::subjectKey(const QString &providerId, const QString &locationId)
{
    return providerId + QLatin1Char('\x1f') + locationId;
}

void SnapshotCollector::setFileName(const QString &fileName)
{
    m_fromName = dateFromFileName(fileName);
}

QDate SnapshotCollector::dateFromFileName(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:^|[^0-9])([0-9]{1,2})[ _-]+([A-Za-z]+)[ _-]+([0-9]{4})[ _-]+Latest[ _-]+ratings"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(QFileInfo(fileName).fileName());
    if (!m.hasMatch())
        return {};
    // English month names whatever the user's locale: CQC names its files in English.
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    for (int month = 1; month <= 12; ++month) {
        if (m.captured(2).compare(english.monthName(month, QLocale::LongFormat), Qt::CaseInsensitive) == 0
            || m.captured(2).compare(english.monthName(month, QLocale::ShortFormat), Qt::CaseInsensitive) == 0)
            return QDate(m.captured(3).toInt(), month, m.captured(1).toInt());
    }
    return {};
}

void SnapshotCollector::notePublished(const QDate &date)
{
    if (date.isValid() && (!m_newestPublished.isValid() || date > m_newestPublished))
        m_newestPublished = date;
}

void SnapshotCollector::add(const QVector<SnapshotRecord> &views)
{
    for (const SnapshotRecord &v : views) {
        const QString key = subjectKey(v.providerId, v.locationId) + QLatin1Char('\x1f')
            + QString::number(v.date.isValid() ? v.date.toJulianDay() : 0);
        const auto it = m_index.constFind(key);
        if (it == m_index.constEnd()) {
            m_index.insert(key, m_views.size());
            m_views.append(v);
        } else {
            m_views[*it].cells += v.cells;
        }
    }
}

void SnapshotCollector::addCell(const ObservationRecord &o)
{
    if (m_lastCellView >= 0) {
        SnapshotRecord &last = m_views[m_lastCellView];
        if (last.locationId == o.locationId && last.providerId == o.providerId) {
            last.cells.append({o.service, o.keyQuestion, o.rating, o.publicationDate});
            return;
        }
    }
    // Its own key, apart from add()'s "subject, date" keys: a sheet row's
    // cells form a view of their own. (This was "\x1f0", a hex escape out
    // of range that gcc read as "\xf0": the same separation, by accident.)
    const QString key = subjectKey(o.providerId, o.locationId)
        + QLatin1String("\x1f"
                        "cells");
    auto it = m_index.constFind(key);
    if (it == m_index.constEnd()) {
        SnapshotRecord v;
        v.providerId = o.providerId;
        v.locationId = o.locationId;
        it = m_index.insert(key, m_views.size());
        m_views.append(v);
    }
    m_lastCellView = *it;
    m_views[m_lastCellView].cells.append({o.service, o.keyQuestion, o.rating, o.publicationDate});
}

void SnapshotCollector::dropSubject(const QString &providerId, const QString &locationId)
{
    m_dropped.insert(subjectKey(providerId, locationId));
}

QDate SnapshotCollector::fileDate() const
{
    if (m_override.isValid())
        return m_override;
    return m_fromName.isValid() ? m_fromName : m_newestPublished;
}

QVector<SnapshotRecord> SnapshotCollector::views() const
{
    QVector<SnapshotRecord> out;
    out.reserve(m_views.size());
    const QDate file = fileDate();
    for (const SnapshotRecord &v : m_views) {
        if (m_dropped.contains(subjectKey(v.providerId, v.locationId)))
            continue;
        SnapshotRecord dated = v;
        if (m_override.isValid() || !dated.date.isValid())
            dated.date = file;
        if (dated.date.isValid())
            out.append(dated);
    }
    return out;
}
