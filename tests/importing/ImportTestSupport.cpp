// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ImportTestSupport.h"
#include "RatingsSheetRows.h"

#include <core/RatingGrid.h>
#include <core/SubjectRatings.h>
#include <importing/Importer.h>
#include <storage/RatingStore.h>

#include <QFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace RatingsSheetRows;

namespace ImportTestSupport {

QString fixture(const QString &name) { return QStringLiteral(TR_FIXTURES_DIR "/") + name; }
QString sample(const QString &name) { return QStringLiteral(TR_SAMPLES_DIR "/") + name; }

ImportResult import(TestDatabase &db, const QString &path, ImportOptions options)
{
    return Importer(db.database()).importFile(path, options);
}

namespace {

// One observation as "provider|location|service|key question|rating|date|inherited".
QString factLine(const ObservationRecord &o)
{
    return QStringList{o.providerId, o.locationId, o.service, KeyQuestions::name(o.keyQuestion), o.rating.text(),
                       o.publicationDate.toString(Qt::ISODate), o.inheritedFrom}
        .join(QLatin1Char('|'));
}

} // namespace

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

GridCell gridCell(const Database &db, const Subject &subject, const QString &locationId, const QString &service,
                  KeyQuestion kq, const QDate &asOf)
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

namespace {

QString xmlEscaped(const QString &s) { return s.toHtmlEscaped(); }

} // namespace

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

QList<QStringList> readmeRows()
{
    return {{QStringLiteral("Care directory with ratings")},
            {QStringLiteral("Sheet"), QStringLiteral("What it holds")},
            {QStringLiteral("Locations"), QStringLiteral("one row per rating")}};
}

bool LatestRatingsOds::write()
{
    if (!m_dir.isValid())
        return false;
    m_path = m_dir.filePath(QStringLiteral("latest_ratings.ods"));
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
    return writeOds(m_path, contentXml({{QStringLiteral("README"), readmeRows()},
                                        {QStringLiteral("Locations"), locations},
                                        {QStringLiteral("Providers"), providers}}));
}

} // namespace ImportTestSupport
