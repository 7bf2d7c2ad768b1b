#pragma once

#include "Records.h"
#include "Subject.h"

#include <QVector>

// Everything the grid, the diff and the history views need about one
// subject, loaded in one go by RatingStore::loadSubject().
struct SubjectRatings
{
    Subject subject;
    QString name;                         // the provider's or location's name
    QString providerId;
    QString url;
    QVector<LocationRecord> locations;    // a provider's locations; empty for a location
    QVector<ObservationRecord> observations;
    QVector<QDate> reportDates;           // the subject's own report dates, oldest first
};
