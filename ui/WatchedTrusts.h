// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ProviderSummary.h>

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

// The trusts the user starred ("My trusts"): provider IDs, kept in QSettings
// under "watchedTrusts" once restore() has read them, so that screenshots
// and tests that never restore do not depend on a user's settings.
class WatchedTrusts : public QObject
{
    Q_OBJECT
public:
    explicit WatchedTrusts(QObject *parent = nullptr);

    QSet<QString> ids() const { return m_ids; }
    bool contains(const QString &id) const { return m_ids.contains(id); }
    bool isEmpty() const { return m_ids.isEmpty(); }
    void setWatched(const QString &id, bool watched);
    void toggle(const QString &id) { setWatched(id, !contains(id)); }
    // Reads the set from QSettings and from then on writes every change back.
    void restore();
    // The watched trusts whose own ratings (Overall and the key questions,
    // with their dates) differ between two trust lists, sorted by ID; a
    // watched trust in only one of them counts.
    QStringList changedBetween(const QVector<ProviderSummary> &before, const QVector<ProviderSummary> &after) const;

Q_SIGNALS:
    void changed();

private:
    void save() const;

    QSet<QString> m_ids;
    bool m_persist = false;
};
