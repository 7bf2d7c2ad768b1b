// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// Imports through Importer into real SQLite files: CQC's real API samples,
// the hand-written fixtures in fixtures/ (one quirk of CQC-DATA.md each, see
// fixtures/README.md) and .ods files built here with QuaZip. Every check
// reads back through RatingStore and RatingGrid, as the window does; every
// failure is checked for a message a user can act on and for a database
// left exactly as it was (TestDatabase::dump before and after).
#include <importing/Importer.h>
#include <core/RatingGrid.h>
#include <itemmodels/ProviderListModel.h>
#include <storage/RatingStore.h>
#include <core/Timeline.h>
#include <importing/SnapshotCollector.h>
#include "RatingsSheetRows.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace RatingsSheetRows;

namespace {

QString fixture(const QString &name) { return QStringLiteral(TR_FIXTURES_DIR "/") + name; }
QString sample(const QString &name) { return QStringLiteral(TR_SAMPLES_DIR "/") + name; }

// One observation as "provider|location|service|key question|rating|date|inherited".
QString factLine(const ObservationRecord &o)
{
    return QStringList{o.providerId, o.locationId, o.service, KeyQuestions::name(o.keyQuestion), o.rating.text(),
                       o.publicationDate.toString(Qt::ISODate), o.inheritedFrom}
        .join(QLatin1Char('|'));
}

// Every observation in the database, sorted: the facts, without the ids and
// import ids that depend on the order of imports.
QStringList facts(const Database &db)
{
    RatingStore store(db);
    QStringList out;
    for (const ProviderSummary &s : store.providerSummaries())
        for (const ObservationRecord &o : store.observationsOfProvider(s.provider.id))
            out << factLine(o);
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The grid cell a user sees for a row of a subject, as of a date (invalid: now).
GridCell gridCell(const Database &db, const Subject &subject, const QString &locationId, const QString &service,
                  KeyQuestion kq, const QDate &asOf = {})
{
    SubjectRatings r;
    if (!RatingStore(db).loadSubject(subject, &r))
        return {};
    const RatingGrid grid = RatingGrid::build(r, asOf);
    return grid.cell(grid.rowOf(locationId + QLatin1Char('\x1f') + service), kq);
}

ProviderRecord providerOf(const Database &db, const QString &id)
{
    ProviderRecord p;
    if (!RatingStore(db).provider(id, &p))
        p.id = QStringLiteral("<missing>");
    return p;
}

LocationRecord locationOf(const Database &db, const QString &id)
{
    LocationRecord l;
    if (!RatingStore(db).location(id, &l))
        l.id = QStringLiteral("<missing>");
    return l;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// --- .ods files built in the test (OpenDocument 1.2 spreadsheet) -----------

struct OdsSheet
{
    QString name;
    QList<QStringList> rows;
};

QString xmlEscaped(const QString &s) { return s.toHtmlEscaped(); }

// A cell "date:2020-07-03" becomes a date-typed cell, as LibreOffice writes
// dates; other cells are strings, one <text:p> per line.
QByteArray contentXml(const QList<OdsSheet> &sheets)
{
    QString x = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-content"
        " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\n"
        "<office:body><office:spreadsheet>\n");
    for (const OdsSheet &sheet : sheets) {
        x += QStringLiteral("<table:table table:name=\"%1\">\n").arg(xmlEscaped(sheet.name));
        for (const QStringList &row : sheet.rows) {
            x += QStringLiteral("<table:table-row>");
            for (const QString &cell : row) {
                if (cell.isEmpty()) {
                    x += QStringLiteral("<table:table-cell/>");
                } else if (cell.startsWith(QLatin1String("date:"))) {
                    const QDate d = QDate::fromString(cell.mid(5), Qt::ISODate);
                    x += QStringLiteral("<table:table-cell office:value-type=\"date\" office:date-value=\"%1\">"
                                        "<text:p>%2</text:p></table:table-cell>")
                             .arg(d.toString(Qt::ISODate), d.toString(QStringLiteral("dd/MM/yyyy")));
                } else {
                    x += QStringLiteral("<table:table-cell office:value-type=\"string\">");
                    for (const QString &line : cell.split(QLatin1Char('\n')))
                        x += QStringLiteral("<text:p>%1</text:p>").arg(xmlEscaped(line));
                    x += QStringLiteral("</table:table-cell>");
                }
            }
            x += QStringLiteral("</table:table-row>\n");
        }
        x += QStringLiteral("</table:table>\n");
    }
    x += QStringLiteral("</office:spreadsheet></office:body></office:document-content>\n");
    return x.toUtf8();
}

// A zip with the given entries, the first one stored (ODF wants "mimetype"
// first and uncompressed), the rest deflated.
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    bool first = true;
    for (const auto &entry : entries) {
        QuaZipFile out(&zip);
        const int method = first ? 0 : 8; // 0 stored, 8 deflated (Z_DEFLATED)
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.first), nullptr, 0, method))
            return false;
        if (out.write(entry.second) != entry.second.size())
            return false;
        out.close();
        if (out.getZipError() != 0)
            return false;
        first = false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

bool writeOds(const QString &path, const QByteArray &content)
{
    const QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\n"
        " <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\n"
        " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
        "</manifest:manifest>\n";
    return writeZip(path, {{QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet")},
                           {QStringLiteral("META-INF/manifest.xml"), manifest},
                           {QStringLiteral("content.xml"), content}});
}

const QString eastmere = QStringLiteral("Eastmere Hospitals NHS Trust");

} // namespace

class TstImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    // Files built in initTestCase.
    QString m_odsGood, m_odsUnknownSheets, m_odsBadRow, m_odsCut, m_xlsx, m_junk, m_bigCsv;

    static ImportResult import(TestDatabase &db, const QString &path, ImportOptions options = {})
    {
        return Importer(db.database()).importFile(path, options);
    }

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
        // CQC's samples, copied into tests/fixtures/cqc-samples.
        QVERIFY2(QFileInfo::exists(sample(QStringLiteral("location_1-5312102242.json"))),
                 qPrintable(QStringLiteral("CQC's samples are not at %1").arg(sample(QString()))));

        // README first (passed over), then Locations (a title row above the
        // header, a date-typed cell, a line break in a name), then Providers.
        QList<QStringList> locations = {{QStringLiteral("Latest ratings: Locations")}, locationsHeader()};
        locations << locationRow(QStringLiteral("RE901"), QStringLiteral("Eastmere General Hospital"),
                                 QStringLiteral("Overall"), QStringLiteral("Overall"), QStringLiteral("Good"),
                                 QStringLiteral("date:2020-07-03"), QStringLiteral("RE9"), eastmere)
                  << locationRow(QStringLiteral("RE901"), QStringLiteral("Eastmere General Hospital"),
                                 QStringLiteral("Overall"), QStringLiteral("Safe"),
                                 QStringLiteral("Requires improvement"), QStringLiteral("03/07/2020"),
                                 QStringLiteral("RE9"), eastmere)
                  << locationRow(QStringLiteral("RE902"), QStringLiteral("Fenwick Community\nHospital"),
                                 QStringLiteral("Surgery"), QStringLiteral("Overall"),
                                 QStringLiteral("Requires Improvement"), QStringLiteral("22/02/2023"),
                                 QStringLiteral("RE9"), eastmere, QStringLiteral("Y"));
        const QList<QStringList> providers = {
            providersHeader(),
            providerRow(QStringLiteral("RE9"), eastmere, QStringLiteral("Overall"), QStringLiteral("Overall"),
                        QStringLiteral("Requires improvement"), QStringLiteral("03/07/2020"))};
        const QList<QStringList> readme = {{QStringLiteral("Care directory with ratings")},
                                           {QStringLiteral("Sheet"), QStringLiteral("What it holds")},
                                           {QStringLiteral("Locations"), QStringLiteral("one row per rating")}};
        m_odsGood = m_tmp.filePath(QStringLiteral("latest_ratings.ods"));
        QVERIFY(writeOds(m_odsGood, contentXml({{QStringLiteral("README"), readme},
                                                {QStringLiteral("Locations"), locations},
                                                {QStringLiteral("Providers"), providers}})));

        m_odsUnknownSheets = m_tmp.filePath(QStringLiteral("unknown_sheets.ods"));
        QVERIFY(writeOds(m_odsUnknownSheets,
                         contentXml({{QStringLiteral("Notes"), readme},
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

        // Enough rows for Importer to ask the progress callback mid-file
        // (it asks every 2,000 records).
        m_bigCsv = m_tmp.filePath(QStringLiteral("big.csv"));
        QVERIFY(writeFile(m_bigCsv, bigLocationsCsv(5000)));
    }

    // ---- the real API samples ------------------------------------------------

    void realSamplesImport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("isLocation");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("overall"); // the grid's current Overall for the subject's own row
        const QDir dir(QStringLiteral(TR_SAMPLES_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        // Guards against an empty or moved samples folder passing silently.
        QVERIFY2(files.size() >= 10, qPrintable(dir.path()));
        struct Expected
        {
            const char *file, *id, *name, *overall;
            bool isLocation;
        };
        const Expected expected[] = {
            {"location_1-118563363.json", "1-118563363", "Royley House Care Home", "Good", true},
            {"location_1-4804318345.json", "1-4804318345", "Mediscan Centre", "Inadequate", true},
            {"location_1-545872379.json", "1-545872379", "Oldham Medical Services", "Good", true},
            // Deregistered, never rated: imports, with nothing to show.
            {"location_1-5312102242.json", "1-5312102242", "Franklin House Limited", "Good", true},
            {"location_5J501.json", "5J501", "Oldham PCT HQ", "", true},
            {"location_RM317.json", "RM317", "Royal Oldham Hospital", "Requires improvement", true},
            // "No published rating" without any date cannot be placed in time.
            {"location_RT203.json", "RT203", "Oldham Mental Health Services", "No published rating", true},
            {"location_RW603.json", "RW603", "The Royal Oldham Hospital", "Requires improvement", true},
            {"provider_1-101611810.json", "1-101611810", "Guinness Northern Counties Limited", "", false},
        };
        int rows = 0;
        for (const QString &file : files) {
            if (file == QLatin1String("locations.json") || file == QLatin1String("providers.json"))
                continue; // list responses: listResponsesAreRefused
            const Expected *e = nullptr;
            for (const Expected &candidate : expected)
                if (file == QLatin1String(candidate.file))
                    e = &candidate;
            QVERIFY2(e, qPrintable(QStringLiteral("a new sample without expectations: ") + file));
            QTest::newRow(qPrintable(file)) << dir.filePath(file) << e->isLocation << QString::fromUtf8(e->id)
                                            << QString::fromUtf8(e->name) << QString::fromUtf8(e->overall);
            ++rows;
        }
        QCOMPARE(rows, int(std::size(expected)));
    }

    // ---- what CQC says is current (DESIGN.md section 2) ----------------------

    void currentNonGradeOfTheApi()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QVERIFY(import(db, sample(QStringLiteral("location_1-4804318345.json"))).ok);
        const Subject mediscan = Subject::location(QStringLiteral("1-4804318345"));
        const QString id = mediscan.id;
        // currentRatings: Responsive "Insufficient evidence to rate" (2022-01-20) over Good (2019-01-29).
        const GridCell responsive = gridCell(db.database(), mediscan, id, QString(), KeyQuestion::Responsive);
        QCOMPARE(responsive.rating.text(), QStringLiteral("Insufficient evidence to rate"));
        QCOMPARE(responsive.date, QDate(2022, 1, 20));
        QCOMPARE(responsive.snapshotDate, QDate(2022, 1, 20));
        QCOMPARE(gridCell(db.database(), mediscan, id, QString(), KeyQuestion::Effective).rating.text(),
                 QStringLiteral("Inspected but not rated"));
        QCOMPARE(gridCell(db.database(), mediscan, id, QString(), KeyQuestion::Caring).rating.text(), QStringLiteral("Good"));
        // Before CQC's view of 2022-01-20 the grade stood.
        QCOMPARE(gridCell(db.database(), mediscan, id, QString(), KeyQuestion::Responsive, QDate(2021, 12, 1)).rating.text(),
                 QStringLiteral("Good"));
    }

    void undatedCurrentStatement()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QVERIFY(import(db, sample(QStringLiteral("location_RT203.json"))).ok);
        const Subject rt203 = Subject::location(QStringLiteral("RT203"));
        for (KeyQuestion kq : KeyQuestions::standard()) {
            const GridCell c = gridCell(db.database(), rt203, rt203.id, QString(), kq);
            QCOMPARE(c.rating.text(), QStringLiteral("No published rating"));
            QVERIFY(!c.date.isValid());
            QCOMPARE(c.snapshotDate, QDate(2014, 3, 5)); // the newest date in the response: its report
        }
    }

    void singleAssessmentFramework()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, sample(QStringLiteral("location_1-5312102242.json")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.newObservations, qint64(14)); // 8 from the 2019 and 2021 reports, 6 from the 2024 assessment
        const Subject franklin = Subject::location(QStringLiteral("1-5312102242"));
        // One assessment service group: its ratings are the location's own.
        const QHash<KeyQuestion, int> scores = {{KeyQuestion::Safe, 75}, {KeyQuestion::Effective, 75},
                                                {KeyQuestion::Caring, 70}, {KeyQuestion::Responsive, 75},
                                                {KeyQuestion::WellLed, 75}, {KeyQuestion::Overall, -1}};
        for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
            const GridCell c = gridCell(db.database(), franklin, franklin.id, QString(), it.key());
            QCOMPARE(c.rating.text(), QStringLiteral("Good"));
            QCOMPARE(c.date, QDate(2024, 8, 8));
            QCOMPARE(c.score, it.value());
            QCOMPARE(c.snapshotDate, QDate(2024, 8, 8));
        }
        QCOMPARE(gridCell(db.database(), franklin, franklin.id, QString(), KeyQuestion::Effective).assessmentStatus,
                 QStringLiteral("Not Assessed"));
        // Before the assessment, the 2019 report.
        QCOMPARE(gridCell(db.database(), franklin, franklin.id, QString(), KeyQuestion::Safe, QDate(2020, 1, 1)).date,
                 QDate(2019, 1, 18));
        // Quality statements, with CQC's scores, on the observation they explain.
        SubjectRatings ratings;
        QVERIFY(RatingStore(db.database()).loadSubject(franklin, &ratings));
        const ObservationRecord *caring = nullptr;
        for (const ObservationRecord &o : ratings.observations)
            if (o.keyQuestion == KeyQuestion::Caring && o.publicationDate == QDate(2024, 8, 8))
                caring = &o;
        QVERIFY(caring);
        QCOMPARE(caring->qualityStatements.size(), 5);
        bool independence = false;
        for (const QualityStatementRecord &q : caring->qualityStatements)
            if (q.id == QLatin1String("17")) {
                QCOMPARE(q.name, QStringLiteral("Independence, choice and control"));
                QCOMPARE(q.score, QStringLiteral("2 - Evidence shows some shortfalls in the standard of care"));
                QCOMPARE(q.status, QStringLiteral("Assessed"));
                independence = true;
            }
        QVERIFY(independence);
        // Importing it again adds nothing, current view included.
        const ImportResult again = import(db, sample(QStringLiteral("location_1-5312102242.json")));
        QVERIFY(again.ok);
        QCOMPARE(again.newObservations, qint64(0));
        QCOMPARE(again.snapshots, qint64(0));
    }

    void severalAssessmentServiceGroups()
    {
        // A location with two groups: a row per group, no location-level rating invented.
        QJsonObject p = QJsonDocument::fromJson(readAll(sample(QStringLiteral("location_1-5312102242.json")))).object();
        QJsonArray assessments = p.value(QLatin1String("assessment")).toArray();
        QVERIFY2(!assessments.isEmpty(), "the sample has no assessment");
        QJsonObject a = assessments.first().toObject();
        QJsonObject ratings = a.value(QLatin1String("ratings")).toObject();
        QJsonArray groups = ratings.value(QLatin1String("asgRatings")).toArray();
        QJsonObject second = groups.first().toObject();
        second.insert(QStringLiteral("name"), QStringLiteral("Homecare agencies"));
        second.insert(QStringLiteral("rating"), QStringLiteral("Requires improvement"));
        groups.append(second);
        ratings.insert(QStringLiteral("asgRatings"), groups);
        a.insert(QStringLiteral("ratings"), ratings);
        assessments.replace(0, a);
        p.insert(QStringLiteral("assessment"), assessments);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("two-groups.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(p).toJson());
        out.close();

        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QVERIFY(import(db, file).ok);
        const Subject franklin = Subject::location(QStringLiteral("1-5312102242"));
        QCOMPARE(gridCell(db.database(), franklin, franklin.id, QStringLiteral("Care Homes"), KeyQuestion::Overall).rating.text(),
                 QStringLiteral("Good"));
        QCOMPARE(gridCell(db.database(), franklin, franklin.id, QStringLiteral("Homecare agencies"), KeyQuestion::Overall)
                     .rating.text(),
                 QStringLiteral("Requires improvement"));
        QCOMPARE(gridCell(db.database(), franklin, franklin.id, QStringLiteral("Care Homes"), KeyQuestion::Caring).score, 70);
        QVERIFY(gridCell(db.database(), franklin, franklin.id, QString(), KeyQuestion::Overall).isEmpty());
    }

    void viewDateFromCqcFileName()
    {
        QCOMPARE(SnapshotCollector::dateFromFileName(QStringLiteral("01_September_2026_Latest_ratings.ods")), QDate(2026, 9, 1));
        QCOMPARE(SnapshotCollector::dateFromFileName(QStringLiteral("/x/04_January_2022_Latest_ratings_Locations.csv")),
                 QDate(2022, 1, 4));
        QCOMPARE(SnapshotCollector::dateFromFileName(QStringLiteral("01 April 2016 Latest ratings.xlsx")), QDate(2016, 4, 1));
        QVERIFY(!SnapshotCollector::dateFromFileName(QStringLiteral("latest_locations_current.csv")).isValid());
        QVERIFY(!SnapshotCollector::dateFromFileName(QStringLiteral("31_February_2026_Latest_ratings.ods")).isValid());

        // A file under CQC's name is dated by it; --snapshot-date overrides.
        QTemporaryDir dir;
        const QString named = dir.filePath(QStringLiteral("01_March_2023_Latest_ratings_Locations.csv"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("latest_locations_current.csv")), named));
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, named);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.snapshotDate, QDate(2023, 3, 1));
        QCOMPARE(gridCell(db.database(), Subject::location(QStringLiteral("RE901")), QStringLiteral("RE901"), QString(),
                          KeyQuestion::Overall).snapshotDate,
                 QDate(2023, 3, 1));
        ImportOptions options;
        options.snapshotDate = QDate(2024, 5, 6);
        const ImportResult overridden = import(db, named, options);
        QVERIFY2(overridden.ok, qPrintable(overridden.error));
        QCOMPARE(overridden.snapshotDate, QDate(2024, 5, 6));
        QCOMPARE(overridden.newObservations, qint64(0));
        QCOMPARE(overridden.snapshots, qint64(2)); // the same cells, as CQC's view of another date
        QCOMPARE(gridCell(db.database(), Subject::location(QStringLiteral("RE901")), QStringLiteral("RE901"), QString(),
                          KeyQuestion::Overall).snapshotDate,
                 QDate(2024, 5, 6));
    }

    // A trust named by no imported file (location payloads, or a Locations
    // sheet without the Providers sheet).
    void trustKnownOnlyThroughItsLocations()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QVERIFY(import(db, sample(QStringLiteral("location_RM317.json"))).ok);
        ProviderListModel list;
        list.setProviders(RatingStore(db.database()).providerSummaries());
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.index(0, ProviderListModel::NameColumn).data().toString(),
                 QStringLiteral("RM3 (name not in the imported data)"));
        QVERIFY(list.index(0, ProviderListModel::NameColumn).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("Providers sheet")));
        QCOMPARE(list.index(0, ProviderListModel::RegionColumn).data().toString(), QStringLiteral("North West"));

        SubjectRatings ratings;
        QVERIFY(RatingStore(db.database()).loadSubject(Subject::provider(QStringLiteral("RM3")), &ratings));
        QVERIFY(!ratings.nameKnown);
        QCOMPARE(ratings.name, QStringLiteral("RM3 (name not in the imported data)"));
        // The timeline is drawn from its location's own ratings.
        Timeline timeline;
        timeline.setSubject(ratings);
        QVERIFY(timeline.isFromLocations());
        QVERIFY(!timeline.isEmpty());
        QCOMPARE(timeline.columns().last().date, QDate(2022, 12, 22));
        QVERIFY(timeline.description().contains(QStringLiteral("its locations' own ratings")));
    }

    void realSamplesImport()
    {
        QFETCH(QString, file);
        QFETCH(bool, isLocation);
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, overall);
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.format, ImportFormat::ApiJson);
        QCOMPARE(r.records, 1);
        QCOMPARE(r.skipped, 0);
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r.newObservations, RatingStore(db.database()).stats().ratings);
        Subject subject;
        if (isLocation) {
            QCOMPARE(locationOf(db.database(), id).name, name);
            QCOMPARE(r.locations, 1);
            subject = Subject::location(id);
        } else {
            QCOMPARE(providerOf(db.database(), id).name, name);
            QCOMPARE(r.locations, 0);
            subject = Subject::provider(id);
        }
        QCOMPARE(r.providers, 1);
        QCOMPARE(gridCell(db.database(), subject, isLocation ? id : QString(), QString(), KeyQuestion::Overall)
                     .rating.text(),
                 overall);
    }

    // Royal Oldham Hospital: the facts CQC-DATA.md 4b and 4c spell out.
    void royalOldhamHospital()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, sample(QStringLiteral("location_RM317.json")));
        QVERIFY2(r.ok, qPrintable(r.error));

        const LocationRecord l = locationOf(db.database(), QStringLiteral("RM317"));
        QCOMPARE(l.name, QStringLiteral("Royal Oldham Hospital"));
        QCOMPARE(l.providerId, QStringLiteral("RM3"));
        QCOMPARE(l.registrationStatus, QStringLiteral("Registered"));
        QCOMPARE(l.predecessorId, QStringLiteral("RW603"));
        QCOMPARE(l.predecessorName, QStringLiteral("The Royal Oldham Hospital"));
        QCOMPARE(l.predecessorReason, QStringLiteral("NHS Transfer"));
        QCOMPARE(l.inspectionCategory, QStringLiteral("Acute hospital - NHS non-specialist"));
        // The location payload names its provider by ID only.
        QCOMPARE(providerOf(db.database(), QStringLiteral("RM3")).id, QStringLiteral("RM3"));

        const Subject rm317 = Subject::location(QStringLiteral("RM317"));
        const QString rm = QStringLiteral("RM317");
        const QDate reportDate(2021, 2, 10);
        // The 2022-12-22 focused inspection published "Inspected but not
        // rated" for the location's own row: kept, but the 2021 grades stay.
        const GridCell overall = gridCell(db.database(), rm317, rm, QString(), KeyQuestion::Overall);
        QCOMPARE(overall.rating.text(), QStringLiteral("Requires improvement"));
        QCOMPARE(overall.date, reportDate);
        QCOMPARE(overall.laterNonGrade.text(), QStringLiteral("Inspected but not rated"));
        QCOMPARE(overall.laterNonGradeDate, QDate(2022, 12, 22));
        // The 2021 report was on the predecessor registration; its ratings
        // are inherited from RW603, the overall as much as its key questions.
        QCOMPARE(overall.inheritedFrom, QStringLiteral("RW603"));
        const QList<QPair<KeyQuestion, QString>> keyQuestions = {
            {KeyQuestion::Safe, QStringLiteral("Requires improvement")},
            {KeyQuestion::Effective, QStringLiteral("Good")},
            {KeyQuestion::Caring, QStringLiteral("Good")},
            {KeyQuestion::Responsive, QStringLiteral("Requires improvement")},
            {KeyQuestion::WellLed, QStringLiteral("Good")},
        };
        for (const auto &kq : keyQuestions) {
            const GridCell c = gridCell(db.database(), rm317, rm, QString(), kq.first);
            QCOMPARE(c.rating.text(), kq.second);
            QCOMPARE(c.date, reportDate);
            QCOMPARE(c.inheritedFrom, QStringLiteral("RW603"));
            QCOMPARE(c.laterNonGrade.text(), QStringLiteral("Inspected but not rated"));
        }
        // The non-grade is stored as an observation of its own.
        const QVector<ObservationRecord> obs = RatingStore(db.database()).observationsOfLocation(rm);
        const bool hasFocused = std::any_of(obs.cbegin(), obs.cend(), [](const ObservationRecord &o) {
            return o.service.isEmpty() && o.keyQuestion == KeyQuestion::Overall
                && o.publicationDate == QDate(2022, 12, 22) && o.rating.text() == QLatin1String("Inspected but not rated")
                && o.rating.grade() == Grade::NotAGrade;
        });
        QVERIFY(hasFocused);

        // Services are named from the payload's inspectionAreas.
        const GridCell maternity = gridCell(db.database(), rm317, rm, QStringLiteral("Maternity"), KeyQuestion::Overall);
        QCOMPARE(maternity.rating.text(), QStringLiteral("Requires improvement"));
        QCOMPARE(maternity.date, QDate(2022, 12, 22));
        QVERIFY(maternity.inheritedFrom.isEmpty()); // RM317's own inspection
        // The superseded area, last rated 2018-03-01: history, not a current
        // rating; CQC still showed it before its view of 2022-12-22.
        QVERIFY(gridCell(db.database(), rm317, rm, QStringLiteral("Maternity and gynaecology"), KeyQuestion::Overall)
                    .isEmpty());
        QCOMPARE(gridCell(db.database(), rm317, rm, QStringLiteral("Maternity and gynaecology"), KeyQuestion::Overall,
                          QDate(2022, 6, 1))
                     .rating.text(),
                 QStringLiteral("Good"));
        const GridCell life = gridCell(db.database(), rm317, rm, QStringLiteral("End of life care"), KeyQuestion::Overall);
        QCOMPARE(life.rating.text(), QStringLiteral("Outstanding"));
        QCOMPARE(life.inheritedFrom, QStringLiteral("RW603"));
        // A non-grade with no grade before it shows as the text it is.
        const GridCell outpatientsEffective = gridCell(db.database(), rm317, rm,
                                                       QStringLiteral("Outpatients and diagnostic imaging"),
                                                       KeyQuestion::Effective);
        QCOMPARE(outpatientsEffective.rating.text(), QStringLiteral("Insufficient evidence to rate"));
        QVERIFY(!outpatientsEffective.rating.isGrade());
        // No row is named by a raw area ID.
        SubjectRatings ratings;
        QVERIFY(RatingStore(db.database()).loadSubject(rm317, &ratings));
        const RatingGrid grid = RatingGrid::build(ratings, {});
        for (const GridRow &row : grid.rows())
            QVERIFY2(!QStringList({QStringLiteral("npimaternity"), QStringLiteral("care"), QStringLiteral("urgent")})
                          .contains(row.service),
                     qPrintable(row.service));
        // As of 2017 the grid shows the predecessor's 2016 inspection.
        QCOMPARE(gridCell(db.database(), rm317, rm, QString(), KeyQuestion::Overall, QDate(2017, 1, 1)).rating.text(),
                 QStringLiteral("Inadequate"));
    }

    void predecessorAndSuccessorTogether()
    {
        // RW603 (the predecessor registration, under provider RW6) and RM317
        // in one database: two locations, two providers, each with its own history.
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        for (const QString &f : {QStringLiteral("location_RW603.json"), QStringLiteral("location_RM317.json")}) {
            const ImportResult r = import(db, sample(f));
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        QCOMPARE(locationOf(db.database(), QStringLiteral("RW603")).providerId, QStringLiteral("RW6"));
        QCOMPARE(locationOf(db.database(), QStringLiteral("RM317")).providerId, QStringLiteral("RM3"));
        QCOMPARE(RatingStore(db.database()).locationsOf(QStringLiteral("RM3")).size(), 1);
        QCOMPARE(RatingStore(db.database()).locationsOf(QStringLiteral("RW6")).size(), 1);
    }

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

    // ---- repeated and combined imports ------------------------------------------

    void reimportAddsNothingButAnImportRow()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString file = sample(QStringLiteral("location_RM317.json"));
        const ImportResult first = import(db, file);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.newObservations > 100);
        const QStringList factsAfterFirst = facts(db.database());
        const ImportResult second = import(db, file);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.newObservations, 0);
        QCOMPARE(second.records, 1);
        QCOMPARE(facts(db.database()), factsAfterFirst);
        const QVector<ImportRecord> imports = RatingStore(db.database()).imports();
        QCOMPARE(imports.size(), 2);
        QCOMPARE(imports.at(0).newObservations, first.newObservations);
        QCOMPARE(imports.at(1).newObservations, 0);
        QCOMPARE(imports.at(1).sha256, imports.at(0).sha256);
    }

    void reimportCsvAddsNothing()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString file = fixture(QStringLiteral("latest_locations_current.csv"));
        QVERIFY(import(db, file).ok);
        const ImportResult again = import(db, file);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.newObservations, 0);
        QCOMPARE(again.records, 11);
        QCOMPARE(RatingStore(db.database()).stats().ratings, 11);
        QCOMPARE(RatingStore(db.database()).stats().imports, 2);
    }

    void monthlySnapshotsInEitherOrder()
    {
        const QString june = fixture(QStringLiteral("snapshot_2024-06.csv"));
        const QString july = fixture(QStringLiteral("snapshot_2024-07.csv"));
        TestDatabase forward(TestDatabase::Empty), backward(TestDatabase::Empty);
        QVERIFY2(forward.isOpen() && backward.isOpen(), qPrintable(forward.error() + backward.error()));
        const ImportResult f1 = import(forward, june), f2 = import(forward, july);
        const ImportResult b1 = import(backward, july), b2 = import(backward, june);
        QVERIFY2(f1.ok && f2.ok && b1.ok && b2.ok, qPrintable(f1.error + f2.error + b1.error + b2.error));
        // July re-states RE902's row: only RE901's new report is new.
        QCOMPARE(f1.newObservations, 3);
        QCOMPARE(f2.newObservations, 2);
        QCOMPARE(b1.newObservations, 3);
        QCOMPARE(b2.newObservations, 2);
        const QStringList expected = sorted({
            QStringLiteral("RE9|RE901||Overall|Good|2020-07-03|"),
            QStringLiteral("RE9|RE901||Safe|Requires improvement|2020-07-03|"),
            QStringLiteral("RE9|RE901||Overall|Requires improvement|2024-06-14|"),
            QStringLiteral("RE9|RE901||Safe|Requires improvement|2024-06-14|"),
            QStringLiteral("RE9|RE902||Overall|Requires improvement|2023-02-22|"),
        });
        QCOMPARE(facts(forward.database()), expected);
        QCOMPARE(facts(backward.database()), expected);
        // The grid goes by publication date, not by import order.
        for (TestDatabase *db : {&forward, &backward}) {
            const GridCell c = gridCell(db->database(), Subject::location(QStringLiteral("RE901")),
                                        QStringLiteral("RE901"), QString(), KeyQuestion::Overall);
            QCOMPARE(c.rating.text(), QStringLiteral("Requires improvement"));
            QCOMPARE(c.date, QDate(2024, 6, 14));
        }
    }

    void laterFileNamesTheProvider_data()
    {
        QTest::addColumn<QString>("namingFile");
        QTest::newRow("provider payload") << fixture(QStringLiteral("api_provider_trust.json"));
        QTest::newRow("Providers sheet") << fixture(QStringLiteral("latest_providers.csv"));
    }

    void laterFileNamesTheProvider()
    {
        QFETCH(QString, namingFile);
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString location = fixture(QStringLiteral("api_location.json"));
        ImportResult r = import(db, location);
        QVERIFY2(r.ok, qPrintable(r.error));
        // A location payload knows its provider only by ID.
        ProviderRecord p = providerOf(db.database(), QStringLiteral("RE9"));
        QCOMPARE(p.id, QStringLiteral("RE9"));
        QVERIFY2(p.name.isEmpty(), qPrintable(p.name));
        QCOMPARE(locationOf(db.database(), QStringLiteral("RE901")).providerId, QStringLiteral("RE9"));

        r = import(db, namingFile);
        QVERIFY2(r.ok, qPrintable(r.error));
        p = providerOf(db.database(), QStringLiteral("RE9"));
        QCOMPARE(p.name, eastmere);
        QCOMPARE(p.type, QStringLiteral("NHS Healthcare Organisation"));
        QCOMPARE(p.inspectionCategory, QStringLiteral("Acute hospital - NHS non-specialist"));
        QCOMPARE(p.region, QStringLiteral("East of England"));
        QCOMPARE(p.url, QStringLiteral("https://www.cqc.org.uk/provider/RE9"));

        // A later location payload, still naming the provider by ID only,
        // does not blank out what is known.
        r = import(db, location);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(providerOf(db.database(), QStringLiteral("RE9")).name, eastmere);
        // The location keeps its provider.
        QCOMPARE(RatingStore(db.database()).locationsOf(QStringLiteral("RE9")).size(), 1);
    }

    // ---- the bundled sample ---------------------------------------------------

    void firstRealImportRemovesTheSample()
    {
        TestDatabase db(TestDatabase::WithSample);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QCOMPARE(providerOf(db.database(), QStringLiteral("RJ2")).id, QStringLiteral("RJ2"));
        QVERIFY(RatingStore(db.database()).holdsOnlySample());

        const ImportResult r = import(db, fixture(QStringLiteral("api_location.json")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.removedSample);
        QVERIFY2(r.summaryLine().contains(QLatin1String("sample")), qPrintable(r.summaryLine()));
        QCOMPARE(providerOf(db.database(), QStringLiteral("RJ2")).id, QStringLiteral("<missing>"));
        QCOMPARE(providerOf(db.database(), QStringLiteral("RXY")).id, QStringLiteral("<missing>"));
        QCOMPARE(locationOf(db.database(), QStringLiteral("RJ224")).id, QStringLiteral("<missing>"));
        const DatabaseStats s = RatingStore(db.database()).stats();
        QCOMPARE(s.providers, 1);
        QCOMPARE(s.locations, 1);
        QCOMPARE(s.ratings, r.newObservations);
        const QVector<ImportRecord> imports = RatingStore(db.database()).imports();
        QCOMPARE(imports.size(), 1);
        QVERIFY(!imports.first().isSample);
        QVERIFY(!RatingStore(db.database()).holdsOnlySample());

        // Only the first real import does it.
        const ImportResult second = import(db, fixture(QStringLiteral("api_array.json")));
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(!second.removedSample);
        QCOMPARE(RatingStore(db.database()).stats().locations, 3);
    }

    void failedImportKeepsTheSample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("cancel");
        QTest::newRow("bad record") << fixture(QStringLiteral("bad_date.csv")) << false;
        QTest::newRow("list response") << sample(QStringLiteral("locations.json")) << false;
        QTest::newRow("cancelled") << fixture(QStringLiteral("latest_locations_current.csv")) << true;
    }

    void failedImportKeepsTheSample()
    {
        QFETCH(QString, file);
        QFETCH(bool, cancel);
        TestDatabase db(TestDatabase::WithSample);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QByteArray before = db.dump();
        ImportOptions options;
        if (cancel)
            options.progress = [](qint64, double) { return false; };
        const ImportResult r = import(db, file, options);
        QVERIFY(!r.ok);
        QCOMPARE(r.cancelled, cancel);
        QCOMPARE(db.dump(), before);
        QCOMPARE(providerOf(db.database(), QStringLiteral("RJ2")).name, QStringLiteral("Lewisham and Greenwich NHS Trust"));
        QVERIFY(RatingStore(db.database()).holdsOnlySample());
        // Nothing was removed, so the result must not say so.
        QVERIFY(!r.removedSample);
    }

    // ---- Latest ratings sheets as CSV --------------------------------------

    void csvLayouts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<qint64>("providers");
        QTest::addColumn<qint64>("locations");
        QTest::addColumn<QStringList>("expected");

        const QString re901 = QStringLiteral("RE9|RE901|");
        QTest::newRow("Locations, current 28 columns")
            << fixture(QStringLiteral("latest_locations_current.csv")) << qint64(11) << qint64(1) << qint64(2)
            << sorted({re901 + QStringLiteral("|Overall|Good|2020-07-03|"),
                       re901 + QStringLiteral("|Safe|Requires improvement|2020-07-03|"),
                       re901 + QStringLiteral("|Effective|Good|2020-07-03|"),
                       re901 + QStringLiteral("|Caring|Outstanding|2020-07-03|"),
                       re901 + QStringLiteral("|Responsive|Good|2020-07-03|"),
                       re901 + QStringLiteral("|Well-led|Good|2020-07-03|"),
                       re901 + QStringLiteral("Surgery|Overall|Good|2020-07-03|"),
                       re901 + QStringLiteral("Surgery|Safe|Requires improvement|2020-07-03|"),
                       re901 + QStringLiteral("Critical care|Overall|Outstanding|2019-01-10|"),
                       QStringLiteral("RE9|RE902||Overall|Requires improvement|2023-02-22|"),
                       QStringLiteral("RE9|RE902||Safe|Inadequate|2023-02-22|")});
        const QString hill = QStringLiteral("1-2000000001|1-1000000001||");
        QTest::newRow("Locations, 2016-2019 layout with Key Question")
            << fixture(QStringLiteral("latest_locations_2017_layout.csv")) << qint64(7) << qint64(2) << qint64(2)
            << sorted({hill + QStringLiteral("Overall|Good|2016-07-14|"),
                       hill + QStringLiteral("Safe|Requires improvement|2016-07-14|"),
                       hill + QStringLiteral("Effective|Good|2016-07-14|"),
                       hill + QStringLiteral("Caring|Good|2016-07-14|"),
                       hill + QStringLiteral("Responsive|Good|2016-07-14|"),
                       hill + QStringLiteral("Well-led|Good|2016-07-14|"),
                       re901 + QStringLiteral("|Overall|Requires improvement|2016-03-01|")});
        const QString re9 = QStringLiteral("RE9||");
        const QString rv7 = QStringLiteral("RV7||");
        QTest::newRow("Providers sheet")
            << fixture(QStringLiteral("latest_providers.csv")) << qint64(11) << qint64(2) << qint64(0)
            << sorted({re9 + QStringLiteral("|Overall|Requires improvement|2020-07-03|"),
                       re9 + QStringLiteral("|Safe|Requires improvement|2020-07-03|"),
                       re9 + QStringLiteral("|Effective|Good|2020-07-03|"),
                       re9 + QStringLiteral("|Caring|Good|2020-07-03|"),
                       re9 + QStringLiteral("|Responsive|Requires improvement|2020-07-03|"),
                       re9 + QStringLiteral("|Well-led|Good|2020-07-03|"),
                       re9 + QStringLiteral("Community health services for adults|Overall|Outstanding|2020-07-03|"),
                       rv7 + QStringLiteral("|Overall|Good|2017-04-12|"),
                       rv7 + QStringLiteral("|Safe|Requires improvement|2017-04-12|"),
                       rv7 + QStringLiteral("|Caring|Outstanding|2017-04-12|"),
                       rv7 + QStringLiteral("Forensic inpatient or secure wards|Overall|Outstanding|2017-04-12|")});
    }

    void csvLayouts()
    {
        QFETCH(QString, file);
        QFETCH(qint64, records);
        QFETCH(qint64, providers);
        QFETCH(qint64, locations);
        QFETCH(QStringList, expected);
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.format, ImportFormat::RatingsCsv);
        QCOMPARE(r.records, records);
        QCOMPARE(r.providers, providers);
        QCOMPARE(r.locations, locations);
        QCOMPARE(r.skipped, 0);
        QCOMPARE(r.newObservations, qint64(expected.size()));
        QCOMPARE(facts(db.database()), expected);
    }

    void csvOrganisationFields()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        for (const char *f : {"latest_locations_current.csv", "latest_providers.csv", "latest_locations_2017_layout.csv"}) {
            const ImportResult r = import(db, fixture(QLatin1String(f)));
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        const LocationRecord l = locationOf(db.database(), QStringLiteral("RE901"));
        QCOMPARE(l.name, QStringLiteral("Eastmere General Hospital"));
        QCOMPARE(l.providerId, QStringLiteral("RE9"));
        QCOMPARE(l.type, QStringLiteral("NHS Healthcare Organisation"));
        QCOMPARE(l.inspectionCategory, QStringLiteral("Acute hospital - NHS non-specialist"));
        QCOMPARE(l.region, QStringLiteral("East of England"));
        QCOMPARE(l.address, QStringLiteral("1 Harbour Road, Eastmere"));
        QCOMPARE(l.postcode, QStringLiteral("EM1 2AB"));
        QCOMPARE(l.url, QStringLiteral("https://www.cqc.org.uk/location/RE901"));
        const ProviderRecord rv7 = providerOf(db.database(), QStringLiteral("RV7"));
        QCOMPARE(rv7.name, QStringLiteral("Valebridge Mental Health NHS Trust"));
        QCOMPARE(rv7.inspectionCategory, QStringLiteral("Mental health - community & residential - NHS"));
        QCOMPARE(rv7.region, QStringLiteral("South East"));
        QCOMPARE(rv7.url, QStringLiteral("https://www.cqc.org.uk/provider/RV7"));
        const LocationRecord hill = locationOf(db.database(), QStringLiteral("1-1000000001"));
        QCOMPARE(hill.name, QStringLiteral("Hillside House"));
        QCOMPARE(hill.type, QStringLiteral("Social Care Org"));
        QCOMPARE(hill.inspectionCategory, QStringLiteral("Residential social care"));
        QCOMPARE(providerOf(db.database(), QStringLiteral("1-2000000001")).name, QStringLiteral("Hillside Care Ltd"));
        // The trust's own rows and its trust-level core service.
        const Subject re9 = Subject::provider(QStringLiteral("RE9"));
        QCOMPARE(gridCell(db.database(), re9, QString(), QString(), KeyQuestion::Overall).rating.text(),
                 QStringLiteral("Requires improvement"));
        QCOMPARE(gridCell(db.database(), re9, QString(), QStringLiteral("Community health services for adults"),
                          KeyQuestion::Overall)
                     .rating.text(),
                 QStringLiteral("Outstanding"));
        QCOMPARE(gridCell(db.database(), re9, QStringLiteral("RE901"), QStringLiteral("Critical care"),
                          KeyQuestion::Overall)
                     .date,
                 QDate(2019, 1, 10));
    }

    // The same two facts, however the sheet was saved.
    void csvQuirks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("UTF-8 BOM") << fixture(QStringLiteral("quirk_bom.csv"));
        QTest::newRow("CRLF") << fixture(QStringLiteral("quirk_crlf.csv"));
        QTest::newRow("title lines before the header") << fixture(QStringLiteral("quirk_preamble.csv"));
        QTest::newRow("columns in another order") << fixture(QStringLiteral("quirk_column_order.csv"));
    }

    void csvQuirks()
    {
        QFETCH(QString, file);
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.format, ImportFormat::RatingsCsv);
        QCOMPARE(r.records, 2);
        QCOMPARE(r.locations, 1); // the Locations sheet, not mistaken for the Providers sheet
        QCOMPARE(facts(db.database()), sorted({QStringLiteral("RE9|RE901||Overall|Good|2020-07-03|"),
                                                 QStringLiteral("RE9|RE901||Safe|Requires improvement|2020-07-03|")}));
        const LocationRecord l = locationOf(db.database(), QStringLiteral("RE901"));
        QCOMPARE(l.name, QStringLiteral("Eastmere General Hospital"));
        QCOMPARE(l.postcode, QStringLiteral("EM1 2AB"));
        QCOMPARE(l.url, QStringLiteral("https://www.cqc.org.uk/location/RE901"));
        QCOMPARE(providerOf(db.database(), QStringLiteral("RE9")).name, eastmere);
    }

    void csvQuotedFields()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("quirk_quoting.csv")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.records, 3);
        const LocationRecord stMarys = locationOf(db.database(), QStringLiteral("RE901"));
        QCOMPARE(stMarys.name, QStringLiteral("St Mary's Hospital, Eastmere"));
        QCOMPARE(stMarys.address, QStringLiteral("Unit 4, Harbour Road, Eastmere"));
        QCOMPARE(locationOf(db.database(), QStringLiteral("RE902")).name, QStringLiteral("The \"Harbour\" Wing"));
        QCOMPARE(locationOf(db.database(), QStringLiteral("RE903")).name, QStringLiteral("Eastmere Birth\nCentre"));
        QCOMPARE(providerOf(db.database(), QStringLiteral("RE9")).name,
                 QStringLiteral("Eastmere Hospitals NHS Trust, \"Acute\" Division"));
        QCOMPARE(RatingStore(db.database()).stats().ratings, 3);
    }

    void csvCapitalIIsNormalised()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("quirk_capital_i.csv")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(facts(db.database()), sorted({QStringLiteral("RE9|RE901||Overall|Requires improvement|2020-07-03|"),
                                                 QStringLiteral("RE9|RE901||Safe|Requires improvement|2020-07-03|"),
                                                 QStringLiteral("RE9|RE901||Caring|Good|2020-07-03|")}));
        const GridCell c = gridCell(db.database(), Subject::location(QStringLiteral("RE901")), QStringLiteral("RE901"),
                                    QString(), KeyQuestion::Overall);
        QCOMPARE(c.rating.grade(), Grade::RequiresImprovement);
    }

    void csvNonGradesKeptAsText()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("quirk_non_grades.csv")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(facts(db.database()),
                 sorted({QStringLiteral("RE9|RE901||Overall|Inspected but not rated|2022-12-22|"),
                         QStringLiteral("RE9|RE901||Safe|Insufficient evidence to rate|2022-12-22|"),
                         QStringLiteral("RE9|RE902||Overall|Not Rated|2025-04-01|"),
                         QStringLiteral("RE9|RE903||Overall|No published rating|2021-05-15|")}));
        for (const ObservationRecord &o : RatingStore(db.database()).observationsOfProvider(QStringLiteral("RE9")))
            QCOMPARE(o.rating.grade(), Grade::NotAGrade);

        // A row of the file is the current value, non-grade or not: importing
        // an older file afterwards (its view dated 2023-02-22, this one's
        // 2025-04-01) does not bring the older grade back; the newest view wins.
        QVERIFY(import(db, fixture(QStringLiteral("latest_locations_current.csv"))).ok);
        const Subject re901 = Subject::location(QStringLiteral("RE901"));
        const GridCell c = gridCell(db.database(), re901, QStringLiteral("RE901"), QString(), KeyQuestion::Overall);
        QCOMPARE(c.rating.text(), QStringLiteral("Inspected but not rated"));
        QCOMPARE(c.date, QDate(2022, 12, 22));
        QCOMPARE(c.snapshotDate, QDate(2025, 4, 1));
        const GridCell then = gridCell(db.database(), re901, QStringLiteral("RE901"), QString(), KeyQuestion::Overall,
                                       QDate(2024, 1, 1));
        QCOMPARE(then.rating.text(), QStringLiteral("Good"));
        QCOMPARE(then.date, QDate(2020, 7, 3));
        QCOMPARE(then.snapshotDate, QDate(2023, 2, 22));
    }

    void csvInheritedFlag()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("quirk_inherited.csv")));
        QVERIFY2(r.ok, qPrintable(r.error));
        // The sheet says only that a rating is inherited, not from whom: "Y".
        QCOMPARE(facts(db.database()), sorted({QStringLiteral("RE9|RE901||Overall|Good|2020-07-03|Y"),
                                                 QStringLiteral("RE9|RE901||Safe|Good|2020-07-03|"),
                                                 QStringLiteral("RE9|RE902||Overall|Requires improvement|2023-02-22|")}));
        QVERIFY(gridCell(db.database(), Subject::location(QStringLiteral("RE901")), QStringLiteral("RE901"), QString(),
                         KeyQuestion::Overall)
                    .isInherited());
    }

    // ---- CQC API JSON -------------------------------------------------------

    void apiShapes_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one object") << QStringList{fixture(QStringLiteral("api_location.json"))} << qint64(1)
                                    << sorted({QStringLiteral("RE9|RE901||Overall|Good|2020-07-03|"),
                                               QStringLiteral("RE9|RE901||Safe|Requires improvement|2020-07-03|"),
                                               QStringLiteral("RE9|RE901||Effective|Good|2020-07-03|"),
                                               QStringLiteral("RE9|RE901||Caring|Outstanding|2020-07-03|"),
                                               QStringLiteral("RE9|RE901||Responsive|Good|2020-07-03|"),
                                               QStringLiteral("RE9|RE901||Well-led|Good|2020-07-03|"),
                                               QStringLiteral("RE9|RE901|Surgery|Overall|Good|2020-07-03|"),
                                               QStringLiteral("RE9|RE901|Surgery|Caring|Good|2020-07-03|"),
                                               QStringLiteral("RE9|RE901|Surgery|Safe|Requires improvement|2020-07-03|")});
        QTest::newRow("array of two") << QStringList{fixture(QStringLiteral("api_array.json"))} << qint64(2)
                                      << sorted({QStringLiteral("RE9|RE902||Overall|Requires improvement|2023-02-22|"),
                                                 QStringLiteral("RE9|RE902||Safe|Inadequate|2023-02-22|"),
                                                 QStringLiteral("RE9|RE903||Overall|Outstanding|2022-05-05|"),
                                                 QStringLiteral("RE9|RE903||Caring|Outstanding|2022-05-05|")});
        QTest::newRow("NDJSON, three lines") << QStringList{fixture(QStringLiteral("api_lines.ndjson"))} << qint64(3)
                                             << sorted({QStringLiteral("RE9|RE904||Overall|Good|2021-09-09|"),
                                                        QStringLiteral("RE9|RE905||Overall|Requires improvement|2019-11-11|"),
                                                        QStringLiteral("RV7|RV701||Overall|Good|2017-04-12|")});
        QStringList missing;
        QTest::newRow("folder with subfolders")
            << Importer::expandPaths({fixture(QStringLiteral("api_dir"))}, &missing) << qint64(3)
            << sorted({QStringLiteral("RE9|RE906||Overall|Good|2018-08-08|"),
                       QStringLiteral("RE9|RE907||Overall|Outstanding|2019-09-19|"),
                       QStringLiteral("RE9|RE907|Dialysis services|Overall|Outstanding|2019-09-19|"),
                       QStringLiteral("RV7|||Overall|Good|2017-04-12|")});
    }

    void apiShapes()
    {
        QFETCH(QStringList, paths);
        QFETCH(qint64, records);
        QFETCH(QStringList, expected);
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        qint64 read = 0;
        for (const QString &path : paths) {
            const ImportResult r = import(db, path);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.format, ImportFormat::ApiJson);
            read += r.records;
        }
        QCOMPARE(read, records);
        QCOMPARE(facts(db.database()), expected);
    }

    void expandPathsSearchesFolders()
    {
        QStringList missing;
        const QString dir = fixture(QStringLiteral("api_dir"));
        const QString gone = fixture(QStringLiteral("no_such_file.json"));
        const QStringList files = Importer::expandPaths({dir, gone, fixture(QStringLiteral("api_location.json"))}, &missing);
        QCOMPARE(missing, QStringList{gone + QStringLiteral(": no such file or folder")});
        QStringList names;
        for (const QString &f : files)
            names << QDir(QStringLiteral(TR_FIXTURES_DIR)).relativeFilePath(f);
        // notes.txt is not an import format; the subfolders are searched.
        QCOMPARE(sorted(names), sorted({QStringLiteral("api_dir/RE906.json"), QStringLiteral("api_dir/nested/RE907.json"),
                                        QStringLiteral("api_dir/nested/deeper/provider_RV7.json"),
                                        QStringLiteral("api_location.json")}));
    }

    void apiProviderWithUseOfResources()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("api_provider_trust.json")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.providers, 1);
        QCOMPARE(r.locations, 0);
        const QString re9 = QStringLiteral("RE9|||");
        QCOMPARE(facts(db.database()),
                 sorted({re9 + QStringLiteral("Overall|Requires improvement|2020-07-03|"),
                         re9 + QStringLiteral("Safe|Requires improvement|2020-07-03|"),
                         re9 + QStringLiteral("Effective|Good|2020-07-03|"),
                         re9 + QStringLiteral("Caring|Good|2020-07-03|"),
                         re9 + QStringLiteral("Responsive|Requires improvement|2020-07-03|"),
                         re9 + QStringLiteral("Well-led|Good|2020-07-03|"),
                         re9 + QStringLiteral("Use of resources|Requires improvement|2020-07-03|"),
                         re9 + QStringLiteral("Combined quality and use of resources|Requires improvement|2020-07-03|"),
                         re9 + QStringLiteral("Overall|Requires improvement|2019-01-10|"),
                         re9 + QStringLiteral("Safe|Requires improvement|2019-01-10|"),
                         re9 + QStringLiteral("Effective|Requires improvement|2019-01-10|"),
                         re9 + QStringLiteral("Caring|Good|2019-01-10|"),
                         re9 + QStringLiteral("Responsive|Requires improvement|2019-01-10|"),
                         re9 + QStringLiteral("Well-led|Requires improvement|2019-01-10|"),
                         re9 + QStringLiteral("Use of resources|Good|2019-01-10|"),
                         re9 + QStringLiteral("Combined quality and use of resources|Requires improvement|2019-01-10|"),
                         QStringLiteral("RE9||Community health services for adults|Overall|Outstanding|2017-08-01|"),
                         QStringLiteral("RE9||Community health services for adults|Caring|Outstanding|2017-08-01|")}));
        const ProviderRecord p = providerOf(db.database(), QStringLiteral("RE9"));
        QCOMPARE(p.name, eastmere);
        QCOMPARE(p.type, QStringLiteral("NHS Healthcare Organisation"));
        QCOMPARE(p.region, QStringLiteral("East of England"));
        // The trust's grid gains the two trust-only columns.
        SubjectRatings ratings;
        QVERIFY(RatingStore(db.database()).loadSubject(Subject::provider(QStringLiteral("RE9")), &ratings));
        const RatingGrid grid = RatingGrid::build(ratings, {});
        QVERIFY(grid.columns().contains(KeyQuestion::UseOfResources));
        QVERIFY(grid.columns().contains(KeyQuestion::Combined));
        QCOMPARE(grid.cell(0, KeyQuestion::UseOfResources).rating.text(), QStringLiteral("Requires improvement"));
    }

    void apiNumbersAsStrings()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("api_numbers_as_strings.json")));
        QVERIFY2(r.ok, qPrintable(r.error));
        const LocationRecord l = locationOf(db.database(), QStringLiteral("RE909"));
        QCOMPARE(l.name, QStringLiteral("Eastmere Hospice Unit"));
        // "primary": true (a JSON boolean, where CQC sends the string "true").
        QCOMPARE(l.inspectionCategory, QStringLiteral("Acute hospital - NHS non-specialist"));
        QCOMPARE(facts(db.database()), sorted({QStringLiteral("RE9|RE909||Overall|Good|2021-01-15|"),
                                                 QStringLiteral("RE9|RE909||Safe|Good|2021-01-15|")}));
    }

    void apiHistoricQuirks()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("api_historic_quirks.json")));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString own = QStringLiteral("RE9|RE908||");
        const QStringList expected = sorted({
            // historicRatings[4]: an overall without key questions
            own + QStringLiteral("Overall|Good|2017-01-01|"),
            // [3] and [2]: two entries on one date
            own + QStringLiteral("Overall|Inadequate|2019-05-01|"),
            own + QStringLiteral("Overall|Requires improvement|2019-05-01|"),
            own + QStringLiteral("Safe|Inadequate|2019-05-01|"),
            // currentRatings, key questions in the order Well-led, Responsive, Safe, Effective, Caring
            own + QStringLiteral("Overall|Good|2021-03-01|"),
            own + QStringLiteral("Well-led|Outstanding|2021-03-01|"),
            own + QStringLiteral("Responsive|Requires improvement|2021-03-01|"),
            own + QStringLiteral("Effective|Good|2021-03-01|"),
            own + QStringLiteral("Caring|Outstanding|2021-03-01|"),
            // [0]: newer than the current overall
            own + QStringLiteral("Overall|Inspected but not rated|2023-05-10|"),
            own + QStringLiteral("Safe|Inspected but not rated|2023-05-10|"),
            // services: named by the payload's inspectionAreas ("npigynae"),
            // by the built-in table ("critical"), or left as the ID ("xyzunit")
            QStringLiteral("RE9|RE908|Gynaecology|Overall|Good|2021-03-01|"),
            QStringLiteral("RE9|RE908|Gynaecology|Safe|Good|2021-03-01|"),
            QStringLiteral("RE9|RE908|Gynaecology|Caring|Outstanding|2021-03-01|"),
            QStringLiteral("RE9|RE908|Critical care|Overall|Requires improvement|2019-05-01|"),
            QStringLiteral("RE9|RE908|xyzunit|Overall|Good|2017-01-01|"),
        });
        QCOMPARE(facts(db.database()), expected);
        // Facts that appear twice in the payload are stored once.
        QCOMPARE(r.newObservations, qint64(expected.size()));

        const Subject re908 = Subject::location(QStringLiteral("RE908"));
        const QString id = QStringLiteral("RE908");
        const GridCell overall = gridCell(db.database(), re908, id, QString(), KeyQuestion::Overall);
        QCOMPARE(overall.rating.text(), QStringLiteral("Good"));
        QCOMPARE(overall.date, QDate(2021, 3, 1));
        QCOMPARE(overall.laterNonGrade.text(), QStringLiteral("Inspected but not rated"));
        // A key question keeps its own, older date.
        const GridCell safe = gridCell(db.database(), re908, id, QString(), KeyQuestion::Safe);
        QCOMPARE(safe.rating.text(), QStringLiteral("Inadequate"));
        QCOMPARE(safe.date, QDate(2019, 5, 1));
        // Matched by name, not by position.
        QCOMPARE(gridCell(db.database(), re908, id, QString(), KeyQuestion::WellLed).rating.text(),
                 QStringLiteral("Outstanding"));
        QCOMPARE(gridCell(db.database(), re908, id, QString(), KeyQuestion::Responsive).rating.text(),
                 QStringLiteral("Requires improvement"));
        // Of the two entries on 2019-05-01, the one listed first (newest first) wins.
        QCOMPARE(gridCell(db.database(), re908, id, QString(), KeyQuestion::Overall, QDate(2019, 5, 1)).rating.text(),
                 QStringLiteral("Requires improvement"));
        QCOMPARE(gridCell(db.database(), re908, id, QString(), KeyQuestion::Overall, QDate(2018, 12, 31)).rating.text(),
                 QStringLiteral("Good"));
        QVERIFY(gridCell(db.database(), re908, id, QString(), KeyQuestion::Safe, QDate(2018, 12, 31)).isEmpty());
    }

    // ---- Latest ratings .ods ------------------------------------------------

    void odsWithReadmeSheet()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, m_odsGood);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.format, ImportFormat::RatingsOds);
        QCOMPARE(r.records, 4);
        QCOMPARE(r.providers, 1);
        QCOMPARE(r.locations, 2);
        QCOMPARE(facts(db.database()),
                 sorted({QStringLiteral("RE9|RE901||Overall|Good|2020-07-03|"),
                         QStringLiteral("RE9|RE901||Safe|Requires improvement|2020-07-03|"),
                         QStringLiteral("RE9|RE902|Surgery|Overall|Requires improvement|2023-02-22|Y"),
                         QStringLiteral("RE9|||Overall|Requires improvement|2020-07-03|")}));
        QCOMPARE(locationOf(db.database(), QStringLiteral("RE902")).name, QStringLiteral("Fenwick Community\nHospital"));
        QCOMPARE(providerOf(db.database(), QStringLiteral("RE9")).name, eastmere);
    }

    // ---- malformed input: one clear line, nothing written ------------------

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

    // ---- --keep-going ---------------------------------------------------------

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

    // ---- cancelling ----------------------------------------------------------

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

    // ---- the imports table ----------------------------------------------------

    void importIsRecorded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<qint64>("providers");
        QTest::addColumn<qint64>("locations");
        QTest::addColumn<qint64>("views");
        QTest::addColumn<QString>("viewsAsOf");
        QTest::newRow("csv") << fixture(QStringLiteral("latest_locations_current.csv")) << QStringLiteral("ratings-csv")
                             << qint64(11) << qint64(1) << qint64(2) << qint64(2) << QStringLiteral(" (as of 2023-02-22)");
        QTest::newRow("json") << fixture(QStringLiteral("api_array.json")) << QStringLiteral("api-json") << qint64(2)
                              << qint64(1) << qint64(2) << qint64(2) << QString();
        // Two locations and the provider's own rows of the Providers sheet.
        QTest::newRow("ods") << QString() << QStringLiteral("ratings-ods") << qint64(4) << qint64(1) << qint64(2)
                             << qint64(3) << QStringLiteral(" (as of 2023-02-22)");
    }

    void importIsRecorded()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(qint64, records);
        QFETCH(qint64, providers);
        QFETCH(qint64, locations);
        QFETCH(qint64, views);
        QFETCH(QString, viewsAsOf);
        if (file.isEmpty())
            file = m_odsGood;
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
        const ImportResult r = import(db, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QDateTime finished = QDateTime::currentDateTimeUtc().addSecs(1);
        const QVector<ImportRecord> imports = RatingStore(db.database()).imports();
        QCOMPARE(imports.size(), 1);
        const ImportRecord &i = imports.first();
        QCOMPARE(i.fileName, QFileInfo(file).fileName());
        QCOMPARE(i.sha256, QString::fromLatin1(QCryptographicHash::hash(readAll(file), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(i.format, format);
        QCOMPARE(i.records, records);
        QCOMPARE(i.newObservations, r.newObservations);
        QCOMPARE(i.providers, providers);
        QCOMPARE(i.locations, locations);
        QCOMPARE(i.skipped, 0);
        QVERIFY(!i.isSample);
        QVERIFY2(i.importedAt >= started && i.importedAt <= finished, qPrintable(i.importedAt.toString(Qt::ISODate)));
        // Every observation points at this import.
        for (const ObservationRecord &o : RatingStore(db.database()).observationsOfProvider(QStringLiteral("RE9")))
            QCOMPARE(o.importId, i.id);
        QCOMPARE(r.summaryLine(),
                 QStringLiteral("%1: %2, %3 records, %4 new observations, %5 providers, %6 locations, 0 skipped,"
                                " %7 current views%8")
                     .arg(QDir::toNativeSeparators(file), format)
                     .arg(records)
                     .arg(r.newObservations)
                     .arg(providers)
                     .arg(locations)
                     .arg(views)
                     .arg(viewsAsOf));
    }

    // ---- forcing a format ------------------------------------------------------

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
            file = m_odsGood;
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

QTEST_GUILESS_MAIN(TstImport)
#include "tst_import.moc"
