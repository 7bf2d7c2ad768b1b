// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ScreenshotCommand.h"

#include "CommandLine.h"
#include <itemmodels/DiffModel.h>
#include "ErrorReport.h"
#include "DiffPanel.h"
#include "EnglandFilterBar.h"
#include "EnglandView.h"
#include "MainWindow.h"
#include "RatingGridPanel.h"

#include <QApplication>
#include <QDateEdit>
#include <QImageWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QTimer>

using ErrorReport::fail;

int ScreenshotCommand::run(MainWindow &window, const CommandLine &cl)
{
    if (!cl.provider.isEmpty() && !window.selectProvider(cl.provider))
        return fail(2, QStringLiteral("--provider %1: no such provider in the database").arg(cl.provider));
    if (!cl.location.isEmpty() && !window.selectLocation(cl.location))
        return fail(2, QStringLiteral("--location %1: no such location in the database").arg(cl.location));
    // As of a date: the grid, subtitle, diff choices and timeline of that day;
    // --compare then picks among the reports published by it.
    if (cl.asOf.isValid())
        window.gridPanel()->setAsOf(cl.asOf);
    if (cl.compareFrom.isValid() && !window.compare(cl.compareFrom, cl.compareTo))
        return fail(2,
                    QStringLiteral("--compare %1 %2: both must be report dates of the subject shown")
                        .arg(cl.compareFrom.toString(Qt::ISODate), cl.compareTo.toString(Qt::ISODate)));
    const bool england = cl.view == QLatin1String("england");
    if (england) {
        window.showView(MainWindow::View::England);
        if (cl.asOf.isValid())
            window.englandView()->filters()->asOfEdit()->setDate(cl.asOf);
        window.englandView()->showTab(cl.tab.isEmpty() ? QStringLiteral("distribution") : cl.tab);
    } else if (!cl.tab.isEmpty()) {
        window.showTab(cl.tab);
    }
    window.resize(cl.size.isValid() ? cl.size : QSize(1280, 800));

    // Render once the event loop has laid the window out and painted it;
    // the England view once its survey (started when it is shown) has
    // filled the tables.
    int status = 0;
    const auto render = [&] {
        const QPixmap picture = window.grab();
        QSaveFile file(cl.screenshot);
        QImageWriter writer(&file, "png");
        if (!file.open(QIODevice::WriteOnly))
            status = fail(1, QStringLiteral("%1: cannot write: %2").arg(cl.screenshot, file.errorString()));
        else if (!writer.write(picture.toImage()))
            status = fail(1, QStringLiteral("%1: cannot write PNG: %2").arg(cl.screenshot, writer.errorString()));
        else if (!file.commit())
            status = fail(1, QStringLiteral("%1: cannot write: %2").arg(cl.screenshot, file.errorString()));
        QApplication::exit(status);
    };
    if (england)
        QObject::connect(window.englandView(), &EnglandView::surveyFinished, &window,
                         [&] { QTimer::singleShot(50, &window, render); }, Qt::SingleShotConnection);
    window.show();
    if (!england)
        QTimer::singleShot(50, &window, render);
    return QApplication::exec() == 0 ? status : 1;
}
