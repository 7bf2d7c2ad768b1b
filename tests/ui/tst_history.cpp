// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The history of one grid cell (CellHistoryModel, CellHistoryPanel) and the
// inspection timeline (Timeline, TimelineWidget). The models run on the
// bundled sample under QAbstractItemModelTester, and on observations built by
// hand where a case needs facts the sample does not have. The timeline is
// rendered offscreen and its pixels checked; the pictures are kept for
// people to look at.

#include <itemmodels/CellHistoryModel.h>
#include "CellHistoryPanel.h"
#include "RatingDelegate.h"
#include <storage/RatingStore.h>
#include <itemmodels/Roles.h>
#include "TestDatabase.h"
#include <core/Timeline.h>
#include "TimelineWidget.h"

#include <QAbstractItemModelTester>
#include <QHelpEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QToolTip>
#include <QtTest>

static QDate iso(const char *text) { return QDate::fromString(QLatin1String(text), Qt::ISODate); }
// Dates in tooltips and accessible text are the locale's long format, as in the grid.
static QString longDate(const char *text) { return QLocale().toString(iso(text), QLocale::LongFormat); }

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

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void historyHeaders();
    void historyOfOwnCell();
    void historyAsOf_data();
    void historyAsOf();
    void historyOfServiceCell();
    void historyGradeBeatsLaterNonGrade();
    void historySameDateHigherIdWins();
    void historyClear();
    void historyPanel();

    void timelineColumns();
    void timelineLeavesServicesOut();
    void timelineSameDate();
    void timelineShortTexts();
    void timelineDescription();

    void timelineRendersRj2();
    void timelineTooltip();
    void timelineManyReportsScroll();
    void timelineEmpty();

private:
    SubjectRatings load(const Subject &subject);
    std::unique_ptr<TestDatabase> m_db;
};

void TestHistory::initTestCase()
{
    // Month names and long dates below are English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_db = std::make_unique<TestDatabase>(TestDatabase::WithSample);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
}

void TestHistory::init()
{
    // The tester reports through QtTest; anything else Qt warns about is a
    // failure too, except that the offscreen platform cannot raise a tooltip.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support raise\\(\\)$).*")));
}

SubjectRatings TestHistory::load(const Subject &subject)
{
    SubjectRatings ratings;
    const RatingStore store(m_db->database());
    if (!store.loadSubject(subject, &ratings))
        qWarning("cannot load %s: %s", qPrintable(subject.id), qPrintable(store.errorString()));
    return ratings;
}

// --- CellHistoryModel ----------------------------------------------------

void TestHistory::historyHeaders()
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

void TestHistory::historyOfOwnCell()
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

void TestHistory::historyAsOf_data()
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

void TestHistory::historyAsOf()
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

void TestHistory::historyOfServiceCell()
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

void TestHistory::historyGradeBeatsLaterNonGrade()
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

void TestHistory::historySameDateHigherIdWins()
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

void TestHistory::historyClear()
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

void TestHistory::historyPanel()
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

// --- Timeline -------------------------------------------------------

void TestHistory::timelineColumns()
{
    Timeline model;
    model.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    QCOMPARE(model.subjectName(), QStringLiteral("Lewisham and Greenwich NHS Trust"));
    const QVector<TimelineColumn> &columns = model.columns();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns.at(0).date, iso("2017-08-01"));
    QCOMPARE(columns.at(1).date, iso("2019-01-10"));
    QCOMPARE(columns.at(2).date, iso("2020-07-03"));

    QCOMPARE(columns.at(0).cell(KeyQuestion::Caring).rating.text(), QStringLiteral("Requires improvement"));
    QCOMPARE(columns.at(1).cell(KeyQuestion::Caring).rating.grade(), Grade::Good);
    QCOMPARE(columns.at(1).cell(KeyQuestion::Effective).rating.grade(), Grade::RequiresImprovement);
    QCOMPARE(columns.at(2).cell(KeyQuestion::Effective).rating.grade(), Grade::Good);
    QCOMPARE(columns.at(2).cell(KeyQuestion::WellLed).rating.grade(), Grade::Good);
    QCOMPARE(columns.at(2).cell(KeyQuestion::Overall).rating.grade(), Grade::RequiresImprovement);
    QCOMPARE(columns.at(2).cell(KeyQuestion::Overall).date, iso("2020-07-03"));
    // Each column holds what that report published, not the grid as of its date.
    QVERIFY(columns.at(0).cell(KeyQuestion::UseOfResources).isEmpty());
    QCOMPARE(columns.at(2).cell(KeyQuestion::UseOfResources).rating.grade(), Grade::RequiresImprovement);
}

