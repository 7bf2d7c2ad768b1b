// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "AppDatabase.h"
#include "CommandLine.h"
#include "DesktopIdentity.h"
#include "ErrorReport.h"
#include "FirstPaintWatcher.h"
#include "HeadlessCommands.h"
#include "ReportCommand.h"
#include "ScreenshotCommand.h"
#include "Translations.h"
#include "Version.h"

#include "AppPalette.h"
#include "DatabaseErrorBox.h"
#include "DialogReporter.h"
#include "MainWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

static int usageError(const QString &message)
{
    return ErrorReport::fail(ErrorReport::BadInput, message);
}

static void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TrustRatings"));
    QCoreApplication::setApplicationName(QStringLiteral("trustratings"));
    QCoreApplication::setApplicationVersion(QLatin1String(TrustRatingsVersion::text));
}

// Qt's own options (-style Fusion, -reverse, -platform xcb, ...) are for
// QApplication, which takes them from argv itself: they are left out of
// what our parser sees, not refused. Qt accepts them with one dash or two,
// and a value either as the next argument or after "=".
static QStringList withoutQtOptions(const QStringList &args)
{
    static const QStringList withValue = {QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
                                          QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
                                          QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
                                          QStringLiteral("qwindowtitle"),    QStringLiteral("display"),
                                          QStringLiteral("geometry"),        QStringLiteral("title"),
                                          QStringLiteral("style"),           QStringLiteral("stylesheet"),
                                          QStringLiteral("session"),         QStringLiteral("qmljsdebugger")};
    static const QStringList flags = {QStringLiteral("reverse"), QStringLiteral("nograb"), QStringLiteral("dograb"),
                                      QStringLiteral("widgetcount"), QStringLiteral("sync")};
    QStringList out;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString name = a.startsWith(QLatin1String("--")) ? a.mid(2)
            : a.startsWith(QLatin1Char('-'))             ? a.mid(1)
                                                         : QString();
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool inlineValue = eq >= 0;
        if (inlineValue)
            name.truncate(eq);
        if (i > 0 && withValue.contains(name)) {
            if (!inlineValue)
                ++i; // its value
            continue;
        }
        if (i > 0 && !inlineValue && flags.contains(name))
            continue;
        out << a;
    }
    return out;
}

int main(int argc, char **argv)
{
    QStringList all;
    for (int i = 0; i < argc; ++i)
        all << QString::fromLocal8Bit(argv[i]);
    const QStringList args = withoutQtOptions(all);
    CommandLine cl;
    QString error;
    if (!CommandLine::parse(args, &cl, &error))
        return usageError(error);

    setIdentity();
    if (cl.help || cl.version) {
        QCoreApplication app(argc, argv); // for the default path in the help text
        QTextStream out(stdout);
        if (cl.version)
            out << "trustratings " << TrustRatingsVersion::text << '\n';
        else
            out << CommandLine::helpText().arg(Database::defaultPath());
        return 0;
    }

    if (cl.command == QLatin1String("report")) {
        // Pages are painted with the window's fonts and delegate: a GUI
        // application, on no display unless told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return ReportCommand::run(cl);
    }
    if (!cl.command.isEmpty()) {
        QCoreApplication app(argc, argv);
        return HeadlessCommands::run(cl);
    }

    // A screenshot needs no display: render offscreen unless told otherwise.
    if (!cl.screenshot.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Translations::install(); // the window speaks the user's language; headless output stays English
    app.setApplicationDisplayName(QObject::tr("Trust Ratings"));
    if (!cl.palette.isEmpty())
        AppPalette::apply(cl.palette == QLatin1String("dark") ? AppPalette::Dark : AppPalette::Light);
    DesktopIdentity::apply(app);

    Database db(QStringLiteral("main"));
    QString problem;
    if (const int status = AppDatabase::openOrReport(db, cl.database, true, &problem)) {
        // Started from a desktop menu, the window has no terminal for that
        // line: it says so in a box too. A screenshot is a batch job: stderr only.
        if (cl.screenshot.isEmpty()) {
            const auto box = DatabaseErrorBox::create(cl.database.isEmpty() ? Database::defaultPath() : cl.database,
                                                      problem);
            if (DialogReporter::requested())
                DialogReporter::watch(box.get());
            box->exec();
        }
        return status;
    }

    int status = 0;
    {
        // A plain start paints first and reads the trust list on a worker
        // connection. A screenshot, or a subject named on the command line,
        // needs the list at once (and a usage error before any window).
        const bool needsList = !cl.screenshot.isEmpty() || !cl.provider.isEmpty() || !cl.location.isEmpty();
        MainWindow window(db, nullptr, needsList ? MainWindow::ListLoading::Now : MainWindow::ListLoading::InBackground);
        if (!cl.screenshot.isEmpty())
            return ScreenshotCommand::run(window, cl);
        window.restoreSettings();
        if (!cl.provider.isEmpty() && !window.selectProvider(cl.provider))
            return usageError(QStringLiteral("--provider %1: no such provider in %2").arg(cl.provider, db.path()));
        if (!cl.location.isEmpty() && !window.selectLocation(cl.location))
            return usageError(QStringLiteral("--location %1: no such location in %2").arg(cl.location, db.path()));
        if (FirstPaintWatcher::requested()) // benchmarks only: quit after the first frame
            FirstPaintWatcher::watch(&window, FirstPaintWatcher::listReadyRequested());
        if (FirstPaintWatcher::listReadyRequested()) { // or once the trust list is filled
            if (window.isListReady())
                FirstPaintWatcher::listReady();
            QObject::connect(&window, &MainWindow::listReady, &window, &FirstPaintWatcher::listReady);
        }
        window.show();
        status = app.exec();
    }
    return status;
}
