// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// What the storage suites (tst_database, tst_ratingwriter, tst_sampledata)
// share: their init() and the records they hand RatingWriter.

#include <core/ImportRecord.h>
#include <core/LocationRecord.h>
#include <core/ProviderRecord.h>

#include <QDateTime>
#include <QRegularExpression>
#include <QtTest>

// A connection removed while a query still uses it, a failed prepare, ...:
// Qt only warns, so each suite's init() makes any warning fail the test.
inline void failOnAnyWarning()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

// An import, a provider and a location with only the fields a test names.

inline ImportRecord anImport(const char *fileName, bool sample = false)
{
    ImportRecord import;
    import.fileName = QString::fromLatin1(fileName);
    import.format = QStringLiteral("csv");
    import.importedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    import.isSample = sample;
    return import;
}

inline ProviderRecord aProvider(const char *id, const char *name)
{
    ProviderRecord p;
    p.id = QString::fromLatin1(id);
    p.name = QString::fromLatin1(name);
    return p;
}

inline LocationRecord aLocation(const char *id, const char *providerId, const char *name)
{
    LocationRecord l;
    l.id = QString::fromLatin1(id);
    l.providerId = QString::fromLatin1(providerId);
    l.name = QString::fromLatin1(name);
    return l;
}

