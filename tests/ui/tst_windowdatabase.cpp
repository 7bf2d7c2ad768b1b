// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The window and the database it is open on: the sample's banner, an empty
// database, a read-only one that is browsed and not imported into, and
// About naming the file.
#include "MainWindow.h"
#include <itemmodels/ProviderFilterProxyModel.h>
#include "ProviderListPanel.h"
#include "TestDatabase.h"

#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTimer>
#include <QTranslator>
#include <QtTest>


// English plural forms, as the English catalogue gives them: "%n import(s)"
// reads "1 import", "2 imports". Only a string passed through tr() with its
// number (the plural-aware form) is changed.
class EnglishPlurals : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        QString text = QString::fromUtf8(source);
        if (n < 0 || !text.contains(QLatin1String("%n")) || !text.contains(QLatin1String("(s)")))
            return {};
        return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};

class TstWindowDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 11: About said "1 imports" and not which database file is open.
    void aboutNamesTheDatabaseFile()
    {
        TestDatabase db; // the sample: one import
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        EnglishPlurals plurals;
        QVERIFY(QCoreApplication::installTranslator(&plurals));
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&plurals); });
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *about = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("&About Trust Ratings"))
                about = a;
        QVERIFY(about);
        QString text;
        QTimer read;
        read.setInterval(20);
        connect(&read, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = box->text();
                box->accept();
            }
        });
        read.start();
        about->trigger();
        read.stop();
        QVERIFY(!text.isEmpty());
        const QString path = QFileInfo(db.path()).absoluteFilePath();
        QVERIFY2(text.contains(path.toHtmlEscaped()), qPrintable(text));
        QVERIFY2(text.contains(QLocale().formattedDataSize(QFileInfo(path).size())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("from 1 import;")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 providers, 2 locations, ")), qPrintable(text));
    }

    void sampleBannerAndEmptyDatabase()
    {
        TestDatabase sample;
        QVERIFY2(sample.isOpen(), qPrintable(sample.error()));
        MainWindow withSample(sample.database());
        withSample.show();
        auto visibleBanner = [](const MainWindow &w) {
            for (QLabel *l : w.findChildren<QLabel *>())
                if (l->isVisible() && l->text().contains(QStringLiteral("Sample data")))
                    return true;
            return false;
        };
        QVERIFY(visibleBanner(withSample));

        TestDatabase empty(TestDatabase::Empty);
        QVERIFY2(empty.isOpen(), qPrintable(empty.error()));
        MainWindow blank(empty.database());
        blank.show();
        QVERIFY(!visibleBanner(blank));
        QCOMPARE(blank.providerList()->proxy()->rowCount(), 0);
        bool prompt = false;
        for (QLabel *l : blank.findChildren<QLabel *>())
            prompt |= l->text().contains(QStringLiteral("import CQC"), Qt::CaseInsensitive);
        QVERIFY(prompt);
    }

    // Issue 10: a database this user cannot write is browsed, and the window
    // says so instead of offering an import that would fail.
    void readOnlyDatabaseIsSaidAndNotImportedInto()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            TestDatabase made;
            QVERIFY2(made.isOpen(), qPrintable(made.error()));
            QVERIFY(QSqlQuery(made.connection()).exec(QStringLiteral("VACUUM INTO '%1'").arg(path)));
        }
        {
            // Root may write anything: the file is opened read-only as asked,
            // as it would be for a user who cannot write it.
            Database db(QStringLiteral("readonly"));
            QVERIFY2(db.open(path, Database::Access::ReadOnly), qPrintable(db.errorString()));
            QVERIFY(db.isReadOnly());
            MainWindow window(db);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY2(window.windowTitle().contains(QStringLiteral("read-only")), qPrintable(window.windowTitle()));
            QCOMPARE(window.providerList()->proxy()->rowCount(), 2);
            bool importOffered = false;
            int importActions = 0; // files and folder
            for (QAction *a : window.findChildren<QAction *>())
                if (a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Import CQC"))) {
                    ++importActions;
                    importOffered |= a->isEnabled();
                }
            QCOMPARE(importActions, 2);
            QVERIFY(!importOffered);
            QVERIFY(!window.acceptDrops());
        }
    }
};

QTEST_MAIN(TstWindowDatabase)
#include "tst_windowdatabase.moc"