void TestHistory::timelineLeavesServicesOut()
{
    Timeline model;
    // A mental health trust: trust-level services rated Outstanding in 2017
    // while the trust itself was Good and Effective was not rated.
    model.setSubject(load(Subject::provider(QStringLiteral("RXY"))));
    const QVector<TimelineColumn> &columns = model.columns();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns.at(1).date, iso("2017-04-12"));
    QVERIFY(columns.at(1).cell(KeyQuestion::Effective).isEmpty());
    QCOMPARE(columns.at(1).cell(KeyQuestion::Overall).rating.grade(), Grade::Good);
    QCOMPARE(columns.at(1).cell(KeyQuestion::Caring).rating.grade(), Grade::Outstanding);
    // 2015: only Overall.
    QCOMPARE(columns.at(0).cells.keys(), QList<KeyQuestion>{KeyQuestion::Overall});
    QCOMPARE(model.tileText(1, KeyQuestion::Effective), QStringLiteral("Effective: not rated in the report of ") + longDate("2017-04-12"));

    // A location whose only report rated its services: one column, no tiles filled.
    model.setSubject(load(Subject::location(QStringLiteral("RJ231"))));
    QCOMPARE(model.columns().size(), 1);
    QCOMPARE(model.columns().at(0).date, iso("2020-07-03"));
    QVERIFY(model.columns().at(0).cells.isEmpty());
}

void TestHistory::timelineSameDate()
{
    // Two values for one cell on one date: the grade beats the non-grade
    // whatever the insertion order; between grades the later insert wins.
    Timeline model;
    model.setSubject(handBuilt({
        observation(5, {}, {}, KeyQuestion::Safe, QStringLiteral("Good"), QStringLiteral("2020-01-01")),
        observation(6, {}, {}, KeyQuestion::Safe, QStringLiteral("Not rated"), QStringLiteral("2020-01-01")),
        observation(7, {}, {}, KeyQuestion::Caring, QStringLiteral("Good"), QStringLiteral("2020-01-01")),
        observation(8, {}, {}, KeyQuestion::Caring, QStringLiteral("Inadequate"), QStringLiteral("2020-01-01")),
        observation(9, {}, {}, KeyQuestion::Responsive, QStringLiteral("Insufficient evidence to rate"),
                    QStringLiteral("2020-01-01")),
        observation(10, {}, QStringLiteral("Surgery"), KeyQuestion::Overall, QStringLiteral("Good"),
                    QStringLiteral("2021-03-01")),
    }));
    QCOMPARE(model.columns().size(), 2);
    const TimelineColumn &c = model.columns().at(0);
    QCOMPARE(c.cell(KeyQuestion::Safe).rating.text(), QStringLiteral("Good"));
    QCOMPARE(c.cell(KeyQuestion::Caring).rating.text(), QStringLiteral("Inadequate"));
    QCOMPARE(c.cell(KeyQuestion::Responsive).rating.grade(), Grade::NotAGrade);
    // A trust-level service's report is a report date of the trust, with nothing on the trust's own row.
    QCOMPARE(model.columns().at(1).date, iso("2021-03-01"));
    QVERIFY(model.columns().at(1).cells.isEmpty());
}

void TestHistory::timelineShortTexts()
{
    QCOMPARE(Timeline::shortText(Rating::fromText(QStringLiteral("Outstanding"))), QStringLiteral("O"));
    QCOMPARE(Timeline::shortText(Rating::fromText(QStringLiteral("Good"))), QStringLiteral("G"));
    QCOMPARE(Timeline::shortText(Rating::fromText(QStringLiteral("requires improvement"))), QStringLiteral("RI"));
    QCOMPARE(Timeline::shortText(Rating::fromText(QStringLiteral("Inadequate"))), QStringLiteral("I"));
    QCOMPARE(Timeline::shortText(Rating::fromText(QStringLiteral("Inspected but not rated"))), QStringLiteral("n/r"));
    QCOMPARE(Timeline::shortText(Rating()), QStringLiteral("\u2013"));
    QCOMPARE(Timeline::monthLabel(iso("2019-01-10")), QStringLiteral("Jan 2019"));
    QCOMPARE(Timeline::keyQuestions(),
             (QList<KeyQuestion>{KeyQuestion::Overall, KeyQuestion::Safe, KeyQuestion::Effective, KeyQuestion::Caring,
                                 KeyQuestion::Responsive, KeyQuestion::WellLed}));
}

