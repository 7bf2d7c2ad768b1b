// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The history of one grid cell (CellHistoryModel, CellHistoryPanel): on the
// bundled sample under QAbstractItemModelTester, and on observations built
// by hand where a case needs facts the sample does not have.

#include <itemmodels/CellHistoryModel.h>
#include "CellHistoryPanel.h"
#include "HistoryFixture.h"
#include "RatingDelegate.h"
#include <itemmodels/Roles.h>

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QtTest>

static QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, col).data(role).toString();
    return out;
}

static GridRow providerRow() { return GridRow(); }

static GridRow locationRow(const QString &id, const QString &name, const QString &service = {})
{
    GridRow row;
    row.level = GridRow::Level::Location;
    row.locationId = id;
    row.locationName = name;
    row.service = service;
    return row;
}

class TestCellHistory : public QObject, protected HistoryFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { openSample(); }
    void init() { failOnWarnings(); }

    void historyHeaders();
    void historyOfOwnCell();
    void historyAsOf_data();
    void historyAsOf();
    void historyOfServiceCell();
    void historyGradeBeatsLaterNonGrade();
    void historySameDateHigherIdWins();
    void historyClear();
    void historyPanel();
};

// --- CellHistoryModel ----------------------------------------------------

void TestCellHistory::historyHeaders()
{
    CellHistoryModel model;
    QCOMPARE(model.columnCount(), int(CellHistoryModel::ColumnCount));
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{"Publication date", "Rating", "Score", "Shown", "Inherited from", "Report",
                           "Quality statements", "Imported from"}));
    QVERIFY(!model.headerData(CellHistoryModel::ShownColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.title(), QString());
}

void TestCellHistory::historyOfOwnCell()
{
    CellHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(aboutToReset.isValid() && reset.isValid());

    const SubjectRatings rj2 = load(Subject::provider(QStringLiteral("RJ2")));
    model.setCell(rj2, providerRow(), KeyQuestion::Effective);
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);

    QCOMPARE(model.title(), QStringLiteral("Lewisham and Greenwich NHS Trust, Effective"));
    QCOMPARE(model.rowCount(), 3);
    // Newest first.
    QCOMPARE(column(model, CellHistoryModel::DateColumn), (QStringList{"3 Jul 2020", "10 Jan 2019", "1 Aug 2017"}));
    QCOMPARE(model.index(0, CellHistoryModel::DateColumn).data(Roles::ExportRole), QVariant(iso("2020-07-03")));
    QCOMPARE(model.index(2, CellHistoryModel::DateColumn).data(Roles::DateRole), QVariant(iso("2017-08-01")));
    QCOMPARE(model.index(0, CellHistoryModel::DateColumn).data(Roles::ExportRole).metaType().id(), int(QMetaType::QDate));
    QCOMPARE(column(model, CellHistoryModel::RatingColumn),
             (QStringList{"Good", "Requires improvement", "Requires improvement"}));
    QCOMPARE(model.index(0, CellHistoryModel::RatingColumn).data(Roles::GradeRole).toInt(), int(Grade::Good));
    QCOMPARE(model.index(1, CellHistoryModel::RatingColumn).data(Roles::GradeRole).toInt(),
             int(Grade::RequiresImprovement));
    QCOMPARE(model.index(0, CellHistoryModel::RatingColumn).data(Roles::DateRole), QVariant(iso("2020-07-03")));
    // Only the rating column is a tile.
    QVERIFY(!model.index(0, CellHistoryModel::DateColumn).data(Roles::GradeRole).isValid());

    // The grid shows the newest grade today.
    QCOMPARE(model.shownRow(), 0);
    QCOMPARE(column(model, CellHistoryModel::ShownColumn), (QStringList{QStringLiteral("\u2713"), "", ""}));
    QCOMPARE(column(model, CellHistoryModel::ShownColumn, Roles::ExportRole), (QStringList{"yes", "", ""}));

    // Every observation came from the sample import and carries its report.
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.index(r, CellHistoryModel::ReportColumn).data().toString(), model.observation(r).reportLinkId);
        QCOMPARE(model.index(r, CellHistoryModel::ImportColumn).data().toString(), model.observation(r).importFile);
        QVERIFY(!model.observation(r).importFile.isEmpty());
        QCOMPARE(model.index(r, CellHistoryModel::InheritedColumn).data().toString(), QString());
    }

    const QString sentence = model.index(0, CellHistoryModel::RatingColumn).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(sentence.startsWith(QStringLiteral("Lewisham and Greenwich NHS Trust, Effective: Good, published ") + longDate("2020-07-03")),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral(", shown in the grid (current: the latest report")), qPrintable(sentence));
    QVERIFY(!model.index(1, CellHistoryModel::DateColumn).data(Qt::AccessibleTextRole).toString().contains(
        QStringLiteral("shown in the grid")));
    const QString tip = model.index(1, CellHistoryModel::RatingColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Replaced by the rating published ") + longDate("2020-07-03")), qPrintable(tip));
}

