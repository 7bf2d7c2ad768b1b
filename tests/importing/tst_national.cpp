// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// Two months of CQC's Latest ratings at small national scale, made by trgen
// (tests/generator), imported into real SQLite files in both orders. The
// sheets are CQC's current view on the date in their file names (DESIGN.md
// section 2), so after both imports the grid of every location and trust
// must be the newer file cell for cell today, and the older file cell for
// cell as of the older file's date: month 2 replaces grades with current
// non-grades, drops services CQC no longer lists and re-rates trusts, and
// none of that may leak into, or be hidden by, the other month.
#include <importing/Importer.h>
#include <core/RatingGrid.h>
#include <storage/RatingStore.h>
#include "StrictCsv.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QDate MonthOneView(2026, 10, 1);
const QDate MonthTwoView(2026, 11, 1);

QString monthFile(int month, const QString &suffix)
{
    return (month == 1 ? QStringLiteral("01_October_2026_Latest_ratings") : QStringLiteral("01_November_2026_Latest_ratings"))
        + suffix;
}

// "service|key question" -> "rating|date|inherited" of one organisation
// (a location, or a trust's own rows); the service of an organisation's own
// ratings is empty.
using Cells = QMap<QString, QString>;
using CellsById = QMap<QString, Cells>;

QString cellKey(const QString &service, const QString &kq) { return service + QLatin1Char('|') + kq; }
QString cellValue(const QString &rating, const QDate &date, bool inherited)
{
    return rating + QLatin1Char('|') + date.toString(Qt::ISODate) + (inherited ? QStringLiteral("|inherited") : QString());
}

// A sheet as the organisations' cells, read with the independent strict
// reader (not the importer's).
struct Sheet
{
    CellsById cells;
    QMap<QString, QString> providerOfLocation;
    QString error;
};

Sheet readSheet(const QString &path, int idColumn, int serviceColumn, int providerColumn)
{
    Sheet sheet;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        sheet.error = path + QStringLiteral(": ") + f.errorString();
        return sheet;
    }
    const StrictCsv::Result csv = StrictCsv::parse(f.readAll(), ',', StrictCsv::LineEnd::CRLF);
    if (!csv.ok || csv.rows.size() < 2) {
        sheet.error = path + QStringLiteral(": ") + csv.error;
        return sheet;
    }
    const QStringList &header = csv.rows.first();
    const int domain = int(header.indexOf(QStringLiteral("Domain")));
    const int rating = int(header.indexOf(QStringLiteral("Latest Rating")));
    const int date = int(header.indexOf(QStringLiteral("Publication Date")));
    const int inherited = int(header.indexOf(QStringLiteral("Inherited Rating (Y/N)")));
    if (header.value(idColumn).isEmpty() || domain < 0 || rating < 0 || date < 0 || inherited < 0) {
        sheet.error = path + QStringLiteral(": not the sheet layout of CQC-DATA.md 1a/1b");
        return sheet;
    }
    for (qsizetype i = 1; i < csv.rows.size(); ++i) {
        const QStringList &row = csv.rows.at(i);
        const QString service = row.at(serviceColumn) == QLatin1String("Overall") ? QString() : row.at(serviceColumn);
        sheet.cells[row.at(idColumn)].insert(
            cellKey(service, row.at(domain)),
            cellValue(row.at(rating), QDate::fromString(row.at(date), QStringLiteral("dd/MM/yyyy")),
                      row.at(inherited) == QLatin1String("Y")));
        if (providerColumn >= 0)
            sheet.providerOfLocation.insert(row.at(idColumn), row.at(providerColumn));
    }
    return sheet;
}

Sheet locationsSheet(const QString &dir, int month)
{
    return readSheet(QDir(dir).filePath(monthFile(month, QStringLiteral("_Locations.csv"))), 0, 17, 24);
}

Sheet providersSheet(const QString &dir, int month)
{
    return readSheet(QDir(dir).filePath(monthFile(month, QStringLiteral("_Providers.csv"))), 0, 12, -1);
}

