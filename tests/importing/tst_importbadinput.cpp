// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// Input Importer must refuse, into real SQLite files: every failure is checked
// for one line a user can act on and for a database left exactly as it was
// (TestDatabase::dump before and after); --keep-going imports the valid
// records and lists every bad one; a forced format is obeyed. The broken .ods
// and zip files are built here with QuaZip.
#include <storage/RatingStore.h>
#include "ImportTestSupport.h"
#include "RatingsSheetRows.h"

#include <QDir>
#include <QtTest>

using namespace ImportTestSupport;
using namespace RatingsSheetRows;

class TstImportBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    // Files built in initTestCase.
    LatestRatingsOds m_odsGood;
    QString m_odsUnknownSheets, m_odsBadRow, m_odsCut, m_xlsx, m_junk;

    static ImportOptions keepGoingOptions()
    {
        ImportOptions o;
        o.keepGoing = true;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(m_odsGood.write());

        m_odsUnknownSheets = m_tmp.filePath(QStringLiteral("unknown_sheets.ods"));
        QVERIFY(writeOds(m_odsUnknownSheets,
                         contentXml({{QStringLiteral("Notes"), readmeRows()},
                                     {QStringLiteral("Summary"), {{QStringLiteral("Total"), QStringLiteral("12")}}}})));

        // Row 3 of the Locations sheet names a key question CQC does not have.
        m_odsBadRow = m_tmp.filePath(QStringLiteral("bad_row.ods"));
        QVERIFY(writeOds(m_odsBadRow,
                         contentXml({{QStringLiteral("Locations"),
                                      {locationsHeader(),
                                       locationRow(QStringLiteral("RE901"), QStringLiteral("Eastmere General Hospital"),
                                                   QStringLiteral("Overall"), QStringLiteral("Overall"),
                                                   QStringLiteral("Good"), QStringLiteral("03/07/2020"),
                                                   QStringLiteral("RE9"), eastmere),
                                       locationRow(QStringLiteral("RE901"), QStringLiteral("Eastmere General Hospital"),
                                                   QStringLiteral("Overall"), QStringLiteral("Happiness"),
                                                   QStringLiteral("Good"), QStringLiteral("03/07/2020"),
                                                   QStringLiteral("RE9"), eastmere),
                                       locationRow(QStringLiteral("RE902"), QStringLiteral("Fenwick Community Hospital"),
                                                   QStringLiteral("Overall"), QStringLiteral("Overall"),
                                                   QStringLiteral("Requires improvement"),
                                                   QStringLiteral("22/02/2023"), QStringLiteral("RE9"), eastmere)}}})));

        // A valid .ods of some size, cut in half: the zip's central directory is gone.
        QList<QStringList> many = {locationsHeader()};
        for (int i = 0; i < 300; ++i)
            many << locationRow(QStringLiteral("RE9%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Site %1").arg(i),
                                QStringLiteral("Overall"), QStringLiteral("Overall"), QStringLiteral("Good"),
                                QStringLiteral("03/07/2020"), QStringLiteral("RE9"), eastmere);
        const QString whole = m_tmp.filePath(QStringLiteral("whole.ods"));
        QVERIFY(writeOds(whole, contentXml({{QStringLiteral("Locations"), many}})));
        const QByteArray wholeBytes = readAll(whole);
        QVERIFY(wholeBytes.size() > 2000);
        m_odsCut = m_tmp.filePath(QStringLiteral("cut_in_half.ods"));
        QVERIFY(writeFile(m_odsCut, wholeBytes.left(wholeBytes.size() / 2)));

        // What an Excel workbook looks like from outside: a zip with
        // [Content_Types].xml and xl/.
        m_xlsx = m_tmp.filePath(QStringLiteral("latest_ratings.xlsx"));
        QVERIFY(writeZip(m_xlsx, {{QStringLiteral("[Content_Types].xml"), QByteArrayLiteral("<Types/>")},
                                  {QStringLiteral("_rels/.rels"), QByteArrayLiteral("<Relationships/>")},
                                  {QStringLiteral("xl/workbook.xml"), QByteArrayLiteral("<workbook/>")}}));

        // Binary junk (NUL bytes and high bytes), named as if it were a CSV.
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk += char((i * 131 + 7) % 256);
        m_junk = m_tmp.filePath(QStringLiteral("junk.csv"));
        QVERIFY(writeFile(m_junk, junk));
    }

    // ---- list responses ----------------------------------------------------------

    void listResponsesAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("locations.json") << sample(QStringLiteral("locations.json"));
        QTest::newRow("providers.json") << sample(QStringLiteral("providers.json"));
    }

    void listResponsesAreRefused()
    {
        QFETCH(QString, file);
        TestDatabase db(TestDatabase::WithSample);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QByteArray before = db.dump();
        const ImportResult r = import(db, file);
        QVERIFY(!r.ok);
        QVERIFY(r.badInput);
        QVERIFY2(r.error.contains(QLatin1String("list response")), qPrintable(r.error));
        QVERIFY2(r.error.startsWith(QDir::toNativeSeparators(file)), qPrintable(r.error));
        QCOMPARE(db.dump(), before);
    }

    // ---- malformed input: one clear line, nothing written ------------------------

    void malformedInputs_data()
    {
        QTest::addColumn<QString>("file");
        // Pieces the message must hold after the file name, in this order.
        QTest::addColumn<QStringList>("pieces");

        // The string opened on line 11 never ends: the parser stops at the
        // end of the file, after the last line break.
        QTest::newRow("truncated JSON") << fixture(QStringLiteral("bad_truncated.json"))
                                        << QStringList{QStringLiteral("not valid JSON"), QStringLiteral("at line 12")};
        QTest::newRow("JSON array of numbers")
            << fixture(QStringLiteral("bad_array_of_numbers.json"))
            << QStringList{QStringLiteral("$[0]"), QStringLiteral("\"1\""), QStringLiteral("not a JSON object")};
        QTest::newRow("JSON object without providerId")
            << fixture(QStringLiteral("bad_no_provider_id.json"))
            << QStringList{QStringLiteral(": $: "), QStringLiteral("providerId"), QStringLiteral("missing")};
        QTest::newRow("JSON unknown key question")
            << fixture(QStringLiteral("bad_key_question.json"))
            << QStringList{QStringLiteral("$.currentRatings.overall.keyQuestionRatings[2]"), QStringLiteral("name"),
                           QStringLiteral("\"Happiness\""), QStringLiteral("not a key question")};
        QTest::newRow("JSON bad date")
            << fixture(QStringLiteral("bad_date.json"))
            << QStringList{QStringLiteral("$.historicRatings[0].reportDate"), QStringLiteral("\"2020-02-31\""),
                           QStringLiteral("not a date")};
        QTest::newRow("NDJSON bad line")
            << fixture(QStringLiteral("keepgoing_lines.ndjson"))
            << QStringList{QStringLiteral("line 2"), QStringLiteral("keyQuestionRatings[0]"),
                           QStringLiteral("\"Happiness\"")};
        QTest::newRow("CSV without Publication Date")
            << fixture(QStringLiteral("bad_missing_column.csv"))
            << QStringList{QStringLiteral("line 1"), QStringLiteral("\"Publication Date\"")};
        QTest::newRow("CSV bad date (CRLF)")
            << fixture(QStringLiteral("bad_date.csv"))
            << QStringList{QStringLiteral("line 3"), QStringLiteral("column \"Publication Date\""),
                           QStringLiteral("\"31/02/2020\""), QStringLiteral("not a date")};
        // Line 5 counts the title line and the line break inside a quoted name.
        QTest::newRow("CSV unknown key question")
            << fixture(QStringLiteral("bad_key_question.csv"))
            << QStringList{QStringLiteral("line 5"), QStringLiteral("column \"Domain\""), QStringLiteral("\"Happiness\""),
                           QStringLiteral("not a key question")};
        QTest::newRow("CSV unterminated quote")
            << fixture(QStringLiteral("bad_unterminated_quote.csv"))
            << QStringList{QStringLiteral("line 2"), QStringLiteral("unterminated")};
        QTest::newRow("empty file") << fixture(QStringLiteral("bad_empty.csv")) << QStringList{QStringLiteral("empty")};
        QTest::newRow("binary junk") << m_junk << QStringList{QStringLiteral("binary")};
        QTest::newRow("ods with unknown sheets only")
            << m_odsUnknownSheets << QStringList{QStringLiteral("Notes, Summary")};
        QTest::newRow("ods bad row")
            << m_odsBadRow
            << QStringList{QStringLiteral("sheet Locations, row 3"), QStringLiteral("column \"Domain\""),
                           QStringLiteral("\"Happiness\"")};
        QTest::newRow("ods cut in half") << m_odsCut << QStringList{QStringLiteral("truncated or corrupt")};
        QTest::newRow("xlsx") << m_xlsx << QStringList{QStringLiteral("Excel")};
        QTest::newRow("list response") << sample(QStringLiteral("providers.json"))
                                       << QStringList{QStringLiteral("list response")};
    }

    void malformedInputs()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, pieces);
        TestDatabase db(TestDatabase::WithSample);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        // One real import first, so that a failure has real data to spare.
        QVERIFY(import(db, fixture(QStringLiteral("api_location.json"))).ok);
        const QByteArray before = db.dump();
        const ImportResult r = import(db, file);
        QVERIFY(!r.ok);
        QVERIFY(r.badInput);
        QVERIFY(!r.cancelled);
        QCOMPARE(r.newObservations, 0);
        QCOMPARE(db.dump(), before);
        // One line, starting with the file, holding the pieces in order.
        QVERIFY2(!r.error.contains(QLatin1Char('\n')), qPrintable(r.error));
        QVERIFY2(r.error.startsWith(QDir::toNativeSeparators(file) + QLatin1Char(':')), qPrintable(r.error));
        qsizetype at = file.size();
        for (const QString &piece : pieces) {
            const qsizetype found = r.error.indexOf(piece, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("\"%1\" not in order in: %2").arg(piece, r.error)));
            at = found + piece.size();
        }
        // A bad record is also listed as an issue, with the same words.
        if (!r.issues.isEmpty()) {
            QCOMPARE(r.issues.size(), 1);
            QCOMPARE(r.issues.first().toString(), r.error);
        }
    }

    // ---- --keep-going ------------------------------------------------------------

    void keepGoing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<QStringList>("issues"); // where | field | value
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("CSV")
            << fixture(QStringLiteral("keepgoing_mixed.csv")) << qint64(6)
            << QStringList{QStringLiteral("line 3|column \"Publication Date\"|2020-13-45"),
                           QStringLiteral("line 5|column \"Domain\"|Happiness"),
                           QStringLiteral("line 6|column \"Inherited Rating (Y/N)\"|Maybe")}
            << sorted({QStringLiteral("RE9|RE901||Overall|Good|2020-07-03|"),
                       QStringLiteral("RE9|RE901||Safe|Requires improvement|2020-07-03|"),
                       QStringLiteral("RE9|RE902||Overall|Requires improvement|2023-02-22|")});
        QTest::newRow("NDJSON")
            << fixture(QStringLiteral("keepgoing_lines.ndjson")) << qint64(5)
            << QStringList{QStringLiteral("line 2: $.currentRatings.overall.keyQuestionRatings[0].name|name|Happiness"),
                           QStringLiteral("line 3: $|providerId|"), QStringLiteral("line 4||")}
            << sorted({QStringLiteral("RE9|RE904||Overall|Good|2021-09-09|"),
                       QStringLiteral("RE9|RE903||Overall|Outstanding|2022-05-05|")});
        QTest::newRow("ods") << m_odsBadRow << qint64(3)
                             << QStringList{QStringLiteral("sheet Locations, row 3|column \"Domain\"|Happiness")}
                             << sorted({QStringLiteral("RE9|RE901||Overall|Good|2020-07-03|"),
                                        QStringLiteral("RE9|RE902||Overall|Requires improvement|2023-02-22|")});
    }

    void keepGoing()
    {
        QFETCH(QString, file);
        QFETCH(qint64, records);
        QFETCH(QStringList, issues);
        QFETCH(QStringList, expected);
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        // Without --keep-going the first bad record stops the file...
        const QByteArray before = db.dump();
        const ImportResult strict = import(db, file);
        QVERIFY(!strict.ok);
        QCOMPARE(db.dump(), before);
        // ...with it, the valid records are imported and every bad one listed.
        const ImportResult r = import(db, file, keepGoingOptions());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.records, records);
        QCOMPARE(r.skipped, qint64(issues.size()));
        QCOMPARE(r.issues.size(), issues.size());
        for (int i = 0; i < issues.size(); ++i) {
            const ImportIssue &issue = r.issues.at(i);
            QCOMPARE(issue.file, file);
            QCOMPARE(QStringList({issue.where, issue.field, issue.value}).join(QLatin1Char('|')), issues.at(i));
            QVERIFY(!issue.message.isEmpty());
        }
        // The first issue reads as the error the strict import gave.
        QCOMPARE(r.issues.first().toString(), strict.error);
        QCOMPARE(facts(db.database()), expected);
        QCOMPARE(r.newObservations, qint64(expected.size()));
        const QVector<ImportRecord> imports = RatingStore(db.database()).imports();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.first().skipped, qint64(issues.size()));
        QCOMPARE(imports.first().records, records);
    }

    // ---- forcing a format --------------------------------------------------------

    void forcedFormat()
    {
        // A title line starting with '[' makes the content look like JSON;
        // forcing the format reads it as the ratings sheet it is.
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        ImportOptions options;
        options.format = ImportFormat::RatingsCsv;
        const ImportResult r = import(db, fixture(QStringLiteral("bracket_title.csv")), options);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.format, ImportFormat::RatingsCsv);
        QCOMPARE(facts(db.database()), sorted({QStringLiteral("RE9|RE901||Overall|Good|2020-07-03|"),
                                                 QStringLiteral("RE9|RE901||Safe|Requires improvement|2020-07-03|")}));
        // Forcing the right format for a file detection gets right changes nothing.
        options.format = ImportFormat::ApiJson;
        const ImportResult json = import(db, fixture(QStringLiteral("api_array.json")), options);
        QVERIFY2(json.ok, qPrintable(json.error));
        QCOMPARE(json.records, 2);
    }

    void forcedWrongFormatFailsCleanly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("CSV as JSON") << fixture(QStringLiteral("latest_locations_current.csv")) << int(ImportFormat::ApiJson)
                                     << QStringLiteral("not valid JSON");
        QTest::newRow("JSON as CSV") << fixture(QStringLiteral("api_location.json")) << int(ImportFormat::RatingsCsv)
                                     << QStringLiteral("no header row");
        QTest::newRow("JSON as ods") << fixture(QStringLiteral("api_location.json")) << int(ImportFormat::RatingsOds)
                                     << QStringLiteral("not an OpenDocument spreadsheet");
        QTest::newRow("ods as CSV") << QString() << int(ImportFormat::RatingsCsv) << QString();
        QTest::newRow("ods as JSON") << QString() << int(ImportFormat::ApiJson) << QStringLiteral("not valid JSON");
    }

    void forcedWrongFormatFailsCleanly()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(QString, mentions);
        if (file.isEmpty())
            file = m_odsGood.path();
        TestDatabase db(TestDatabase::WithSample);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QByteArray before = db.dump();
        ImportOptions options;
        options.format = ImportFormat(format);
        const ImportResult r = import(db, file, options);
        QVERIFY(!r.ok);
        QVERIFY(r.badInput);
        QCOMPARE(r.format, ImportFormat(format));
        QVERIFY2(r.error.startsWith(QDir::toNativeSeparators(file) + QLatin1Char(':')), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QLatin1Char('\n')), qPrintable(r.error));
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
        QCOMPARE(db.dump(), before);
    }
};

QTEST_GUILESS_MAIN(TstImportBadInput)
#include "tst_importbadinput.moc"
