// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// DiffModel, the diff between two dates as a table, and the diff it shows
// end to end on the bundled sample (Lewisham and Greenwich, 2019 -> 2020, as
// in the news articles), stored in and read back from a real SQLite file.
// The models run under QAbstractItemModelTester (failures are test
// failures), their resets counted with QSignalSpy.

#include <core/GridDiff.h>
#include <itemmodels/DiffFilterProxyModel.h>
#include <itemmodels/DiffModel.h>
#include <itemmodels/Roles.h>
#include "ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

Q_DECLARE_METATYPE(KeyQuestion)
Q_DECLARE_METATYPE(Change)

// Lewisham and Greenwich from the sample, diffed between DiffModel's default dates.
static QVector<DiffEntry> sampleDiff(const SampleData &sample, QDate *from, QDate *to, QString *error)
{
    SubjectRatings rj2;
    if (!sample.load(Subject::provider(QStringLiteral("RJ2")), &rj2, error))
        return {};
    DiffModel::defaultDates(rj2.reportDates, from, to);
    return GridDiff::compare(RatingGrid::build(rj2.subject, rj2.locations, rj2.observations, *from),
                             RatingGrid::build(rj2.subject, rj2.locations, rj2.observations, *to));
}

class TestDiffModel : public SampleSuite
{
    Q_OBJECT

private Q_SLOTS:
    void diffHeaders();
    void diffDefaultDates_data();
    void diffDefaultDates();
    void diffChosenDates();
    void diffSingleReport();
    void diffLevelOfServiceRows();
    void diffSortedByChange();
    void diffClear();

    void sampleDefaultDates();
    void sampleProviderLevel_data();
    void sampleProviderLevel();
    void sampleSummary();
};

void TestDiffModel::diffHeaders()
{
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The columns of `trustratings export diff` (DESIGN.md section 4), in order.
    QCOMPARE(headers(model).join(QStringLiteral(", ")),
             QStringLiteral("Level, Location ID, Location, Service, Key question, Previous, Previous date, "
                            "Current, Current date, Change"));
}

void TestDiffModel::diffDefaultDates_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("locationId");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("keyQuestion");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("previousDate");
    QTest::addColumn<QString>("current");
    QTest::addColumn<Change>("change");

    const QString ri = QStringLiteral("Requires improvement"), good = QStringLiteral("Good");
    QTest::newRow("Effective") << "Provider" << "" << "" << "" << "Effective" << ri << "2019-01-10" << good
                               << Change::Improved;
    QTest::newRow("Well-led") << "Provider" << "" << "" << "" << "Well-led" << ri << "2019-01-10" << good
                              << Change::Improved;
    QTest::newRow("Safe") << "Provider" << "" << "" << "" << "Safe" << ri << "2019-01-10" << ri << Change::Unchanged;
    QTest::newRow("Combined") << "Provider" << "" << "" << "" << "Combined" << "" << "" << ri << Change::New;
    QTest::newRow("critical care at QEH") << "Service" << "RJ231" << "Queen Elizabeth Hospital" << "Critical care"
                                          << "Well-led" << "" << "" << "Outstanding" << Change::New;
    QTest::newRow("surgery at Lewisham") << "Service" << "RJ224" << "University Hospital Lewisham" << "Surgery"
                                         << "Overall" << "" << "" << good << Change::New;
}

