// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ProviderSummary.h>

#include <QUrl>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTreeView;
class ExportTable;
class ProviderListModel;
class ProviderFilterProxyModel;
class ProviderFilterBar;
class WatchedMarkProxyModel;
class WatchedTrusts;
class QAction;

// The trust list: a filter box, the list, and a "N of M shown" line.
// Emits providerSelected when the current row changes.
class ProviderListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProviderListPanel(QWidget *parent = nullptr);

    void setProviders(QVector<ProviderSummary> providers);
    // While the window reads the list in the background: an empty list
    // and "Loading…" where the count goes; setProviders() ends it.
    void showLoading();
    // The list could not be read: an empty list and why, where the count goes.
    void showLoadError(const QString &error);
    // What the line under the list says ("N of M shown", "Loading…").
    QString statusText() const;
    // The user's starred trusts: marked in the list, toggled by Ctrl+D or the
    // context menu, and what "My trusts" shows. Must outlive the panel.
    void setWatchedTrusts(WatchedTrusts *watched);
    // Makes the provider current (clearing a filter that hides it); false if unknown.
    bool selectProvider(const QString &id);
    // The first trust as the list is sorted and filtered; false if none is shown.
    bool selectFirst();
    // Its controls in the order Tab should visit them.
    QList<QWidget *> focusOrder() const;
    QString currentProviderId() const;
    void focusFilter();
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);
    // The list as shown, for File > Export: the rows the filters leave in
    // their sort order, the visible columns in the order the user arranged.
    std::unique_ptr<ExportTable> exportTable() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QComboBox *typeFilter() const;
    ProviderFilterBar *filters() const { return m_filters; }
    // "Watch this trust" (Ctrl+D) for the current row.
    QAction *watchAction() const { return m_watch; }
    ProviderListModel *model() const { return m_model; }
    ProviderFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void providerSelected(const QString &id);
    void openCqcPage(const QUrl &url);
    // The filter text is the ID of a location of the current trust: show it.
    void locationSearched(const QString &locationId);

private:
    void updateCount();
    void showSearchedLocation();
    void updateWatchAction();

    ProviderListModel *m_model;
    ProviderFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_count;
    WatchedMarkProxyModel *m_marks;
    ProviderFilterBar *m_filters;
    WatchedTrusts *m_watched = nullptr;
    QAction *m_watch;
    // The rows as given, in the model's order: a row's location IDs.
    QVector<ProviderSummary> m_summaries;
    QString m_status; // "Loading…" or why the list could not be read; "": the count
};
