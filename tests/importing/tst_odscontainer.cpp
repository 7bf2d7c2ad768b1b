// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// OdsReader on what is or is not an .ods package: the zip archive, its
// mimetype and content.xml, before any row is read.
#include "OdsFiles.h"

#include <QFile>
#include <QtTest>

using namespace OdsFiles;

class TestOdsContainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void missingMimetypeAccepted();
    void otherMimetypeRejected();
    void notAZip_data();
    void notAZip();
    void missingFile();
    void zipWithoutContentXml_data();
    void zipWithoutContentXml();
    void contentXmlNotASpreadsheet();

private:
    Folder m_ods;
};

void TestOdsContainer::initTestCase()
{
    QVERIFY(m_ods.isValid());
}

void TestOdsContainer::missingMimetypeAccepted()
{
    const QString path = m_ods.filePath(QStringLiteral("no-mimetype.ods"));
    QVERIFY(writeZip(path, {{QStringLiteral("content.xml"), document(sheet("Locations", row(cell("a"))))}}));
    QString error;
    const QList<Sheet> sheets = readAllSheets(path, &error);
    QCOMPARE(error, QString());
    QCOMPARE(sheets.size(), 1);
    QCOMPARE(show(sheets.first().rows), QStringLiteral("[a]"));
}

void TestOdsContainer::otherMimetypeRejected()
{
    const QString path = m_ods.filePath(QStringLiteral("letter.odt"));
    QVERIFY(writeZip(path, {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                            {QStringLiteral("content.xml"), document(sheet("Locations", row(cell("a"))))}}));
    OdsReader reader(path);
    QVERIFY(!reader.open());
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorString(),
             path + QStringLiteral(": not an OpenDocument spreadsheet (its type is application/vnd.oasis.opendocument.text)"));
    QVERIFY(!reader.nextSheet());
}

void TestOdsContainer::notAZip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("junk") << QByteArray("Location ID,Name\n1-101,Rose House\n").repeated(50);
    QTest::newRow("binary junk") << QByteArray::fromHex("00ff13375eed0badcafe").repeated(100);
    QTest::newRow("empty file") << QByteArray();
}

void TestOdsContainer::notAZip()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_ods.filePath(QStringLiteral("ratings-%1.ods").arg(QTest::currentDataTag()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    OdsReader reader(path);
    QVERIFY(!reader.open());
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorString(), path + QStringLiteral(": not an OpenDocument spreadsheet (not a zip archive)"));
    QStringList cells;
    QVERIFY(!reader.nextSheet());
    QVERIFY(!reader.readRow(&cells));
    QVERIFY(!reader.open()); // a second attempt neither crashes nor clears the error
    QVERIFY(reader.hasError());
}

void TestOdsContainer::missingFile()
{
    const QString path = m_ods.filePath(QStringLiteral("does-not-exist.ods"));
    OdsReader reader(path);
    QVERIFY(!reader.open());
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().startsWith(path + QStringLiteral(": cannot open: ")), qPrintable(reader.errorString()));
}

void TestOdsContainer::zipWithoutContentXml_data()
{
    QTest::addColumn<bool>("withMimetype");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mimetype only") << true << QStringLiteral(": damaged spreadsheet: content.xml is missing");
    QTest::newRow("some other zip")
            << false << QStringLiteral(": not an OpenDocument spreadsheet (no content.xml in the zip archive)");
}

void TestOdsContainer::zipWithoutContentXml()
{
    QFETCH(bool, withMimetype);
    QFETCH(QString, expected);
    const QString path = m_ods.filePath(QStringLiteral("%1.ods").arg(withMimetype ? "mimetype-only" : "other"));
    QList<Entry> entries;
    if (withMimetype)
        entries.append({QStringLiteral("mimetype"), odsMimetype});
    entries.append({QStringLiteral("styles.xml"), QByteArrayLiteral("<office:document-styles/>")});
    // The name differs only in case: it must not be taken for content.xml.
    entries.append({QStringLiteral("Content.XML"), document(sheet("Locations", row(cell("a"))))});
    QVERIFY(writeZip(path, entries));

    OdsReader reader(path);
    QVERIFY(!reader.open());
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorString(), path + expected);
    QVERIFY(!reader.nextSheet());
}

void TestOdsContainer::contentXmlNotASpreadsheet()
{
    const QString textDocument = m_ods.filePath(QStringLiteral("text.ods"));
    QVERIFY(writeZip(textDocument,
                     {{QStringLiteral("content.xml"),
                       QByteArrayLiteral("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                                         " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                                         "<office:body><office:text><text:p>Dear Sir</text:p></office:text></office:body>"
                                         "</office:document-content>")}}));
    QString error;
    readAllSheets(textDocument, &error);
    QCOMPARE(error, textDocument + QStringLiteral(": not an OpenDocument spreadsheet (content.xml holds no spreadsheet)"));

    const QString otherXml = m_ods.filePath(QStringLiteral("other-xml.ods"));
    QVERIFY(writeZip(otherXml, {{QStringLiteral("content.xml"), QByteArrayLiteral("<html><body/></html>")}}));
    OdsReader reader(otherXml);
    QVERIFY(!reader.open());
    QCOMPARE(reader.errorString(),
             otherXml + QStringLiteral(": not an OpenDocument spreadsheet (content.xml is not OpenDocument content)"));
}

QTEST_GUILESS_MAIN(TestOdsContainer)
#include "tst_odscontainer.moc"
