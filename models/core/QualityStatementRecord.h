// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// One quality statement of a Single Assessment Framework key question
// (CQC-DATA.md section 4f): "Learning culture", "3 - Evidence shows a good
// standard of care".
struct QualityStatementRecord
{
    QString id; // qualityStatementId, "17"
    QString name;
    QString score;  // CQC's text, e.g. "3 - Evidence shows a good standard of care"
    QString status; // "Assessed", "Not Assessed"
};
