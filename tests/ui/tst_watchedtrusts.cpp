// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// Watched trusts (issue 13): a star by keyboard, kept across a restart,
// "My trusts", and the notice after an import that changed one of them.
#include "ImportController.h"
#include "MainWindow.h"
#include "ProviderFilterBar.h"
#include "ProviderListPanel.h"
#include "RatingsSheetRows.h"
#include "TestDatabase.h"
#include "ChangeFeedPanel.h"
#include "EnglandFilterBar.h"
#include "EnglandView.h"
#include "WatchedChangesBanner.h"
#include "WatchedTrusts.h"

#include <itemmodels/ChangeFeedModel.h>
#include <itemmodels/ProviderFilterProxyModel.h>
#include <itemmodels/ProviderListModel.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QTabWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace RatingsSheetRows;

class TstWatchedTrusts : public QObject
{
    Q_OBJECT

    static QModelIndex nameCell(MainWindow &w, const QString &id)
    {
        const QAbstractItemModel *shown = w.providerList()->view()->model();
        for (int r = 0; r < shown->rowCount(); ++r)
            if (shown->index(r, ProviderListModel::IdColumn).data().toString() == id)
                return shown->index(r, ProviderListModel::NameColumn);
        return {};
    }

    // A Providers sheet of two trusts with these Overall and Safe ratings.
    static QString sheet(const QTemporaryDir &dir, const char *name, const char *re9Overall, const char *re9Safe,
                         const char *rv7Overall)
    {
        QByteArray csv = csvLine(providersHeader());
        const auto add = [&](const char *id, const char *trust, const char *domain, const char *rating) {
            csv += csvLine(providerRow(QString::fromLatin1(id), QString::fromLatin1(trust), QStringLiteral("Overall"),
                                       QString::fromLatin1(domain), QString::fromLatin1(rating),
                                       QStringLiteral("03/07/2020")));
        };
        add("RE9", "Eastmere Hospitals NHS Trust", "Overall", re9Overall);
        add("RE9", "Eastmere Hospitals NHS Trust", "Safe", re9Safe);
        add("RV7", "Valebridge NHS Trust", "Overall", rv7Overall);
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size() ? path : QString();
    }

    static bool importInto(MainWindow &w, const QString &path)
    {
        if (!w.importer()->importPaths({path}))
            return false;
        QElapsedTimer waited;
        waited.start();
        // Not a timing check: only the bound on a hung test.
        while (w.importer()->isBusy() && waited.elapsed() < 60000)
            QTest::qWait(20);
        return !w.importer()->isBusy();
    }

private Q_SLOTS:
    void starByKeyboard()
    {
        TestDatabase db(TestDatabase::WithSample);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        QTreeView *view = window.providerList()->view();
        view->setFocus();
        QSignalSpy changed(window.watchedTrusts(), &WatchedTrusts::changed);
        QVERIFY(nameCell(window, QStringLiteral("RJ2")).data(Qt::DecorationRole).isNull());
        QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(window.watchedTrusts()->ids(), QSet<QString>{QStringLiteral("RJ2")});
        QVERIFY(!nameCell(window, QStringLiteral("RJ2")).data(Qt::DecorationRole).isNull());
        QVERIFY(nameCell(window, QStringLiteral("RXY")).data(Qt::DecorationRole).isNull());
        QVERIFY(window.providerList()->watchAction()->isChecked());
        // Up to the trust above (Kent and Medway sorts first): its action is
        // unchecked; Ctrl+D stars it too.
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(window.providerList()->currentProviderId(), QStringLiteral("RXY"));
        QVERIFY(!window.providerList()->watchAction()->isChecked());
        QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(window.watchedTrusts()->ids().size(), 2);
        QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(window.watchedTrusts()->ids(), QSet<QString>{QStringLiteral("RJ2")});
        QCOMPARE(changed.count(), 3);
    }

