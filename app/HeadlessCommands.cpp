// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "HeadlessCommands.h"

#include "AppDatabase.h"
#include "CommandLine.h"
#include <exporting/CsvExporter.h>
#include "EnglandExports.h"
#include "ErrorReport.h"
#include "PopulationOptions.h"
#include <itemmodels/DiffFilterProxyModel.h>
#include <itemmodels/DiffModel.h>
#include <exporting/GridExportTable.h>
#include <importing/Importer.h>
#include <exporting/ModelExportTable.h>
#include <exporting/RatingsExportTable.h>
#include <storage/RatingStore.h>

#include <QDir>
#include <QTextStream>

static int usage(const QString &message)
{
    return ErrorReport::fail(ErrorReport::BadInput, message);
}

// A read that failed is a failure naming the database, never a zero.
static int readFailed(const Database &db, const RatingStore &store)
{
    return ErrorReport::fail(ErrorReport::Failure,
                             QStringLiteral("%1: cannot read the database: %2")
                                 .arg(QDir::toNativeSeparators(db.path()), store.errorString()));
}

static int stats(Database &db)
{
    const RatingStore store(db);
    const DatabaseStats s = store.stats();
    if (!store.errorString().isEmpty())
        return readFailed(db, store);
    QTextStream out(stdout);
    out << "providers: " << s.providers << '\n'
        << "locations: " << s.locations << '\n'
        << "reports: " << s.reports << '\n'
        << "ratings: " << s.ratings << '\n'
        << "imports: " << s.imports << '\n';
    return 0;
}

static int import(Database &db, const CommandLine &cl)
{
    ImportOptions options;
    options.keepGoing = cl.keepGoing;
    options.snapshotDate = cl.snapshotDate;
    bool toldWaiting = false;
    options.waiting = [&toldWaiting](const QString &message) {
        if (!toldWaiting)
            ErrorReport::print(message + QStringLiteral("..."));
        toldWaiting = true;
        return true;
    };
    if (!cl.format.isEmpty() && !ImportFormats::fromName(cl.format, &options.format)) {
        return usage(
            QStringLiteral("--format %1: unknown format; use api-json, ratings-csv or ratings-ods").arg(cl.format));
    }
    QStringList problems;
    const QStringList files = Importer::expandPaths(cl.arguments, &problems);
    int status = 0;
    // Listed always; with --keep-going they do not make the run fail.
    for (const QString &problem : problems) {
        ErrorReport::print(cl.keepGoing ? QStringLiteral("skipped ") + problem : problem);
        if (!cl.keepGoing)
            status = ErrorReport::BadInput;
    }
    if (files.isEmpty() && problems.isEmpty()) {
        return usage(QStringLiteral("%1: no .json, .ndjson, .csv or .ods files found")
                         .arg(cl.arguments.join(QStringLiteral(", "))));
    }
    QTextStream out(stdout);
    Importer importer(db);
    for (const QString &path : files) {
        const ImportResult r = importer.importFile(path, options);
        for (const ImportIssue &issue : r.issues)
            if (r.ok)
                ErrorReport::print(QStringLiteral("skipped ") + issue.toString());
        if (r.ok) {
            out << r.summaryLine() << '\n';
            out.flush();
            continue;
        }
        ErrorReport::print(r.error);
        // A machine failure (1) outranks bad input (2) in the exit status.
        status = r.badInput && status != ErrorReport::Failure ? ErrorReport::BadInput : ErrorReport::Failure;
    }
    return status;
}

static int exportTable(Database &db, const CommandLine &cl)
{
    static const QStringList tables = {QStringLiteral("providers"), QStringLiteral("grid"),
                                       QStringLiteral("diff"),      QStringLiteral("ratings"),
                                       QStringLiteral("changes"),   QStringLiteral("distribution")};
    if (cl.arguments.size() != 1)
        return usage(QStringLiteral("export needs one TABLE: %1").arg(tables.join(QStringLiteral(", "))));
    const QString table = cl.arguments.first();
    if (!tables.contains(table))
        return usage(
            QStringLiteral("export %1: unknown table; use %2").arg(table, tables.join(QStringLiteral(", "))));
    CsvOptions options;
    options.bom = cl.bom;
    options.crlf = cl.crlf;
    options.header = !cl.noHeader;
    options.formulaGuard = !cl.noFormulaGuard;
    if (!cl.separator.isEmpty() && !CsvOptions::separatorFromName(cl.separator, &options.separator))
        return usage(QStringLiteral("--separator %1: use , or ; or tab").arg(cl.separator));
    const QString misplaced = PopulationOptions::inapplicable(table, cl);
    if (!misplaced.isEmpty())
        return usage(misplaced);

    RatingStore store(db);
    std::unique_ptr<ExportTable> source;
    EnglandExports england;
    DiffModel diff;
    DiffFilterProxyModel diffShown;
    if (table == QLatin1String("providers") || table == QLatin1String("changes")
        || table == QLatin1String("distribution")) {
        QString error;
        if (const int status = england.prepare(table, cl, store, &error)) {
            if (status == ErrorReport::Failure)
                return ErrorReport::fail(status, QStringLiteral("%1: cannot read the database: %2")
                                                     .arg(QDir::toNativeSeparators(db.path()), error));
            return usage(error);
        }
    } else {
        Subject subject;
        if (!cl.provider.isEmpty())
            subject = Subject::provider(cl.provider);
        else if (!cl.location.isEmpty())
            subject = Subject::location(cl.location);
        SubjectRatings ratings;
        if (table != QLatin1String("ratings") && !subject.isValid())
            return usage(QStringLiteral("export %1 needs --provider ID or --location ID").arg(table));
        if (subject.isValid() && !store.loadSubject(subject, &ratings))
            return usage(QStringLiteral("%1 %2: no such %3 in %4")
                             .arg(subject.kind == Subject::Kind::Provider ? QStringLiteral("--provider")
                                                                          : QStringLiteral("--location"),
                                  subject.id,
                                  subject.kind == Subject::Kind::Provider ? QStringLiteral("provider")
                                                                          : QStringLiteral("location"),
                                  db.path()));
        if (table == QLatin1String("grid")) {
            source = std::make_unique<GridExportTable>(RatingGrid::build(ratings, cl.asOf));
        } else if (table == QLatin1String("diff")) {
            // The changes as the window first lists them: declines first.
            diff.setSubject(ratings, cl.from, cl.to);
            diffShown.setSourceModel(&diff);
            source = std::make_unique<ModelExportTable>(&diffShown);
        } else {
            source = std::make_unique<RatingsExportTable>(store.ratings(subject));
        }
    }
    if (!store.errorString().isEmpty())
        return readFailed(db, store);
    const ExportResult result = CsvExporter::write(source ? *source : england.table(), cl.output, db.path(), options);
    if (!result.ok)
        return ErrorReport::fail(result.badInput ? ErrorReport::BadInput : ErrorReport::Failure, result.error);
    return 0;
}

int HeadlessCommands::run(const CommandLine &cl)
{
    Database db(QStringLiteral("main"));
    if (const int status = AppDatabase::openOrReport(db, cl.database, cl.command != QLatin1String("import")))
        return status;
    if (cl.command == QLatin1String("stats"))
        return stats(db);
    if (cl.command == QLatin1String("import"))
        return import(db, cl);
    if (cl.command == QLatin1String("export"))
        return exportTable(db, cl);
    return usage(QStringLiteral("the %1 command is not available in this version").arg(cl.command));
}
