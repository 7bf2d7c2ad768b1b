// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// MainWindow's persistence: what the window restores from QSettings at
// start (geometry, panels, views, and once the list has arrived its
// filters, last trust and compared dates) and saves when closed.
#include "MainWindow.h"

#include "CellHistoryPanel.h"
#include "DiffPanel.h"
#include "EnglandView.h"
#include "ProviderListPanel.h"
#include "WatchedTrusts.h"

#include <itemmodels/DiffModel.h>

#include <QAction>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

void MainWindow::restoreSettings()
{
    m_persist = true;
    m_watched->restore(); // before the list's filters: "My trusts" needs them
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitterRestored = m_mainSplitter->restoreState(
        settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_rightSplitter->restoreState(settings.value(QStringLiteral("window/rightSplitter")).toByteArray());
    m_listAction->setChecked(settings.value(QStringLiteral("window/listVisible"), true).toBool());
    m_lowerAction->setChecked(settings.value(QStringLiteral("window/lowerVisible"), true).toBool());
    // The list's filters need its choices (regions, ICBs), and the last
    // trust the list: once it has arrived.
    if (m_listReady)
        restoreListSettings();
    else
        m_restoreListPending = true;
    const int tab = settings.value(QStringLiteral("window/lowerTab"), int(ChangesTab)).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    // The view the user left open: an analyst who works in the England view
    // starts there.
    const int englandTab = settings.value(QStringLiteral("window/englandTab"), 0).toInt();
    if (englandTab >= 0 && englandTab < m_england->tabs()->count())
        m_england->tabs()->setCurrentIndex(englandTab);
    if (settings.value(QStringLiteral("window/view")).toString() == QLatin1String("england"))
        showView(View::England);
}

void MainWindow::restoreListSettings()
{
    QSettings settings;
    m_providers->restoreState(settings);
    const QString last = settings.value(QStringLiteral("window/provider")).toString();
    if (last.isEmpty() || !m_providers->selectProvider(last))
        m_providers->selectFirst();
    // The two report dates compared, for the trust they were compared for.
    if (m_shownRatings.subject.isValid()
        && settings.value(QStringLiteral("window/compareSubject")).toString() == m_shownRatings.subject.id)
        m_diff->compare(settings.value(QStringLiteral("window/compareFrom")).toDate(),
                        settings.value(QStringLiteral("window/compareTo")).toDate());
}

void MainWindow::saveSettings()
{
    if (!m_persist)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
    settings.setValue(QStringLiteral("window/listVisible"), m_listAction->isChecked());
    settings.setValue(QStringLiteral("window/lowerVisible"), m_lowerAction->isChecked());
    settings.setValue(QStringLiteral("window/lowerTab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("window/view"),
                      currentView() == View::England ? QStringLiteral("england") : QStringLiteral("trusts"));
    settings.setValue(QStringLiteral("window/englandTab"), m_england->tabs()->currentIndex());
    // Closed before the list arrived (or when it could not be read): the
    // list's settings were never applied, so they are kept as they were.
    if (m_listReady && !m_restoreListPending) {
        settings.setValue(QStringLiteral("window/provider"), m_providers->currentProviderId());
        settings.setValue(QStringLiteral("window/compareSubject"), m_shownRatings.subject.id);
        settings.setValue(QStringLiteral("window/compareFrom"), m_diff->model()->fromDate());
        settings.setValue(QStringLiteral("window/compareTo"), m_diff->model()->toDate());
        m_providers->saveState(settings);
    }
}
