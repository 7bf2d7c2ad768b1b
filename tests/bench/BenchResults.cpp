// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "BenchResults.h"

#include <QStringList>

#include <algorithm>

#include <unistd.h>

namespace Bench {

double median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

Alternated alternate(const QString &label, int reps, const std::function<void()> &prepareOurs, const Command &ours,
                     const std::function<void()> &prepareReference, const Command &reference, int warmups)
{
    Alternated a;
    for (int i = -warmups; i < reps; ++i) {
        prepareOurs();
        ::sync();
        const RunResult o = run(ours);
        if (!o.ok) {
            a.failure = o.error;
            progress(QStringLiteral("%1: %2").arg(label, o.error));
            return a;
        }
        if (i == -warmups && !ours.stdoutPath.isEmpty())
            a.firstSummary = readFirstLine(ours.stdoutPath);
        prepareReference();
        ::sync();
        const RunResult r = run(reference);
        if (!r.ok) {
            a.failure = QStringLiteral("reference: ") + r.error;
            progress(QStringLiteral("%1: %2").arg(label, a.failure));
            return a;
        }
        if (i < 0) {
            progress(QStringLiteral("%1 warm-up: ours %2 ms, reference %3 ms").arg(label).arg(o.ms, 0, 'f', 0).arg(r.ms, 0, 'f', 0));
            continue;
        }
        a.ours << o.ms;
        a.reference << r.ms;
        a.oursMb << o.maxRssMb;
        a.referenceMb << r.maxRssMb;
        progress(QStringLiteral("%1 run %2/%3: ours %4 ms (%5 MB), reference %6 ms (%7 MB)")
                     .arg(label).arg(i + 1).arg(reps).arg(o.ms, 0, 'f', 0).arg(o.maxRssMb, 0, 'f', 0)
                     .arg(r.ms, 0, 'f', 0).arg(r.maxRssMb, 0, 'f', 0));
    }
    return a;
}

Line timeLine(const QString &name, const Alternated &a, double limit, const QString &note)
{
    Line l;
    l.name = name;
    l.unit = QStringLiteral("s");
    l.check = Check::RatioAtMost;
    l.limit = limit;
    l.failure = a.failure;
    l.ours = median(a.ours) / 1000;
    l.reference = median(a.reference) / 1000;
    l.note = note;
    return l;
}

QString summaryNote(const Alternated &a)
{
    // "FILE: ratings-csv, N records, ..." without the file's path
    const QString counts = a.firstSummary.section(QStringLiteral(": "), 1);
    return counts.isEmpty() ? QString() : QStringLiteral("ours: %1").arg(counts);
}

} // namespace Bench
