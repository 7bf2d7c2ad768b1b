// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// OdsReader on damaged spreadsheets: malformed XML, a truncated archive,
// corrupt compressed data and a wrong checksum each give an error that
// names the file, never a crash or a silently short read.
#include "OdsFiles.h"

#include <QFile>
#include <QtTest>

#include <tuple>

using namespace OdsFiles;

class TestOdsDamaged : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void malformedXmlNamesLine();
    void truncatedArchive();
    void corruptCompressedContent();
    void checksumMismatchDetected();

private:
    Folder m_ods;
};

void TestOdsDamaged::initTestCase()
{
    QVERIFY(m_ods.isValid());
}

void TestOdsDamaged::malformedXmlNamesLine()
{
    // The mismatched end tag is on the document's line `line`.
    const QByteArray head = documentHead() + "<table:table table:name=\"Locations\">\n" + row(cell("fine"));
    const int line = head.count('\n') + 1;
    const QString path = m_ods.writeOds(head + "<table:table-row><table:table-cell><text:p>broken</table:table-cell></table:table-row>\n"
                                        + "</table:table>\n" + documentTail());

    OdsReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QVERIFY(reader.nextSheet());
    QStringList cells;
    QVERIFY(reader.readRow(&cells));
    QCOMPARE(cells, QStringList{QStringLiteral("fine")});
    QVERIFY(!reader.readRow(&cells));
    QVERIFY(reader.hasError());
    const QString error = reader.errorString();
    QVERIFY2(error.startsWith(path + QStringLiteral(": damaged spreadsheet: ")), qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral(" at line %1").arg(line)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("tag mismatch")), qPrintable(error));
    QVERIFY(!reader.readRow(&cells));
    QVERIFY(!reader.nextSheet());
    QCOMPARE(reader.errorString(), error); // the first error is kept

    // Cut off mid-document: the parser reports a premature end.
    const QString truncatedXml = m_ods.writeOds(head);
    QString truncatedError;
    readAllSheets(truncatedXml, &truncatedError);
    QVERIFY2(truncatedError.startsWith(truncatedXml + QStringLiteral(": damaged spreadsheet: Premature end of document at line ")),
             qPrintable(truncatedError));
}

void TestOdsDamaged::truncatedArchive()
{
    QByteArray rows;
    for (int i = 0; i < 2000; ++i)
        rows += row(cell("1-" + QByteArray::number(i * 7919)) + cell("Location " + QByteArray::number(i)));
    const QString path = m_ods.writeOds(document(sheet("Locations", rows) + sheet("Providers", row(cell("p")))));
    QFile whole(path);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    whole.close();
    QString error;
    QCOMPARE(readAllSheets(path, &error).size(), 2); // the original is fine
    QCOMPARE(error, QString());

    const QString half = m_ods.filePath(QStringLiteral("half.ods"));
    QFile out(half);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.close();
    OdsReader reader(half);
    QVERIFY(!reader.open());
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().startsWith(half + QStringLiteral(": damaged spreadsheet: the zip archive is truncated or corrupt")),
             qPrintable(reader.errorString()));

    // Wherever the cut falls, the result is an error, never a crash or a
    // silently short read.
    for (int eighths = 1; eighths < 8; ++eighths) {
        const QString cut = m_ods.filePath(QStringLiteral("cut-%1.ods").arg(eighths));
        QFile f(cut);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(bytes.size() * eighths / 8));
        f.close();
        readAllSheets(cut, &error);
        QVERIFY2(error.startsWith(cut + QStringLiteral(": damaged spreadsheet: ")), qPrintable(cut + u' ' + error));
    }
}

void TestOdsDamaged::corruptCompressedContent()
{
    // Varied text so that the compressed stream is long and the middle of
    // the file lies well inside content.xml's data.
    QByteArray rows;
    for (int i = 0; i < 4000; ++i)
        rows += row(cell("1-" + QByteArray::number(quint64(i) * 2654435761u % 1000003)) + cell(QByteArray::number(i * i)));
    const QString path = m_ods.writeOds(document(sheet("Locations", rows)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 middle = file.size() / 2;
    QVERIFY(file.seek(middle));
    file.write(QByteArray(64, '\xa5'));
    file.close();

    OdsReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString())); // the central directory is intact
    QVERIFY(reader.nextSheet());
    QStringList cells;
    qint64 rowsRead = 0;
    while (reader.readRow(&cells))
        ++rowsRead;
    QVERIFY(rowsRead < 4000);
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().startsWith(path + QStringLiteral(": damaged spreadsheet: ")),
             qPrintable(reader.errorString()));
    QVERIFY(!reader.nextSheet());
}

void TestOdsDamaged::checksumMismatchDetected()
{
    // Damage that still inflates to well-formed XML shows only in the CRC:
    // here the data is intact and the recorded CRC is wrong.
    const QString path = m_ods.writeOds(document(sheet("Locations", row(cell("a")) + row(cell("b")))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    const QByteArray name("content.xml");
    int patched = 0;
    // The CRC sits at offset 14 of a local header (name at 30) and at
    // offset 16 of a central directory header (name at 46).
    for (const auto &[signature, crcOffset, nameOffset] :
         {std::tuple(QByteArray("PK\x03\x04"), 14, 30), std::tuple(QByteArray("PK\x01\x02"), 16, 46)}) {
        for (qsizetype at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 1)) {
            if (bytes.mid(at + nameOffset, name.size()) != name)
                continue;
            for (int i = 0; i < 4; ++i)
                bytes[at + crcOffset + i] = char(bytes[at + crcOffset + i] ^ 0x5a);
            ++patched;
        }
    }
    QCOMPARE(patched, 2);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    OdsReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QVERIFY(reader.nextSheet());
    QStringList cells;
    QVERIFY(reader.readRow(&cells));
    QVERIFY(reader.readRow(&cells));
    QVERIFY(!reader.readRow(&cells));
    QVERIFY(!reader.nextSheet());
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().startsWith(path + QStringLiteral(": damaged spreadsheet: content.xml fails its checksum")),
             qPrintable(reader.errorString()));
}

QTEST_GUILESS_MAIN(TestOdsDamaged)
#include "tst_odsdamaged.moc"
