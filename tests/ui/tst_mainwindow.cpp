// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The window as a user drives it: type in the filter, move with the
// keyboard, read what the grid and the diff show through their models,
// compare any two reports, look back to a date, read long names whole, and
// find the window as it was left after a restart.
#include <itemmodels/DiffModel.h>
#include "DiffPanel.h"
#include "MainWindow.h"
#include <itemmodels/ProviderFilterProxyModel.h>
#include <itemmodels/ProviderListModel.h>
#include "ProviderListPanel.h"
#include <itemmodels/RatingGridModel.h>
#include "RatingGridPanel.h"
#include "TimelineWidget.h"
#include <importing/Importer.h>
#include "RatingsSheetRows.h"
#include "TestDatabase.h"

#include <QFile>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

class TstMainWindow : public QObject
{
    Q_OBJECT

private:
    // The splitter between the trust list and the rest.
    static QSplitter *mainSplitter(MainWindow *window)
    {
        for (QSplitter *s : window->findChildren<QSplitter *>())
            if (s->orientation() == Qt::Horizontal)
                return s;
        return nullptr;
    }

    // The rating shown in a column of the grid's first (subject) row.
    static QString gridText(const RatingGridModel *m, KeyQuestion kq)
    {
        for (int c = 1; c < m->columnCount(); ++c) {
            KeyQuestion at;
            if (m->keyQuestionAt(c, &at) && at == kq)
                return m->index(0, c).data().toString();
        }
        return QStringLiteral("<no column>");
    }

