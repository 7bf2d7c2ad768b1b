// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/PopulationSurvey.h>
#include <storage/ConnectionFactory.h>

#include <QSet>
#include <QWidget>

#include <memory>

class ChangeFeedPanel;
class DistributionChart;
class DistributionModel;
class EnglandFilterBar;
class EnglandSurveyRunner;
class LeagueTablePanel;
class PrintableReport;
class QLabel;
class QTabWidget;
class RatingStore;
struct PopulationSurveyOutcome;

// England at a glance, beside the trust view: a filter bar choosing the
// population and the dates, and three tabs (the distribution chart, the
// league table, what changed) that a survey off the GUI thread fills after
// every change of filter. While it runs the old tables stay, marked
// "Computing…"; an error is said in the view.
class EnglandView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { DistributionTab, LeagueTab, ChangesTab };

    // Reads the tables through `database`'s own connections, and the
    // national summary's provenance from `store`, which must outlive the view.
    EnglandView(const RatingStore &store, ConnectionFactory database, QWidget *parent = nullptr);

    // The regions and snapshot dates the filters offer, read with the trust
    // list off the GUI thread (and again after an import); the tables are
    // read again, now if the view is shown, else when it is next shown.
    void setChoices(const QStringList &regions, const QVector<QDate> &snapshotDates);
    void setWatchedTrusts(const QSet<QString> &ids);
    // What changed for the watched trusts between the two newest snapshots.
    void showWatchedChanges();
    // "distribution", "league" or "changes"; false for another name.
    bool showTab(const QString &name);
    // Whether a survey is waiting or running, or the tables are out of date.
    bool isComputing() const;
    // The one-page summary of what the view shows (the chart, the
    // population); null with *error while the tables are being computed.
    std::unique_ptr<PrintableReport> nationalSummary(QString *error) const;
    QString statusText() const;

    EnglandFilterBar *filters() const { return m_filters; }
    QTabWidget *tabs() const { return m_tabs; }
    DistributionChart *chart() const { return m_chart; }
    DistributionModel *currentDistribution() const { return m_current; }
    DistributionModel *earlierDistribution() const { return m_earlier; }
    LeagueTablePanel *league() const { return m_league; }
    ChangeFeedPanel *changes() const { return m_changes; }
    EnglandSurveyRunner *runner() const { return m_runner; }
    QList<QWidget *> focusOrder() const;

Q_SIGNALS:
    // The tables show the newest filters (or why they cannot).
    void surveyFinished();
    void openChange(const QString &providerId, const QDate &from, const QDate &to);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void filtersChanged();
    void showOutcome(const PopulationSurveyOutcome &outcome);
    void showError(const QString &error);

    const RatingStore &m_store;
    EnglandFilterBar *m_filters;
    QLabel *m_status;
    QTabWidget *m_tabs;
    DistributionModel *m_current;
    DistributionModel *m_earlier;
    DistributionChart *m_chart;
    LeagueTablePanel *m_league;
    ChangeFeedPanel *m_changes;
    EnglandSurveyRunner *m_runner;
    int m_snapshotCount = 0; // of the dates offered
    bool m_stale = true; // the filters changed since the last survey started
    SurveyRequest m_shown; // the request whose tables are shown
};
