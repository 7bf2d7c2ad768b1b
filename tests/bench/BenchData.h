// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ChildProcess.h"

#include <QString>
#include <QStringList>

namespace Bench {

struct Paths
{
    QString app = QStringLiteral(TR_BINARY);
    QString trgen = QStringLiteral(TR_TRGEN);
    QString bare = QStringLiteral(TR_BARE_WINDOW);
    QString interaction = QStringLiteral(TR_BENCH_INTERACTION);
    QString sqlite3;
    // --baseline-build: another build's trustratings and bench_interaction
    // (say, of the commit before a refactoring) become the reference of
    // every case, so that "no slower than before" is measured in one run.
    QString baselineApp;
    QString baselineInteraction;
    QString build;  // results file
    QString data;   // generated data, reused between runs
    QString work;   // databases and outputs of this run
};

// Set by main from its options before anything runs.
extern Paths paths;

QString dataFile(const QString &name);
QString workFile(const QString &name);
QString month1Csv();
QString month2Csv();
QString month1Ods();

void removeDatabase(const QString &path);
void copyDatabase(const QString &from, const QString &to);

Command appImport(const QString &db, const QStringList &files, const QString &summary = {});
bool baselineMode();
Command onBaseline(Command c);
double limitOf(double target);
Command sqliteImport(const QString &db, const QString &csv);

// The generated data, made again only when trgen was rebuilt.
void ensureData();
// Case 1's result, built untimed when case 1 did not run.
QString month1Database();
QString baselineMonth1Database();
// Months 1 and 2, both sheets: the database of the window and export cases.
QString nationalDatabase(QStringList *notes);

} // namespace Bench
