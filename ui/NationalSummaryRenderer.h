// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "PrintableReport.h"
#include "ReportProvenance.h"

#include <core/PopulationSurvey.h>

// The England view on one page: the distribution chart as the view shows
// it (the same DistributionChart, on paper colours), the population it
// covers, and the footer with provenance and licence. A4 landscape.
class NationalSummaryRenderer : public PrintableReport
{
    Q_DECLARE_TR_FUNCTIONS(NationalSummaryRenderer)
public:
    NationalSummaryRenderer(SurveyRequest request, RatingDistribution current, RatingDistribution earlier,
                            ReportProvenance provenance);

    QString title() const override;
    QString fileName() const override;
    QPageLayout pageLayout() const override;
    int render(QPagedPaintDevice *device, QString *error) const override;

    // "NHS trusts · Acute · London · trusts' own ratings: 143 subjects".
    QString population() const;

private:
    SurveyRequest m_request;
    RatingDistribution m_current;
    RatingDistribution m_earlier;
    ReportProvenance m_provenance;
};
