// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// trgen: writes a deterministic, national-scale, CQC-shaped data set (the
// monthly "Latest ratings" sheets as CSV and .ods, and API payloads as
// NDJSON) for the importer's tests and benchmarks.

#include "ApiJsonWriter.h"
#include "ChangesTruth.h"
#include "CsvSheetWriter.h"
#include "NationalGenerator.h"
#include "OdsWriter.h"
#include "SheetWriters.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace Gen;

namespace {

bool parseInt(const QCommandLineParser &parser, const QString &name, int min, int max, int *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("--%1 must be an integer from %2 to %3").arg(name).arg(min).arg(max);
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trgen"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes deterministic synthetic CQC ratings data: the Locations and Providers sheets as CSV\n"
        "and .ods, and API /providers and /locations payloads as NDJSON. The same arguments\n"
        "always give byte-identical files."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("out"), QStringLiteral("Output directory (created if missing)."), QStringLiteral("dir")},
        {QStringLiteral("providers"), QStringLiteral("Number of providers (default 25000)."), QStringLiteral("n")},
        {QStringLiteral("locations"), QStringLiteral("Number of locations in month 1 (default 50000)."), QStringLiteral("m")},
        {QStringLiteral("month"), QStringLiteral("1, or 2 for month 1 plus new inspections (default 1)."), QStringLiteral("1|2")},
        {QStringLiteral("change-percent"), QStringLiteral("Month 2: percentage of locations re-inspected (default 3)."), QStringLiteral("p")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("s")},
        {QStringLiteral("formats"), QStringLiteral("Comma-separated subset of csv,ods,json (default all)."), QStringLiteral("list")},
        {QStringLiteral("truth"), QStringLiteral("Month 2: also write the cells it changed against month 1 to this CSV."),
         QStringLiteral("file")},
    });
    parser.process(app);

    if (!parser.isSet(QStringLiteral("out"))) {
        err << "trgen: --out DIR is required\n";
        return 2;
    }
    NationalGenerator::Options options;
    QString error;
    if (!parseInt(parser, QStringLiteral("providers"), 1, 10000000, &options.providers, &error)
        || !parseInt(parser, QStringLiteral("locations"), 1, 20000000, &options.locations, &error)
        || !parseInt(parser, QStringLiteral("month"), 1, 2, &options.month, &error)
        || !parseInt(parser, QStringLiteral("change-percent"), 0, 100, &options.changePercent, &error)) {
        err << "trgen: " << error << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            err << "trgen: --seed must be a non-negative integer\n";
            return 2;
        }
    }
    const QString truthPath = parser.value(QStringLiteral("truth"));
    if (!truthPath.isEmpty() && options.month != 2) {
        err << "trgen: --truth lists month 2's changes; give --month 2\n";
        return 2;
    }
    bool wantCsv = true, wantOds = true, wantJson = true;
    if (parser.isSet(QStringLiteral("formats"))) {
        wantCsv = wantOds = wantJson = false;
        const QStringList formats = parser.value(QStringLiteral("formats")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &f : formats) {
            const QString format = f.trimmed().toLower();
            if (format == QLatin1String("csv"))
                wantCsv = true;
            else if (format == QLatin1String("ods"))
                wantOds = true;
            else if (format == QLatin1String("json"))
                wantJson = true;
            else {
                err << "trgen: unknown format '" << f << "' (use csv, ods, json)\n";
                return 2;
            }
        }
    }

    const QString dirPath = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(dirPath)) {
        err << "trgen: cannot create " << dirPath << '\n';
        return 1;
    }
    const QDir dir(dirPath);
    // CQC's own file names: the importer dates each sheet's current view by
    // the date in the name. Month 1 is CQC's view of 1 October 2026 (no
    // report after that day), month 2 that of 1 November 2026. Written with
    // fixed English month names, whatever the locale.
    const QString stem = options.month == 1 ? QStringLiteral("01_October_2026_Latest_ratings")
                                            : QStringLiteral("01_November_2026_Latest_ratings");
    const QString locationsCsv = dir.filePath(stem + QStringLiteral("_Locations.csv"));
    const QString providersCsv = dir.filePath(stem + QStringLiteral("_Providers.csv"));
    const QString odsPath = dir.filePath(stem + QStringLiteral(".ods"));
    // API payloads are dated by their content, not by a file name.
    const QString jsonPath = dir.filePath(QStringLiteral("api-month%1.ndjson").arg(options.month));

    QElapsedTimer timer;
    timer.start();
    NationalGenerator gen(options);
    gen.generate();
    const qint64 modelMs = timer.elapsed();
    const qint64 monthOneLocations = qint64(gen.locations().size()) - gen.newLocations();
    if (monthOneLocations != options.locations) {
        // Every provider has at least one location and each trust its fixed
        // sites, so a small --locations cannot always be met.
        err << "trgen: warning: " << options.locations << " locations are too few for " << options.providers
            << " providers; month 1 has " << monthOneLocations << '\n';
    }

    qint64 locationRows = 0, providerRows = 0;
    if (wantCsv || wantOds) {
        CsvSheetWriter csv({{QStringLiteral("Locations"), locationsCsv}, {QStringLiteral("Providers"), providersCsv}});
        OdsWriter ods;
        std::vector<SheetSink *> sinks;
        if (wantCsv)
            sinks.push_back(&csv);
        if (wantOds) {
            if (!ods.open(odsPath)) {
                err << "trgen: " << ods.errorString() << '\n';
                return 1;
            }
            sinks.push_back(&ods);
        }
        locationRows = writeLocationsSheet(gen, sinks);
        providerRows = locationRows < 0 ? -1 : writeProvidersSheet(gen, sinks);
        if (locationRows < 0 || providerRows < 0 || (wantOds && !ods.close())) {
            for (SheetSink *sink : sinks) {
                if (!sink->errorString().isEmpty())
                    err << "trgen: " << sink->errorString() << '\n';
            }
            return 1;
        }
    }
    ApiCounts api;
    if (wantJson && !writeApiNdjson(gen, jsonPath, &api, &error)) {
        err << "trgen: " << error << '\n';
        return 1;
    }

    // The truth file compares with month 1 as the same arguments make it.
    qint64 truthRows = -1;
    if (!truthPath.isEmpty()) {
        NationalGenerator::Options monthOneOptions = options;
        monthOneOptions.month = 1;
        NationalGenerator monthOne(monthOneOptions);
        monthOne.generate();
        CsvSheetWriter truth({{QStringLiteral("Changes"), truthPath}});
        truthRows = writeChangesTruth(monthOne, gen, &truth);
        if (truthRows < 0) {
            err << "trgen: " << truth.errorString() << '\n';
            return 1;
        }
    }

    // A summary for people and scripts; not part of the data.
    qint64 nhs = 0;
    for (const Provider &p : gen.providers())
        nhs += isNhs(p.kind) ? 1 : 0;
    out << "trgen: seed " << options.seed << ", month " << options.month << '\n'
        << "  providers: " << gen.providers().size() << " (" << nhs << " NHS trusts)\n"
        << "  locations: " << gen.locations().size();
    if (options.month == 2)
        out << " (" << gen.changedLocations() << " re-inspected, " << gen.newLocations() << " new)";
    out << '\n';
    if (options.month == 2) {
        out << "  month 2: " << gen.changedTrusts() << " trusts re-rated, " << gen.nonGradeCells()
            << " current non-grades over a grade at " << gen.nonGradeLocations() << " locations, "
            << gen.droppedServices() << " services dropped\n";
    }
    if (wantCsv || wantOds)
        out << "  Locations sheet rows: " << locationRows << ", Providers sheet rows: " << providerRows << '\n';
    if (truthRows >= 0)
        out << "  truth: " << truthRows << " changed cells\n";
    if (wantJson)
        out << "  API payloads: " << api.providers << " providers, " << api.locations << " locations\n";
    QStringList written;
    if (wantCsv)
        written << locationsCsv << providersCsv;
    if (wantOds)
        written << odsPath;
    if (wantJson)
        written << jsonPath;
    if (truthRows >= 0)
        written << truthPath;
    for (const QString &path : written)
        out << "  " << path << ": " << QFileInfo(path).size() << " bytes\n";
    out << "  model " << modelMs << " ms, total " << timer.elapsed() << " ms\n";
    return 0;
}
