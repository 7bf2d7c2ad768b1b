// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/RatingGrid.h>
#include <core/SubjectRatings.h>

#include <QCoreApplication>
#include <QMap>

// One of the subject's report dates and what that report published for the
// subject's own row (services are left out).
struct TimelineColumn
{
    QDate date;
    QMap<KeyQuestion, GridCell> cells; // only the key questions rated on that date

    // Empty when the report did not rate `kq` for the subject itself.
    GridCell cell(KeyQuestion kq) const { return cells.value(kq); }
};

// What the inspection timeline shows, worked out apart from the painting:
// one column per report date of the subject (RatingGrid::reportDates), with
// the ratings published on that date. Texts for tiles and screen readers
// live here too, so the widget only lays out and paints.
class Timeline
{
    Q_DECLARE_TR_FUNCTIONS(Timeline)
public:
    void setSubject(const SubjectRatings &ratings);
    void clear();

    const Subject &subject() const { return m_subject; }
    QString subjectName() const { return m_name; }
    const QVector<TimelineColumn> &columns() const { return m_columns; }
    bool isEmpty() const { return m_columns.isEmpty(); }
    bool isFromLocations() const { return m_fromLocations; }

    // The rows of the picture, top to bottom: Overall, then the five key questions.
    static QList<KeyQuestion> keyQuestions();
    // "O", "G", "RI", "I" for grades, "n/r" for non-grades, "–" for nothing:
    // a tile's text, so that colour never carries the rating alone.
    static QString shortText(const Rating &rating);
    // "Jan 2019": the label under a column.
    static QString monthLabel(const QDate &date);

    // "Overall: Requires improvement (Aug 2017), Good (Jul 2020)".
    QString summary(KeyQuestion kq) const;
    // One summary line per key question, for the accessible description.
    QString description() const;
    // The full text of one tile, for its tooltip.
    QString tileText(int column, KeyQuestion kq) const;

private:
    Subject m_subject;
    QString m_name;
    QVector<TimelineColumn> m_columns; // oldest first
    bool m_fromLocations = false;      // a trust without ratings of its own, drawn from its locations
};
