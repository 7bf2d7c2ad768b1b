// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/KeyQuestion.h>
#include <core/QualityStatementRecord.h>
#include <core/Rating.h>

#include <QDate>
#include <QString>
#include <QVector>

// One rating as CQC published it. Observations are only ever added.
struct ObservationRecord
{
    qint64 id = 0; // insertion order; breaks ties between equal dates
    QString providerId;
    QString locationId; // empty: the provider's own rating or a trust-level service
    QString locationName;
    QString service; // empty: the subject's own row
    KeyQuestion keyQuestion = KeyQuestion::Overall;
    Rating rating;
    QDate publicationDate;
    QString reportLinkId;
    QString inheritedFrom; // predecessor registration, or "Y" when only the flag is known
    qint64 importId = 0;
    QString importFile;       // for the history view
    int score = -1;           // CQC's percentage score (2023+ assessments); -1: none published
    QString assessmentStatus; // "Assessed" / "Not Assessed" in an assessment; empty otherwise
    QVector<QualityStatementRecord> qualityStatements;
};
