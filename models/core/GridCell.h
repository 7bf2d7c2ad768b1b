// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/Rating.h>

#include <QDate>
#include <QString>

// What one cell shows as of a date, and why.
struct GridCell
{
    Rating rating; // empty when nothing was published on or before the date
    QDate date;
    QString reportLinkId;
    QString inheritedFrom;
    qint64 observationId = 0; // 0 for an undated statement of a current view
    int score = -1;           // CQC's percentage score, -1: none
    QString assessmentStatus;
    // Valid when the cell is as CQC's current view of this date listed it;
    // invalid when it comes from report history alone.
    QDate snapshotDate;
    // A report-only non-grade published after the grade shown ("Inspected
    // but not rated"): kept for the history, never shown in place of it.
    Rating laterNonGrade;
    QDate laterNonGradeDate;

    bool isEmpty() const { return rating.isEmpty(); }
    bool isInherited() const { return !inheritedFrom.isEmpty(); }
};
