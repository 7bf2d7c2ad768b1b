// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QSize>
#include <QStringList>

// The parsed command line of DESIGN.md section 4. Parsing never exits: it
// returns an error line, and main() decides (exit status 2).
struct CommandLine
{
    QString command;       // empty: open the window
    QStringList arguments; // the command's positional arguments (files, table name)
    QString database;
    QString provider;
    QString location;
    QString screenshot;
    QDate compareFrom, compareTo;
    QSize size;
    QString palette; // light | dark: the window's colours (default: the desktop's)
    QString tab;     // changes | history | timeline; with --view england: distribution | league | changes
    QString view;    // trusts | england (screenshots)
    QString format;
    QDate asOf, from, to;
    QDate snapshotDate; // import --snapshot-date: the date of CQC's view in the files
    QString output;
    QString separator;
    // export providers|changes|distribution: the population (PopulationOptions.h)
    QString region;
    QString type;  // acute | mental-health | community | ambulance
    QString level; // provider | location | service
    bool nhsOnly = false;
    bool help = false;
    bool version = false;
    bool keepGoing = false;
    bool bom = false;
    bool crlf = false;
    bool noHeader = false;
    bool noFormulaGuard = false;

    // Returns false and sets *error (one line) for bad usage.
    static bool parse(const QStringList &args, CommandLine *out, QString *error);
    static QString helpText();
};
