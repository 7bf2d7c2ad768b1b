// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// RatingWriter's in-memory copy of what the database holds (KnownRows),
// which a large import reads after its first 20,000 rows: two months of a
// synthetic national file, every kind of change between them, written once
// through one writer (which loads it, in both months) and once through
// writers that each stay under the threshold (which never load it, so every
// row goes to SQLite's ON CONFLICT). Both databases must hold the same rows.
#include <storage/RatingWriter.h>
#include "StorageSuite.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <functional>

namespace {

// Calls a writer makes per location (provider, location, report, 6 ratings).
constexpr int Locations = 4000;

struct Month
{
    QVector<ProviderRecord> providers;
    QVector<LocationRecord> locations;
    QVector<ReportRecord> reports;
    QVector<ObservationRecord> observations; // six per location, in order
};

Month month(int which)
{
    Month m;
    for (int i = 0; i < Locations + (which == 2 ? 50 : 0); ++i) { // month 2: 50 new locations
        const QString providerId = QStringLiteral("P%1").arg((which == 2 && i % 13 == 0) ? i / 2 + 1 : i / 2);
        if (i % 2 == 0 || (which == 2 && i % 13 == 0)) {
            ProviderRecord p;
            p.id = providerId;
            p.name = QStringLiteral("Provider %1%2").arg(providerId, which == 2 && i % 17 == 0 ? " renamed" : "");
            p.region = QStringLiteral("London");
            m.providers << p;
        }
        LocationRecord l;
        l.id = QStringLiteral("1-%1").arg(100000 + i);
        l.providerId = providerId; // month 2: every 13th moved to another provider
        l.name = QStringLiteral("Location %1%2").arg(i).arg(which == 2 && i % 7 == 0 ? " House" : "");
        l.postcode = (which == 2 && i % 11 == 0) ? QString() : QStringLiteral("SE1 %1AA").arg(i % 10); // blanked
        l.region = QStringLiteral("London");
        m.locations << l;
        // Month 2: every third location has a new report with new dates.
        const QDate date = (which == 2 && i % 3 == 0) ? QDate(2026, 10, 1 + i % 20) : QDate(2020, 1 + i % 12, 5);
        ReportRecord r;
        r.providerId = providerId;
        r.locationId = l.id;
        r.publicationDate = date;
        r.linkId = QStringLiteral("link-%1-%2").arg(i).arg(date.toJulianDay());
        m.reports << r;
        const KeyQuestion questions[] = {KeyQuestion::Safe,       KeyQuestion::Effective, KeyQuestion::Caring,
                                         KeyQuestion::Responsive, KeyQuestion::WellLed,   KeyQuestion::Overall};
        for (KeyQuestion kq : questions) {
            ObservationRecord o;
            o.providerId = providerId;
            o.locationId = l.id;
            o.service = (i % 4 == 0) ? QStringLiteral("Surgery") : QString();
            o.keyQuestion = kq;
            // Month 2: every fifth location's Safe is another rating on the same date.
            const bool regraded = which == 2 && i % 5 == 0 && kq == KeyQuestion::Safe;
            o.rating = Rating::fromText(regraded ? QStringLiteral("Requires improvement") : QStringLiteral("Good"));
            o.publicationDate = date;
            o.reportLinkId = r.linkId;
            m.observations << o;
        }
    }
    return m;
}

// Writes `m` as one import through `newWriter()`'s writers, a new one after
// every `callsPerWriter` calls.
bool write(Database &db, const Month &m, int callsPerWriter)
{
    if (!db.beginWrite({}))
        return false;
    std::unique_ptr<RatingWriter> writer;
    int calls = 0;
    auto next = [&]() -> RatingWriter & {
        if (!writer || ++calls % callsPerWriter == 0) {
            writer = std::make_unique<RatingWriter>(db);
            writer->beginImport(anImport("month.csv"));
        }
        return *writer;
    };
    bool ok = true;
    for (const ProviderRecord &p : m.providers)
        ok = ok && next().writeProvider(p);
    for (int i = 0; i < m.locations.size(); ++i) {
        ok = ok && next().writeLocation(m.locations[i]) && next().writeReport(m.reports[i]);
        for (int k = 0; k < 6; ++k)
            ok = ok && next().addObservation(m.observations[i * 6 + k]) != RatingWriter::Added::Failed;
    }
    writer.reset();
    return ok && db.commit();
}

// Every row of the written tables, without import ids (the reference has
// one import per writer).
QStringList rows(const QSqlDatabase &db)
{
    QStringList out;
    for (const char *table : {"providers", "locations", "services", "reports", "observations"}) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        while (q.next()) {
            QString line = QLatin1String(table);
            for (int c = 0; c < q.record().count(); ++c)
                if (q.record().fieldName(c) != QLatin1String("import_id"))
                    line += QLatin1Char('|') + (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
            out << line;
        }
    }
    return out;
}

} // namespace

class TestKnownRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { failOnAnyWarning(); }
    void sameRowsAsWithoutIt();
};

void TestKnownRows::sameRowsAsWithoutIt()
{
    const Month first = month(1), second = month(2);
    QVERIFY(first.locations.size() * 8 > 20000 * 1.5); // the one writer loads well before the end
    TestDatabase loaded(TestDatabase::Empty), reference(TestDatabase::Empty);
    QVERIFY2(loaded.isOpen() && reference.isOpen(), qPrintable(loaded.error() + reference.error()));
    QVERIFY(write(loaded.database(), first, 1 << 30));
    QVERIFY(write(reference.database(), first, 10000));
    QVERIFY(write(loaded.database(), second, 1 << 30));
    QVERIFY(write(reference.database(), second, 10000));

    const QStringList got = rows(loaded.connection()), want = rows(reference.connection());
    QVERIFY(want.size() > Locations * 6);
    for (int i = 0; i < qMin(got.size(), want.size()); ++i)
        QCOMPARE(got.at(i), want.at(i));
    QCOMPARE(got.size(), want.size());
    // The changes of month 2 are there: a regraded Safe, a renamed location,
    // a moved one, a kept postcode (blank in month 2), a renamed provider.
    // Every fifth of month 2's 4,050 locations: 810 observations.
    QCOMPARE(got.filter(QStringLiteral("Requires improvement")).size(), 810);
    QVERIFY(!got.filter(QStringLiteral("Location 7 House")).isEmpty());
    QVERIFY(!got.filter(QRegularExpression(QStringLiteral("^locations\\|1-100013\\|P7\\|"))).isEmpty());
    QVERIFY(!got.filter(QRegularExpression(QStringLiteral("^locations\\|1-100011\\|.*SE1 1AA"))).isEmpty());
    QVERIFY(!got.filter(QStringLiteral("Provider P17 renamed")).isEmpty());
}

QTEST_GUILESS_MAIN(TestKnownRows)
#include "tst_knownrows.moc"
