// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "PopulationOptions.h"

#include "CommandLine.h"
#include "ErrorReport.h"
#include <storage/RatingStore.h>

#include <QStringList>

namespace PopulationOptions {

namespace {

struct Rule
{
    const char *option;
    bool (*given)(const CommandLine &);
    QStringList tables; // the tables it applies to
};

// "export a", "export a and b", "export a, b and c".
QString tablesText(const QStringList &tables)
{
    QString text = QStringLiteral("export ") + tables.first();
    for (qsizetype i = 1; i < tables.size(); ++i)
        text += (i + 1 == tables.size() ? QStringLiteral(" and ") : QStringLiteral(", ")) + tables.at(i);
    return text;
}

} // namespace

QString inapplicable(const QString &table, const CommandLine &cl)
{
    static const QString providers = QStringLiteral("providers"), grid = QStringLiteral("grid"),
                         diff = QStringLiteral("diff"), ratings = QStringLiteral("ratings"),
                         changes = QStringLiteral("changes"), distribution = QStringLiteral("distribution");
    // In the order the help lists them; the first misplaced one is named.
    static const Rule rules[] = {
        {"--provider", [](const CommandLine &c) { return !c.provider.isEmpty(); }, {grid, diff, ratings}},
        {"--location", [](const CommandLine &c) { return !c.location.isEmpty(); }, {grid, diff, ratings}},
        {"--as-of", [](const CommandLine &c) { return c.asOf.isValid(); }, {grid, providers, distribution}},
        {"--from", [](const CommandLine &c) { return c.from.isValid(); }, {diff, changes}},
        {"--to", [](const CommandLine &c) { return c.to.isValid(); }, {diff, changes}},
        {"--nhs-only", [](const CommandLine &c) { return c.nhsOnly; }, {providers, changes, distribution}},
        {"--region", [](const CommandLine &c) { return !c.region.isEmpty(); }, {providers, changes, distribution}},
        {"--type", [](const CommandLine &c) { return !c.type.isEmpty(); }, {providers, changes, distribution}},
        {"--level", [](const CommandLine &c) { return !c.level.isEmpty(); }, {changes, distribution}},
    };
    for (const Rule &rule : rules) {
        if (rule.given(cl) && !rule.tables.contains(table))
            return QStringLiteral("%1 applies to %2, not to export %3")
                .arg(QLatin1String(rule.option), tablesText(rule.tables), table);
    }
    return QString();
}

int filter(const CommandLine &cl, const RatingStore &store, PopulationFilter *out, QString *error)
{
    PopulationFilter f;
    f.nhsOnly = cl.nhsOnly; // the window's default is NHS trusts; the command line's every provider
    if (!cl.type.isEmpty()) {
        TrustType type;
        if (!TrustTypes::fromName(cl.type, &type)) {
            *error = QStringLiteral("--type %1: unknown type; use acute, mental-health, community or ambulance")
                         .arg(cl.type);
            return ErrorReport::BadInput;
        }
        f.type = type;
    }
    if (!cl.region.isEmpty()) {
        const QStringList regions = store.regions();
        if (!store.errorString().isEmpty()) {
            *error = QStringLiteral("cannot read the regions: %1").arg(store.errorString());
            return ErrorReport::Failure;
        }
        bool known = false;
        for (const QString &region : regions)
            known = known || region.compare(cl.region, Qt::CaseInsensitive) == 0;
        if (!known) {
            *error = regions.isEmpty()
                ? QStringLiteral("--region %1: the database names no regions").arg(cl.region)
                : QStringLiteral("--region %1: no such region; the database has %2")
                      .arg(cl.region, regions.join(QStringLiteral(", ")));
            return ErrorReport::BadInput;
        }
        f.region = cl.region;
    }
    *out = f;
    return ErrorReport::Success;
}

bool level(const CommandLine &cl, PopulationLevel fallback, PopulationLevel *out, QString *error)
{
    if (cl.level.isEmpty()) {
        *out = fallback;
        return true;
    }
    if (!PopulationLevels::fromName(cl.level, out)) {
        *error = QStringLiteral("--level %1: unknown level; use provider, location or service").arg(cl.level);
        return false;
    }
    return true;
}

} // namespace PopulationOptions
