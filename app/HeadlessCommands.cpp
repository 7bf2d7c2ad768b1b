#include "HeadlessCommands.h"

#include "AppDatabase.h"
#include "CommandLine.h"
#include "Importer.h"
#include "RatingStore.h"

#include <QTextStream>

#include <cstdio>

static int stats(Database &db)
{
    const DatabaseStats s = RatingStore(db.connection()).stats();
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
    if (!cl.format.isEmpty() && !ImportFormats::fromName(cl.format, &options.format)) {
        std::fprintf(stderr, "trustratings: --format %s: unknown format; use api-json, ratings-csv or ratings-ods\n",
                     qPrintable(cl.format));
        return 2;
    }
    QStringList missing;
    const QStringList files = Importer::expandPaths(cl.arguments, &missing);
    int status = 0;
    for (const QString &path : missing) {
        std::fprintf(stderr, "trustratings: %s: no such file or folder\n", qPrintable(path));
        status = 2;
    }
    if (files.isEmpty() && missing.isEmpty()) {
        std::fprintf(stderr, "trustratings: %s: no .json, .ndjson, .csv or .ods files found\n",
                     qPrintable(cl.arguments.join(QStringLiteral(", "))));
        return 2;
    }
    QTextStream out(stdout);
    Importer importer(db.connection());
    for (const QString &path : files) {
        const ImportResult r = importer.importFile(path, options);
        for (const ImportIssue &issue : r.issues)
            if (r.ok)
                std::fprintf(stderr, "trustratings: skipped %s\n", qPrintable(issue.toString()));
        if (r.ok) {
            out << r.summaryLine() << '\n';
            out.flush();
            continue;
        }
        std::fprintf(stderr, "trustratings: %s\n", qPrintable(r.error));
        if (r.badInput)
            status = status == 1 ? 1 : 2;
        else
            status = 1;
    }
    return status;
}

int HeadlessCommands::run(const CommandLine &cl)
{
    Database db(QStringLiteral("main"));
    QString error;
    switch (AppDatabase::open(db, cl.database, cl.command != QLatin1String("import"), &error)) {
    case AppDatabase::Result::Ok: break;
    case AppDatabase::Result::BadInput: std::fprintf(stderr, "trustratings: %s\n", qPrintable(error)); return 2;
    case AppDatabase::Result::Failure: std::fprintf(stderr, "trustratings: %s\n", qPrintable(error)); return 1;
    }
    if (cl.command == QLatin1String("stats"))
        return stats(db);
    if (cl.command == QLatin1String("import"))
        return import(db, cl);
    std::fprintf(stderr, "trustratings: the %s command is not available in this version\n", qPrintable(cl.command));
    return 2;
}