void TestHistory::timelineDescription()
{
    Timeline model;
    QCOMPARE(model.description(), QStringLiteral("No reports."));
    model.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    QCOMPARE(model.summary(KeyQuestion::Overall),
             QStringLiteral("Overall: Requires improvement (Aug 2017), Requires improvement (Jan 2019), "
                            "Requires improvement (Jul 2020)"));
    QCOMPARE(model.summary(KeyQuestion::Effective),
             QStringLiteral("Effective: Requires improvement (Aug 2017), Requires improvement (Jan 2019), Good (Jul 2020)"));
    const QStringList lines = model.description().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.at(0), QStringLiteral("Reports: Aug 2017, Jan 2019, Jul 2020."));
    QCOMPARE(lines.at(1), model.summary(KeyQuestion::Overall));
    QCOMPARE(lines.at(6), model.summary(KeyQuestion::WellLed));

    model.setSubject(load(Subject::provider(QStringLiteral("RXY"))));
    // Blank tiles are left out of the words; the dates say which reports rated what.
    QCOMPARE(model.summary(KeyQuestion::Effective), QStringLiteral("Effective: Outstanding (Aug 2023)"));
    QCOMPARE(model.tileText(2, KeyQuestion::Effective), QStringLiteral("Effective: Outstanding\nPublished ") + longDate("2023-08-03"));
}

// --- TimelineWidget ------------------------------------------------------

void TestHistory::timelineRendersRj2()
{
    TimelineWidget widget;
    widget.resize(900, 250);
    widget.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    QVERIFY2(widget.sizeHint().height() <= 250, qPrintable(QString::number(widget.sizeHint().height())));
    QVERIFY(widget.minimumSizeHint().width() <= 900);

    const QImage picture = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(picture.size(), QSize(900, 250));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(picture.save(dir.filePath(QStringLiteral("timeline-rj2.png"))));
    QVERIFY(picture.save(QStringLiteral("/tmp/timeline-rj2.png")));

    // Not blank: more than a background and a pen.
    const QRgb background = picture.pixel(1, 1);
    int other = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x) {
            colours.insert(picture.pixel(x, y));
            if (picture.pixel(x, y) != background)
                ++other;
        }
    QVERIFY2(other > 900 * 250 / 20, qPrintable(QString::number(other)));
    QVERIFY(colours.size() > 10);

    // Good (Caring 2019; Effective, Caring, Well-led 2020) and Requires improvement tiles.
    const QColor good = RatingDelegate::tileColour(int(Grade::Good));
    const QColor ri = RatingDelegate::tileColour(int(Grade::RequiresImprovement));
    QVERIFY(countColour(picture, good) > 4 * 100);
    QVERIFY(countColour(picture, ri) > 10 * 100);
    QCOMPARE(countColour(picture, RatingDelegate::tileColour(int(Grade::Inadequate))), 0);

    // Each tile is in its rating's colour: check a point inside the tile away from its letters.
    auto colourIn = [&](int column, KeyQuestion kq) {
        const QRect tile = widget.tileRect(column, kq);
        return QColor(picture.pixel(tile.left() + 4, tile.center().y()));
    };
    QCOMPARE(colourIn(1, KeyQuestion::Caring), good);
    QCOMPARE(colourIn(1, KeyQuestion::Effective), ri);
    QCOMPARE(colourIn(2, KeyQuestion::Effective), good);
    QCOMPARE(colourIn(2, KeyQuestion::WellLed), good);
    QCOMPARE(colourIn(0, KeyQuestion::Overall), ri);

    // Columns in date order, apart, inside the picture, each tile inside it too.
    for (int c = 0; c < 3; ++c) {
        for (KeyQuestion kq : Timeline::keyQuestions())
            QVERIFY(QRect(0, 0, 900, 250).contains(widget.tileRect(c, kq)));
        if (c > 0)
            QVERIFY(widget.tileRect(c - 1, KeyQuestion::Overall).right() < widget.tileRect(c, KeyQuestion::Overall).left());
    }
    // Far enough apart in time to sit at their true places.
    for (int c = 0; c < 3; ++c)
        QCOMPARE(widget.columnCentre(c), widget.axisPosition(c));
    QVERIFY(widget.axisPosition(0) < widget.axisPosition(1));

    QVERIFY(widget.accessibleName().contains(QStringLiteral("Lewisham and Greenwich NHS Trust")));
    QVERIFY(widget.accessibleDescription().contains(
        QStringLiteral("Overall: Requires improvement (Aug 2017), Requires improvement (Jan 2019), Requires improvement (Jul 2020)")));

    // Smaller screens: the same picture at 1024x640 gets a narrower panel.
    widget.resize(700, 240);
    const QImage narrow = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(narrow.save(QStringLiteral("/tmp/timeline-rj2-700.png")));
    QCOMPARE(QColor(narrow.pixel(widget.tileRect(2, KeyQuestion::WellLed).left() + 4,
                                 widget.tileRect(2, KeyQuestion::WellLed).center().y())), good);
}

