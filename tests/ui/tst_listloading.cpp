// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The window of a plain start (issue 14): it paints before the trust list is
// read, says "Loading…" meanwhile, fills the list from a worker connection,
// selects the last trust of the settings once the list is there, and says
// why when the list cannot be read.
#include "MainWindow.h"
#include "ProviderListPanel.h"
#include "RatingGridPanel.h"
#include "TestDatabase.h"
#include <itemmodels/ProviderFilterProxyModel.h>
#include <itemmodels/ProviderListModel.h>
#include <itemmodels/RatingGridModel.h>
#include <itemmodels/Roles.h>

#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TstListLoading : public QObject
{
    Q_OBJECT

private:
    static void useTemporarySettings(QTemporaryDir &dir)
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("TrustRatingsTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_listloading"));
    }

    // The grid's empty-state text, as shown.
    static QString gridMessage(MainWindow &window)
    {
        QStringList texts;
        for (const QLabel *label : window.gridPanel()->findChildren<QLabel *>())
            if (label->isVisibleTo(&window))
                texts << label->text();
        return texts.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void showsLoadingThenTheList()
    {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        useTemporarySettings(settingsDir);
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database(), nullptr, MainWindow::ListLoading::InBackground);
        QSignalSpy ready(&window, &MainWindow::listReady);
        ProviderListPanel *list = window.providerList();
        // Before the event loop runs the worker's answer cannot have arrived.
        QVERIFY(!window.isListReady());
        QCOMPARE(list->statusText(), QStringLiteral("Loading…"));
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(!window.selectProvider(QStringLiteral("RJ2")));
        window.restoreSettings(); // no settings: the first trust, once the list is there
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(window.isListReady());
        QCOMPARE(list->model()->rowCount(), 2); // the sample's two trusts
        QCOMPARE(list->statusText(), QStringLiteral("2 of 2 shown"));
        const QString first = list->proxy()->index(0, 0).data(Roles::SubjectIdRole).toString();
        QCOMPARE(list->currentProviderId(), first);
        QCOMPARE(window.gridPanel()->model()->ratings().subject.id, first);
        // The England view's choices were read with it, and the sample's notice shown.
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("sampleBanner"))->isVisibleTo(&window));
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
    }

    // restoreSettings() comes before the list: the last trust, its compared
    // dates and the list's filter are applied when the list arrives.
    void restoresTheLastTrustWhenTheListArrives()
    {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        useTemporarySettings(settingsDir);
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QString notFirst;
        {
            MainWindow first(db.database());
            first.restoreSettings();
            // The trust that is not first in the list: restoring it is not the default.
            notFirst = first.providerList()->proxy()->index(1, 0).data(Roles::SubjectIdRole).toString();
            QVERIFY(first.selectProvider(notFirst));
            first.close();
        }
        {
            MainWindow second(db.database(), nullptr, MainWindow::ListLoading::InBackground);
            QSignalSpy ready(&second, &MainWindow::listReady);
            second.restoreSettings();
            QVERIFY(second.providerList()->currentProviderId().isEmpty());
            QTRY_COMPARE(ready.count(), 1);
            QCOMPARE(second.providerList()->currentProviderId(), notFirst);
            QCOMPARE(second.gridPanel()->model()->ratings().subject.id, notFirst);
            // Closed at once, the settings say the same trust.
            second.close();
        }
        QCOMPARE(QSettings().value(QStringLiteral("window/provider")).toString(), notFirst);
        // Closed before the list arrived: what was saved is kept, not an empty trust.
        {
            MainWindow third(db.database(), nullptr, MainWindow::ListLoading::InBackground);
            third.restoreSettings();
            third.close();
        }
        QCOMPARE(QSettings().value(QStringLiteral("window/provider")).toString(), notFirst);
    }

    // The worker's connection cannot read the file (replaced by something that
    // is not a database after the window's own connection opened it): the
    // window says so, and "Loading…" does not stay.
    void aFailedReadShowsTheError()
    {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        useTemporarySettings(settingsDir);
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString replacement = db.dirPath() + QStringLiteral("/garbage");
        {
            QFile garbage(replacement);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(QByteArray(8192, 'x'));
        }
        // rename() over the path: the open connection keeps the old file.
        QVERIFY(::rename(QFile::encodeName(replacement).constData(), QFile::encodeName(db.path()).constData()) == 0);
        MainWindow window(db.database(), nullptr, MainWindow::ListLoading::InBackground);
        QSignalSpy ready(&window, &MainWindow::listReady);
        window.restoreSettings();
        window.show();
        QTRY_COMPARE(ready.count(), 1);
        const QString status = window.providerList()->statusText();
        QVERIFY2(status.startsWith(QStringLiteral("Could not read the trust list: ")), qPrintable(status));
        QVERIFY2(gridMessage(window).contains(QStringLiteral("Could not read the trust list")),
                 qPrintable(gridMessage(window)));
        QCOMPARE(window.providerList()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TstListLoading)
#include "tst_listloading.moc"
