// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "NationalSummaryRenderer.h"

#include "DistributionChart.h"
#include "ReportPages.h"

#include <core/TrustType.h>
#include <itemmodels/DistributionModel.h>

#include <QPagedPaintDevice>
#include <QPainter>

NationalSummaryRenderer::NationalSummaryRenderer(SurveyRequest request, RatingDistribution current,
                                                 RatingDistribution earlier, ReportProvenance provenance)
    : m_request(std::move(request)), m_current(std::move(current)), m_earlier(std::move(earlier)),
      m_provenance(std::move(provenance))
{
}

QString NationalSummaryRenderer::title() const
{
    return tr("CQC ratings in England: %1").arg(population());
}

QString NationalSummaryRenderer::fileName() const
{
    const QDate asOf = m_request.asOf.isValid() ? m_request.asOf : QDate::currentDate();
    return QStringLiteral("cqc-ratings-england-%1.pdf").arg(asOf.toString(Qt::ISODate));
}

QPageLayout NationalSummaryRenderer::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

QString NationalSummaryRenderer::population() const
{
    const PopulationFilter &f = m_request.filter;
    QStringList parts;
    parts << (f.nhsOnly ? tr("NHS trusts") : tr("All providers"));
    if (f.type)
        parts << TrustTypes::label(*f.type);
    if (!f.region.isEmpty())
        parts << f.region;
    if (!f.icb.isEmpty())
        parts << f.icb;
    if (!f.providerIds.isEmpty())
        parts << tr("my %n trust(s) only", nullptr, int(f.providerIds.size()));
    parts << PopulationLevels::label(m_request.level);
    return parts.join(QStringLiteral(" \u00b7 "));
}

int NationalSummaryRenderer::render(QPagedPaintDevice *device, QString *error) const
{
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("could not start painting the page");
        return 0;
    }
    PageCursor cursor(device, &painter, m_provenance.footer(), 1);
    const QDate asOf = m_request.asOf.isValid() ? m_request.asOf : QDate::currentDate();
    cursor.paragraph(ReportPages::font(18, true), tr("CQC ratings in England"), 2);
    cursor.paragraph(ReportPages::font(10), tr("%1: %n subject(s)", nullptr, m_current.subjects).arg(population()), 2);
    cursor.paragraph(ReportPages::font(10, true),
                     m_request.earlier.isValid()
                         ? tr("Ratings as of %1, each bar above the same as of %2 (%n subject(s) then)", nullptr,
                              m_earlier.subjects)
                               .arg(ReportPages::longDate(asOf), ReportPages::longDate(m_request.earlier))
                         : tr("Ratings as of %1").arg(ReportPages::longDate(asOf)),
                     ReportPages::sectionGap);

    // The view's own chart, drawn on paper colours at the page's width.
    DistributionModel current, earlier;
    current.setDistribution(m_current);
    earlier.setDistribution(m_earlier);
    DistributionChart chart;
    chart.setPalette(ReportPages::paper());
    chart.setFont(ReportPages::font(8));
    chart.setModels(&current, m_request.earlier.isValid() ? &earlier : nullptr);
    const int height = qMin(chart.sizeHint().height(), int(cursor.body().bottom() - cursor.y()));
    chart.resize(int(cursor.body().width()), height);
    chart.render(&painter, QPoint(0, int(cursor.y())), QRegion(), QWidget::DrawChildren);
    cursor.advance(height + ReportPages::sectionGap);
    cursor.paragraph(ReportPages::font(7),
                     tr("Each bar is 100% of the subjects with a rating for that key question: grades in CQC's "
                        "order and colours, each with its own stripe pattern for grey printing; every non-grade "
                        "(\"Not rated\", \"Inspected but not rated\", …) in one grey segment."));
    cursor.finish();
    chart.setModels(nullptr, nullptr);
    if (!painter.end()) {
        *error = tr("could not finish the page");
        return 0;
    }
    return 1;
}
