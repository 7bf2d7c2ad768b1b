// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The England view by keyboard, on two national-shaped months from trgen:
// Ctrl+2 and Ctrl+1 switch views, a filter refills the tables after the
// survey, headers sort by grade, the text filter counts what it shows,
// "Declined" keeps declines only, Enter opens a change in the trust view
// with its diff on the two snapshot dates, and the chart paints in CQC's
// colours.
#include "ChangeFeedPanel.h"
#include "DiffPanel.h"
#include "DistributionChart.h"
#include "EnglandFilterBar.h"
#include "EnglandSurveyRunner.h"
#include "EnglandView.h"
#include "LeagueTablePanel.h"
#include "MainWindow.h"
#include "ProviderListPanel.h"
#include "RatingDelegate.h"
#include "TestDatabase.h"
#include <core/Change.h>
#include <core/Grade.h>
#include <importing/Importer.h>
#include <itemmodels/ChangeFeedFilterProxyModel.h>
#include <itemmodels/ChangeFeedModel.h>
#include <itemmodels/DiffModel.h>
#include <itemmodels/DistributionModel.h>
#include <itemmodels/LeagueTableModel.h>
#include <itemmodels/ProviderFilterProxyModel.h>
#include <itemmodels/Roles.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include <memory>

namespace {

const QDate MonthOne(2026, 10, 1), MonthTwo(2026, 11, 1);

int countColour(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y).rgb() == colour.rgb() ? 1 : 0;
    return n;
}

// The grade's place in CQC's order; non-grades and blanks after the grades.
int rank(const QModelIndex &index)
{
    const Grade g = Grade(index.data(Roles::GradeRole).toInt());
    return g == Grade::None || g == Grade::NotAGrade ? 99 : int(g);
}

} // namespace

