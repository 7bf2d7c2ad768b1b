// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "CommandLine.h"

#include <QHash>

static bool parseDate(const QString &text, const QString &option, QDate *out, QString *error)
{
    *out = QDate::fromString(text, Qt::ISODate);
    if (!out->isValid() || text.size() != 10) {
        *error = QStringLiteral("%1: \"%2\" is not a date; use yyyy-mm-dd").arg(option, text);
        return false;
    }
    return true;
}

bool CommandLine::parse(const QStringList &args, CommandLine *out, QString *error)
{
    CommandLine c;
    static const QStringList commands = {QStringLiteral("stats"), QStringLiteral("import"), QStringLiteral("export"),
                                         QStringLiteral("report")};
    // Options that take values, and how many.
    static const QHash<QString, int> valued = {
        {QStringLiteral("--database"), 1},   {QStringLiteral("--provider"), 1},      {QStringLiteral("--location"), 1},
        {QStringLiteral("--screenshot"), 1}, {QStringLiteral("--compare"), 2},       {QStringLiteral("--size"), 1},
        {QStringLiteral("--format"), 1},     {QStringLiteral("--as-of"), 1},         {QStringLiteral("--from"), 1},
        {QStringLiteral("--to"), 1},         {QStringLiteral("--output"), 1},        {QStringLiteral("--separator"), 1},
        {QStringLiteral("--tab"), 1},        {QStringLiteral("--snapshot-date"), 1}, {QStringLiteral("--palette"), 1},
        {QStringLiteral("--region"), 1},     {QStringLiteral("--type"), 1},          {QStringLiteral("--level"), 1},
        {QStringLiteral("--view"), 1},
    };
    for (int i = 1; i < args.size(); ++i) {
        QString arg = args.at(i);
        QStringList values;
        const int eq = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QLatin1String("--")) && eq > 0) {
            values << arg.mid(eq + 1);
            arg.truncate(eq);
        }
        if (valued.contains(arg)) {
            const int need = valued.value(arg);
            while (values.size() < need) {
                if (++i >= args.size()) {
                    *error = need == 1 ? QStringLiteral("%1 needs a value").arg(arg)
                                       : QStringLiteral("%1 needs %2 values").arg(arg).arg(need);
                    return false;
                }
                values << args.at(i);
            }
            const QString &v = values.first();
            if (arg == QLatin1String("--database"))
                c.database = v;
            else if (arg == QLatin1String("--provider"))
                c.provider = v.trimmed();
            else if (arg == QLatin1String("--location"))
                c.location = v.trimmed();
            else if (arg == QLatin1String("--screenshot"))
                c.screenshot = v;
            else if (arg == QLatin1String("--format"))
                c.format = v;
            else if (arg == QLatin1String("--output"))
                c.output = v;
            else if (arg == QLatin1String("--separator"))
                c.separator = v;
            else if (arg == QLatin1String("--region"))
                c.region = v.trimmed();
            else if (arg == QLatin1String("--type"))
                c.type = v.trimmed();
            else if (arg == QLatin1String("--level"))
                c.level = v.trimmed();
            else if (arg == QLatin1String("--palette")) {
                c.palette = v.toLower();
                if (c.palette != QLatin1String("light") && c.palette != QLatin1String("dark")) {
                    *error = QStringLiteral("--palette %1: use light or dark").arg(v);
                    return false;
                }
            } else if (arg == QLatin1String("--tab")) {
                c.tab = v.toLower(); // checked below, where --view is known
            } else if (arg == QLatin1String("--view")) {
                c.view = v.toLower();
                if (c.view != QLatin1String("trusts") && c.view != QLatin1String("england")) {
                    *error = QStringLiteral("--view %1: use trusts or england").arg(v);
                    return false;
                }
            } else if (arg == QLatin1String("--compare")) {
                if (!parseDate(values.at(0), arg, &c.compareFrom, error)
                    || !parseDate(values.at(1), arg, &c.compareTo, error))
                    return false;
            } else if (arg == QLatin1String("--snapshot-date")) {
                if (!parseDate(v, arg, &c.snapshotDate, error))
                    return false;
            } else if (arg == QLatin1String("--as-of")) {
                if (!parseDate(v, arg, &c.asOf, error))
                    return false;
            } else if (arg == QLatin1String("--from")) {
                if (!parseDate(v, arg, &c.from, error))
                    return false;
            } else if (arg == QLatin1String("--to")) {
                if (!parseDate(v, arg, &c.to, error))
                    return false;
            } else if (arg == QLatin1String("--size")) {
                const QStringList wh = v.toLower().split(QLatin1Char('x'));
                bool okW = false, okH = false;
                if (wh.size() == 2)
                    c.size = QSize(wh.at(0).toInt(&okW), wh.at(1).toInt(&okH));
                if (!okW || !okH || c.size.width() < 200 || c.size.height() < 150 || c.size.width() > 10000
                    || c.size.height() > 10000) {
                    *error = QStringLiteral("--size: \"%1\" is not a size; use WIDTHxHEIGHT, e.g. 1280x800").arg(v);
                    return false;
                }
            }
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            c.help = true;
        else if (arg == QLatin1String("--version") || arg == QLatin1String("-v"))
            c.version = true;
        else if (arg == QLatin1String("--keep-going"))
            c.keepGoing = true;
        else if (arg == QLatin1String("--bom"))
            c.bom = true;
        else if (arg == QLatin1String("--crlf"))
            c.crlf = true;
        else if (arg == QLatin1String("--no-header"))
            c.noHeader = true;
        else if (arg == QLatin1String("--no-formula-guard"))
            c.noFormulaGuard = true;
        else if (arg == QLatin1String("--nhs-only"))
            c.nhsOnly = true;
        else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            *error = QStringLiteral("unknown option %1; see trustratings --help").arg(arg);
            return false;
        } else if (c.command.isEmpty()) {
            if (!commands.contains(arg)) {
                *error = QStringLiteral("unknown command \"%1\"; commands are stats, import, export and report").arg(arg);
                return false;
            }
            c.command = arg;
        } else {
            c.arguments << arg;
        }
    }

    // The trust view's lower panel, or the England view's tables.
    const bool england = c.view == QLatin1String("england");
    const QStringList tabs = england ? QStringList{QStringLiteral("distribution"), QStringLiteral("league"),
                                                   QStringLiteral("changes")}
                                     : QStringList{QStringLiteral("changes"), QStringLiteral("history"),
                                                   QStringLiteral("timeline")};
    if (!c.tab.isEmpty() && !tabs.contains(c.tab)) {
        *error = england ? QStringLiteral("--tab %1: with --view england use distribution, league or changes").arg(c.tab)
                         : QStringLiteral("--tab %1: use changes, history or timeline").arg(c.tab);
        return false;
    }
    if (!c.view.isEmpty() && !c.command.isEmpty()) {
        *error = QStringLiteral("--view applies to the window; the %1 command has no views").arg(c.command);
        return false;
    }
    if (!c.provider.isEmpty() && !c.location.isEmpty()) {
        *error = QStringLiteral("give --provider or --location, not both");
        return false;
    }
    if (!c.screenshot.isEmpty() && !c.command.isEmpty()) {
        *error =
            QStringLiteral("--screenshot renders the window; it cannot be combined with the %1 command").arg(c.command);
        return false;
    }
    // A comparison runs from the earlier date to the later, whichever order
    // they were given in; one date twice compares nothing and is refused.
    if (c.compareFrom.isValid() && c.compareFrom == c.compareTo) {
        *error = QStringLiteral("--compare %1 %1: the same date twice; give two different report dates")
                     .arg(c.compareFrom.toString(Qt::ISODate));
        return false;
    }
    if (c.from.isValid() && c.from == c.to) {
        *error = QStringLiteral("--from and --to are both %1; give two different report dates")
                     .arg(c.from.toString(Qt::ISODate));
        return false;
    }
    // A population belongs to an export table; the window has its own filters.
    const bool population = c.nhsOnly || !c.region.isEmpty() || !c.type.isEmpty() || !c.level.isEmpty();
    if (population && c.command != QLatin1String("export")) {
        *error = QStringLiteral("--nhs-only, --region, --type and --level apply to export providers, changes and "
                                "distribution");
        return false;
    }
    if (c.compareFrom > c.compareTo)
        std::swap(c.compareFrom, c.compareTo);
    if (c.from.isValid() && c.to.isValid() && c.from > c.to)
        std::swap(c.from, c.to);
    if (!c.palette.isEmpty() && !c.command.isEmpty()) {
        *error = QStringLiteral("--palette applies to the window; the %1 command has no colours").arg(c.command);
        return false;
    }
    if (c.compareFrom.isValid() && c.screenshot.isEmpty() && !c.command.isEmpty()) {
        *error = QStringLiteral("--compare applies to the window; for the diff table use export diff --from --to");
        return false;
    }
    if (c.command == QLatin1String("stats") && !c.arguments.isEmpty()) {
        *error = QStringLiteral("stats takes no arguments (got \"%1\")").arg(c.arguments.first());
        return false;
    }
    if (c.command == QLatin1String("import") && c.arguments.isEmpty() && !c.help) {
        *error = QStringLiteral("import needs at least one FILE or DIR");
        return false;
    }
    if (c.command == QLatin1String("report") && !c.help) {
        if (!c.arguments.isEmpty()) {
            *error = QStringLiteral("report takes no arguments (got \"%1\"); name the subject with --provider or "
                                    "--location").arg(c.arguments.first());
            return false;
        }
        if (c.provider.isEmpty() && c.location.isEmpty()) {
            *error = QStringLiteral("report needs --provider ID or --location ID");
            return false;
        }
        if (c.output.isEmpty()) {
            *error = QStringLiteral("report needs --output FILE.pdf");
            return false;
        }
        if ((c.from.isValid() || c.to.isValid()) && !(c.from.isValid() && c.to.isValid())) {
            *error = QStringLiteral("report: give both --from and --to, or neither");
            return false;
        }
        // Said, not silently dropped: a user who asks for a semicolon or
        // only NHS trusts in a board pack would otherwise think it applied.
        QStringList ignored;
        const std::pair<bool, const char *> exportOnly[] = {
            {!c.separator.isEmpty(), "--separator"}, {c.bom, "--bom"},
            {c.crlf, "--crlf"},                       {c.noHeader, "--no-header"},
            {c.noFormulaGuard, "--no-formula-guard"}, {c.nhsOnly, "--nhs-only"},
            {!c.region.isEmpty(), "--region"},        {!c.type.isEmpty(), "--type"},
            {!c.level.isEmpty(), "--level"},          {!c.format.isEmpty(), "--format"},
            {c.snapshotDate.isValid(), "--snapshot-date"}, {c.keepGoing, "--keep-going"}};
        for (const auto &[given, name] : exportOnly)
            if (given)
                ignored << QLatin1String(name);
        if (!ignored.isEmpty()) {
            *error = QStringLiteral("report writes one subject's PDF: %1 %2 for import or export")
                         .arg(ignored.join(QStringLiteral(", ")),
                              ignored.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"));
            return false;
        }
    }
    *out = c;
    return true;
}

