// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/PopulationSurvey.h>

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

// The England view's filters: which population (NHS trusts or all
// providers; level; trust type; region; the watched trusts), as of which
// date against which earlier one, and the two snapshot dates whose changes
// are listed. Emits changed() on every edit; request() says it all.
class EnglandFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit EnglandFilterBar(QWidget *parent = nullptr);

    // The choices the data offers; the current ones are kept where they
    // still exist. Dates oldest first, as RatingStore gives them.
    void setRegions(const QStringList &regions);
    void setSnapshotDates(const QVector<QDate> &dates);
    // "My trusts only" limits every table to these (WatchedTrusts sets them);
    // with none, the box is off and disabled.
    void setWatchedTrusts(const QSet<QString> &ids);
    // After an import that changed watched trusts: every provider of the
    // watched ones, whatever their type or region, between the two newest
    // snapshots. Emits changed() once.
    void showWatchedChanges();

    SurveyRequest request() const;
    QList<QWidget *> focusOrder() const;

    QComboBox *populationBox() const { return m_population; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *regionBox() const { return m_region; }
    QCheckBox *watchedBox() const { return m_watchedOnly; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QDateEdit *earlierEdit() const { return m_earlier; }
    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_population;
    QComboBox *m_level;
    QComboBox *m_type;
    QComboBox *m_region;
    QCheckBox *m_watchedOnly;
    QDateEdit *m_asOf;
    QDateEdit *m_earlier;
    QComboBox *m_from;
    QComboBox *m_to;
    QSet<QString> m_watched;
};
