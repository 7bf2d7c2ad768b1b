// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The real binary's import command, run as a user runs it (DESIGN.md
// section 4): one summary line per file, exit status 0 / 2, one stderr line
// per failure that names file, record, field and value, and a database left
// as it was when a file is refused.
#include <storage/RatingStore.h>
#include "BinaryRun.h"
#include "TestDatabase.h"

#include <QDir>
#include <QProcess>
#include <QtTest>

class TstImportCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int status = -1;
        QString out, err;
    };

    QTemporaryDir m_home;

    Run run(const QStringList &args)
    {
        const BinaryRun b = BinaryRun::start(m_home.path(), args);
        return {b.status, QString::fromUtf8(b.out), b.err};
    }

    static QString fixture(const QString &name) { return QStringLiteral(TR_FIXTURES_DIR "/") + name; }

    static QStringList lines(const QString &text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

    static QStringList errorLines(const Run &r)
    {
        // Qt's own start-up notes are not ours; count the program's lines.
        QStringList out;
        for (const QString &l : lines(r.err))
            if (l.startsWith(QLatin1String("trustratings:")))
                out << l;
        return out;
    }

    // `views`: organisations whose current view was recorded; `asOf`: the
    // sheet's date for them (API payloads carry their own).
    static QString summary(const QString &file, const char *format, int records, int newObservations, int providers,
                           int locations, int skipped, int views, const char *asOf = nullptr)
    {
        QString s = QStringLiteral("%1: %2, %3 records, %4 new observations, %5 providers, %6 locations, %7 skipped,"
                                   " %8 current views")
            .arg(QDir::toNativeSeparators(file), QLatin1String(format))
            .arg(records)
            .arg(newObservations)
            .arg(providers)
            .arg(locations)
            .arg(skipped)
            .arg(views);
        if (asOf)
            s += QStringLiteral(" (as of %1)").arg(QLatin1String(asOf));
        return s;
    }

    static QString describe(const Run &r)
    {
        return QStringLiteral("status %1\nstdout:\n%2\nstderr:\n%3").arg(r.status).arg(r.out, r.err);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void oneSummaryLinePerFile()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString csv = fixture(QStringLiteral("latest_locations_current.csv"));
        const QString json = fixture(QStringLiteral("api_array.json"));
        const Run r = run({QStringLiteral("--database"), db.path(), QStringLiteral("import"), csv, json});
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        // The JSON repeats RE902's two ratings from the sheet: two are new.
        QCOMPARE(lines(r.out), QStringList({summary(csv, "ratings-csv", 11, 11, 1, 2, 0, 2, "2023-02-22"),
                                            summary(json, "api-json", 2, 2, 1, 2, 0, 1)}));
        QVERIFY2(errorLines(r).isEmpty(), qPrintable(r.err));
        const DatabaseStats s = RatingStore(db.database()).stats();
        QCOMPARE(s.ratings, 13);
        QCOMPARE(s.imports, 2);
        QCOMPARE(s.locations, 3);

        // stats reads the same database.
        const Run stats = run({QStringLiteral("--database"), db.path(), QStringLiteral("stats")});
        QCOMPARE(stats.status, 0);
        QVERIFY2(lines(stats.out).contains(QStringLiteral("ratings: 13")), qPrintable(stats.out));
        QVERIFY2(lines(stats.out).contains(QStringLiteral("imports: 2")), qPrintable(stats.out));
    }

    void badFileExitsTwoAndChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("pieces"); // in this order, after the file name
        QTest::newRow("bad date") << fixture(QStringLiteral("bad_date.csv"))
                                  << QStringList{QStringLiteral("line 3"), QStringLiteral("Publication Date"),
                                                 QStringLiteral("\"31/02/2020\"")};
        QTest::newRow("unknown key question")
            << fixture(QStringLiteral("bad_key_question.csv"))
            << QStringList{QStringLiteral("line 5"), QStringLiteral("Domain"), QStringLiteral("\"Happiness\"")};
        QTest::newRow("JSON key question")
            << fixture(QStringLiteral("bad_key_question.json"))
            << QStringList{QStringLiteral("$.currentRatings.overall.keyQuestionRatings[2]"), QStringLiteral("name"),
                           QStringLiteral("\"Happiness\"")};
        QTest::newRow("missing column") << fixture(QStringLiteral("bad_missing_column.csv"))
                                        << QStringList{QStringLiteral("line 1"), QStringLiteral("\"Publication Date\"")};
        // A rating value CQC does not use is bad input, not a grey tile.
        QTest::newRow("unknown rating") << fixture(QStringLiteral("bad_rating_value.csv"))
                                        << QStringList{QStringLiteral("line 2"), QStringLiteral("Latest Rating"),
                                                       QStringLiteral("\"Goood\""), QStringLiteral("not a rating")};
        QTest::newRow("misspelt rating") << fixture(QStringLiteral("bad_rating_misspelt.csv"))
                                         << QStringList{QStringLiteral("line 3"), QStringLiteral("Latest Rating"),
                                                        QStringLiteral("\"Requires Improvment\"")};
        QTest::newRow("JSON unknown rating")
            << fixture(QStringLiteral("bad_rating_value.json"))
            << QStringList{QStringLiteral("$.currentRatings.overall.keyQuestionRatings[2].rating"),
                           QStringLiteral("\"Outstandingg\""), QStringLiteral("not a rating")};
        QTest::newRow("JSON rating of the wrong type")
            << fixture(QStringLiteral("bad_rating_type.json"))
            << QStringList{QStringLiteral("$.currentRatings.overall.keyQuestionRatings[2].rating"), QStringLiteral("\"3\""),
                           QStringLiteral("is a number, expected text")};
        QTest::newRow("JSON score not a number")
            << fixture(QStringLiteral("bad_score.json"))
            << QStringList{QStringLiteral("$.assessment[0].ratings.asgRatings[0].keyQuestionRatings[0].percentageScore"),
                           QStringLiteral("\"high\""), QStringLiteral("not a percentage")};
        QTest::newRow("truncated JSON") << fixture(QStringLiteral("bad_truncated.json"))
                                        << QStringList{QStringLiteral("not valid JSON"), QStringLiteral("at line 12")};
    }

    void badFileExitsTwoAndChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, pieces);
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const Run seed = run({QStringLiteral("--database"), db.path(), QStringLiteral("import"),
                              fixture(QStringLiteral("api_lines.ndjson"))});
        QVERIFY2(seed.status == 0, qPrintable(describe(seed)));
        const QByteArray before = db.dump();

        const Run r = run({QStringLiteral("--database"), db.path(), QStringLiteral("import"), file});
        QVERIFY2(r.status == 2, qPrintable(describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        const QStringList errors = errorLines(r);
        QVERIFY2(errors.size() == 1, qPrintable(r.err));
        const QString line = errors.first();
        const QString prefix = QStringLiteral("trustratings: ") + QDir::toNativeSeparators(file) + QLatin1Char(':');
        QVERIFY2(line.startsWith(prefix), qPrintable(line));
        qsizetype at = prefix.size();
        for (const QString &piece : pieces) {
            const qsizetype found = line.indexOf(piece, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("\"%1\" not in order in: %2").arg(piece, line)));
            at = found + piece.size();
        }
        QCOMPARE(db.dump(), before);
    }

    // tests/fixtures/malformed/: 75 wrong, damaged and hostile files (made by
    // make_corpus.py there), each imported into a database holding data.
    // expected.tsv gives the exit status and a fragment of the one error line.
    void malformedCorpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fragment");
        QFile list(fixture(QStringLiteral("malformed/expected.tsv")));
        QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(list.fileName()));
        int cases = 0;
        while (!list.atEnd()) {
            const QString line = QString::fromUtf8(list.readLine()).chopped(1);
            if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
                continue;
            const QStringList parts = line.split(QLatin1Char('\t'));
            QVERIFY2(parts.size() == 3, qPrintable(line));
            QTest::newRow(qPrintable(parts.at(0)))
                << fixture(QStringLiteral("malformed/") + parts.at(0)) << parts.at(1).toInt() << parts.at(2);
            ++cases;
        }
        // A truncated list would pass with fewer cases.
        QVERIFY2(cases >= 75, qPrintable(QString::number(cases)));
    }

    void malformedCorpus()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QString, fragment);
        QVERIFY2(QFileInfo(file).isFile(), qPrintable(file));
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const Run seed = run({QStringLiteral("--database"), db.path(), QStringLiteral("import"),
                              fixture(QStringLiteral("api_lines.ndjson")),
                              fixture(QStringLiteral("latest_locations_current.csv"))});
        QVERIFY2(seed.status == 0, qPrintable(describe(seed)));
        const QByteArray before = db.dump();

        const Run r = run({QStringLiteral("--database"), db.path(), QStringLiteral("import"), file});
        QVERIFY2(r.status == status, qPrintable(describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        const QStringList errors = errorLines(r);
        QVERIFY2(errors.size() == 1, qPrintable(r.err));
        const QString prefix = QStringLiteral("trustratings: ") + QDir::toNativeSeparators(file) + QLatin1Char(':');
        QVERIFY2(errors.first().startsWith(prefix), qPrintable(errors.first()));
        QVERIFY2(errors.first().contains(fragment), qPrintable(errors.first()));
        QCOMPARE(db.dump(), before);
    }

    void blankLinesAreNotRecords()
    {
        // A sheet followed by 100,000 blank lines (as a spreadsheet's CSV
        // export can leave) counts its rows only: it said "100023 records".
        QFile sheet(fixture(QStringLiteral("latest_locations_current.csv")));
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        const QByteArray rows = sheet.readAll();
        const QString padded = m_home.filePath(QStringLiteral("padded.csv"));
        QFile out(padded);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(rows + QByteArray(100000 * 2, ',').replace(",,", "\r\n")) > rows.size());
        out.close();

        TestDatabase plainDb(TestDatabase::Empty), paddedDb(TestDatabase::Empty);
        const Run plain = run({QStringLiteral("--database"), plainDb.path(), QStringLiteral("import"), sheet.fileName()});
        const Run withBlanks = run({QStringLiteral("--database"), paddedDb.path(), QStringLiteral("import"), padded});
        QVERIFY2(plain.status == 0, qPrintable(describe(plain)));
        QVERIFY2(withBlanks.status == 0, qPrintable(describe(withBlanks)));
        const QString summaryOf = plain.out.mid(plain.out.indexOf(QStringLiteral(": ")));
        QVERIFY2(summaryOf.contains(QStringLiteral(" records,")), qPrintable(plain.out));
        QCOMPARE(withBlanks.out.mid(withBlanks.out.indexOf(QStringLiteral(": "))), summaryOf);
        const Run plainRatings = run({QStringLiteral("--database"), plainDb.path(), QStringLiteral("export"),
                                      QStringLiteral("ratings")});
        const Run paddedRatings = run({QStringLiteral("--database"), paddedDb.path(), QStringLiteral("export"),
                                       QStringLiteral("ratings")});
        QVERIFY2(plainRatings.status == 0 && lines(plainRatings.out).size() > 10, qPrintable(describe(plainRatings)));
        QCOMPARE(paddedRatings.out, plainRatings.out);
    }

    void goodFilesBeforeABadOneAreKept()
    {
        // Each file is its own transaction: the good one stays, the bad one
        // is refused, and the status says something was refused.
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString good = fixture(QStringLiteral("api_location.json"));
        const QString bad = fixture(QStringLiteral("bad_date.csv"));
        const Run r = run({QStringLiteral("--database"), db.path(), QStringLiteral("import"), good, bad});
        QVERIFY2(r.status == 2, qPrintable(describe(r)));
        QCOMPARE(lines(r.out), QStringList{summary(good, "api-json", 1, 9, 1, 1, 0, 1)});
        QCOMPARE(errorLines(r).size(), 1);
        QVERIFY(errorLines(r).first().contains(QDir::toNativeSeparators(bad)));
        QCOMPARE(RatingStore(db.database()).stats().ratings, 9);
        QCOMPARE(RatingStore(db.database()).stats().imports, 1);
    }

    void keepGoingListsSkippedRecords()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString file = fixture(QStringLiteral("keepgoing_mixed.csv"));
        const Run r = run({QStringLiteral("--database"), db.path(), QStringLiteral("import"),
                           QStringLiteral("--keep-going"), file});
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        QCOMPARE(lines(r.out), QStringList{summary(file, "ratings-csv", 6, 3, 1, 2, 3, 0, "2023-02-22")});
        const QStringList errors = errorLines(r);
        QVERIFY2(errors.size() == 3, qPrintable(r.err));
        const QString prefix = QStringLiteral("trustratings: skipped ") + QDir::toNativeSeparators(file) + QStringLiteral(": ");
        const QStringList expected = {QStringLiteral("line 3: column \"Publication Date\" \"2020-13-45\""),
                                      QStringLiteral("line 5: column \"Domain\" \"Happiness\""),
                                      QStringLiteral("line 6: column \"Inherited Rating (Y/N)\" \"Maybe\"")};
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(errors.at(i).startsWith(prefix + expected.at(i)), qPrintable(errors.at(i)));
        QCOMPARE(RatingStore(db.database()).stats().ratings, 3);
    }

    void folderIsSearchedRecursively()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const Run r = run({QStringLiteral("--database"), db.path(), QStringLiteral("import"),
                           fixture(QStringLiteral("api_dir"))});
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        const QStringList out = lines(r.out);
        QCOMPARE(out.size(), 3);
        QStringList files;
        for (const QString &l : out)
            files << QDir(QStringLiteral(TR_FIXTURES_DIR)).relativeFilePath(l.section(QStringLiteral(": "), 0, 0));
        files.sort();
        QCOMPARE(files, QStringList({QStringLiteral("api_dir/RE906.json"), QStringLiteral("api_dir/nested/RE907.json"),
                                     QStringLiteral("api_dir/nested/deeper/provider_RV7.json")}));
        const DatabaseStats s = RatingStore(db.database()).stats();
        QCOMPARE(s.providers, 2);
        QCOMPARE(s.locations, 2);
        QCOMPARE(s.imports, 3);
    }

    void sampleRemovalIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
        // stats on a new file loads the bundled sample, as the window does.
        const Run stats = run({QStringLiteral("--database"), path, QStringLiteral("stats")});
        QVERIFY2(stats.status == 0, qPrintable(describe(stats)));
        QVERIFY2(lines(stats.out).contains(QStringLiteral("imports: 1")), qPrintable(stats.out));
        QVERIFY2(!lines(stats.out).contains(QStringLiteral("providers: 0")), qPrintable(stats.out));

        const QString file = fixture(QStringLiteral("api_location.json"));
        const Run r = run({QStringLiteral("--database"), path, QStringLiteral("import"), file});
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        QCOMPARE(lines(r.out), QStringList{summary(file, "api-json", 1, 9, 1, 1, 0, 1)
                                           + QStringLiteral(" (the bundled sample data was removed)")});

        const Run after = run({QStringLiteral("--database"), path, QStringLiteral("stats")});
        QCOMPARE(after.status, 0);
        QCOMPARE(lines(after.out), QStringList({QStringLiteral("providers: 1"), QStringLiteral("locations: 1"),
                                                QStringLiteral("reports: 1"), QStringLiteral("ratings: 9"),
                                                QStringLiteral("imports: 1")}));
    }

    void refusedImportKeepsTheSample()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
        const Run stats = run({QStringLiteral("--database"), path, QStringLiteral("stats")});
        QVERIFY2(stats.status == 0, qPrintable(describe(stats)));
        const Run r = run({QStringLiteral("--database"), path, QStringLiteral("import"),
                           fixture(QStringLiteral("bad_date.csv"))});
        QCOMPARE(r.status, 2);
        QVERIFY2(!r.out.contains(QLatin1String("sample")), qPrintable(r.out));
        const Run after = run({QStringLiteral("--database"), path, QStringLiteral("stats")});
        QCOMPARE(after.out, stats.out);
    }

    void missingFileExitsTwo()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QByteArray before = db.dump();
        const QString missing = m_home.filePath(QStringLiteral("no-such-file.json"));
        const Run r = run({QStringLiteral("--database"), db.path(), QStringLiteral("import"), missing});
        QVERIFY2(r.status == 2, qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        const QStringList errors = errorLines(r);
        QVERIFY2(errors.size() == 1, qPrintable(r.err));
        QVERIFY2(errors.first().contains(missing), qPrintable(errors.first()));
        QVERIFY2(errors.first().contains(QLatin1String("no such file")), qPrintable(errors.first()));
        QCOMPARE(db.dump(), before);
    }

    void formatOption()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        // The '[' of its title line makes this sheet look like JSON.
        const QString file = fixture(QStringLiteral("bracket_title.csv"));
        const Run r = run({QStringLiteral("--database"), db.path(), QStringLiteral("import"), QStringLiteral("--format"),
                           QStringLiteral("csv"), file});
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        QCOMPARE(lines(r.out), QStringList{summary(file, "ratings-csv", 2, 2, 1, 1, 0, 1, "2020-07-03")});
        const QByteArray before = db.dump();
        const Run bad = run({QStringLiteral("--database"), db.path(), QStringLiteral("import"), QStringLiteral("--format"),
                             QStringLiteral("xlsx"), file});
        QCOMPARE(bad.status, 2);
        QCOMPARE(errorLines(bad).size(), 1);
        QVERIFY2(errorLines(bad).first().contains(QLatin1String("xlsx")), qPrintable(bad.err));
        QCOMPARE(db.dump(), before);
    }
};

QTEST_GUILESS_MAIN(TstImportCli)
#include "tst_importcli.moc"