void TestCellHistory::historyAsOf_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("shownRow");
    QTest::addColumn<QStringList>("marks");

    const QString tick = QStringLiteral("\u2713");
    QTest::newRow("today") << QDate() << 0 << QStringList{tick, "", ""};
    QTest::newRow("on the latest date") << iso("2020-07-03") << 0 << QStringList{tick, "", ""};
    QTest::newRow("between reports") << iso("2019-06-01") << 1 << QStringList{"", tick, ""};
    QTest::newRow("on the first date") << iso("2017-08-01") << 2 << QStringList{"", "", tick};
    QTest::newRow("before any report") << iso("2016-01-01") << -1 << QStringList{"", "", ""};
}

void TestCellHistory::historyAsOf()
{
    QFETCH(QDate, asOf);
    QFETCH(int, shownRow);
    QFETCH(QStringList, marks);

    CellHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCell(load(Subject::provider(QStringLiteral("RJ2"))), providerRow(), KeyQuestion::Effective, asOf);
    QCOMPARE(model.asOf(), asOf);
    // The list is the whole history whatever the date; only the mark moves.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.shownRow(), shownRow);
    QCOMPARE(column(model, CellHistoryModel::ShownColumn), marks);
    if (asOf.isValid() && asOf < iso("2020-07-03")) {
        const QString tip = model.index(0, CellHistoryModel::RatingColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Published after")), qPrintable(tip));
    }
}

void TestCellHistory::historyOfServiceCell()
{
    CellHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SubjectRatings rj2 = load(Subject::provider(QStringLiteral("RJ2")));
    model.setCell(rj2, locationRow(QStringLiteral("RJ231"), QStringLiteral("Queen Elizabeth Hospital"),
                                   QStringLiteral("Critical care")),
                  KeyQuestion::WellLed);
    QCOMPARE(model.title(), QStringLiteral("Queen Elizabeth Hospital, Critical care, Well-led"));
    QCOMPARE(column(model, CellHistoryModel::RatingColumn), QStringList{"Outstanding"});
    QCOMPARE(model.shownRow(), 0);

    // The name comes from the subject's locations when the row lacks it.
    model.setCell(rj2, locationRow(QStringLiteral("RJ231"), QString(), QStringLiteral("Critical care")),
                  KeyQuestion::Overall);
    QCOMPARE(model.title(), QStringLiteral("Queen Elizabeth Hospital, Critical care, Overall"));
    QCOMPARE(column(model, CellHistoryModel::RatingColumn), QStringList{"Good"});

    // Another location's surgery is another cell.
    model.setCell(rj2, locationRow(QStringLiteral("RJ224"), QStringLiteral("University Hospital Lewisham"),
                                   QStringLiteral("Surgery")),
                  KeyQuestion::Safe);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.shownRow(), -1);
}

void TestCellHistory::historyGradeBeatsLaterNonGrade()
{
    ObservationRecord withReport =
        observation(2, {}, {}, KeyQuestion::Safe, QStringLiteral("Good"), QStringLiteral("2018-05-01"), QStringLiteral("RXX"));
    withReport.reportLinkId = QStringLiteral("AAAA1234");
    withReport.importFile = QStringLiteral("ratings-2018-06.ods");
    const SubjectRatings r = handBuilt({
        observation(1, {}, {}, KeyQuestion::Safe, QStringLiteral("Requires improvement"), QStringLiteral("2016-05-01")),
        withReport,
        observation(3, {}, {}, KeyQuestion::Safe, QStringLiteral("Inspected but not rated"), QStringLiteral("2021-05-01")),
        observation(4, {}, {}, KeyQuestion::Caring, QStringLiteral("Good"), QStringLiteral("2021-05-01")),
    });
    CellHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCell(r, providerRow(), KeyQuestion::Safe);
    QCOMPARE(model.title(), QStringLiteral("Test Trust, Safe"));
    QCOMPARE(column(model, CellHistoryModel::RatingColumn),
             (QStringList{"Inspected but not rated", "Good", "Requires improvement"}));
    // The non-grade is listed (it is history) but the grade stays shown.
    QCOMPARE(model.shownRow(), 1);
    QCOMPARE(column(model, CellHistoryModel::ShownColumn), (QStringList{"", QStringLiteral("\u2713"), ""}));
    QCOMPARE(model.index(0, CellHistoryModel::RatingColumn).data(Roles::GradeRole).toInt(), int(Grade::NotAGrade));
    const QString tip = model.index(0, CellHistoryModel::RatingColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("a non-grade that only a report carries never replaces a grade")), qPrintable(tip));
    QCOMPARE(model.index(1, CellHistoryModel::InheritedColumn).data().toString(), QStringLiteral("RXX"));
    QCOMPARE(model.index(1, CellHistoryModel::RatingColumn).data(Roles::InheritedRole).toBool(), true);
    QCOMPARE(model.index(1, CellHistoryModel::ReportColumn).data().toString(), QStringLiteral("AAAA1234"));
    QCOMPARE(model.index(1, CellHistoryModel::ImportColumn).data().toString(), QStringLiteral("ratings-2018-06.ods"));
    QCOMPARE(model.index(1, CellHistoryModel::ShownColumn).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Test Trust, Safe: Good, published %1, inherited from RXX, report AAAA1234, shown in the grid"
                            " (current: the latest report (no current view of CQC's imported))")
                 .arg(longDate("2018-05-01")));

    // A non-grade alone is shown: there is nothing better to show.
    model.setCell(handBuilt({observation(7, {}, {}, KeyQuestion::Safe, QStringLiteral("Not rated"),
                                         QStringLiteral("2021-05-01"), QStringLiteral("Y"))}),
                  providerRow(), KeyQuestion::Safe);
    QCOMPARE(model.shownRow(), 0);
    QCOMPARE(model.index(0, CellHistoryModel::InheritedColumn).data().toString(),
             QStringLiteral("yes (predecessor not named)"));
    QCOMPARE(model.index(0, CellHistoryModel::InheritedColumn).data(Roles::ExportRole).toString(), QStringLiteral("Y"));
}

