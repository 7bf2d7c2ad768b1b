// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>

struct ApiPayloadContext;

// The Single Assessment Framework part of a CQC API payload (`assessment`,
// CQC-DATA.md section 4f): per assessment service group and key question a
// rating, a score and quality statements, all of CQC's current view.
class ApiAssessmentReader
{
    Q_DECLARE_TR_FUNCTIONS(ApiPayloadReader)

public:
    static bool read(ApiPayloadContext &c, const QJsonObject &payload);
};
