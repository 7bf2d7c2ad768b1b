// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// CQC's own API responses (tests/fixtures/cqc-samples) through Importer into
// real SQLite files: each sample imports, and the facts CQC-DATA.md spells out
// for them (current non-grades, the single assessment framework, inherited
// ratings, trusts known only through their locations) read back through
// RatingStore and RatingGrid, as the window reads them.
#include <core/RatingGrid.h>
#include <core/Timeline.h>
#include <storage/RatingStore.h>
#include "ImportTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ImportTestSupport;

class TstImportCqcSamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // CQC's samples, copied into tests/fixtures/cqc-samples.
        QVERIFY2(QFileInfo::exists(sample(QStringLiteral("location_1-5312102242.json"))),
                 qPrintable(QStringLiteral("CQC's samples are not at %1").arg(sample(QString()))));
    }

    // ---- the real API samples ----------------------------------------------------

    void realSamplesImport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("isLocation");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("overall"); // the grid's current Overall for the subject's own row
        const QDir dir(QStringLiteral(TR_SAMPLES_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        // Guards against an empty or moved samples folder passing silently.
        QVERIFY2(files.size() >= 10, qPrintable(dir.path()));
        struct Expected
        {
            const char *file, *id, *name, *overall;
            bool isLocation;
        };
        const Expected expected[] = {
            {"location_1-118563363.json", "1-118563363", "Royley House Care Home", "Good", true},
            {"location_1-4804318345.json", "1-4804318345", "Mediscan Centre", "Inadequate", true},
            {"location_1-545872379.json", "1-545872379", "Oldham Medical Services", "Good", true},
            // Deregistered, never rated: imports, with nothing to show.
            {"location_1-5312102242.json", "1-5312102242", "Franklin House Limited", "Good", true},
            {"location_5J501.json", "5J501", "Oldham PCT HQ", "", true},
            {"location_RM317.json", "RM317", "Royal Oldham Hospital", "Requires improvement", true},
            // "No published rating" without any date cannot be placed in time.
            {"location_RT203.json", "RT203", "Oldham Mental Health Services", "No published rating", true},
            {"location_RW603.json", "RW603", "The Royal Oldham Hospital", "Requires improvement", true},
            {"provider_1-101611810.json", "1-101611810", "Guinness Northern Counties Limited", "", false},
        };
        int rows = 0;
        for (const QString &file : files) {
            if (file == QLatin1String("locations.json") || file == QLatin1String("providers.json"))
                continue; // list responses: tst_importbadinput
            const Expected *e = nullptr;
            for (const Expected &candidate : expected)
                if (file == QLatin1String(candidate.file))
                    e = &candidate;
            QVERIFY2(e, qPrintable(QStringLiteral("a new sample without expectations: ") + file));
            QTest::newRow(qPrintable(file)) << dir.filePath(file) << e->isLocation << QString::fromUtf8(e->id)
                                            << QString::fromUtf8(e->name) << QString::fromUtf8(e->overall);
            ++rows;
        }
        QCOMPARE(rows, int(std::size(expected)));
    }

    void realSamplesImport()
    {
        QFETCH(QString, file);
        QFETCH(bool, isLocation);
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, overall);
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.format, ImportFormat::ApiJson);
        QCOMPARE(r.records, 1);
        QCOMPARE(r.skipped, 0);
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r.newObservations, RatingStore(db.database()).stats().ratings);
        Subject subject;
        if (isLocation) {
            QCOMPARE(locationOf(db.database(), id).name, name);
            QCOMPARE(r.locations, 1);
            subject = Subject::location(id);
        } else {
            QCOMPARE(providerOf(db.database(), id).name, name);
            QCOMPARE(r.locations, 0);
            subject = Subject::provider(id);
        }
        QCOMPARE(r.providers, 1);
        QCOMPARE(gridCell(db.database(), subject, isLocation ? id : QString(), QString(), KeyQuestion::Overall)
                     .rating.text(),
                 overall);
    }

    // ---- what CQC says is current (DESIGN.md section 2) --------------------------

    void currentNonGradeOfTheApi()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QVERIFY(import(db, sample(QStringLiteral("location_1-4804318345.json"))).ok);
        const Subject mediscan = Subject::location(QStringLiteral("1-4804318345"));
        const QString id = mediscan.id;
        // currentRatings: Responsive "Insufficient evidence to rate" (2022-01-20) over Good (2019-01-29).
        const GridCell responsive = gridCell(db.database(), mediscan, id, QString(), KeyQuestion::Responsive);
        QCOMPARE(responsive.rating.text(), QStringLiteral("Insufficient evidence to rate"));
        QCOMPARE(responsive.date, QDate(2022, 1, 20));
        QCOMPARE(responsive.snapshotDate, QDate(2022, 1, 20));
        QCOMPARE(gridCell(db.database(), mediscan, id, QString(), KeyQuestion::Effective).rating.text(),
                 QStringLiteral("Inspected but not rated"));
        QCOMPARE(gridCell(db.database(), mediscan, id, QString(), KeyQuestion::Caring).rating.text(), QStringLiteral("Good"));
        // Before CQC's view of 2022-01-20 the grade stood.
        QCOMPARE(gridCell(db.database(), mediscan, id, QString(), KeyQuestion::Responsive, QDate(2021, 12, 1)).rating.text(),
                 QStringLiteral("Good"));
    }

    void undatedCurrentStatement()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QVERIFY(import(db, sample(QStringLiteral("location_RT203.json"))).ok);
        const Subject rt203 = Subject::location(QStringLiteral("RT203"));
        for (KeyQuestion kq : KeyQuestions::standard()) {
            const GridCell c = gridCell(db.database(), rt203, rt203.id, QString(), kq);
            QCOMPARE(c.rating.text(), QStringLiteral("No published rating"));
            QVERIFY(!c.date.isValid());
            QCOMPARE(c.snapshotDate, QDate(2014, 3, 5)); // the newest date in the response: its report
        }
    }

    void singleAssessmentFramework()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, sample(QStringLiteral("location_1-5312102242.json")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.newObservations, qint64(14)); // 8 from the 2019 and 2021 reports, 6 from the 2024 assessment
        const Subject franklin = Subject::location(QStringLiteral("1-5312102242"));
        // One assessment service group: its ratings are the location's own.
        const QHash<KeyQuestion, int> scores = {{KeyQuestion::Safe, 75}, {KeyQuestion::Effective, 75},
                                                {KeyQuestion::Caring, 70}, {KeyQuestion::Responsive, 75},
                                                {KeyQuestion::WellLed, 75}, {KeyQuestion::Overall, -1}};
        for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
            const GridCell c = gridCell(db.database(), franklin, franklin.id, QString(), it.key());
            QCOMPARE(c.rating.text(), QStringLiteral("Good"));
            QCOMPARE(c.date, QDate(2024, 8, 8));
            QCOMPARE(c.score, it.value());
            QCOMPARE(c.snapshotDate, QDate(2024, 8, 8));
        }
        QCOMPARE(gridCell(db.database(), franklin, franklin.id, QString(), KeyQuestion::Effective).assessmentStatus,
                 QStringLiteral("Not Assessed"));
        // Before the assessment, the 2019 report.
        QCOMPARE(gridCell(db.database(), franklin, franklin.id, QString(), KeyQuestion::Safe, QDate(2020, 1, 1)).date,
                 QDate(2019, 1, 18));
        // Quality statements, with CQC's scores, on the observation they explain.
        SubjectRatings ratings;
        QVERIFY(RatingStore(db.database()).loadSubject(franklin, &ratings));
        const ObservationRecord *caring = nullptr;
        for (const ObservationRecord &o : ratings.observations)
            if (o.keyQuestion == KeyQuestion::Caring && o.publicationDate == QDate(2024, 8, 8))
                caring = &o;
        QVERIFY(caring);
        QCOMPARE(caring->qualityStatements.size(), 5);
        bool independence = false;
        for (const QualityStatementRecord &q : caring->qualityStatements)
            if (q.id == QLatin1String("17")) {
                QCOMPARE(q.name, QStringLiteral("Independence, choice and control"));
                QCOMPARE(q.score, QStringLiteral("2 - Evidence shows some shortfalls in the standard of care"));
                QCOMPARE(q.status, QStringLiteral("Assessed"));
                independence = true;
            }
        QVERIFY(independence);
        // Importing it again adds nothing, current view included.
        const ImportResult again = import(db, sample(QStringLiteral("location_1-5312102242.json")));
        QVERIFY(again.ok);
        QCOMPARE(again.newObservations, qint64(0));
        QCOMPARE(again.snapshots, qint64(0));
    }

    void severalAssessmentServiceGroups()
    {
        // A location with two groups: a row per group, no location-level rating invented.
        QJsonObject p = QJsonDocument::fromJson(readAll(sample(QStringLiteral("location_1-5312102242.json")))).object();
        QJsonArray assessments = p.value(QLatin1String("assessment")).toArray();
        QVERIFY2(!assessments.isEmpty(), "the sample has no assessment");
        QJsonObject a = assessments.first().toObject();
        QJsonObject ratings = a.value(QLatin1String("ratings")).toObject();
        QJsonArray groups = ratings.value(QLatin1String("asgRatings")).toArray();
        QJsonObject second = groups.first().toObject();
        second.insert(QStringLiteral("name"), QStringLiteral("Homecare agencies"));
        second.insert(QStringLiteral("rating"), QStringLiteral("Requires improvement"));
        groups.append(second);
        ratings.insert(QStringLiteral("asgRatings"), groups);
        a.insert(QStringLiteral("ratings"), ratings);
        assessments.replace(0, a);
        p.insert(QStringLiteral("assessment"), assessments);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("two-groups.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(p).toJson());
        out.close();

        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QVERIFY(import(db, file).ok);
        const Subject franklin = Subject::location(QStringLiteral("1-5312102242"));
        QCOMPARE(gridCell(db.database(), franklin, franklin.id, QStringLiteral("Care Homes"), KeyQuestion::Overall).rating.text(),
                 QStringLiteral("Good"));
        QCOMPARE(gridCell(db.database(), franklin, franklin.id, QStringLiteral("Homecare agencies"), KeyQuestion::Overall)
                     .rating.text(),
                 QStringLiteral("Requires improvement"));
        QCOMPARE(gridCell(db.database(), franklin, franklin.id, QStringLiteral("Care Homes"), KeyQuestion::Caring).score, 70);
        QVERIFY(gridCell(db.database(), franklin, franklin.id, QString(), KeyQuestion::Overall).isEmpty());
    }

    // A trust named by no imported file (location payloads, or a Locations
    // sheet without the Providers sheet).
    void trustKnownOnlyThroughItsLocations()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QVERIFY(import(db, sample(QStringLiteral("location_RM317.json"))).ok);
        // What the trust list is given: one trust, by ID and without a name
        // (the list says which file would name it), in its location's region.
        const QVector<ProviderSummary> trusts = RatingStore(db.database()).providerSummaries();
        QCOMPARE(trusts.size(), 1);
        QCOMPARE(trusts.first().provider.id, QStringLiteral("RM3"));
        QVERIFY2(trusts.first().provider.name.isEmpty(), qPrintable(trusts.first().provider.name));
        QCOMPARE(trusts.first().provider.region, QStringLiteral("North West"));

        SubjectRatings ratings;
        QVERIFY(RatingStore(db.database()).loadSubject(Subject::provider(QStringLiteral("RM3")), &ratings));
        QVERIFY(!ratings.nameKnown);
        QCOMPARE(ratings.name, QStringLiteral("RM3 (name not in the imported data)"));
        // The timeline is drawn from its location's own ratings.
        Timeline timeline;
        timeline.setSubject(ratings);
        QVERIFY(timeline.isFromLocations());
        QVERIFY(!timeline.isEmpty());
        QCOMPARE(timeline.columns().last().date, QDate(2022, 12, 22));
        QVERIFY(timeline.description().contains(QStringLiteral("its locations' own ratings")));
    }

    // Royal Oldham Hospital: the facts CQC-DATA.md 4b and 4c spell out.
    void royalOldhamHospital()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, sample(QStringLiteral("location_RM317.json")));
        QVERIFY2(r.ok, qPrintable(r.error));

        const LocationRecord l = locationOf(db.database(), QStringLiteral("RM317"));
        QCOMPARE(l.name, QStringLiteral("Royal Oldham Hospital"));
        QCOMPARE(l.providerId, QStringLiteral("RM3"));
        QCOMPARE(l.registrationStatus, QStringLiteral("Registered"));
        QCOMPARE(l.predecessorId, QStringLiteral("RW603"));
        QCOMPARE(l.predecessorName, QStringLiteral("The Royal Oldham Hospital"));
        QCOMPARE(l.predecessorReason, QStringLiteral("NHS Transfer"));
        QCOMPARE(l.inspectionCategory, QStringLiteral("Acute hospital - NHS non-specialist"));
        // The location payload names its provider by ID only.
        QCOMPARE(providerOf(db.database(), QStringLiteral("RM3")).id, QStringLiteral("RM3"));

        const Subject rm317 = Subject::location(QStringLiteral("RM317"));
        const QString rm = QStringLiteral("RM317");
        const QDate reportDate(2021, 2, 10);
        // The 2022-12-22 focused inspection published "Inspected but not
        // rated" for the location's own row: kept, but the 2021 grades stay.
        const GridCell overall = gridCell(db.database(), rm317, rm, QString(), KeyQuestion::Overall);
        QCOMPARE(overall.rating.text(), QStringLiteral("Requires improvement"));
        QCOMPARE(overall.date, reportDate);
        QCOMPARE(overall.laterNonGrade.text(), QStringLiteral("Inspected but not rated"));
        QCOMPARE(overall.laterNonGradeDate, QDate(2022, 12, 22));
        // The 2021 report was on the predecessor registration; its ratings
        // are inherited from RW603, the overall as much as its key questions.
        QCOMPARE(overall.inheritedFrom, QStringLiteral("RW603"));
        const QList<QPair<KeyQuestion, QString>> keyQuestions = {
            {KeyQuestion::Safe, QStringLiteral("Requires improvement")},
            {KeyQuestion::Effective, QStringLiteral("Good")},
            {KeyQuestion::Caring, QStringLiteral("Good")},
            {KeyQuestion::Responsive, QStringLiteral("Requires improvement")},
            {KeyQuestion::WellLed, QStringLiteral("Good")},
        };
        for (const auto &kq : keyQuestions) {
            const GridCell c = gridCell(db.database(), rm317, rm, QString(), kq.first);
            QCOMPARE(c.rating.text(), kq.second);
            QCOMPARE(c.date, reportDate);
            QCOMPARE(c.inheritedFrom, QStringLiteral("RW603"));
            QCOMPARE(c.laterNonGrade.text(), QStringLiteral("Inspected but not rated"));
        }
        // The non-grade is stored as an observation of its own.
        const QVector<ObservationRecord> obs = RatingStore(db.database()).observationsOfLocation(rm);
        const bool hasFocused = std::any_of(obs.cbegin(), obs.cend(), [](const ObservationRecord &o) {
            return o.service.isEmpty() && o.keyQuestion == KeyQuestion::Overall
                && o.publicationDate == QDate(2022, 12, 22) && o.rating.text() == QLatin1String("Inspected but not rated")
                && o.rating.grade() == Grade::NotAGrade;
        });
        QVERIFY(hasFocused);

        // Services are named from the payload's inspectionAreas.
        const GridCell maternity = gridCell(db.database(), rm317, rm, QStringLiteral("Maternity"), KeyQuestion::Overall);
        QCOMPARE(maternity.rating.text(), QStringLiteral("Requires improvement"));
        QCOMPARE(maternity.date, QDate(2022, 12, 22));
        QVERIFY(maternity.inheritedFrom.isEmpty()); // RM317's own inspection
        // The superseded area, last rated 2018-03-01: history, not a current
        // rating; CQC still showed it before its view of 2022-12-22.
        QVERIFY(gridCell(db.database(), rm317, rm, QStringLiteral("Maternity and gynaecology"), KeyQuestion::Overall)
                    .isEmpty());
        QCOMPARE(gridCell(db.database(), rm317, rm, QStringLiteral("Maternity and gynaecology"), KeyQuestion::Overall,
                          QDate(2022, 6, 1))
                     .rating.text(),
                 QStringLiteral("Good"));
        const GridCell life = gridCell(db.database(), rm317, rm, QStringLiteral("End of life care"), KeyQuestion::Overall);
        QCOMPARE(life.rating.text(), QStringLiteral("Outstanding"));
        QCOMPARE(life.inheritedFrom, QStringLiteral("RW603"));
        // A non-grade with no grade before it shows as the text it is.
        const GridCell outpatientsEffective = gridCell(db.database(), rm317, rm,
                                                       QStringLiteral("Outpatients and diagnostic imaging"),
                                                       KeyQuestion::Effective);
        QCOMPARE(outpatientsEffective.rating.text(), QStringLiteral("Insufficient evidence to rate"));
        QVERIFY(!outpatientsEffective.rating.isGrade());
        // No row is named by a raw area ID.
        SubjectRatings ratings;
        QVERIFY(RatingStore(db.database()).loadSubject(rm317, &ratings));
        const RatingGrid grid = RatingGrid::build(ratings, {});
        for (const GridRow &row : grid.rows())
            QVERIFY2(!QStringList({QStringLiteral("npimaternity"), QStringLiteral("care"), QStringLiteral("urgent")})
                          .contains(row.service),
                     qPrintable(row.service));
        // As of 2017 the grid shows the predecessor's 2016 inspection.
        QCOMPARE(gridCell(db.database(), rm317, rm, QString(), KeyQuestion::Overall, QDate(2017, 1, 1)).rating.text(),
                 QStringLiteral("Inadequate"));
    }

    void predecessorAndSuccessorTogether()
    {
        // RW603 (the predecessor registration, under provider RW6) and RM317
        // in one database: two locations, two providers, each with its own history.
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        for (const QString &f : {QStringLiteral("location_RW603.json"), QStringLiteral("location_RM317.json")}) {
            const ImportResult r = import(db, sample(f));
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        QCOMPARE(locationOf(db.database(), QStringLiteral("RW603")).providerId, QStringLiteral("RW6"));
        QCOMPARE(locationOf(db.database(), QStringLiteral("RM317")).providerId, QStringLiteral("RM3"));
        QCOMPARE(RatingStore(db.database()).locationsOf(QStringLiteral("RM3")).size(), 1);
        QCOMPARE(RatingStore(db.database()).locationsOf(QStringLiteral("RW6")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstImportCqcSamples)
#include "tst_importcqcsamples.moc"