// What the window's grid shows for one organisation of `subject` as of a
// date (invalid: today): the rows of `locationId` (empty: the provider's own),
// in the sheets' six key questions (Use of resources is API-only).
Cells gridCells(const Database &db, const Subject &subject, const QString &locationId, const QDate &asOf)
{
    SubjectRatings ratings;
    if (!RatingStore(db).loadSubject(subject, &ratings))
        return {{QStringLiteral("<load failed>"), subject.id}};
    const RatingGrid grid = RatingGrid::build(ratings, asOf);
    Cells cells;
    for (int r = 0; r < grid.rows().size(); ++r) {
        const GridRow &row = grid.rows().at(r);
        if (row.locationId != locationId)
            continue;
        for (KeyQuestion kq : grid.columns()) {
            if (kq == KeyQuestion::UseOfResources || kq == KeyQuestion::Combined)
                continue;
            const GridCell cell = grid.cell(r, kq);
            if (!cell.isEmpty())
                cells.insert(cellKey(row.service, KeyQuestions::name(kq)),
                             cellValue(cell.rating.text(), cell.date, cell.isInherited()));
        }
    }
    return cells;
}

// The first differences between what a sheet lists and what the grid shows,
// for the failure message; empty when they agree.
QStringList differences(const QString &who, const Cells &expected, const Cells &shown)
{
    QStringList out;
    QStringList keys = expected.keys() + shown.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : keys) {
        if (expected.value(key) != shown.value(key))
            out << QStringLiteral("%1 %2: sheet '%3', grid '%4'").arg(who, key, expected.value(key), shown.value(key));
    }
    return out;
}

// Every location of `sheet`, and every trust of `trusts`, against the grid.
QStringList compareAll(const Database &db, const Sheet &locations, const Sheet &trusts, const QDate &asOf)
{
    QStringList out;
    for (auto it = locations.cells.cbegin(); it != locations.cells.cend() && out.size() < 20; ++it)
        out += differences(it.key(), it.value(), gridCells(db, Subject::location(it.key()), it.key(), asOf));
    for (auto it = trusts.cells.cbegin(); it != trusts.cells.cend() && out.size() < 20; ++it)
        out += differences(it.key(), it.value(), gridCells(db, Subject::provider(it.key()), QString(), asOf));
    return out;
}

bool isNonGrade(const QString &value)
{
    static const QStringList grades{QStringLiteral("Outstanding"), QStringLiteral("Good"),
                                    QStringLiteral("Requires improvement"), QStringLiteral("Inadequate")};
    return !grades.contains(value.section(QLatin1Char('|'), 0, 0));
}

} // namespace

