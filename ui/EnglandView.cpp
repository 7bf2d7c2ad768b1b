// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "EnglandView.h"

#include "NationalSummaryRenderer.h"

#include "ChangeFeedPanel.h"
#include "DistributionChart.h"
#include "EnglandFilterBar.h"
#include "EnglandSurveyRunner.h"
#include "LeagueTablePanel.h"
#include <itemmodels/DistributionModel.h>
#include <storage/RatingStore.h>

#include <QLabel>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

EnglandView::EnglandView(const RatingStore &store, ConnectionFactory database, QWidget *parent)
    : QWidget(parent), m_store(store), m_filters(new EnglandFilterBar(this)), m_status(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_current(new DistributionModel(this)), m_earlier(new DistributionModel(this)),
      m_chart(new DistributionChart(this)), m_league(new LeagueTablePanel(this)),
      m_changes(new ChangeFeedPanel(this)), m_runner(new EnglandSurveyRunner(std::move(database), this))
{
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("England view status"));
    m_chart->setModels(m_current, m_earlier);
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setWidget(m_chart);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setFocusPolicy(Qt::NoFocus);
    m_tabs->addTab(chartScroll, tr("&Distribution"));
    m_tabs->addTab(m_league, tr("League ta&ble"));
    m_tabs->addTab(m_changes, tr("&What changed"));
    m_tabs->tabBar()->setAccessibleName(tr("England tables"));
    // As in the trust view: the bar takes focus, not the tab widget.
    m_tabs->setFocusProxy(nullptr);
    m_tabs->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_filters, &EnglandFilterBar::changed, this, &EnglandView::filtersChanged);
    connect(m_runner, &EnglandSurveyRunner::started, this, [this] { m_status->setText(tr("Computing…")); });
    connect(m_runner, &EnglandSurveyRunner::finished, this, &EnglandView::showOutcome);
    connect(m_runner, &EnglandSurveyRunner::failed, this, &EnglandView::showError);
    connect(m_changes, &ChangeFeedPanel::openChange, this, &EnglandView::openChange);
}

QList<QWidget *> EnglandView::focusOrder() const
{
    return m_filters->focusOrder() << m_tabs->tabBar() << m_chart << m_league->focusOrder()
                                   << m_changes->focusOrder();
}

void EnglandView::setChoices(const QStringList &regions, const QVector<QDate> &snapshotDates)
{
    {
        const QSignalBlocker block(m_filters);
        m_filters->setRegions(regions);
        m_filters->setSnapshotDates(snapshotDates);
    }
    m_snapshotCount = int(snapshotDates.size());
    filtersChanged();
}

void EnglandView::setWatchedTrusts(const QSet<QString> &ids)
{
    m_filters->setWatchedTrusts(ids);
}

void EnglandView::showWatchedChanges()
{
    m_filters->showWatchedChanges();
    showTab(QStringLiteral("changes"));
}

void EnglandView::filtersChanged()
{
    // Hidden, nothing is computed: the trust view's user does not pay for
    // the national tables. Shown, the survey starts after the pause.
    m_stale = true;
    if (!isVisible())
        return;
    m_stale = false;
    m_status->setText(tr("Computing…"));
    m_runner->request(m_filters->request());
}

void EnglandView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        filtersChanged();
}

std::unique_ptr<PrintableReport> EnglandView::nationalSummary(QString *error) const
{
    if (isComputing()) {
        *error = tr("The England tables are still being worked out: print again when they show.");
        return nullptr;
    }
    ReportProvenance provenance;
    if (!ReportProvenance::read(m_store, &provenance)) {
        *error = m_store.errorString();
        return nullptr;
    }
    return std::make_unique<NationalSummaryRenderer>(m_shown, m_current->distribution(), m_earlier->distribution(),
                                                     provenance);
}

bool EnglandView::isComputing() const
{
    return m_stale || m_runner->isBusy();
}

QString EnglandView::statusText() const
{
    return m_status->text();
}

void EnglandView::showOutcome(const PopulationSurveyOutcome &outcome)
{
    const SurveyResult &result = outcome.result;
    m_shown = outcome.request;
    m_current->setDistribution(result.distribution);
    m_earlier->setDistribution(result.earlierDistribution);
    m_league->setRows(result.league, outcome.request.level, outcome.request.asOf);
    if (outcome.request.changes)
        m_changes->setChanges(result.changes, outcome.request.from, outcome.request.to);
    else
        m_changes->setNotice(m_snapshotCount < 2
                                 ? tr("Only one snapshot is imported: import another month's Latest ratings "
                                      "file to see what changed.")
                                 : tr("Pick two different snapshots to see what changed."));
    m_status->setText(tr("%n subject(s) in this population.", nullptr, result.distribution.subjects));
    Q_EMIT surveyFinished();
}

void EnglandView::showError(const QString &error)
{
    m_status->setText(tr("The England tables could not be read: %1").arg(error));
    Q_EMIT surveyFinished();
}

bool EnglandView::showTab(const QString &name)
{
    if (name == QLatin1String("distribution"))
        m_tabs->setCurrentIndex(DistributionTab);
    else if (name == QLatin1String("league"))
        m_tabs->setCurrentIndex(LeagueTab);
    else if (name == QLatin1String("changes"))
        m_tabs->setCurrentIndex(ChangesTab);
    else
        return false;
    return true;
}
