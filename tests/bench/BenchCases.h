// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "BenchResults.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace Bench {

// One line of bench_interaction's output to report: its RESULT key, the
// case's name, what it measures, and the limit on the median and worst.
struct InteractionItem
{
    const char *key;
    const char *name;
    const char *note;
    double limitMs;
};

// The cases of README.md's table, each measured against its reference and
// handed to `report` as a Line. Their databases are under bench-work.
class BenchCases
{
public:
    // report: prints a case's line and keeps it for the results file.
    BenchCases(int reps, int samples, std::function<void(const Line &)> report);

    void importCsv();       // 1
    void importSameCsv();   // 2
    void importNextMonth(); // 3
    void importOds();       // 4
    // 5 and 8 share their runs; 8's line is returned, to be reported last.
    std::optional<Line> startWindow(bool reportStart, bool measureMemory);
    void interaction();     // 6
    void exportRatings();   // 7
    void exportChanges();   // 9
    void englandView();     // 10

    // For the results file: what the national database holds.
    const QStringList &notes() const { return m_notes; }

private:
    std::function<void()> freshOurs() const;
    std::function<void()> freshReference() const;
    void runInteraction(const QString &label, const QStringList &arguments, const QVector<InteractionItem> &items);

    int m_reps;
    int m_samples;
    std::function<void(const Line &)> m_report;
    QStringList m_notes;
    const QString m_ours;    // our database
    const QString m_ref;     // the reference's database
    const QString m_summary; // our run's stdout
};

} // namespace Bench
