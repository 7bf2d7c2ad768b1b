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

// The trust list: a filter box, the list, and a "N of M shown" line.
// Emits providerSelected when the current row changes.
class ProviderListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProviderListPanel(QWidget *parent = nullptr);

    void setProviders(QVector<ProviderSummary> providers);
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
    QComboBox *typeFilter() const { return m_type; }
    ProviderListModel *model() const { return m_model; }
    ProviderFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void providerSelected(const QString &id);
    void openCqcPage(const QUrl &url);

private:
    void updateCount();
    void fillRegions();
    void applyFilters();

    ProviderListModel *m_model;
    ProviderFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_type;
    QComboBox *m_region;
    QComboBox *m_rating;
    QTreeView *m_view;
    QLabel *m_count;
};
