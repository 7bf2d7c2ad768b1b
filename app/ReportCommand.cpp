// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ReportCommand.h"

#include "AppDatabase.h"
#include "BoardPackRenderer.h"
#include "CommandLine.h"
#include "ErrorReport.h"

#include <storage/Database.h>
#include <storage/RatingStore.h>

#include <QTextStream>

int ReportCommand::run(const CommandLine &cl)
{
    Database db(QStringLiteral("main"));
    if (const int status = AppDatabase::openOrReport(db, cl.database, true))
        return status;
    const RatingStore store(db);
    BoardPackRequest request;
    request.subject = cl.provider.isEmpty() ? Subject::location(cl.location) : Subject::provider(cl.provider);
    request.asOf = cl.asOf;
    request.from = cl.from;
    request.to = cl.to;
    QString error;
    const std::unique_ptr<BoardPackRenderer> report = BoardPackRenderer::load(store, request, &error);
    if (!report)
        return ErrorReport::fail(store.errorString().isEmpty() ? ErrorReport::BadInput : ErrorReport::Failure,
                                 QStringLiteral("report: %1").arg(error));
    const int pages = report->writePdf(cl.output, &error);
    if (pages == 0)
        return ErrorReport::fail(ErrorReport::Failure, QStringLiteral("report: %1").arg(error));
    QTextStream(stdout) << "wrote " << cl.output << ": " << pages << (pages == 1 ? " page" : " pages") << '\n';
    return 0;
}