    void keptAcrossARestartAndMyTrusts()
    {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        TestDatabase db(TestDatabase::WithSample);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        {
            MainWindow window(db.database());
            window.restoreSettings();
            window.watchedTrusts()->setWatched(QStringLiteral("RXY"), true);
            // Left in the England view, at its league table.
            window.showView(MainWindow::View::England);
            window.englandView()->showTab(QStringLiteral("league"));
            window.close();
        }
        QCOMPARE(QSettings().value(QStringLiteral("watchedTrusts")).toStringList(), QStringList{"RXY"});
        MainWindow window(db.database());
        QVERIFY(window.watchedTrusts()->isEmpty()); // not before restoreSettings
        QToolButton *myTrusts = window.providerList()->filters()->myTrustsButton();
        QVERIFY(!myTrusts->isEnabled());
        window.restoreSettings();
        QCOMPARE(window.watchedTrusts()->ids(), QSet<QString>{QStringLiteral("RXY")});
        // The view and England tab come back, and the England tables may be limited to the star.
        QCOMPARE(window.currentView(), MainWindow::View::England);
        QCOMPARE(window.englandView()->tabs()->currentIndex(), int(EnglandView::LeagueTab));
        QVERIFY(window.englandView()->filters()->watchedBox()->isEnabled());
        window.showView(MainWindow::View::Trusts);
        QVERIFY(!nameCell(window, QStringLiteral("RXY")).data(Qt::DecorationRole).isNull());
        // My trusts: the one starred trust.
        QVERIFY(myTrusts->isEnabled());
        QCOMPARE(window.providerList()->proxy()->rowCount(), 2);
        myTrusts->click();
        QCOMPARE(window.providerList()->proxy()->rowCount(), 1);
        QCOMPARE(window.providerList()->proxy()->index(0, ProviderListModel::IdColumn).data().toString(),
                 QStringLiteral("RXY"));
        // The last star gone: the toggle is off, and every trust shows again.
        window.watchedTrusts()->setWatched(QStringLiteral("RXY"), false);
        QVERIFY(!myTrusts->isChecked());
        QCOMPARE(window.providerList()->proxy()->rowCount(), 2);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, QString());
    }

    void noticeAfterAnImportThatChangedOne_data()
    {
        QTest::addColumn<QByteArray>("re9Overall");
        QTest::addColumn<QByteArray>("re9Safe");
        QTest::addColumn<QByteArray>("rv7Overall");
        QTest::addColumn<QStringList>("changed");
        QTest::newRow("overall") << QByteArray("Inadequate") << QByteArray("Good") << QByteArray("Good")
                                 << QStringList{"RE9"};
        QTest::newRow("own safe only") << QByteArray("Good") << QByteArray("Inadequate") << QByteArray("Good")
                                       << QStringList{"RE9"};
        QTest::newRow("both") << QByteArray("Inadequate") << QByteArray("Good") << QByteArray("Inadequate")
                              << QStringList{"RE9", "RV7"};
        // RV7 changed too, unwatched: neither the notice nor What changed names it.
        QTest::newRow("one of two watched") << QByteArray("Inadequate") << QByteArray("Good")
                                            << QByteArray("Inadequate") << QStringList{"RE9"};
        // An unwatched trust changed, or nothing: no notice.
        QTest::newRow("unwatched") << QByteArray("Good") << QByteArray("Good") << QByteArray("Inadequate")
                                   << QStringList();
        QTest::newRow("same file") << QByteArray("Good") << QByteArray("Good") << QByteArray("Good") << QStringList();
    }

    void noticeAfterAnImportThatChangedOne()
    {
        QFETCH(QByteArray, re9Overall);
        QFETCH(QByteArray, re9Safe);
        QFETCH(QByteArray, rv7Overall);
        QFETCH(QStringList, changed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        // CQC's monthly names: two snapshots a month apart, so What changed
        // has two dates to compare.
        QVERIFY(importInto(window, sheet(dir, "01_February_2024_Latest_ratings_Providers.csv", "Good", "Good", "Good")));
        QVERIFY(window.watchedBanner()->isHidden());
        window.watchedTrusts()->setWatched(QStringLiteral("RE9"), true);
        if (changed.contains(QStringLiteral("RV7")))
            window.watchedTrusts()->setWatched(QStringLiteral("RV7"), true);
        QSignalSpy show(&window, &MainWindow::showWatchedChanges);
        // A later file: the same report date, the ratings re-stated.
        QVERIFY(importInto(window, sheet(dir, "01_March_2024_Latest_ratings_Providers.csv", re9Overall, re9Safe,
                                         rv7Overall)));
        QCOMPARE(window.watchedBanner()->changedIds(), changed);
        QCOMPARE(window.watchedBanner()->isHidden(), changed.isEmpty());
        if (changed.isEmpty())
            return;
        QCOMPARE(window.watchedBanner()->text(),
                 QStringLiteral("%1 of your trusts changed: %2").arg(changed.size()).arg(changed.join(QStringLiteral(", "))));
        window.providerList()->selectProvider(QStringLiteral("RV7"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy surveyed(window.englandView(), &EnglandView::surveyFinished);
        window.watchedBanner()->showButton()->click();
        QCOMPARE(show.count(), 1);
        QCOMPARE(show.first().first().toStringList(), changed);
        QCOMPARE(window.providerList()->currentProviderId(), changed.first());
        // What changed opens, limited to the watched trusts, between the two files.
        QCOMPARE(window.currentView(), MainWindow::View::England);
        EnglandView *england = window.englandView();
        QCOMPARE(england->tabs()->currentIndex(), int(EnglandView::ChangesTab));
        QVERIFY(england->filters()->watchedBox()->isChecked());
        QCOMPARE(england->filters()->populationBox()->currentData().toBool(), false);
        QCOMPARE(england->filters()->fromBox()->currentData().toDate(), QDate(2024, 2, 1));
        QCOMPARE(england->filters()->toBox()->currentData().toDate(), QDate(2024, 3, 1));
        QVERIFY(surveyed.wait(20000));
        while (england->isComputing())
            QVERIFY(surveyed.wait(20000));
        const QAbstractItemModel *feed = england->changes()->model();
        QSet<QString> listed;
        for (int r = 0; r < feed->rowCount(); ++r)
            listed.insert(feed->index(r, ChangeFeedModel::ProviderIdColumn).data().toString());
        QCOMPARE(listed, QSet<QString>(changed.cbegin(), changed.cend()));
        window.watchedBanner()->dismissButton()->click();
        QVERIFY(window.watchedBanner()->isHidden());
    }
};

QTEST_MAIN(TstWatchedTrusts)
#include "tst_watchedtrusts.moc"
