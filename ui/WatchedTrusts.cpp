// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "WatchedTrusts.h"

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
