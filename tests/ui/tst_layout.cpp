// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The window's layout over a restart and from its menus: the first trust on
// first start, the compared dates and the lower tab restored, the View menu
// hiding, showing and resetting the panels, and the Help menu's handbook.
#include <itemmodels/DiffModel.h>
#include "DiffPanel.h"
#include "MainWindow.h"
#include <itemmodels/ProviderFilterProxyModel.h>
#include "ProviderListPanel.h"
#include <itemmodels/RatingGridModel.h>
#include "RatingGridPanel.h"
#include <itemmodels/Roles.h>
#include "TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTextBrowser>
#include <QtTest>

class TstLayout : public QObject
{
    Q_OBJECT

private:
    static void useTemporarySettings(QTemporaryDir &dir)
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("TrustRatingsTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_layout"));
    }

    static QAction *menuAction(MainWindow &window, const QString &menuTitle, const QString &text)
    {
        for (QAction *m : window.menuBar()->actions())
            if (m->text() == menuTitle && m->menu())
                for (QAction *a : m->menu()->actions())
                    if (a->text() == text)
                        return a;
        return nullptr;
    }

private Q_SLOTS:
    // Fusion everywhere: the same look as the screenshots, whatever
    // platform theme the machine has.
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    // Issue 11: on first start with the sample nothing was selected.
    void firstStartShowsTheFirstTrust()
    {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        useTemporarySettings(settingsDir);
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.restoreSettings();
        ProviderListPanel *list = window.providerList();
        QVERIFY(list->proxy()->rowCount() > 0);
        const QString first = list->proxy()->index(0, 0).data(Roles::SubjectIdRole).toString();
        QVERIFY(!first.isEmpty());
        QCOMPARE(list->currentProviderId(), first);
        QCOMPARE(window.gridPanel()->model()->ratings().subject.id, first);
    }

    // Issue 11: the compare dates and the lower tab were lost on restart.
    void compareDatesAndTabAreRestored()
    {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        useTemporarySettings(settingsDir);
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        {
            MainWindow first(db.database());
            first.restoreSettings();
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            QVERIFY(first.selectProvider(QStringLiteral("RJ2")));
            QVERIFY(first.compare(QDate(2017, 8, 1), QDate(2019, 1, 10)));
            QVERIFY(first.showTab(QStringLiteral("timeline")));
            first.close();
        }
        MainWindow second(db.database());
        second.restoreSettings();
        QCOMPARE(second.providerList()->currentProviderId(), QStringLiteral("RJ2"));
        QCOMPARE(second.diffPanel()->model()->fromDate(), QDate(2017, 8, 1));
        QCOMPARE(second.diffPanel()->model()->toDate(), QDate(2019, 1, 10));
        QCOMPARE(second.lowerTabs()->currentIndex(), 2);

        // Another trust's dates are its own: the saved pair is for RJ2 only.
        QVERIFY(second.selectProvider(QStringLiteral("RXY")));
        QVERIFY(second.diffPanel()->model()->toDate() != QDate(2019, 1, 10)
                || second.diffPanel()->model()->fromDate() != QDate(2017, 8, 1));
    }

    void viewMenuHidesShowsAndResets()
    {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        useTemporarySettings(settingsDir);
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        {
            MainWindow window(db.database());
            window.restoreSettings();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QAction *list = menuAction(window, QStringLiteral("&View"), QStringLiteral("Trust &list"));
            QAction *lower = menuAction(window, QStringLiteral("&View"), QStringLiteral("&Changes, history and timeline"));
            QAction *reset = menuAction(window, QStringLiteral("&View"), QStringLiteral("&Reset layout"));
            QVERIFY(list && lower && reset);
            QVERIFY(list->isChecked() && lower->isChecked());
            list->trigger();
            QVERIFY(!window.providerList()->isVisible());
            lower->trigger();
            QVERIFY(!window.lowerTabs()->isVisible());
            window.close(); // hidden panels are remembered
        }
        MainWindow window(db.database());
        window.restoreSettings();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.providerList()->isVisible());
        QVERIFY(!window.lowerTabs()->isVisible());
        QAction *list = menuAction(window, QStringLiteral("&View"), QStringLiteral("Trust &list"));
        QVERIFY(list && !list->isChecked());
        QSplitter *main = qobject_cast<QSplitter *>(window.providerList()->parentWidget());
        QVERIFY(main);
        main->setSizes({200, window.width() - 200});
        menuAction(window, QStringLiteral("&View"), QStringLiteral("&Reset layout"))->trigger();
        QVERIFY(window.providerList()->isVisible());
        QVERIFY(window.lowerTabs()->isVisible());
        QVERIFY(list->isChecked());
        // Back to the first-start proportions: a third of the window for the list.
        QTRY_VERIFY(qAbs(main->sizes().first() - main->width() * 34 / 100) < 20);
    }

    void helpHasAHandbookAndAboutQt()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(menuAction(window, QStringLiteral("&Help"), QStringLiteral("About &Qt")));
        QAction *handbook = menuAction(window, QStringLiteral("&Help"), QStringLiteral("Trust Ratings &handbook"));
        QVERIFY(handbook);
        QCOMPARE(handbook->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QTest::keyClick(&window, Qt::Key_F1);
        QTextBrowser *page = nullptr;
        QTRY_VERIFY((page = window.findChild<QTextBrowser *>(QStringLiteral("handbook"))) && page->isVisible());
        const QString text = page->toPlainText();
        for (const char *topic : {"rating grid", "As of", "Changes", "Latest ratings", "cqc.org.uk"})
            QVERIFY2(text.contains(QLatin1String(topic)), topic);
        QVERIFY(page->openExternalLinks());
    }

};

QTEST_MAIN(TstLayout)
#include "tst_layout.moc"