class TestNational : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    Sheet m_locations[3];   // [month]
    Sheet m_trusts[3];

    QString dataFile(int month, const QString &suffix) const { return m_data.filePath(monthFile(month, suffix)); }

    static void runTrgen(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(TR_TRGEN), args);
        QVERIFY2(p.waitForFinished(300000), "trgen did not finish");
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
    }

    // Month 1 and month 2's two sheets, in that or the reverse order.
    static void importMonths(TestDatabase &db, const QStringList &files)
    {
        for (const QString &file : files) {
            const ImportResult r = Importer(db.database()).importFile(file);
            QVERIFY2(r.ok, qPrintable(r.error));
        }
    }

    QStringList monthFiles(int month) const
    {
        return {dataFile(month, QStringLiteral("_Providers.csv")), dataFile(month, QStringLiteral("_Locations.csv"))};
    }

    // Every observation as its identity and fields, in a stable order; ids
    // and import ids left out, as they follow the order of imports.
    static QStringList observations(const TestDatabase &db)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT o.provider_id, COALESCE(o.location_id, ''), COALESCE(s.name, ''),"
                                   " o.key_question, o.rating, o.publication_date, o.report_link_id,"
                                   " o.inherited_from, COALESCE(o.score, -1), o.assessment_status"
                                   " FROM observations o LEFT JOIN services s ON s.id = o.service_id"
                                   " ORDER BY 1, 2, 3, 4, 6, 5")))
            return {q.lastError().text()};
        QStringList rows;
        while (q.next()) {
            QStringList fields;
            for (int c = 0; c < 10; ++c)
                fields << q.value(c).toString();
            rows << fields.join(QLatin1Char('|'));
        }
        return rows;
    }

    static QStringList observationIndexes(const TestDatabase &db)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index'"
                                   " AND tbl_name = 'observations' AND sql IS NOT NULL ORDER BY name")))
            return {q.lastError().text()};
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        // A fifth of the locations and trusts change in month 2, so that even
        // this small set has current non-grades and dropped services.
        const QStringList common{QStringLiteral("--out"), m_data.path(), QStringLiteral("--providers"),
                                 QStringLiteral("300"), QStringLiteral("--locations"), QStringLiteral("600"),
                                 QStringLiteral("--change-percent"), QStringLiteral("20")};
        runTrgen(common + QStringList{QStringLiteral("--month"), QStringLiteral("1"), QStringLiteral("--formats"),
                                      QStringLiteral("csv")});
        runTrgen(common + QStringList{QStringLiteral("--month"), QStringLiteral("2"), QStringLiteral("--formats"),
                                      QStringLiteral("csv,ods,json")});
        for (int month : {1, 2}) {
            m_locations[month] = locationsSheet(m_data.path(), month);
            QVERIFY2(m_locations[month].error.isEmpty(), qPrintable(m_locations[month].error));
            m_trusts[month] = providersSheet(m_data.path(), month);
            QVERIFY2(m_trusts[month].error.isEmpty(), qPrintable(m_trusts[month].error));
        }
    }

    // The data really holds what this suite is about; otherwise the grid
    // comparisons below would pass on the old rules as well.
    void monthTwoChangesWhatCqcShows()
    {
        int nonGradesOverGrades = 0, droppedServices = 0, changedTrusts = 0;
        for (auto it = m_locations[2].cells.cbegin(); it != m_locations[2].cells.cend(); ++it) {
            const Cells before = m_locations[1].cells.value(it.key());
            for (auto cell = it.value().cbegin(); cell != it.value().cend(); ++cell) {
                if (before.contains(cell.key()) && !isNonGrade(before.value(cell.key())) && isNonGrade(cell.value()))
                    ++nonGradesOverGrades;
            }
            QSet<QString> servicesBefore, servicesNow;
            for (const QString &key : before.keys())
                servicesBefore.insert(key.section(QLatin1Char('|'), 0, 0));
            for (const QString &key : it.value().keys())
                servicesNow.insert(key.section(QLatin1Char('|'), 0, 0));
            droppedServices += int((servicesBefore - servicesNow).size());
        }
        for (auto it = m_trusts[2].cells.cbegin(); it != m_trusts[2].cells.cend(); ++it)
            changedTrusts += m_trusts[1].cells.value(it.key()) != it.value() ? 1 : 0;
        QVERIFY2(nonGradesOverGrades > 0, "month 2 has no current non-grade over a month-1 grade");
        QVERIFY2(droppedServices > 0, "month 2 drops no core service");
        QVERIFY2(changedTrusts > 0, "month 2 re-rates no trust");
        QVERIFY(m_locations[2].cells.size() > m_locations[1].cells.size()); // new registrations
    }

    void gridIsEachMonthsView_data()
    {
        QTest::addColumn<bool>("newerFirst");
        QTest::newRow("month 1, then month 2") << false;
        QTest::newRow("month 2, then month 1") << true;
    }

    void gridIsEachMonthsView()
    {
        QFETCH(bool, newerFirst);
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        importMonths(db, newerFirst ? monthFiles(2) + monthFiles(1) : monthFiles(1) + monthFiles(2));

        const QStringList today = compareAll(db.database(), m_locations[2], m_trusts[2], QDate());
        QVERIFY2(today.isEmpty(), qPrintable(today.join(QLatin1Char('\n'))));
        const QStringList onNovemberFirst = compareAll(db.database(), m_locations[2], m_trusts[2], MonthTwoView);
        QVERIFY2(onNovemberFirst.isEmpty(), qPrintable(onNovemberFirst.join(QLatin1Char('\n'))));
        const QStringList monthOne = compareAll(db.database(), m_locations[1], m_trusts[1], MonthOneView);
        QVERIFY2(monthOne.isEmpty(), qPrintable(monthOne.join(QLatin1Char('\n'))));
    }

    // A location that only month 2 lists has no rated row as of month 1.
    void newLocationsAreNotRatedBeforeTheirFirstReport()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        importMonths(db, monthFiles(1) + monthFiles(2));
        int fresh = 0;
        for (auto it = m_locations[2].cells.cbegin(); it != m_locations[2].cells.cend(); ++it) {
            if (m_locations[1].cells.contains(it.key()))
                continue;
            ++fresh;
            QCOMPARE(gridCells(db.database(), Subject::location(it.key()), it.key(), MonthOneView), Cells());
        }
        QVERIFY(fresh > 0);
    }

    // A sheet into an empty database builds the observations' indexes once
    // at the end and tells duplicates apart in memory meanwhile: the result
    // is the database an import into a non-empty one gives, indexes and all,
    // and a row the file repeats is one observation.
    void firstImportIntoAnEmptyDatabaseIsTheSame()
    {
        const QString locations = dataFile(1, QStringLiteral("_Locations.csv"));
        const QString providers = dataFile(1, QStringLiteral("_Providers.csv"));
        TestDatabase fresh(TestDatabase::Empty), filled(TestDatabase::Empty);
        QVERIFY2(fresh.isOpen() && filled.isOpen(), qPrintable(fresh.error() + filled.error()));
        const QStringList schemaIndexes = observationIndexes(fresh);
        QCOMPARE(schemaIndexes.size(), 3); // identity, by location, the provider's own
        importMonths(fresh, {locations, providers}); // locations first: into nothing
        importMonths(filled, {providers, locations}); // locations into a database with rows
        QCOMPARE(observationIndexes(fresh), schemaIndexes);
        const QStringList rows = observations(fresh);
        QVERIFY(rows.size() > 1000);
        QCOMPARE(rows, observations(filled));

        // The file with one rating row twice, into an empty database.
        QFile in(locations);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArrayList lines = in.readAll().split('\n');
        QVERIFY(lines.size() > 3);
        lines.insert(3, lines.at(2));
        const QString doubled = m_data.filePath(QStringLiteral("doubled_Latest_ratings_Locations.csv"));
        QFile out(doubled);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join('\n'));
        out.close();
        TestDatabase twice(TestDatabase::Empty), once(TestDatabase::Empty);
        const ImportResult withRepeat = Importer(twice.database()).importFile(doubled);
        QVERIFY2(withRepeat.ok, qPrintable(withRepeat.error));
        const ImportResult plain = Importer(once.database()).importFile(locations);
        QVERIFY2(plain.ok, qPrintable(plain.error));
        QCOMPARE(withRepeat.records, plain.records + 1);
        QCOMPARE(withRepeat.newObservations, plain.newObservations);
        QCOMPARE(observations(twice), observations(once));
        QCOMPARE(observationIndexes(twice), schemaIndexes);
    }

    void reimportAddsNothing()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        importMonths(db, monthFiles(1) + monthFiles(2));
        for (const QString &file : monthFiles(2) + monthFiles(1)) {
            const ImportResult again = Importer(db.database()).importFile(file);
            QVERIFY2(again.ok, qPrintable(again.error));
            QCOMPARE(again.newObservations, qint64(0));
            QCOMPARE(again.snapshots, qint64(0));
        }
        const QStringList today = compareAll(db.database(), m_locations[2], m_trusts[2], QDate());
        QVERIFY2(today.isEmpty(), qPrintable(today.join(QLatin1Char('\n'))));
    }

    // The same month as CQC's .ods and as API payloads shows the same grid
    // as its CSV sheets.
    void otherFormatsShowTheSameView_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow(".ods") << dataFile(2, QStringLiteral(".ods"));
        QTest::newRow("API payloads") << m_data.filePath(QStringLiteral("api-month2.ndjson"));
    }

    void otherFormatsShowTheSameView()
    {
        QFETCH(QString, file);
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = Importer(db.database()).importFile(file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.snapshots > 0);
        const QStringList today = compareAll(db.database(), m_locations[2], m_trusts[2], QDate());
        QVERIFY2(today.isEmpty(), qPrintable(today.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestNational)
#include "tst_national.moc"
