// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QSettings;
class QToolButton;
class ProviderFilterProxyModel;
class RatingFilterButton;

// The trust list's pickers, in two rows: NHS trusts or all providers, trust
// type, region; overall ratings (several at once), ICB (only when the data
// has any), "My trusts". Each change goes straight to the proxy.
class ProviderFilterBar : public QWidget
{
    Q_OBJECT
public:
    ProviderFilterBar(ProviderFilterProxyModel *proxy, QWidget *parent = nullptr);

    // The regions and ICBs the rows of `model` have (RegionRole, IcbRole).
    void fillChoices(const QAbstractItemModel *model);
    // The watched trusts "My trusts" shows; with none, the toggle is off and disabled.
    void setWatched(const QSet<QString> &ids);
    // Every filter off but "NHS trusts", set to `nhs`: a row hidden by them shows.
    void clear(bool nhs);
    void apply();
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);
    QList<QWidget *> focusOrder() const;

    QComboBox *nhsFilter() const { return m_nhs; }
    QComboBox *trustTypeFilter() const { return m_trustType; }
    QComboBox *regionFilter() const { return m_region; }
    QComboBox *icbFilter() const { return m_icb; }
    RatingFilterButton *ratingFilter() const { return m_rating; }
    QToolButton *myTrustsButton() const { return m_myTrusts; }

Q_SIGNALS:
    void changed();

private:
    static void refill(QComboBox *box, const QString &anyText, QStringList values);

    ProviderFilterProxyModel *m_proxy;
    QComboBox *m_nhs;
    QComboBox *m_trustType;
    QComboBox *m_region;
    RatingFilterButton *m_rating;
    QComboBox *m_icb;
    QToolButton *m_myTrusts;
    QSet<QString> m_watched;
};
