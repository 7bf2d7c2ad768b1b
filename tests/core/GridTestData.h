// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// What the RatingGrid suites share: facts built in code (observation() from
// CoreTestData.h), so every case states exactly the facts it is about,
// and the layout of a grid in one string list.

#include <core/RatingGrid.h>
#include "CoreTestData.h"

#include <QDate>
#include <QMetaType>
#include <QStringList>

using Observations = QVector<ObservationRecord>;
Q_DECLARE_METATYPE(ObservationRecord)
Q_DECLARE_METATYPE(KeyQuestion)
Q_DECLARE_METATYPE(Subject)
Q_DECLARE_METATYPE(LocationRecord)

inline QDate iso(const char *text) { return QDate::fromString(QLatin1String(text), Qt::ISODate); }

// The provider's own Overall rating: the cell most cases are about.
inline ObservationRecord overall(qint64 id, const char *rating, const char *date, const QString &inheritedFrom = {})
{
    return observation(id, QString(), QString(), KeyQuestion::Overall, QString::fromUtf8(rating),
                       QString::fromLatin1(date), inheritedFrom);
}

inline const QString ProviderRowKey = GridRow().key();

// "level|locationId|locationName|service" per row, to compare layouts in one QCOMPARE.
inline QStringList layout(const RatingGrid &grid)
{
    QStringList out;
    for (const GridRow &row : grid.rows())
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(row.level == GridRow::Level::Provider ? QStringLiteral("P") : QStringLiteral("L"),
                        row.locationId, row.locationName, row.service);
    return out;
}
