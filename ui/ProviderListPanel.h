#pragma once

#include "Records.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;
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
    QString currentProviderId() const;
    void focusFilter();

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    ProviderListModel *model() const { return m_model; }
    ProviderFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void providerSelected(const QString &id);

private:
    void updateCount();

    ProviderListModel *m_model;
    ProviderFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_count;
};