void TestDiffModel::diffDefaultDates()
{
    QFETCH(QString, level);
    QFETCH(QString, locationId);
    QFETCH(QString, service);
    QFETCH(QString, keyQuestion);
    QFETCH(Change, change);

    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResetSpy spy(&model);
    QVERIFY(spy.isValid());
    model.setSubject(m_sample.load(Subject::provider(QStringLiteral("RJ2"))));
    QCOMPARE(spy.aboutToReset.count(), 1);
    QCOMPARE(spy.reset.count(), 1);
    QCOMPARE(model.fromDate(), iso("2019-01-10"));
    QCOMPARE(model.toDate(), iso("2020-07-03"));
    QCOMPARE(model.rowCount(), model.entries().size());
    QCOMPARE(model.summary().improved, 2);

    int found = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto text = [&](int c) { return model.index(r, c).data().toString(); };
        if (text(DiffModel::LevelColumn) == level && text(DiffModel::LocationIdColumn) == locationId
            && text(DiffModel::ServiceColumn) == service && text(DiffModel::KeyQuestionColumn) == keyQuestion) {
            QVERIFY2(found < 0, "two rows for one cell");
            found = r;
        }
    }
    QVERIFY(found >= 0);
    const auto cell = [&](int c, int role = Qt::DisplayRole) { return model.index(found, c).data(role); };
    QTEST(cell(DiffModel::LocationColumn).toString(), "location");
    QTEST(cell(DiffModel::PreviousColumn).toString(), "previous");
    QTEST(cell(DiffModel::PreviousDateColumn).toString(), "previousDate");
    QTEST(cell(DiffModel::CurrentColumn).toString(), "current");
    QCOMPARE(cell(DiffModel::CurrentDateColumn).toString(), QStringLiteral("2020-07-03"));
    QCOMPARE(cell(DiffModel::CurrentColumn, Roles::DateRole).toDate(), iso("2020-07-03"));
    QCOMPARE(cell(DiffModel::ChangeColumn).toString(), GridDiff::changeName(change));
    QCOMPARE(cell(DiffModel::ChangeColumn, Roles::ChangeRole).toInt(), int(change));
    const QString spoken = cell(DiffModel::KeyQuestionColumn, Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.endsWith(GridDiff::changeName(change)), qPrintable(spoken));
}

void TestDiffModel::diffChosenDates()
{
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(m_sample.load(Subject::provider(QStringLiteral("RJ2"))), iso("2017-08-01"), iso("2019-01-10"));
    QCOMPARE(model.fromDate(), iso("2017-08-01"));
    QCOMPARE(model.toDate(), iso("2019-01-10"));
    // 2017 -> 2019: only Caring moved (to Good); nothing at locations yet.
    QCOMPARE(model.rowCount(), 6);
    const DiffSummary s = model.summary();
    QCOMPARE(s.improved, 1);
    QCOMPARE(s.unchanged, 5);
    QCOMPARE(s.changed(), 1);
    for (const DiffEntry &e : model.entries())
        QCOMPARE(e.change, e.keyQuestion == KeyQuestion::Caring ? Change::Improved : Change::Unchanged);
}

