// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/KeyQuestion.h>
#include <core/Rating.h>

#include <QDate>
#include <QString>

// One cell of what CQC listed as current for a subject.
struct SnapshotCell
{
    QString service; // empty: the subject's own row
    KeyQuestion keyQuestion = KeyQuestion::Overall;
    Rating rating;
    QDate date; // invalid for an undated statement ("No published rating")
};