class TstEnglandView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    std::unique_ptr<TestDatabase> m_db;

    // A window in the England view, its first survey done.
    struct Window
    {
        explicit Window(Database &db) : main(db) {}
        MainWindow main;
        EnglandView *england() const { return main.englandView(); }
    };

    static bool waitForSurvey(EnglandView *view, QSignalSpy &spy)
    {
        if (!spy.wait(20000))
            return false;
        return !view->statusText().startsWith(QStringLiteral("The England tables could not be read"));
    }

    std::unique_ptr<Window> openEngland()
    {
        auto w = std::make_unique<Window>(m_db->database());
        w->main.show();
        if (!QTest::qWaitForWindowActive(&w->main))
            return nullptr;
        QSignalSpy finished(w->england(), &EnglandView::surveyFinished);
        QTest::keyClick(&w->main, Qt::Key_2, Qt::ControlModifier);
        if (w->main.currentView() != MainWindow::View::England || !waitForSurvey(w->england(), finished))
            return nullptr;
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(m_data.isValid());
        // A fifth of the locations and trusts change in month 2: declines and
        // improvements at every level, even in this small set.
        const QStringList common{QStringLiteral("--out"),       m_data.path(),          QStringLiteral("--providers"),
                                 QStringLiteral("300"),         QStringLiteral("--locations"),
                                 QStringLiteral("600"),         QStringLiteral("--change-percent"),
                                 QStringLiteral("20"),          QStringLiteral("--formats"),
                                 QStringLiteral("csv")};
        for (const QString &month : {QStringLiteral("1"), QStringLiteral("2")}) {
            QProcess p;
            p.start(QStringLiteral(TR_TRGEN), common + QStringList{QStringLiteral("--month"), month});
            QVERIFY2(p.waitForFinished(300000), "trgen did not finish");
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                     p.readAllStandardError().constData());
        }
        m_db = std::make_unique<TestDatabase>(TestDatabase::Empty);
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
        for (const QString &date : {QStringLiteral("01_October_2026"), QStringLiteral("01_November_2026")})
            for (const QString &sheet : {QStringLiteral("Providers"), QStringLiteral("Locations")}) {
                const ImportResult r = Importer(m_db->database())
                                           .importFile(m_data.filePath(date + QStringLiteral("_Latest_ratings_")
                                                                       + sheet + QStringLiteral(".csv")));
                QVERIFY2(r.ok, qPrintable(r.error));
            }
    }

    // Ctrl+2 shows the England view (its tables filled off the GUI thread),
    // Ctrl+1 the trust view again; the View menu's actions follow.
    void ctrlTwoAndOneSwitchViews()
    {
        auto w = openEngland();
        QVERIFY(w);
        QVERIFY(w->england()->isVisible());
        QVERIFY(!w->main.providerList()->isVisible());
        QVERIFY(w->england()->league()->model()->rowCount() > 0);
        QVERIFY(!w->england()->isComputing());
        QTest::keyClick(&w->main, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w->main.currentView(), MainWindow::View::Trusts);
        QVERIFY(w->main.providerList()->isVisible());
        QVERIFY(!w->england()->isVisible());
    }

    // The view's choices come with the trust list (read off the GUI thread
    // at start), and again after an import: a month imported while the trust
    // view is shown is among the England view's dates when the user turns to it.
    void choicesComeWithTheTrustList()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const auto importMonth = [&](const QString &date) {
            for (const QString &sheet : {QStringLiteral("Providers"), QStringLiteral("Locations")}) {
                const ImportResult r = Importer(db.database())
                                           .importFile(m_data.filePath(date + QStringLiteral("_Latest_ratings_")
                                                                       + sheet + QStringLiteral(".csv")));
                if (!r.ok)
                    return r.error;
            }
            return QString();
        };
        QCOMPARE(importMonth(QStringLiteral("01_October_2026")), QString());
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QComboBox *to = window.englandView()->filters()->toBox();
        QCOMPARE(to->count(), 1);
        QVERIFY(!to->isEnabled()); // one snapshot: nothing to compare
        QCOMPARE(importMonth(QStringLiteral("01_November_2026")), QString());
        window.reload(); // as after an import
        QCOMPARE(to->count(), 2);
        QVERIFY(to->isEnabled());
        QSignalSpy finished(window.englandView(), &EnglandView::surveyFinished);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(to->itemData(0).toDate(), MonthTwo); // newest first
        QCOMPARE(to->itemData(1).toDate(), MonthOne);
        QVERIFY(waitForSurvey(window.englandView(), finished));
        QVERIFY(window.englandView()->league()->model()->rowCount() > 0);
    }

    // The level picked by keyboard refills the league table with locations.
    void levelByKeyboardRefillsTheLeagueTable()
    {
        auto w = openEngland();
        QVERIFY(w);
        LeagueTablePanel *league = w->england()->league();
        QAbstractItemModelTester tester(league->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int trusts = league->model()->rowCount();
        for (int r = 0; r < trusts; ++r)
            QVERIFY(league->model()->leagueRow(r).locationId.isEmpty());
        QVERIFY(league->view()->isColumnHidden(LeagueTableModel::LocationColumn));

        QComboBox *level = w->england()->filters()->levelBox();
        level->setFocus();
        QSignalSpy finished(w->england(), &EnglandView::surveyFinished);
        QSignalSpy reset(league->model(), &QAbstractItemModel::modelReset);
        QTest::keyClick(level, Qt::Key_Down);
        QCOMPARE(PopulationLevel(level->currentData().toInt()), PopulationLevel::Location);
        QVERIFY(w->england()->isComputing());
        QVERIFY(waitForSurvey(w->england(), finished));
        QCOMPARE(reset.count(), 1);
        QVERIFY(league->model()->rowCount() > trusts); // acute trusts have several sites
        for (int r = 0; r < league->model()->rowCount(); ++r)
            QVERIFY(!league->model()->leagueRow(r).locationId.isEmpty());
        QVERIFY(!league->view()->isColumnHidden(LeagueTableModel::LocationColumn));
        QCOMPARE(league->countText(), QStringLiteral("%1 of %1 shown").arg(league->model()->rowCount()));
    }

    // A change of filter starts its survey at once (no pause before it); a
    // burst of changes while it runs costs one more survey, of the last
    // choice, and only that one fills the tables.
    void aBurstOfChoicesCostsOneSurvey()
    {
        auto w = openEngland();
        QVERIFY(w);
        QComboBox *type = w->england()->filters()->typeBox();
        type->setFocus();
        QSignalSpy started(w->england()->runner(), &EnglandSurveyRunner::started);
        QSignalSpy finished(w->england(), &EnglandView::surveyFinished);
        QTest::keyClick(type, Qt::Key_Down);
        QCOMPARE(started.count(), 1);
        // The survey's end is a queued signal: none can be seen before the
        // event loop runs, so these two come while it runs.
        QTest::keyClick(type, Qt::Key_Down);
        QTest::keyClick(type, Qt::Key_Down);
        QCOMPARE(started.count(), 1);
        QVERIFY(w->england()->isComputing());
        const TrustType chosen = TrustType(type->currentData().toInt());
        QVERIFY(waitForSurvey(w->england(), finished));
        QCOMPARE(started.count(), 2);
        QTRY_VERIFY(!w->england()->isComputing());
        QCOMPARE(finished.count(), 1);
        LeagueTableModel *league = w->england()->league()->model();
        QVERIFY(league->rowCount() > 0);
        for (int r = 0; r < league->rowCount(); ++r)
            QCOMPARE(league->leagueRow(r).type, chosen);
    }

    // A key question's header sorts by grade: Outstanding first, blanks last;
    // a second click the other way.
    void keyQuestionHeaderSortsByGrade()
    {
        auto w = openEngland();
        QVERIFY(w);
        QTableView *view = w->england()->league()->view();
        w->england()->tabs()->setCurrentIndex(EnglandView::LeagueTab);
        QHeaderView *header = view->horizontalHeader();
        const int x = header->sectionViewportPosition(LeagueTableModel::SafeColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(LeagueTableModel::SafeColumn));
        const QAbstractItemModel *m = view->model();
        const auto ranks = [&] {
            QVector<int> out;
            for (int r = 0; r < m->rowCount(); ++r)
                out << rank(m->index(r, LeagueTableModel::SafeColumn));
            return out;
        };
        QVector<int> first = ranks();
        QVERIFY(first.size() > 3);
        QVERIFY(std::is_sorted(first.cbegin(), first.cend()));
        QVERIFY2(first.first() < first.last(), "every trust has the same Safe rating: the sort is not tested");
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QVector<int> second = ranks();
        QVERIFY(std::is_sorted(second.crbegin(), second.crend()));
    }

    // Typing in the filter narrows the table and says how many are shown.
    void typingFiltersAndCounts()
    {
        auto w = openEngland();
        QVERIFY(w);
        w->england()->tabs()->setCurrentIndex(EnglandView::LeagueTab);
        LeagueTablePanel *league = w->england()->league();
        const int all = league->model()->rowCount();
        QCOMPARE(league->countText(), QStringLiteral("%1 of %1 shown").arg(all));
        const QString id = league->model()->leagueRow(all / 2).providerId;
        league->filterEdit()->setFocus();
        QTest::keyClicks(league->filterEdit(), id);
        QCOMPARE(league->proxy()->rowCount(), 1);
        QCOMPARE(league->countText(), QStringLiteral("1 of %1 shown").arg(all));
        QCOMPARE(league->proxy()->index(0, LeagueTableModel::ProviderIdColumn).data().toString(), id);
        QTest::keyClick(league->filterEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(league->filterEdit(), Qt::Key_Delete);
        QCOMPARE(league->countText(), QStringLiteral("%1 of %1 shown").arg(all));
    }

    // "Declined" leaves declined cells only, and the summary line says
    // what changed; Enter on a row opens that trust's diff on the dates.
    void declinedThenEnterOpensTheTrustsDiff()
    {
        auto w = openEngland();
        QVERIFY(w);
        w->england()->tabs()->setCurrentIndex(EnglandView::ChangesTab);
        ChangeFeedPanel *changes = w->england()->changes();
        QAbstractItemModelTester tester(changes->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(changes->model()->from(), MonthOne);
        QCOMPARE(changes->model()->to(), MonthTwo);
        const int all = changes->proxy()->rowCount();
        QVERIFY(all > 0);
        QCOMPARE(changes->summaryText(), changes->model()->summary().sentence());
        QVERIFY(!changes->summaryText().isEmpty());

        QComboBox *direction = changes->directionBox();
        direction->setFocus();
        QTest::keyClick(direction, Qt::Key_Down);
        QCOMPARE(direction->currentText(), QStringLiteral("Declined"));
        const QAbstractItemModel *shown = changes->view()->model();
        QVERIFY(shown->rowCount() > 0);
        QVERIFY2(shown->rowCount() < all, "nothing but declines: the filter is not tested");
        for (int r = 0; r < shown->rowCount(); ++r)
            QCOMPARE(Change(shown->index(r, 0).data(Roles::ChangeRole).toInt()), Change::Declined);

        QTableView *view = changes->view();
        view->setFocus();
        const int row = shown->rowCount() / 2;
        view->setCurrentIndex(shown->index(row, ChangeFeedModel::ProviderColumn));
        const QString trust = shown->index(row, 0).data(Roles::SubjectIdRole).toString();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(w->main.currentView(), MainWindow::View::Trusts);
        QCOMPARE(w->main.providerList()->currentProviderId(), trust);
        QCOMPARE(w->main.diffPanel()->model()->fromDate(), MonthOne);
        QCOMPARE(w->main.diffPanel()->model()->toDate(), MonthTwo);
        QVERIFY(w->main.diffPanel()->isVisible());
        // The trust's own diff holds a decline too.
        const QString summary = w->main.diffPanel()->summaryText();
        QVERIFY2(!summary.startsWith(QStringLiteral("0 improved, 0 declined")), qPrintable(summary));
    }

    // The chart paints each date's bars in the grade colours, and nothing
    // of them without data.
    void chartPaintsTheGrades()
    {
        auto w = openEngland();
        QVERIFY(w);
        DistributionChart *chart = w->england()->chart();
        QVERIFY(chart->isVisible());
        QCOMPARE(chart->bars(KeyQuestion::Overall).size(), 2);
        const QImage image = chart->grab().toImage();
        const int good = countColour(image, RatingDelegate::tileColour(int(Grade::Good)));
        QVERIFY2(good > 1000, qPrintable(QString::number(good)));
        QVERIFY(countColour(image, RatingDelegate::tileColour(int(Grade::RequiresImprovement))) > 100);
        QVERIFY(chart->accessibleDescription().contains(QStringLiteral("Good")));
        // The bars' counts are the model's.
        const DistributionChart::Bar now = chart->bars(KeyQuestion::Overall).last();
        QCOMPARE(now.total, w->england()->currentDistribution()->distribution().total(KeyQuestion::Overall));

        DistributionModel empty;
        chart->setModels(&empty, nullptr);
        QCOMPARE(countColour(chart->grab().toImage(), RatingDelegate::tileColour(int(Grade::Good))), 0);
    }
};

QTEST_MAIN(TstEnglandView)
#include "tst_englandview.moc"