void TestDiffModel::diffSingleReport()
{
    // Queen Elizabeth Hospital on its own has one report date: nothing
    // before it, so every cell is new.
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(m_sample.load(Subject::location(QStringLiteral("RJ231"))));
    QCOMPARE(model.fromDate(), QDate());
    QCOMPARE(model.toDate(), iso("2020-07-03"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(column(model, DiffModel::ChangeColumn), (QStringList{"new", "new", "new"}));
    QCOMPARE(column(model, DiffModel::LevelColumn), (QStringList{"Service", "Service", "Service"}));
    QCOMPARE(column(model, DiffModel::LevelColumn, Roles::ExportRole), (QStringList{"Location", "Location", "Location"}));
}

// Issue 11: the Level column said "Location" on service rows. The screen
// says "Service"; the export keeps DESIGN.md's Provider / Location.
void TestDiffModel::diffLevelOfServiceRows()
{
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(m_sample.load(Subject::provider(QStringLiteral("RJ2"))));
    QSet<QString> shown;
    int services = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const DiffEntry &e = model.entries().at(r);
        const QString level = model.index(r, DiffModel::LevelColumn).data().toString();
        const QString exported = model.index(r, DiffModel::LevelColumn).data(Roles::ExportRole).toString();
        const QString contract = e.row.level == GridRow::Level::Location ? QStringLiteral("Location") : QStringLiteral("Provider");
        QCOMPARE(exported, contract);
        QCOMPARE(level, e.row.service.isEmpty() ? contract : QStringLiteral("Service"));
        services += e.row.service.isEmpty() ? 0 : 1;
        shown << level;
    }
    QVERIFY(services > 0);
    QCOMPARE(shown, (QSet<QString>{QStringLiteral("Provider"), QStringLiteral("Service")}));
    // What the CSV export writes of it: tst_modelexporttable.
}

// Issue 11: declines were listed below unchanged rows. By default the
// shown diff runs declined, improved, other changes, unchanged, each group
// in the grid's order; any other column sorts when asked.
void TestDiffModel::diffSortedByChange()
{
    const auto obs = [](qint64 id, const char *service, KeyQuestion kq, const char *rating, const char *date) {
        return observation(id, QString(), QString::fromLatin1(service), kq, QString::fromLatin1(rating),
                           QString::fromLatin1(date));
    };
    SubjectRatings ratings;
    ratings.subject = Subject::provider(QStringLiteral("P1"));
    ratings.providerId = ratings.name = QStringLiteral("P1");
    ratings.reportDates = {iso("2019-01-10"), iso("2020-07-03")};
    ratings.observations = {
        obs(1, "", KeyQuestion::Safe, "Good", "2019-01-10"),         // unchanged
        obs(2, "", KeyQuestion::Effective, "Good", "2019-01-10"),    // declined
        obs(3, "", KeyQuestion::Effective, "Requires improvement", "2020-07-03"),
        obs(4, "", KeyQuestion::Caring, "Requires improvement", "2019-01-10"), // improved
        obs(5, "", KeyQuestion::Caring, "Good", "2020-07-03"),
        obs(6, "", KeyQuestion::Responsive, "Good", "2020-07-03"),   // new
        obs(7, "", KeyQuestion::WellLed, "Not rated", "2019-01-10"), // not comparable
        obs(8, "", KeyQuestion::WellLed, "Good", "2020-07-03"),
        obs(9, "", KeyQuestion::Overall, "Good", "2019-01-10"),      // declined
        obs(10, "", KeyQuestion::Overall, "Inadequate", "2020-07-03"),
        obs(11, "Surgery", KeyQuestion::Safe, "Good", "2019-01-10"), // unchanged
        obs(12, "Surgery", KeyQuestion::Overall, "Inadequate", "2019-01-10"), // improved
        obs(13, "Surgery", KeyQuestion::Overall, "Good", "2020-07-03"),
    };
    DiffModel model;
    DiffFilterProxyModel shown;
    QAbstractItemModelTester tester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
    shown.setSourceModel(&model);
    model.setSubject(ratings);
    QCOMPARE(model.rowCount(), 8);
    const auto rowsOf = [&shown] {
        QStringList out;
        for (int r = 0; r < shown.rowCount(); ++r)
            out << shown.index(r, DiffModel::ServiceColumn).data().toString() + QLatin1Char('|')
                       + shown.index(r, DiffModel::KeyQuestionColumn).data().toString() + QLatin1Char('|')
                       + shown.index(r, DiffModel::ChangeColumn).data().toString();
        return out;
    };
    const QStringList byChange = {"|Effective|declined", "|Overall|declined", "|Caring|improved",
                                  "Surgery|Overall|improved", "|Responsive|new", "|Well-led|not comparable",
                                  "|Safe|unchanged", "Surgery|Safe|unchanged"};
    QCOMPARE(rowsOf(), byChange);
    QCOMPARE(shown.sortColumn(), int(DiffModel::ChangeColumn));
    // The model itself keeps the grid's order (Safe first).
    QCOMPARE(model.index(0, DiffModel::ChangeColumn).data().toString(), QStringLiteral("unchanged"));

    // Changed only keeps the order.
    shown.setChangedOnly(true);
    QCOMPARE(rowsOf(), byChange.mid(0, 6));
    shown.setChangedOnly(false);

    // Another column: key questions in the grid's order, not the alphabet's;
    // services after the trust's own row.
    shown.sort(DiffModel::KeyQuestionColumn, Qt::AscendingOrder);
    QCOMPARE(rowsOf(), (QStringList{"|Safe|unchanged", "Surgery|Safe|unchanged", "|Effective|declined",
                                    "|Caring|improved", "|Responsive|new", "|Well-led|not comparable",
                                    "|Overall|declined", "Surgery|Overall|improved"}));
    shown.sort(DiffModel::LevelColumn, Qt::DescendingOrder);
    QCOMPARE(rowsOf().mid(0, 2), (QStringList{"Surgery|Safe|unchanged", "Surgery|Overall|improved"}));
    shown.sort(DiffModel::CurrentColumn, Qt::AscendingOrder); // best grade first
    QStringList current;
    for (int r = 0; r < shown.rowCount(); ++r)
        current << shown.index(r, DiffModel::CurrentColumn).data().toString();
    QCOMPARE(current, (QStringList{"Good", "Good", "Good", "Good", "Good", "Good", "Requires improvement", "Inadequate"}));
}

void TestDiffModel::diffClear()
{
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(m_sample.load(Subject::provider(QStringLiteral("RJ2"))));
    QVERIFY(model.rowCount() > 0);
    ResetSpy spy(&model);
    model.clear();
    QCOMPARE(spy.aboutToReset.count(), 1);
    QCOMPARE(spy.reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.toDate(), QDate());
}

// --- GridDiff on the sample, with DiffModel's default dates ---------------

void TestDiffModel::sampleDefaultDates()
{
    SubjectRatings rj2;
    QString error;
    QVERIFY2(m_sample.load(Subject::provider(QStringLiteral("RJ2")), &rj2, &error), qPrintable(error));
    QCOMPARE(rj2.reportDates, (QVector<QDate>{iso("2017-08-01"), iso("2019-01-10"), iso("2020-07-03")}));
    QDate from, to;
    DiffModel::defaultDates(rj2.reportDates, &from, &to);
    QCOMPARE(from, iso("2019-01-10"));
    QCOMPARE(to, iso("2020-07-03"));

    // One report: nothing before it. None: nothing at all.
    DiffModel::defaultDates({iso("2020-07-03")}, &from, &to);
    QCOMPARE(from, QDate());
    QCOMPARE(to, iso("2020-07-03"));
    DiffModel::defaultDates({}, &from, &to);
    QCOMPARE(from, QDate());
    QCOMPARE(to, QDate());
}

void TestDiffModel::sampleProviderLevel_data()
{
    QTest::addColumn<KeyQuestion>("keyQuestion");
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("current");

    const QString ri = QStringLiteral("Requires improvement"), good = QStringLiteral("Good");
    // "Lewisham and Greenwich stayed Requires improvement, but Effective and Well-led went up to Good."
    QTest::newRow("Safe") << KeyQuestion::Safe << Change::Unchanged << ri << ri;
    QTest::newRow("Effective") << KeyQuestion::Effective << Change::Improved << ri << good;
    QTest::newRow("Caring") << KeyQuestion::Caring << Change::Unchanged << good << good;
    QTest::newRow("Responsive") << KeyQuestion::Responsive << Change::Unchanged << ri << ri;
    QTest::newRow("Well-led") << KeyQuestion::WellLed << Change::Improved << ri << good;
    QTest::newRow("Overall") << KeyQuestion::Overall << Change::Unchanged << ri << ri;
    QTest::newRow("Use of resources") << KeyQuestion::UseOfResources << Change::New << QString() << ri;
    QTest::newRow("Combined") << KeyQuestion::Combined << Change::New << QString() << ri;
}

void TestDiffModel::sampleProviderLevel()
{
    QFETCH(KeyQuestion, keyQuestion);
    QFETCH(Change, change);
    QDate from, to;
    QString error;
    const QVector<DiffEntry> entries = sampleDiff(m_sample, &from, &to, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const DiffEntry *found = nullptr;
    for (const DiffEntry &e : entries) {
        if (e.row.level == GridRow::Level::Provider && e.row.service.isEmpty() && e.keyQuestion == keyQuestion) {
            QVERIFY2(!found, "two entries for one cell");
            found = &e;
        }
    }
    QVERIFY(found);
    QCOMPARE(GridDiff::changeName(found->change), GridDiff::changeName(change));
    QTEST(found->previous.rating.text(), "previous");
    QTEST(found->current.rating.text(), "current");
    QCOMPARE(found->previous.date, found->previous.isEmpty() ? QDate() : from);
    QCOMPARE(found->current.date, to);
}

void TestDiffModel::sampleSummary()
{
    QDate from, to;
    QString error;
    const QVector<DiffEntry> entries = sampleDiff(m_sample, &from, &to, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Provider row: 8 cells. Locations: their own rows are unrated on both
    // dates and left out; the 2020 report added Critical care (Overall,
    // Well-led) at Queen Elizabeth and Surgery (Overall) at both hospitals.
    QCOMPARE(describeDiff(entries).mid(8), (QStringList{
                                                "RJ231|Surgery|Overall|new",
                                                "RJ231|Critical care|Well-led|new",
                                                "RJ231|Critical care|Overall|new",
                                                "RJ224|Surgery|Overall|new",
                                            }));
    const DiffSummary s = GridDiff::summarise(entries);
    QCOMPARE(s.improved, 2);
    QCOMPARE(s.declined, 0);
    QCOMPARE(s.unchanged, 4);
    QCOMPARE(s.added, 2 + 4);
    QCOMPARE(s.noLongerRated, 0);
    QCOMPARE(s.notComparable, 0);
    QCOMPARE(s.changed(), 8);
}

QTEST_GUILESS_MAIN(TestDiffModel)
#include "tst_diffmodel.moc"