void TestCellHistory::historySameDateHigherIdWins()
{
    const SubjectRatings r = handBuilt({
        observation(9, {}, {}, KeyQuestion::Overall, QStringLiteral("Good"), QStringLiteral("2020-01-01")),
        observation(4, {}, {}, KeyQuestion::Overall, QStringLiteral("Inadequate"), QStringLiteral("2020-01-01")),
        observation(6, {}, {}, KeyQuestion::Overall, QStringLiteral("Requires improvement"), QStringLiteral("2020-01-01")),
    });
    CellHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCell(r, providerRow(), KeyQuestion::Overall);
    QCOMPARE(column(model, CellHistoryModel::RatingColumn), (QStringList{"Good", "Requires improvement", "Inadequate"}));
    QCOMPARE(model.observation(0).id, qint64(9));
    QCOMPARE(model.shownRow(), 0);
}

void TestCellHistory::historyClear()
{
    CellHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setCell(load(Subject::provider(QStringLiteral("RJ2"))), providerRow(), KeyQuestion::Overall);
    QCOMPARE(model.rowCount(), 3);
    model.clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.shownRow(), -1);
    QCOMPARE(model.title(), QString());
}

void TestCellHistory::historyPanel()
{
    CellHistoryPanel panel;
    panel.resize(900, 250);
    QCOMPARE(panel.view()->model(), panel.model());
    QVERIFY(qobject_cast<RatingDelegate *>(panel.view()->itemDelegate()));
    QVERIFY(!panel.titleText().isEmpty());   // the prompt

    const SubjectRatings rj2 = load(Subject::provider(QStringLiteral("RJ2")));
    panel.showCell(rj2, providerRow(), KeyQuestion::Effective, iso("2019-06-01"));
    QCOMPARE(panel.titleText(), QStringLiteral("Lewisham and Greenwich NHS Trust, Effective \u2013 current: the latest report"
                                               " (no current view of CQC's imported)"));
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.model()->shownRow(), 1);
    // Report IDs are plain, selectable cells: nothing opens, nothing edits.
    const QModelIndex report = panel.model()->index(0, CellHistoryModel::ReportColumn);
    QVERIFY(report.flags() & Qt::ItemIsSelectable);
    QVERIFY(!(report.flags() & Qt::ItemIsEditable));
    panel.view()->setCurrentIndex(report);
    QVERIFY(panel.view()->selectionModel()->isSelected(report));
    QCOMPARE(panel.view()->selectionModel()->selectedIndexes().size(), 1);

    const QImage picture = panel.grab().toImage();
    QVERIFY(countColour(picture, RatingDelegate::tileColour(int(Grade::Good))) > 50);
    picture.save(QStringLiteral("/tmp/history-panel.png"));

    panel.showCell(rj2, locationRow(QStringLiteral("RJ224"), QStringLiteral("University Hospital Lewisham")),
                   KeyQuestion::Safe, {});
    QCOMPARE(panel.titleText(), QStringLiteral("University Hospital Lewisham, Safe: nothing published"));
    panel.clear();
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(!panel.titleText().isEmpty());
}

QTEST_MAIN(TestCellHistory)
#include "tst_cellhistory.moc"