    static QString providerChange(const DiffModel *m, KeyQuestion kq)
    {
        for (const DiffEntry &e : m->entries())
            if (e.row.level == GridRow::Level::Provider && e.row.service.isEmpty() && e.keyQuestion == kq)
                return GridDiff::changeName(e.change);
        return QStringLiteral("<missing>");
    }

private Q_SLOTS:
    void findTypeSelectReadGridAndDiff()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ProviderListPanel *list = window.providerList();
        QCOMPARE(list->proxy()->rowCount(), 2);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier); // Find focuses the filter
        QTRY_VERIFY(list->filterEdit()->hasFocus());
        QTest::keyClicks(list->filterEdit(), QStringLiteral("lewi"));
        QTRY_COMPARE(list->proxy()->rowCount(), 1); // after the debounce
        QTest::keyClick(list->filterEdit(), Qt::Key_Return); // moves to the first match
        QTRY_COMPARE(list->currentProviderId(), QStringLiteral("RJ2"));

        const RatingGridModel *grid = window.gridPanel()->model();
        QCOMPARE(grid->index(0, 0).data().toString(), QStringLiteral("Lewisham and Greenwich NHS Trust"));
        QCOMPARE(gridText(grid, KeyQuestion::Safe), QStringLiteral("Requires improvement"));
        QCOMPARE(gridText(grid, KeyQuestion::Effective), QStringLiteral("Good"));
        QCOMPARE(gridText(grid, KeyQuestion::Caring), QStringLiteral("Good"));
        QCOMPARE(gridText(grid, KeyQuestion::Responsive), QStringLiteral("Requires improvement"));
        QCOMPARE(gridText(grid, KeyQuestion::WellLed), QStringLiteral("Good"));
        QCOMPARE(gridText(grid, KeyQuestion::Overall), QStringLiteral("Requires improvement"));

        const DiffModel *diff = window.diffPanel()->model();
        QCOMPARE(diff->fromDate(), QDate(2019, 1, 10));
        QCOMPARE(diff->toDate(), QDate(2020, 7, 3));
        QCOMPARE(providerChange(diff, KeyQuestion::Effective), QStringLiteral("improved"));
        QCOMPARE(providerChange(diff, KeyQuestion::WellLed), QStringLiteral("improved"));
        for (KeyQuestion kq : {KeyQuestion::Safe, KeyQuestion::Caring, KeyQuestion::Responsive, KeyQuestion::Overall})
            QCOMPARE(providerChange(diff, kq), QStringLiteral("unchanged"));
        QVERIFY(window.diffPanel()->summaryText().startsWith(QStringLiteral("2 improved, 0 declined, 4 unchanged")));
    }

    // Issue 11: the diff listed declines below unchanged rows. It opens
    // sorted by change, and a header click sorts by any other column.
    void diffListsChangesFirst()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        QTableView *view = window.diffPanel()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        const auto columnText = [view](int column) {
            QStringList out;
            for (int r = 0; r < view->model()->rowCount(); ++r)
                out << view->model()->index(r, column).data().toString();
            return out;
        };
        // 2019 -> 2020: two improved, six new, four unchanged (no declines).
        QStringList expected;
        for (int i = 0; i < 2; ++i)
            expected << QStringLiteral("improved");
        for (int i = 0; i < 6; ++i)
            expected << QStringLiteral("new");
        for (int i = 0; i < 4; ++i)
            expected << QStringLiteral("unchanged");
        QCOMPARE(columnText(DiffModel::ChangeColumn), expected);
        QHeaderView *header = view->horizontalHeader();
        QVERIFY(header->isSortIndicatorShown());
        QCOMPARE(header->sortIndicatorSection(), int(DiffModel::ChangeColumn));

        // A click on "Key question" sorts by it, in the grid's order.
        const int x = header->sectionViewportPosition(DiffModel::KeyQuestionColumn) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(header->sortIndicatorSection(), int(DiffModel::KeyQuestionColumn));
        QCOMPARE(columnText(DiffModel::KeyQuestionColumn).first(), QStringLiteral("Safe"));
        QCOMPARE(columnText(DiffModel::KeyQuestionColumn).last(), QStringLiteral("Combined"));
    }

    void keyboardMovesBetweenTrusts()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *view = window.providerList()->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0)); // sorted by name: Kent and Medway first
        QTRY_COMPARE(window.providerList()->currentProviderId(), QStringLiteral("RXY"));
        QCOMPARE(window.gridPanel()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Kent and Medway NHS and Social Care Partnership Trust"));
        QTest::keyClick(view, Qt::Key_Down);
        QTRY_COMPARE(window.providerList()->currentProviderId(), QStringLiteral("RJ2"));
        QCOMPARE(window.gridPanel()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Lewisham and Greenwich NHS Trust"));
    }

    void anyTwoReportDatesCanBeCompared()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        // The pickers offer exactly the trust's own report dates.
        auto *from = window.diffPanel()->findChild<QComboBox *>();
        QVERIFY(from);
        QCOMPARE(from->count(), 3);
        QVERIFY(window.compare(QDate(2017, 8, 1), QDate(2019, 1, 10)));
        const DiffModel *diff = window.diffPanel()->model();
        QCOMPARE(providerChange(diff, KeyQuestion::Caring), QStringLiteral("improved"));
        QCOMPARE(providerChange(diff, KeyQuestion::Effective), QStringLiteral("unchanged"));
        // Given backwards, the dates are put in order (issue 11: it reported
        // the gains as "declined"), on screen too.
        QVERIFY(window.compare(QDate(2020, 7, 3), QDate(2019, 1, 10)));
        QCOMPARE(diff->fromDate(), QDate(2019, 1, 10));
        QCOMPARE(diff->toDate(), QDate(2020, 7, 3));
        QCOMPARE(from->currentData().toDate(), QDate(2019, 1, 10));
        QCOMPARE(providerChange(diff, KeyQuestion::Effective), QStringLiteral("improved"));
        QCOMPARE(providerChange(diff, KeyQuestion::UseOfResources), QStringLiteral("new"));
        QVERIFY(window.diffPanel()->summaryText().startsWith(QStringLiteral("2 improved, 0 declined")));
        // The same date twice: said plainly, no table of "unchanged".
        QVERIFY(window.compare(QDate(2019, 1, 10), QDate(2019, 1, 10)));
        QCOMPARE(diff->rowCount(), 0);
        QCOMPARE(window.diffPanel()->summaryText(),
                 QStringLiteral("Previous and current are the same report (10 Jan 2019): pick an earlier one as previous."));
        QVERIFY(!window.compare(QDate(2018, 1, 1), QDate(2019, 1, 10))); // not a report date
    }

    // Issue 11: with "as of" ticked the subtitle, the diff's choices and the
    // timeline follow the date, not only the grid.
    void asOfAppliesToTheWholeWindow()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        QTRY_COMPARE(window.gridPanel()->model()->ratings().subject.id, QStringLiteral("RJ2"));
        auto *subtitle = window.gridPanel()->findChild<QLabel *>(QStringLiteral("subjectDetails"));
        QVERIFY(subtitle);
        QVERIFY2(subtitle->text().contains(QStringLiteral("latest report 3 July 2020")), qPrintable(subtitle->text()));
        const DiffModel *diff = window.diffPanel()->model();
        auto *from = window.diffPanel()->findChild<QComboBox *>();
        QCOMPARE(from->count(), 3);
        auto *timeline = window.findChild<TimelineWidget *>();
        QVERIFY(timeline);
        QVERIFY(!timeline->isAfterAsOf(timeline->timeline().columns().size() - 1));

        window.gridPanel()->setAsOf(QDate(2019, 6, 1));
        QVERIFY2(subtitle->text().contains(QStringLiteral("as of 1 June 2019")), qPrintable(subtitle->text()));
        QVERIFY2(subtitle->text().contains(QStringLiteral("latest report by then 10 January 2019")),
                 qPrintable(subtitle->text()));
        QVERIFY2(!subtitle->text().contains(QStringLiteral("2020")), qPrintable(subtitle->text()));
        // The diff offers and compares only reports published by then.
        QCOMPARE(from->count(), 2);
        QCOMPARE(diff->fromDate(), QDate(2017, 8, 1));
        QCOMPARE(diff->toDate(), QDate(2019, 1, 10));
        // The 2020 report is dimmed on the timeline, the others not.
        const int last = timeline->timeline().columns().size() - 1;
        QCOMPARE(timeline->timeline().columns().at(last).date, QDate(2020, 7, 3));
        QVERIFY(timeline->isAfterAsOf(last));
        QVERIFY(!timeline->isAfterAsOf(last - 1));
        QVERIFY(timeline->accessibleDescription().contains(QStringLiteral("Shown as of 1 June 2019")));

        // Before any report: said so, nothing compared.
        window.gridPanel()->setAsOf(QDate(2016, 1, 1));
        QVERIFY2(subtitle->text().contains(QStringLiteral("no report by then")), qPrintable(subtitle->text()));
        QCOMPARE(diff->rowCount(), 0);
        QVERIFY(window.diffPanel()->summaryText().startsWith(QStringLiteral("No report was published by 1 Jan 2016")));

        // Cleared: today again.
        window.gridPanel()->setAsOf(QDate());
        QVERIFY2(subtitle->text().contains(QStringLiteral("latest report 3 July 2020")), qPrintable(subtitle->text()));
        QCOMPARE(from->count(), 3);
        QCOMPARE(diff->toDate(), QDate(2020, 7, 3));
        QVERIFY(!timeline->isAfterAsOf(last));
    }

    // Issue 11: at 1280 px, trust names in the list and in the grid are
    // shown whole (wrapped, not "St Mary's and Beech NHS Foundati..."), and
    // every list header reads in full ("Provider ID", not "Provider" twice).
    void namesAreWholeAt1280()
    {
        using namespace RatingsSheetRows;
        // Made-up trusts as long as England's longest trust names.
        const QStringList names = {
            QStringLiteral("Hampshire Vale and Isle of Westmarch Healthcare NHS Foundation Trust"),
            QStringLiteral("Ashbury and Solwick Mental Health NHS Foundation Trust"),
            QStringLiteral("Northmoor, Tyne Vale and Wearside NHS Foundation Trust"),
            QStringLiteral("Cambridgeshire Fen University Hospitals NHS Foundation Trust"),
            QStringLiteral("St Mary's and Beech NHS Foundation Trust")};
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString sheet = db.dirPath() + QStringLiteral("/long-names.csv");
        {
            QFile f(sheet);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray text = csvLine(locationsHeader());
            for (int i = 0; i < names.size(); ++i) {
                const QString provider = QStringLiteral("RZ%1").arg(i);
                const QString site = i == 0 ? QStringLiteral("Princess Beatrice of Westmarch Memorial General Hospital")
                                            : QStringLiteral("Site %1").arg(i);
                for (const char *domain : {"Overall", "Safe", "Well-led"})
                    text += csvLine(locationRow(provider + QStringLiteral("01"), site, QStringLiteral("Overall"),
                                                QLatin1String(domain), QStringLiteral("Requires improvement"),
                                                QStringLiteral("03/07/2020"), provider, names.at(i)));
            }
            QVERIFY(f.write(text) == text.size());
        }
        const ImportResult imported = Importer(db.database()).importFile(sheet);
        QVERIFY2(imported.ok, qPrintable(imported.error));

        MainWindow window(db.database());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *list = window.providerList()->view();
        QCOMPARE(list->model()->rowCount(), names.size());

        // Does `text` fit `rect` as the view draws it (word-wrapped, with the
        // style's margins)?
        auto fits = [](const QWidget *view, const QRect &rect, const QString &text) {
            const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
            const QRect room = rect.adjusted(margin, 0, -margin, 0);
            const QRect needed = view->fontMetrics().boundingRect(QRect(0, 0, room.width(), 100000),
                                                                  Qt::TextWordWrap, text);
            return needed.width() <= room.width() && needed.height() <= room.height();
        };
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex name = list->model()->index(row, ProviderListModel::NameColumn);
            QVERIFY2(fits(list->viewport(), list->visualRect(name), name.data().toString()),
                     qPrintable(name.data().toString()));
        }
        QHeaderView *header = list->header();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column) || column == ProviderListModel::NameColumn) // the name column stretches
                continue;
            const QString text = list->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->fontMetrics().horizontalAdvance(text) + 8 <= header->sectionSize(column), qPrintable(text));
        }

        // The grid's name column: the trust and its hospital, whole.
        QVERIFY(window.selectProvider(QStringLiteral("RZ0")));
        QTRY_COMPARE(window.gridPanel()->model()->ratings().subject.id, QStringLiteral("RZ0"));
        QTreeView *grid = window.gridPanel()->findChild<QTreeView *>();
        QVERIFY(grid);
        const QModelIndex trust = grid->model()->index(0, 0);
        const QModelIndex hospital = grid->model()->index(0, 0, trust);
        QVERIFY(hospital.isValid());
        for (const QModelIndex &index : {trust, hospital})
            QVERIFY2(fits(grid->viewport(), grid->visualRect(index), index.data().toString()),
                     qPrintable(index.data().toString()));
    }

    // Geometry, splitters, columns, filters and the last trust come back
    // after a restart; QSettings points at a temporary folder here.
    void settingsPersistAcrossRestarts()
    {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("TrustRatingsTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));

        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        int listWidth = -1;
        {
            MainWindow first(db.database());
            first.restoreSettings(); // nothing saved yet: defaults
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            QVERIFY(first.selectProvider(QStringLiteral("RXY")));
            first.providerList()->view()->setColumnHidden(ProviderListModel::RegionColumn, false);
            first.providerList()->filterEdit()->setText(QStringLiteral("kent"));
            first.resize(1100, 700);
            QTRY_COMPARE(first.width(), 1100);
            mainSplitter(&first)->setSizes({520, 580});
            listWidth = mainSplitter(&first)->sizes().first();
            first.close();
        }
        MainWindow second(db.database());
        second.restoreSettings();
        QCOMPARE(second.providerList()->currentProviderId(), QStringLiteral("RXY"));
        QCOMPARE(second.providerList()->filterEdit()->text(), QStringLiteral("kent"));
        QCOMPARE(second.providerList()->proxy()->rowCount(), 1);
        QVERIFY(!second.providerList()->view()->isColumnHidden(ProviderListModel::RegionColumn));
        QCOMPARE(second.size(), QSize(1100, 700));
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(mainSplitter(&second)->sizes().first(), listWidth); // the user's width, not the default
    }

};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
