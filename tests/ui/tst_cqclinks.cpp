// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// What the window opens and how it shows what it imported: CQC's data page
// from the empty state, a trust's CQC page and nowhere else, whatever URL a
// file gave, and an imported name with HTML in it shown as written.
#include <core/CqcPage.h>
#include "MainWindow.h"
#include "ProviderListPanel.h"
#include <itemmodels/RatingGridModel.h>
#include "RatingGridPanel.h"
#include <importing/Importer.h>
#include "PlainText.h"
#include "RatingsSheetRows.h"
#include "TestDatabase.h"

#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QtTest>

// Receives the URLs the window asks the desktop to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TstCqcLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 11: the empty state named CQC's data page as text, not a link.
    // Reached by keyboard (Tab to the link, Enter) it opens that page.
    void emptyStateLinksToCqcData()
    {
        TestDatabase empty(TestDatabase::Empty);
        QVERIFY2(empty.isOpen(), qPrintable(empty.error()));
        MainWindow window(empty.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLabel *message = nullptr;
        for (QLabel *l : window.gridPanel()->findChildren<QLabel *>())
            if (l->isVisible() && l->text().startsWith(QStringLiteral("This database is empty")))
                message = l;
        QVERIFY(message);
        const QString page = QStringLiteral("https://www.cqc.org.uk/about-us/transparency/using-cqc-data");
        QCOMPARE(message->textFormat(), Qt::RichText);
        QVERIFY2(message->text().contains(QStringLiteral("<a href=\"%1\">").arg(page)), qPrintable(message->text()));
        QVERIFY(message->textInteractionFlags().testFlag(Qt::LinksAccessibleByMouse));
        QVERIFY(message->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard));

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
        message->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(message->hasFocus());
        QTest::keyClick(message, Qt::Key_Tab); // onto the link, which the label keeps
        QVERIFY(message->hasFocus());
        QTest::keyClick(message, Qt::Key_Return);
        QCOMPARE(catcher.urls, QList<QUrl>{QUrl(page)});
    }

    // Issue 10: what an imported file says is data, never markup or a place
    // to go. A trust named with HTML and a URL that is a local file.
    void hostileNamesAndUrlsAreShownAsWritten()
    {
        using namespace RatingsSheetRows;
        const QString name = QStringLiteral("<b style=\"color:red\">RATED OUTSTANDING</b> <a href=\"https://evil.example\">x</a>");
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QStringList trust = providerRow(QStringLiteral("RX1"), name, QStringLiteral("Overall"), QStringLiteral("Overall"),
                                        QStringLiteral("Good"), QStringLiteral("03/07/2020"));
        trust[18] = QStringLiteral("file:///etc/passwd");
        QStringList site = locationRow(QStringLiteral("RX101"), name, QStringLiteral("Overall"), QStringLiteral("Overall"),
                                       QStringLiteral("Good"), QStringLiteral("03/07/2020"), QStringLiteral("RX1"), name);
        site[23] = QStringLiteral("https://www.cqc.org.uk.evil.example/location/RX101");
        const QString providers = db.dirPath() + QStringLiteral("/providers.csv");
        const QString locations = db.dirPath() + QStringLiteral("/locations.csv");
        for (const auto &[path, header, row] : {std::tuple{providers, providersHeader(), trust},
                                                std::tuple{locations, locationsHeader(), site}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(csvLine(header) + csvLine(row));
        }
        for (const QString &path : {providers, locations}) {
            const ImportResult r = Importer(db.database()).importFile(path);
            QVERIFY2(r.ok, qPrintable(r.error));
        }

        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.providerList()->selectProvider(QStringLiteral("RX1"));
        QTRY_COMPARE(window.gridPanel()->model()->ratings().subject.id, QStringLiteral("RX1"));

        int shown = 0;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (!label->text().contains(QStringLiteral("RATED OUTSTANDING")))
                continue;
            ++shown;
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
        }
        QVERIFY(shown > 0); // the grid's title at least

        QPushButton *open = nullptr;
        for (QPushButton *b : window.gridPanel()->findChildren<QPushButton *>())
            if (b->text().startsWith(QStringLiteral("Open CQC")))
                open = b;
        QVERIFY(open);
        QVERIFY(open->isEnabled());
        // What the window hands to the desktop, caught instead of a browser.
        UrlCatcher catcher;
        for (const char *scheme : {"https", "http", "file"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &catcher, "open");
        open->click();
        for (const char *scheme : {"https", "http", "file"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
        QCOMPARE(catcher.urls, QList<QUrl>{QUrl(QStringLiteral("https://www.cqc.org.uk/provider/RX1"))});
        QVERIFY(PlainText::escaped(name).contains(QStringLiteral("&lt;b style=")));
    }

    void cqcPageUrls_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("opened");
        const int provider = int(Subject::Kind::Provider), location = int(Subject::Kind::Location);
        QTest::newRow("CQC's own") << location << "RJ224" << "https://www.cqc.org.uk/location/RJ224"
                                   << "https://www.cqc.org.uk/location/RJ224";
        QTest::newRow("http, bare domain") << provider << "RJ2" << "http://cqc.org.uk/provider/RJ2"
                                           << "http://cqc.org.uk/provider/RJ2";
        QTest::newRow("a local file") << provider << "RJ2" << "file:///etc/passwd" << "https://www.cqc.org.uk/provider/RJ2";
        QTest::newRow("a look-alike host") << location << "RJ224" << "https://www.cqc.org.uk.evil.example/x"
                                           << "https://www.cqc.org.uk/location/RJ224";
        QTest::newRow("a host ending in cqc.org.uk") << location << "RJ224" << "https://notcqc.org.uk/x"
                                                     << "https://www.cqc.org.uk/location/RJ224";
        QTest::newRow("credentials") << provider << "RJ2" << "https://user@www.cqc.org.uk/provider/RJ2"
                                     << "https://www.cqc.org.uk/provider/RJ2";
        QTest::newRow("javascript") << provider << "RJ2" << "javascript:alert(1)" << "https://www.cqc.org.uk/provider/RJ2";
        QTest::newRow("none stored") << location << "1-101" << "" << "https://www.cqc.org.uk/location/1-101";
        QTest::newRow("an ID with a path in it") << location << "../../x?y" << ""
                                                 << "https://www.cqc.org.uk/location/..%2F..%2Fx%3Fy";
    }

    void cqcPageUrls()
    {
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QString, stored);
        QFETCH(QString, opened);
        const QUrl url = CqcPage::of(Subject::Kind(kind), id, stored);
        QCOMPARE(url.toString(QUrl::FullyEncoded), opened);
        QVERIFY(CqcPage::isCqcUrl(url));
    }
};

QTEST_MAIN(TstCqcLinks)
#include "tst_cqclinks.moc"
