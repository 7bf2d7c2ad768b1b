// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "WatchedTrusts.h"

#include <QHash>
#include <QSettings>
#include <QStringList>

#include <algorithm>

static const char settingsKey[] = "watchedTrusts";

WatchedTrusts::WatchedTrusts(QObject *parent) : QObject(parent)
{}

void WatchedTrusts::setWatched(const QString &id, bool watched)
{
    if (id.isEmpty() || watched == contains(id))
        return;
    if (watched)
        m_ids.insert(id);
    else
        m_ids.remove(id);
    save();
    Q_EMIT changed();
}

void WatchedTrusts::restore()
{
    m_persist = true;
    const QStringList stored = QSettings().value(QLatin1String(settingsKey)).toStringList();
    QSet<QString> ids(stored.cbegin(), stored.cend());
    ids.remove(QString());
    if (ids == m_ids)
        return;
    m_ids = ids;
    Q_EMIT changed();
}

void WatchedTrusts::save() const
{
    if (!m_persist)
        return;
    // Sorted: the settings file reads the same after every save.
    QStringList list(m_ids.cbegin(), m_ids.cend());
    std::sort(list.begin(), list.end());
    QSettings().setValue(QLatin1String(settingsKey), list);
}

// Two summaries of one trust rate it the same: the same own cells, dated the same.
static bool sameOwnRatings(const ProviderSummary *a, const ProviderSummary *b)
{
    if (!a || !b)
        return a == b;
    for (KeyQuestion kq : KeyQuestions::all()) {
        const GridCell x = a->ownCell(kq), y = b->ownCell(kq);
        if (x.rating != y.rating || x.date != y.date)
            return false;
    }
    return a->overall == b->overall && a->overallDate == b->overallDate;
}

QStringList WatchedTrusts::changedBetween(const QVector<ProviderSummary> &before,
                                          const QVector<ProviderSummary> &after) const
{
    QHash<QString, const ProviderSummary *> old, now;
    for (const ProviderSummary &s : before)
        if (contains(s.provider.id))
            old.insert(s.provider.id, &s);
    for (const ProviderSummary &s : after)
        if (contains(s.provider.id))
            now.insert(s.provider.id, &s);
    QStringList changed;
    for (const QString &id : m_ids)
        if (!sameOwnRatings(old.value(id), now.value(id)))
            changed << id;
    changed.sort();
    return changed;
}
