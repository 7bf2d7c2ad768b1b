// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ObservationRecord.h>
#include <core/SnapshotRecord.h>

#include <QHash>
#include <QSet>
#include <QVector>

// Gathers the current views one import file carries (DESIGN.md section 2):
// a Latest ratings sheet lists a subject's current cells over several rows,
// an API detail response lists them in one payload. A view without its own
// date takes the file's: the date in CQC's file name, else the newest
// publication date in the file; `--snapshot-date` overrides every date.
class SnapshotCollector
{
public:
    void setOverrideDate(const QDate &date) { m_override = date; }
    void setFileName(const QString &fileName);

    // One record's views, each merged with any earlier one of the same
    // subject and date.
    void add(const QVector<SnapshotRecord> &views);
    // One cell of an undated view (a sheet row), of the observation's organisation.
    void addCell(const ObservationRecord &o);
    void notePublished(const QDate &date);
    // A bad record of this subject was skipped: its view would be incomplete.
    void dropSubject(const QString &providerId, const QString &locationId);

    // The date views without their own take, invalid when nothing dates them.
    QDate fileDate() const;
    // Every complete view, dated; views nothing can date are left out.
    QVector<SnapshotRecord> views() const;

    // "01_September_2026_Latest_ratings.ods" -> 2026-09-01 (also with spaces
    // or hyphens, and the 2016 "01 April 2016 Latest ratings.xlsx").
    static QDate dateFromFileName(const QString &fileName);

private:
    static QString subjectKey(const QString &providerId, const QString &locationId);
    QDate m_override, m_fromName, m_newestPublished;
    QHash<QString, int> m_index; // subject key + date -> m_views
    QVector<SnapshotRecord> m_views;
    QSet<QString> m_dropped;
    int m_lastCellView = -1; // a sheet lists an organisation's rows together
};
