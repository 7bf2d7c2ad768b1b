// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// Cancelling an import through its progress callback, into a real SQLite
// file: at the last record or mid-file, everything written is rolled back,
// the imports row too, and the same file then imports in full.
#include "ImportTestSupport.h"
#include "RatingsSheetRows.h"

#include <QtTest>

using namespace ImportTestSupport;
using namespace RatingsSheetRows;

class TstImportCancel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    // Built in initTestCase.
    QString m_bigCsv;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Enough rows for Importer to ask the progress callback mid-file
        // (it asks every 2,000 records).
        m_bigCsv = m_tmp.filePath(QStringLiteral("big.csv"));
        QVERIFY(writeFile(m_bigCsv, bigLocationsCsv(5000)));
    }

    // ---- cancelling --------------------------------------------------------------

    void cancelRollsBack_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<bool>("midFile");
        // A small file is cancelled when progress reports its last record,
        // just before the commit.
        QTest::newRow("at the end") << fixture(QStringLiteral("latest_locations_current.csv")) << qint64(11) << false;
        // A big one at the first report, which comes before its last row.
        QTest::newRow("mid-file") << QString() << qint64(5000) << true;
    }

    void cancelRollsBack()
    {
        QFETCH(QString, file);
        QFETCH(qint64, rows);
        QFETCH(bool, midFile);
        if (file.isEmpty())
            file = m_bigCsv;
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        // Some data to keep (and none that the file repeats).
        QVERIFY(import(db, fixture(QStringLiteral("api_lines.ndjson"))).ok);
        const QByteArray before = db.dump();
        int calls = 0;
        qint64 recordsAtCancel = -1;
        ImportOptions options;
        options.progress = [&](qint64 records, double fraction) {
            ++calls;
            if (fraction < 0.0 || fraction > 1.0)
                return true; // never cancels: the test fails below
            // Cancel at the first report mid-file, or at the last record.
            if (midFile || records >= rows) {
                recordsAtCancel = records;
                return false;
            }
            return true;
        };
        const ImportResult r = import(db, file, options);
        QVERIFY(calls > 0);
        if (midFile)
            QVERIFY2(recordsAtCancel > 0 && recordsAtCancel < rows, qPrintable(QString::number(recordsAtCancel)));
        else
            QCOMPARE(recordsAtCancel, rows);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok);
        QVERIFY(!r.badInput);
        QVERIFY2(r.error.contains(QLatin1String("cancelled")), qPrintable(r.error));
        QCOMPARE(r.newObservations, 0);
        // Everything written before the cancel was rolled back, the imports row too.
        QCOMPARE(db.dump(), before);

        // The same file imports in full when not cancelled.
        options.progress = [](qint64, double) { return true; };
        const ImportResult full = import(db, file, options);
        QVERIFY2(full.ok, qPrintable(full.error));
        QCOMPARE(full.records, rows);
        QCOMPARE(full.newObservations, rows); // every row a distinct fact, none kept from the cancelled run
    }
};

QTEST_GUILESS_MAIN(TstImportCancel)
#include "tst_importcancel.moc"
