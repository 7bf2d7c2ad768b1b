// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// RatingGridModel, the grid as a tree, fed from the bundled sample stored
// in a real SQLite file, under QAbstractItemModelTester (failures are test
// failures), its resets counted with QSignalSpy.

#include <itemmodels/RatingGridModel.h>
#include <itemmodels/Roles.h>
#include "ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

Q_DECLARE_METATYPE(KeyQuestion)

static int columnOf(const RatingGridModel &model, KeyQuestion wanted)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        KeyQuestion kq;
        if (model.keyQuestionAt(c, &kq) && kq == wanted)
            return c;
    }
    return -1;
}

class TestRatingGridModel : public SampleSuite
{
    Q_OBJECT

private Q_SLOTS:
    void gridTree();
    void gridOwnRow_data();
    void gridOwnRow();
    void gridAccessibleText();
    void gridServiceCell();
    void gridTrustLevelServices();
    void gridLocationSubject();
    void gridClear();
};

void TestRatingGridModel::gridTree()
{
    RatingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResetSpy spy(&model);
    QVERIFY(spy.isValid());
    model.setSubject(m_sample.load(Subject::provider(QStringLiteral("RJ2"))));
    QCOMPARE(spy.aboutToReset.count(), 1);
    QCOMPARE(spy.reset.count(), 1);

    // One trust row; under it the two hospitals, by name; under each its services in CQC's order.
    QCOMPARE(childNames(model, {}), QStringList{"Lewisham and Greenwich NHS Trust"});
    const QModelIndex trust = model.index(0, 0);
    QCOMPARE(childNames(model, trust), (QStringList{"Queen Elizabeth Hospital", "University Hospital Lewisham"}));
    const QModelIndex qeh = model.index(0, 0, trust);
    QCOMPARE(qeh.data(Roles::SubjectIdRole).toString(), QStringLiteral("RJ231"));
    QCOMPARE(childNames(model, qeh), (QStringList{"Surgery", "Critical care"}));
    QCOMPARE(childNames(model, model.index(1, 0, trust)), QStringList{"Surgery"});
    QCOMPARE(model.parent(model.index(1, 3, qeh)), qeh);
    QCOMPARE(model.rowCount(model.index(0, 0, qeh)), 0);

    // Name column, then every key question the data has, Use of resources and Combined included.
    QCOMPARE(headers(model), (QStringList{"Trust, location or service", "Safe", "Effective", "Caring", "Responsive",
                                          "Well-led", "Overall", "Use of resources", "Combined"}));

    // Row keys lead back to the same index (the panels restore selection with them).
    const GridRow *row = model.gridRow(qeh);
    QVERIFY(row);
    QCOMPARE(row->locationId, QStringLiteral("RJ231"));
    QCOMPARE(model.indexOfRow(row->key()), qeh);
    QCOMPARE(model.gridRow(QModelIndex()), nullptr);

    model.setSubject(m_sample.load(Subject::provider(QStringLiteral("RXY"))));
    QCOMPARE(spy.reset.count(), 2);
}

void TestRatingGridModel::gridOwnRow_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<KeyQuestion>("keyQuestion");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("grade");
    QTest::addColumn<QDate>("date");

    const QString ri = QStringLiteral("Requires improvement"), good = QStringLiteral("Good");
    const int RI = int(Grade::RequiresImprovement), GOOD = int(Grade::Good);
    const QDate latest = iso("2020-07-03"), earlier = iso("2019-01-10");
    QTest::newRow("Safe") << QDate() << KeyQuestion::Safe << ri << RI << latest;
    QTest::newRow("Effective") << QDate() << KeyQuestion::Effective << good << GOOD << latest;
    QTest::newRow("Caring") << QDate() << KeyQuestion::Caring << good << GOOD << latest;
    QTest::newRow("Responsive") << QDate() << KeyQuestion::Responsive << ri << RI << latest;
    QTest::newRow("Well-led") << QDate() << KeyQuestion::WellLed << good << GOOD << latest;
    QTest::newRow("Overall") << QDate() << KeyQuestion::Overall << ri << RI << latest;
    QTest::newRow("Use of resources") << QDate() << KeyQuestion::UseOfResources << ri << RI << latest;
    // As of mid-2019 the grid replays the January 2019 report.
    QTest::newRow("2019: Effective") << iso("2019-06-01") << KeyQuestion::Effective << ri << RI << earlier;
    QTest::newRow("2019: Caring") << iso("2019-06-01") << KeyQuestion::Caring << good << GOOD << earlier;
    QTest::newRow("2019: Well-led") << iso("2019-06-01") << KeyQuestion::WellLed << ri << RI << earlier;
    QTest::newRow("2018: Caring") << iso("2018-12-31") << KeyQuestion::Caring << ri << RI << iso("2017-08-01");
}

