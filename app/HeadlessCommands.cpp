#include "HeadlessCommands.h"

#include "AppDatabase.h"
#include "CommandLine.h"
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
    std::fprintf(stderr, "trustratings: the %s command is not available in this version\n", qPrintable(cl.command));
    return 2;
}