void TestHistory::timelineTooltip()
{
    TimelineWidget widget;
    widget.resize(900, 250);
    widget.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    const QPoint at = widget.tileRect(2, KeyQuestion::WellLed).center();
    QHelpEvent help(QEvent::ToolTip, at, widget.mapToGlobal(at));
    QApplication::sendEvent(&widget, &help);
    QVERIFY(QToolTip::isVisible());
    // Escaped, so that text from a data file is never rendered as markup.
    QCOMPARE(QToolTip::text(), QStringLiteral("<p>Well-led: Good<br>\nPublished ") + longDate("2020-07-03") + QStringLiteral("</p>"));
    QToolTip::hideText();
}

void TestHistory::timelineManyReportsScroll()
{
    // Fifteen reports, several only weeks apart: the columns must not overlap.
    QVector<ObservationRecord> observations;
    const char *dates[] = {"2012-03-01", "2013-06-10", "2013-07-02", "2013-07-20", "2014-11-05",
                           "2015-02-01", "2016-09-09", "2017-01-15", "2017-02-01", "2018-05-05",
                           "2019-10-10", "2020-01-01", "2021-06-30", "2022-12-12", "2023-01-05"};
    const QStringList grades = {"Outstanding", "Good", "Requires improvement", "Inadequate", "Not rated"};
    qint64 id = 1;
    for (int i = 0; i < 15; ++i) {
        int k = 0;
        for (KeyQuestion kq : Timeline::keyQuestions()) {
            if ((i + k) % 7 != 3)   // leave some cells unrated
                observations << observation(id++, {}, {}, kq, grades.at((i + k) % grades.size()),
                                            QString::fromLatin1(dates[i]));
            ++k;
        }
    }
    const SubjectRatings many = handBuilt(observations);

    QScrollArea area;
    area.setWidgetResizable(true);
    auto *widget = new TimelineWidget;
    area.setWidget(widget);
    widget->setSubject(many);
    area.resize(900, 250);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QCOMPARE(widget->timeline().columns().size(), 15);
    QVERIFY(widget->width() > area.viewport()->width());
    QVERIFY(area.horizontalScrollBar()->maximum() > 0);

    for (int c = 1; c < 15; ++c) {
        QVERIFY2(widget->tileRect(c - 1, KeyQuestion::Overall).right() < widget->tileRect(c, KeyQuestion::Overall).left(),
                 qPrintable(QString::number(c)));
        QVERIFY(widget->axisPosition(c - 1) <= widget->axisPosition(c));
    }
    for (KeyQuestion kq : Timeline::keyQuestions())
        QVERIFY(widget->rect().contains(widget->tileRect(14, kq)));
    QVERIFY(widget->grab().toImage().save(QStringLiteral("/tmp/timeline-many.png")));
    QVERIFY(area.grab().toImage().save(QStringLiteral("/tmp/timeline-many-scrolled.png")));
}

void TestHistory::timelineEmpty()
{
    TimelineWidget widget;
    widget.resize(900, 250);
    widget.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    widget.clear();
    QVERIFY(widget.timeline().isEmpty());
    QCOMPARE(widget.columnCentre(0), -1);
    QCOMPARE(widget.tileRect(0, KeyQuestion::Overall), QRect());
    QCOMPARE(widget.accessibleDescription(), QStringLiteral("No reports."));
    const QImage picture = widget.grab().toImage();
    QCOMPARE(countColour(picture, RatingDelegate::tileColour(int(Grade::Good))), 0);
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
