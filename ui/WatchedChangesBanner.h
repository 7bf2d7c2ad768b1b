// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>

class NoticeBanner;
class QPushButton;

// After an import that changed some of the user's watched trusts: "3 of
// your trusts changed: RJ2, RXY, RM3" in a NoticeBanner, a "Show changes"
// button and a "Dismiss" one. The IDs are imported text: shown as plain text.
class WatchedChangesBanner : public QWidget
{
    Q_OBJECT
public:
    explicit WatchedChangesBanner(QWidget *parent = nullptr);

    // Shows the notice for `ids` (in the order given); hides it when empty.
    void showChanged(const QStringList &ids);
    QStringList changedIds() const { return m_ids; }
    QString text() const;
    QPushButton *showButton() const { return m_show; }
    QPushButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    void showChanges(const QStringList &ids);

private:
    NoticeBanner *m_text;
    QPushButton *m_show;
    QPushButton *m_dismiss;
    QStringList m_ids;
};