void TestRatingGridModel::gridOwnRow()
{
    QFETCH(QDate, asOf);
    QFETCH(KeyQuestion, keyQuestion);
    RatingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(m_sample.load(Subject::provider(QStringLiteral("RJ2"))), asOf);
    QCOMPARE(model.grid().asOf(), asOf);

    const int col = columnOf(model, keyQuestion);
    QVERIFY(col > 0);
    const QModelIndex cell = model.index(0, col);
    QCOMPARE(model.headerData(col, Qt::Horizontal, Qt::ToolTipRole).toString(), KeyQuestions::name(keyQuestion));
    QTEST(cell.data(Qt::DisplayRole).toString(), "text");
    QTEST(cell.data(Roles::GradeRole).toInt(), "grade");
    QTEST(cell.data(Roles::DateRole).toDate(), "date");
    QCOMPARE(cell.data(Roles::InheritedRole).toBool(), false);
    QFETCH(int, grade);
    QCOMPARE(cell.data(Roles::SortRole).toInt(), Rating::fromText(Rating::gradeText(Grade(grade))).sortRank());
}

void TestRatingGridModel::gridAccessibleText()
{
    RatingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(m_sample.load(Subject::provider(QStringLiteral("RJ2"))));
    // A screen reader hears where, which question, the rating and its date.
    const QString text = model.index(0, columnOf(model, KeyQuestion::Effective)).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(text.contains(QStringLiteral("Lewisham and Greenwich NHS Trust")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Effective")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Good")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(iso("2020-07-03"), QLocale::LongFormat)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2020")), qPrintable(text));

    // A cell never rated says so rather than staying silent.
    const QModelIndex qeh = model.index(0, 0, model.index(0, 0));
    const QString empty = model.index(0, columnOf(model, KeyQuestion::Safe), qeh).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(empty.contains(QStringLiteral("Queen Elizabeth Hospital")), qPrintable(empty));
    QVERIFY2(empty.contains(QStringLiteral("no rating")), qPrintable(empty));
}

void TestRatingGridModel::gridServiceCell()
{
    RatingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(m_sample.load(Subject::provider(QStringLiteral("RJ2"))));
    const QModelIndex qeh = model.index(0, 0, model.index(0, 0));
    const QModelIndex criticalCare = model.index(1, 0, qeh);
    QCOMPARE(criticalCare.data().toString(), QStringLiteral("Critical care"));
    const QModelIndex wellLed = criticalCare.siblingAtColumn(columnOf(model, KeyQuestion::WellLed));
    QCOMPARE(wellLed.data().toString(), QStringLiteral("Outstanding"));
    QCOMPARE(wellLed.data(Roles::GradeRole).toInt(), int(Grade::Outstanding));
    QCOMPARE(wellLed.data(Roles::DateRole).toDate(), iso("2020-07-03"));
    const QString spoken = wellLed.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(QStringLiteral("Queen Elizabeth Hospital")) && spoken.contains(QStringLiteral("Critical care")),
             qPrintable(spoken));
    // Not rated at all: no grade, no date.
    const QModelIndex safe = criticalCare.siblingAtColumn(columnOf(model, KeyQuestion::Safe));
    QCOMPARE(safe.data().toString(), QString());
    QCOMPARE(safe.data(Roles::GradeRole).toInt(), int(Grade::None));
    QVERIFY(!safe.data(Roles::DateRole).toDate().isValid());
}

void TestRatingGridModel::gridTrustLevelServices()
{
    RatingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(m_sample.load(Subject::provider(QStringLiteral("RXY"))));

    // A mental health trust: its core services hang straight under the trust row.
    QCOMPARE(childNames(model, {}), QStringList{"Kent and Medway NHS and Social Care Partnership Trust"});
    const QModelIndex trust = model.index(0, 0);
    QCOMPARE(childNames(model, trust), (QStringList{
                                           "Long stay or rehabilitation mental health wards for working age adults",
                                           "Substance misuse services",
                                           "Wards for people with a learning disability or autism",
                                       }));
    for (int r = 0; r < model.rowCount(trust); ++r) {
        const QModelIndex service = model.index(r, 0, trust);
        QCOMPARE(model.rowCount(service), 0);
        QCOMPARE(model.gridRow(service)->level, GridRow::Level::Provider);
        QCOMPARE(service.siblingAtColumn(columnOf(model, KeyQuestion::Overall)).data().toString(),
                 QStringLiteral("Outstanding"));
    }
    QCOMPARE(model.index(0, columnOf(model, KeyQuestion::Overall)).data().toString(), QStringLiteral("Good"));
    QCOMPARE(model.index(0, columnOf(model, KeyQuestion::Overall)).data(Roles::DateRole).toDate(), iso("2023-08-03"));
    // Never rated on Use of resources: no such column.
    QCOMPARE(columnOf(model, KeyQuestion::UseOfResources), -1);
    QCOMPARE(model.columnCount(), 1 + 6);
}

void TestRatingGridModel::gridLocationSubject()
{
    RatingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(m_sample.load(Subject::location(QStringLiteral("RJ231"))));
    QCOMPARE(childNames(model, {}), QStringList{"Queen Elizabeth Hospital"});
    QCOMPARE(childNames(model, model.index(0, 0)), (QStringList{"Surgery", "Critical care"}));
}

void TestRatingGridModel::gridClear()
{
    RatingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(m_sample.load(Subject::provider(QStringLiteral("RJ2"))));
    ResetSpy spy(&model);
    model.clear();
    QCOMPARE(spy.aboutToReset.count(), 1);
    QCOMPARE(spy.reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRatingGridModel)
#include "tst_ratinggridmodel.moc"
