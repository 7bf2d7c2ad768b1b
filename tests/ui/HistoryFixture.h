// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// What the history suites (tst_cellhistory, tst_timeline) share: the bundled
// sample, dates written as in CQC's files, observations built by hand where
// a case needs facts the sample does not have, and a pixel count for the
// pictures. A suite derives from it (after QObject).
#include "TestDatabase.h"
#include <core/RatingGrid.h>
#include <core/SubjectRatings.h>
#include <storage/RatingStore.h>

#include <QColor>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QtTest>

#include <memory>

class HistoryFixture
{
protected:
    static QDate iso(const char *text) { return QDate::fromString(QLatin1String(text), Qt::ISODate); }
    // Dates in tooltips and accessible text are the locale's long format, as in the grid.
    static QString longDate(const char *text) { return QLocale().toString(iso(text), QLocale::LongFormat); }

    // A provider "P1" holding exactly the given observations.
    static SubjectRatings handBuilt(const QVector<ObservationRecord> &observations)
    {
        SubjectRatings r;
        r.subject = Subject::provider(QStringLiteral("P1"));
        r.name = QStringLiteral("Test Trust");
        r.providerId = QStringLiteral("P1");
        r.observations = observations;
        r.reportDates = RatingGrid::reportDates(r.subject, observations);
        return r;
    }

    // Pixels of exactly `colour` in `image`.
    static int countColour(const QImage &image, const QColor &colour)
    {
        const QRgb wanted = colour.rgb();
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                if ((line[x] | 0xff000000) == wanted)
                    ++n;
        }
        return n;
    }

    // For initTestCase.
    void openSample()
    {
        // Month names and long dates in the suites are English.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_db = std::make_unique<TestDatabase>(TestDatabase::WithSample);
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    }

    // For init: the tester reports through QtTest; anything else Qt warns
    // about is a failure too, except that the offscreen platform cannot
    // raise a tooltip.
    static void failOnWarnings()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support raise\\(\\)$).*")));
    }

    SubjectRatings load(const Subject &subject)
    {
        SubjectRatings ratings;
        const RatingStore store(m_db->database());
        if (!store.loadSubject(subject, &ratings))
            qWarning("cannot load %s: %s", qPrintable(subject.id), qPrintable(store.errorString()));
        return ratings;
    }

    std::unique_ptr<TestDatabase> m_db;
};
