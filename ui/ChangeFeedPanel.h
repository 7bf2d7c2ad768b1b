// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ChangeFeedEntry.h>

#include <QDate>
#include <QWidget>

class ChangeFeedFilterProxyModel;
class ChangeFeedModel;
class QComboBox;
class QLabel;
class QTableView;

// "What changed": every changed cell of the population between two
// snapshot dates, filtered by direction, level and key question, under a
// summary line. Enter or a double-click on a row asks to open that trust
// with its diff on those two dates.
class ChangeFeedPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChangeFeedPanel(QWidget *parent = nullptr);

    void setChanges(QVector<ChangeFeedEntry> changes, const QDate &from, const QDate &to);
    // Said instead of the summary when there is nothing to compare.
    void setNotice(const QString &text);
    QList<QWidget *> focusOrder() const;

    ChangeFeedModel *model() const { return m_model; }
    ChangeFeedFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *directionBox() const { return m_direction; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *keyQuestionBox() const { return m_keyQuestion; }
    QString summaryText() const;

Q_SIGNALS:
    void openChange(const QString &providerId, const QDate &from, const QDate &to);

private:
    void applyFilters();

    ChangeFeedModel *m_model;
    ChangeFeedFilterProxyModel *m_proxy;
    QComboBox *m_direction;
    QComboBox *m_level;
    QComboBox *m_keyQuestion;
    QLabel *m_summary;
    QTableView *m_view;
};
