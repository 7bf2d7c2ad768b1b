// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// ImportHistoryModel, what the Import history dialog shows, under
// QAbstractItemModelTester (failures are test failures) on the imports table
// of a real SQLite file: the bundled sample, then CQC's own API responses and
// CQC-shaped Latest ratings sheets imported one after another, the model
// reloaded from the store after each while the tester watches.

#include <importing/ImportOptions.h>
#include <importing/Importer.h>
#include <itemmodels/ImportHistoryModel.h>
#include <itemmodels/Roles.h>
#include <storage/RatingStore.h>
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QSortFilterProxyModel>
#include <QtTest>

static QString fixture(const QString &name) { return QStringLiteral(TR_FIXTURES_DIR "/") + name; }
static QString sample(const QString &name) { return QStringLiteral(TR_SAMPLES_DIR "/") + name; }

static QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

// The shown text of one row, column by column.
static QStringList rowText(const QAbstractItemModel &model, int row)
{
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.index(row, c).data().toString();
    return out;
}

static QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, col).data(role).toString();
    return out;
}

class TestImportHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // The tester reports through QtTest; anything else Qt warns about is a failure too.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }

    void headers()
    {
        ImportHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(ImportHistoryModel::ColumnCount));
        QStringList shown;
        for (int c = 0; c < model.columnCount(); ++c)
            shown << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(shown, (QStringList{"Imported", "File", "Format", "Records", "New ratings", "Providers", "Locations",
                                     "Skipped", "SHA-256"}));
        QCOMPARE(model.headerData(0, Qt::Vertical), QVariant());
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole), QVariant());
        QCOMPARE(model.rowCount(), 0);
    }

    // A new database holds the bundled sample, recorded as one import.
    void bundledSample()
    {
        TestDatabase db(TestDatabase::WithSample);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QVector<ImportRecord> imports = RatingStore(db.database()).imports();
        QCOMPARE(imports.size(), 1);
        ImportHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setImports(imports);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ImportHistoryModel::FileColumn).data().toString(),
                 QStringLiteral("Bundled sample (sample-ratings.json)"));
        // The sample's stored format ("sample") is shown in words.
        QCOMPARE(model.index(0, ImportHistoryModel::FormatColumn).data().toString(), QStringLiteral("bundled sample"));
        QVERIFY(model.index(0, ImportHistoryModel::NewColumn).data().toLongLong() > 0);
        QCOMPARE(model.index(0, ImportHistoryModel::NewColumn).data().toLongLong(), imports.first().newObservations);
    }

    // Real files imported one after another; after each the dialog's model is
    // reloaded from the store: one reset, the newest import first, each row
    // what the importer reported and the file's own SHA-256.
    void importsNewestFirst()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        ImportHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(resets.isValid());

        const QStringList files = {fixture(QStringLiteral("snapshot_2024-06.csv")),
                                   sample(QStringLiteral("location_RM317.json")),
                                   fixture(QStringLiteral("snapshot_2024-07.csv")),
                                   sample(QStringLiteral("location_RW603.json")),
                                   sample(QStringLiteral("provider_1-101611810.json")),
                                   // The same file again, as CQC's view of another date
                                   // (the same bytes alone are recognised and add no row):
                                   // a row of its own, nothing new.
                                   fixture(QStringLiteral("snapshot_2024-06.csv"))};
        QVector<ImportResult> results;
        QVector<QDateTime> before, after;
        for (const QString &file : files) {
            before << QDateTime::currentDateTimeUtc().addSecs(-1);
            ImportOptions options;
            if (results.size() == files.size() - 1)
                options.snapshotDate = QDate(2024, 8, 1);
            const ImportResult r = Importer(db.database()).importFile(file, options);
            after << QDateTime::currentDateTimeUtc().addSecs(1);
            QVERIFY2(r.ok, qPrintable(r.error));
            results << r;

            model.setImports(RatingStore(db.database()).imports());
            QCOMPARE(resets.count(), results.size());
            QCOMPARE(model.rowCount(), results.size());
            QCOMPARE(model.index(0, ImportHistoryModel::FileColumn).data().toString(), QFileInfo(file).fileName());
        }
        QCOMPARE(results.last().newObservations, qint64(0));

        for (int i = 0; i < files.size(); ++i) {
            const int row = files.size() - 1 - i; // newest first
            const ImportResult &r = results.at(i);
            const QStringList text = rowText(model, row);
            QCOMPARE(text.at(ImportHistoryModel::FileColumn), QFileInfo(files.at(i)).fileName());
            QCOMPARE(text.at(ImportHistoryModel::FormatColumn),
                     QLatin1String(files.at(i).endsWith(QLatin1String(".csv")) ? "ratings-csv" : "api-json"));
            QCOMPARE(text.at(ImportHistoryModel::RecordsColumn), QString::number(r.records));
            QCOMPARE(text.at(ImportHistoryModel::NewColumn), QString::number(r.newObservations));
            QCOMPARE(text.at(ImportHistoryModel::ProvidersColumn), QString::number(r.providers));
            QCOMPARE(text.at(ImportHistoryModel::LocationsColumn), QString::number(r.locations));
            QCOMPARE(text.at(ImportHistoryModel::SkippedColumn), QStringLiteral("0"));
            QCOMPARE(text.at(ImportHistoryModel::Sha256Column), sha256Of(files.at(i)));
            QVERIFY(r.records > 0);

            // The time: shown to the minute in local time, sorted by the instant.
            const QDateTime at = model.index(row, ImportHistoryModel::TimeColumn).data(Roles::SortRole).toDateTime();
            QVERIFY2(at >= before.at(i) && at <= after.at(i), qPrintable(at.toString(Qt::ISODate)));
            const QDateTime shown = QDateTime::fromString(text.at(ImportHistoryModel::TimeColumn),
                                                          QStringLiteral("yyyy-MM-dd HH:mm"));
            QVERIFY2(shown.isValid(), qPrintable(text.at(ImportHistoryModel::TimeColumn)));
            const QDateTime local = at.toLocalTime();
            QCOMPARE(shown, QDateTime(local.date(), QTime(local.time().hour(), local.time().minute())));
        }
        // Both CSV snapshots name one trust and two hospitals; RM317 and
        // RW603 are one location each of their own trusts.
        QCOMPARE(results.at(0).providers, qint64(1));
        QCOMPARE(results.at(0).locations, qint64(2));
        QCOMPARE(results.at(1).locations, qint64(1));
        QCOMPARE(results.at(3).locations, qint64(1));
        // The two snapshot files differ, so do their hashes; the same file twice does not.
        QVERIFY(model.index(5, ImportHistoryModel::Sha256Column).data() != model.index(3, ImportHistoryModel::Sha256Column).data());
        QCOMPARE(model.index(0, ImportHistoryModel::Sha256Column).data(), model.index(5, ImportHistoryModel::Sha256Column).data());

        // Counts are numbers, right-aligned; the text columns are not.
        for (int c = ImportHistoryModel::RecordsColumn; c <= ImportHistoryModel::SkippedColumn; ++c) {
            QCOMPARE(model.index(0, c).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
            QCOMPARE(model.index(0, c).data(Roles::SortRole).userType(), QMetaType::LongLong);
        }
        for (int c : {int(ImportHistoryModel::TimeColumn), int(ImportHistoryModel::FileColumn),
                      int(ImportHistoryModel::Sha256Column)})
            QCOMPARE(model.index(0, c).data(Qt::TextAlignmentRole), QVariant());
        // No other roles: the view draws them as text.
        QCOMPARE(model.index(0, ImportHistoryModel::FileColumn).data(Qt::DecorationRole), QVariant());
        QCOMPARE(model.index(0, ImportHistoryModel::FileColumn).data(Qt::ToolTipRole), QVariant());
    }

    // --keep-going: the skipped records are counted in their column; a file
    // that fails adds no row (all or nothing).
    void skippedAndFailed()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        ImportHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        ImportOptions keepGoing;
        keepGoing.keepGoing = true;
        const ImportResult mixed = Importer(db.database()).importFile(fixture(QStringLiteral("keepgoing_mixed.csv")), keepGoing);
        QVERIFY2(mixed.ok, qPrintable(mixed.error));
        QCOMPARE(mixed.skipped, qint64(3));
        model.setImports(RatingStore(db.database()).imports());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ImportHistoryModel::SkippedColumn).data().toLongLong(), qint64(3));
        QCOMPARE(model.index(0, ImportHistoryModel::RecordsColumn).data().toLongLong(), qint64(6));

        const ImportResult bad = Importer(db.database()).importFile(fixture(QStringLiteral("bad_date.csv")));
        QVERIFY(!bad.ok);
        model.setImports(RatingStore(db.database()).imports());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ImportHistoryModel::FileColumn).data().toString(), QStringLiteral("keepgoing_mixed.csv"));

        // Emptied (a new database): no rows, the columns stay.
        model.setImports({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ImportHistoryModel::ColumnCount));
        QVERIFY(!model.index(0, 0).isValid());
    }

    // Sorted through a proxy by the sort role: counts as numbers (9 before
    // 12, not after), the time by the instant; the tester watches the proxy
    // while the model below it reloads.
    void sortedThroughAProxy()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        ImportHistoryModel model;
        QSortFilterProxyModel sorted;
        sorted.setSortRole(Roles::SortRole);
        QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sorted.setSourceModel(&model);
        sorted.sort(ImportHistoryModel::RecordsColumn, Qt::AscendingOrder);

        QVector<qint64> records;
        for (const QString &file : {sample(QStringLiteral("location_RM317.json")), fixture(QStringLiteral("snapshot_2024-06.csv")),
                                    sample(QStringLiteral("location_1-545872379.json")),
                                    fixture(QStringLiteral("latest_locations_current.csv"))}) {
            const ImportResult r = Importer(db.database()).importFile(file);
            QVERIFY2(r.ok, qPrintable(r.error));
            records << r.records;
            model.setImports(RatingStore(db.database()).imports());
            QCOMPARE(sorted.rowCount(), records.size());
        }
        std::sort(records.begin(), records.end());
        QStringList expected;
        for (qint64 n : records)
            expected << QString::number(n);
        QCOMPARE(column(sorted, ImportHistoryModel::RecordsColumn), expected);
        // Numbers of different widths among them, so a text sort would differ.
        QVERIFY(QString::number(records.first()).size() < QString::number(records.last()).size());

        // By time, oldest first: the order of the imports (ties keep the
        // model's newest-first order, so compare the instants).
        sorted.sort(ImportHistoryModel::TimeColumn, Qt::AscendingOrder);
        QDateTime previous;
        for (int r = 0; r < sorted.rowCount(); ++r) {
            const QDateTime at = sorted.index(r, ImportHistoryModel::TimeColumn).data(Roles::SortRole).toDateTime();
            QVERIFY(at.isValid());
            QVERIFY(!previous.isValid() || previous <= at);
            previous = at;
        }
    }
};

QTEST_GUILESS_MAIN(TestImportHistoryModel)
#include "tst_importhistorymodel.moc"
