// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// RatingStore's national reads against real SQLite files: the scan gives
// every provider exactly what loadSubject gives, and the summaries' own
// cells are the grid's.
#include "StorageSuite.h"
#include "TestDatabase.h"

#include <core/RatingGrid.h>
#include <importing/Importer.h>
#include <storage/RatingStore.h>

#include <QtTest>

namespace {

QString cellText(const GridCell &c)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(c.rating.text(), c.date.toString(Qt::ISODate), c.reportLinkId, c.inheritedFrom,
             c.snapshotDate.toString(Qt::ISODate))
        .arg(c.observationId);
}

QStringList describe(const SubjectRatings &r)
{
    QStringList out{r.subject.id, r.name, QString::number(r.nameKnown), r.providerId, r.url};
    for (const LocationRecord &l : r.locations)
        out << QStringList{l.id, l.providerId, l.name, l.type, l.inspectionCategory, l.region, l.address, l.postcode,
                           l.url, l.registrationStatus, l.predecessorId, l.predecessorName, l.predecessorReason}
                   .join(QLatin1Char('|'));
    for (const ObservationRecord &o : r.observations) {
        QStringList line{QString::number(o.id), o.providerId, o.locationId, o.locationName, o.service,
                         KeyQuestions::name(o.keyQuestion), o.rating.text(), o.publicationDate.toString(Qt::ISODate),
                         o.reportLinkId, o.inheritedFrom, QString::number(o.importId), o.importFile,
                         QString::number(o.score), o.assessmentStatus};
        for (const QualityStatementRecord &q : o.qualityStatements)
            line << q.id << q.name << q.score << q.status;
        out << line.join(QLatin1Char('|'));
    }
    for (const SnapshotRecord &s : r.snapshots) {
        QStringList line{s.providerId, s.locationId, s.date.toString(Qt::ISODate), QString::number(s.importId),
                         s.importFile};
        for (const SnapshotCell &c : s.cells)
            line << c.service << KeyQuestions::name(c.keyQuestion) << c.rating.text() << c.date.toString(Qt::ISODate);
        out << line.join(QLatin1Char('|'));
    }
    for (const QDate &d : r.reportDates)
        out << d.toString(Qt::ISODate);
    return out;
}

} // namespace

class TestNationalReads : public QObject
{
    Q_OBJECT

    // The sample with a providers sheet (trusts' own rows) and two monthly
    // current views on top.
    std::unique_ptr<TestDatabase> withSnapshots()
    {
        auto db = std::make_unique<TestDatabase>(TestDatabase::WithSample);
        for (const char *name : {"latest_providers.csv", "snapshot_2024-06.csv", "snapshot_2024-07.csv"}) {
            const ImportResult r = Importer(db->database())
                                       .importFile(QStringLiteral(TR_FIXTURES_DIR "/") + QLatin1String(name), {});
            if (!r.ok)
                qWarning("import failed: %s", qPrintable(r.error));
        }
        return db;
    }

    void compareScan(const RatingStore &store)
    {
        const QVector<ProviderSummary> summaries = store.providerSummaries();
        QVERIFY(!summaries.isEmpty());
        int i = 0;
        QVERIFY(store.forEachProvider({}, [&](const SubjectRatings &scanned) {
            SubjectRatings loaded;
            if (i >= summaries.size() || scanned.subject.id != summaries.at(i).provider.id)
                return false;
            if (!store.loadSubject(Subject::provider(scanned.subject.id), &loaded))
                return false;
            const QStringList a = describe(scanned), b = describe(loaded);
            if (a != b)
                qWarning("%s differs:\n%s\n--\n%s", qPrintable(scanned.subject.id), qPrintable(a.join('\n')),
                         qPrintable(b.join('\n')));
            ++i;
            return a == b;
        }));
        QCOMPARE(i, summaries.size());
        QVERIFY(store.errorString().isEmpty());
    }

private Q_SLOTS:
    void init() { failOnAnyWarning(); }

    void scanEqualsLoadSubjectOnSample()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        compareScan(RatingStore(db.database()));
    }

    void scanEqualsLoadSubjectWithSnapshots()
    {
        auto db = withSnapshots();
        RatingStore store(db->database());
        QVERIFY(store.snapshotDates().size() >= 2);
        compareScan(store);
    }

    void scanHonoursIdsAndStop()
    {
        auto db = withSnapshots();
        RatingStore store(db->database());
        const QVector<ProviderSummary> all = store.providerSummaries();
        QVERIFY(all.size() >= 2);
        const QSet<QString> ids{all.at(0).provider.id, all.last().provider.id, QStringLiteral("NOSUCH")};
        QStringList seen;
        QVERIFY(store.forEachProvider(ids, [&](const SubjectRatings &r) {
            seen << r.subject.id;
            return true;
        }));
        QCOMPARE(seen, (QStringList{all.at(0).provider.id, all.last().provider.id}));
        int visits = 0;
        QVERIFY(!store.forEachProvider({}, [&](const SubjectRatings &) { return ++visits < 2; }));
        QCOMPARE(visits, 2);
    }

    void snapshotDatesAndRegions()
    {
        auto db = withSnapshots();
        RatingStore store(db->database());
        const QVector<QDate> dates = store.snapshotDates();
        QVERIFY(dates.contains(QDate(2024, 6, 14)) || dates.size() >= 2);
        QVERIFY(std::is_sorted(dates.begin(), dates.end()));
        QCOMPARE(QSet<QDate>(dates.begin(), dates.end()).size(), dates.size());
        const QStringList regions = store.regions();
        QVERIFY(regions.contains(QStringLiteral("East of England")));
        QVERIFY(!regions.contains(QString()));
        QStringList sortedRegions = regions;
        sortedRegions.sort();
        QCOMPARE(regions, sortedRegions);
        QCOMPARE(QSet<QString>(regions.begin(), regions.end()).size(), regions.size());
    }

    void summariesOwnCellsAreTheGrids_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::newRow("today") << QDate();
        QTest::newRow("2024-06-20") << QDate(2024, 6, 20);
        QTest::newRow("2019-01-01") << QDate(2019, 1, 1);
    }

    void summariesOwnCellsAreTheGrids()
    {
        QFETCH(QDate, asOf);
        auto db = withSnapshots();
        RatingStore store(db->database());
        int withOwn = 0;
        for (const ProviderSummary &s : store.providerSummaries(asOf)) {
            SubjectRatings r;
            QVERIFY(store.loadSubject(Subject::provider(s.provider.id), &r));
            const RatingGrid grid = RatingGrid::build(r, asOf);
            const int row = grid.rowOf(GridRow::keyOf(QString(), QString()));
            for (KeyQuestion kq : KeyQuestions::standard()) {
                const GridCell expected = row < 0 ? GridCell() : grid.cell(row, kq);
                QCOMPARE(cellText(s.ownCell(kq)), cellText(expected));
                QCOMPARE(s.own.contains(kq), !expected.isEmpty());
            }
            QCOMPARE(s.overall.text(), s.ownCell(KeyQuestion::Overall).rating.text());
            withOwn += s.own.isEmpty() ? 0 : 1;
            QStringList ids;
            for (const LocationRecord &l : r.locations)
                ids << l.id;
            QCOMPARE(s.locationIds, ids.join(QLatin1Char('\n')));
            QVERIFY(s.icb.isEmpty());
        }
        if (!asOf.isValid())
            QVERIFY(withOwn > 0);
    }
};

QTEST_GUILESS_MAIN(TestNationalReads)
#include "tst_nationalreads.moc"