QString CommandLine::helpText()
{
    return QStringLiteral(
        "Usage: trustratings [OPTIONS] [COMMAND ...]\n"
        "Browse, compare and export CQC ratings of NHS trusts.\n"
        "Without a command, opens the window.\n"
        "\n"
        "  trustratings [--database PATH] [--provider ID | --location ID]\n"
        "  trustratings [--database PATH] --screenshot OUT.png [--provider ID | --location ID]\n"
        "               [--as-of DATE] [--compare FROM TO] [--size WxH] [--tab changes|history|timeline]\n"
        "               [--palette light|dark] [--view trusts|england]\n"
        "  trustratings [--database PATH] import [--keep-going] [--format FORMAT]\n"
        "               [--snapshot-date DATE] FILE|DIR...\n"
        "  trustratings [--database PATH] stats\n"
        "  trustratings [--database PATH] report --provider ID | --location ID [--as-of DATE]\n"
        "               [--from DATE --to DATE] --output FILE.pdf\n"
        "                    a board pack (A4 PDF): the grid, the changes between two report\n"
        "                    dates (default: the two latest) and the timeline\n"
        "  trustratings [--database PATH] export TABLE [TABLE OPTIONS] [--output FILE]\n"
        "               [--separator , | ; | tab] [--bom] [--crlf] [--no-header] [--no-formula-guard]\n"
        "      providers     [--as-of DATE] [POPULATION]       every provider, or those of POPULATION\n"
        "      grid          --provider ID | --location ID [--as-of DATE]\n"
        "      diff          --provider ID | --location ID [--from DATE --to DATE]\n"
        "      ratings       [--provider ID | --location ID]\n"
        "      changes       [--from DATE --to DATE] [--level LEVEL] [POPULATION]\n"
        "                    every cell whose rating changed between two dates (default: the\n"
        "                    database's two newest CQC views; the dates in either order)\n"
        "      distribution  [--as-of DATE] [--level LEVEL] [POPULATION]\n"
        "                    how many subjects have each rating, per key question\n"
        "      POPULATION = [--nhs-only] [--region NAME] [--type TYPE] (default: every provider)\n"
        "      LEVEL = provider | location | service (changes: every level; distribution: provider)\n"
        "      TYPE = acute | mental-health | community | ambulance\n"
        "\n"
        "Options:\n"
        "  --database PATH     the database file (default: %1)\n"
        "  --provider ID       select a provider (trust), e.g. RJ2\n"
        "  --location ID       select a location, e.g. RJ231\n"
        "  --screenshot FILE   render the window offscreen to a PNG and exit\n"
        "  --as-of DATE        the window or the grid, providers or distribution export as CQC\n"
        "                      showed it on DATE\n"
        "  --from D --to D     export diff or changes: the two dates compared\n"
        "  --nhs-only          export providers, changes, distribution: NHS trusts only\n"
        "  --region NAME       ... only providers in this region (any case), e.g. London\n"
        "  --type TYPE         ... only trusts of this type, from the primary inspection category\n"
        "  --level LEVEL       changes, distribution: trusts' own ratings (provider), locations'\n"
        "                      own ratings (location) or core services (service)\n"
        "  --compare FROM TO   the two report dates the diff compares (yyyy-mm-dd), in either order\n"
        "  --size WxH          window size for --screenshot (default 1280x800)\n"
        "  --tab NAME          the panel under the grid: changes (default), history of the\n"
        "                      subject's Overall cell, or timeline; with --view england:\n"
        "                      distribution (default), league or changes\n"
        "  --view NAME         trusts (default) or england: the view the window shows\n"
        "  --palette NAME      the window in Qt's Fusion style with a light or dark palette,\n"
        "                      whatever the desktop's theme (default: the desktop's colours)\n"
        "  --snapshot-date D   import: the date of CQC's current view in the files (default:\n"
        "                      the date in CQC's file name, else the newest publication date)\n"
        "  -h, --help          show this help\n"
        "  -v, --version       show the version\n"
        "\n"
        "Dates are yyyy-mm-dd. Exit status: 0 success, 2 bad usage or bad input, 1 other failure.\n");
}
