// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// Case 6 of trbench: interaction on the national database, in process (no
// other process can drive the window's widgets). Opens MainWindow offscreen
// and times, with QElapsedTimer:
//
//   select-trust          MainWindow::selectProvider(id) for NHS trusts spread
//                         over the list (IDs read through ProviderListPanel's
//                         model). The call is synchronous: when it returns the
//                         grid and diff models are filled (checked).
//   select-trust-paint    the same, plus one full repaint of the window
//                         (window.grab()).
//   keystroke-nhs         one keystroke in the trust filter, in the window's
//                         default "NHS trusts" view: the line edit's text one
//                         character longer (or shorter, for a backspace) and
//                         ProviderFilterProxyModel::setFilterText, which is
//                         what the filter's debounce timer calls.
//   keystroke-nhs-paint   the same, plus one repaint of the trust list panel.
//   keystroke-all         as keystroke-nhs with "All providers" (25,000 rows).
//   keystroke-all-paint   the same, plus one repaint of the trust list panel.
//
// With --england, instead (case 10): the England view, its filters changed
// one at a time through the filter bar's widgets, as a user does, and timed
// from the change to EnglandView::surveyFinished (the three tables filled),
// the event loop running meanwhile:
//
//   england-first         the first survey after the view is shown (cold)
//   england-nhs           each change of filter on NHS trusts: level, trust
//                         type, region, dates
//   england-all           switching to all providers (25,000) and back
//   england-stall         the longest the GUI thread went without serving a
//                         1 ms timer during each survey: input is not blocked
//                         while it stays under a frame
//
// Prints one line per measurement on stdout, for trbench to read:
//   RESULT <name> <samples> <median ms> <worst ms>
#include <storage/Database.h>
#include <itemmodels/ChangeFeedModel.h>
#include <itemmodels/DiffModel.h>
#include <itemmodels/LeagueTableModel.h>
#include "DiffPanel.h"
#include "EnglandFilterBar.h"
#include "EnglandView.h"
#include "LeagueTablePanel.h"
#include "ChangeFeedPanel.h"
#include "MainWindow.h"
#include <itemmodels/ProviderFilterProxyModel.h>
#include <itemmodels/ProviderListModel.h>
#include "ProviderListPanel.h"
#include <itemmodels/RatingGridModel.h>
#include <itemmodels/Roles.h>
#include "RatingGridPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QLineEdit>
#include <QPixmap>

#include <algorithm>
#include <cstdio>

struct Samples
{
    QString name;
    QVector<double> ms;

    void print() const
    {
        QVector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const int n = int(sorted.size());
        const double median = n == 0 ? 0 : n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        std::printf("RESULT %s %d %.3f %.3f\n", qPrintable(name), n, median, n ? sorted.last() : 0.0);
        std::fflush(stdout);
    }
};

static double msSince(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

// Filter texts for `count` keystrokes: each word typed letter by letter, then
// erased with backspaces, so the list also comes back to all its rows.
static QStringList keystrokes(int count)
{
    static const char *const words[] = {"teaching", "university", "mental", "hospital", "R1"};
    QStringList texts;
    for (int w = 0; texts.size() < count; w = (w + 1) % int(std::size(words))) {
        const QString word = QString::fromLatin1(words[w]);
        for (int i = 1; i <= word.size() && texts.size() < count; ++i)
            texts << word.left(i);
        for (int i = int(word.size()) - 1; i >= 0 && texts.size() < count; --i)
            texts << word.left(i);
    }
    return texts;
}

static void typeInFilter(MainWindow &window, const QString &label, int count)
{
    ProviderListPanel *panel = window.providerList();
    Samples model{label, {}}, painted{label + QStringLiteral("-paint"), {}};
    for (const QString &text : keystrokes(count)) {
        QElapsedTimer t;
        t.start();
        panel->filterEdit()->setText(text);
        panel->proxy()->setFilterText(text);
        const double filtered = msSince(t);
        t.start();
        panel->grab();
        const double repainted = msSince(t);
        model.ms << filtered;
        painted.ms << filtered + repainted;
        std::fprintf(stderr, "  %s \"%s\": %d rows shown, current %s, %.1f ms (+%.1f ms repaint)\n", qPrintable(label),
                     qPrintable(text), panel->proxy()->rowCount(),
                     qPrintable(panel->currentProviderId().isEmpty() ? QStringLiteral("none") : panel->currentProviderId()),
                     filtered, repainted);
        QCoreApplication::processEvents(); // untimed: the debounce timer and other posted events
    }
    model.print();
    painted.print();
}

// The England view's filter changes, each timed until its tables are filled.
static int englandTour(MainWindow &window)
{
    EnglandView *view = window.englandView();
    EnglandFilterBar *bar = view->filters();
    Samples first{QStringLiteral("england-first"), {}}, nhs{QStringLiteral("england-nhs"), {}},
        all{QStringLiteral("england-all"), {}}, stall{QStringLiteral("england-stall"), {}};
    bool timedOut = false;
    // Runs `change` and the event loop until the view says its tables show it.
    const auto timed = [&](const QString &label, Samples &samples, const std::function<void()> &change) {
        QEventLoop loop;
        const QMetaObject::Connection done = QObject::connect(view, &EnglandView::surveyFinished, &loop, &QEventLoop::quit);
        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&limit, &QTimer::timeout, &loop, [&] {
            timedOut = true;
            loop.quit();
        });
        // The GUI thread's longest gap between two ticks of a 1 ms timer.
        QElapsedTimer sinceTick;
        double longestGap = 0;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
            longestGap = std::max(longestGap, msSince(sinceTick));
            sinceTick.start();
        });
        limit.start(120000);
        QElapsedTimer t;
        t.start();
        sinceTick.start();
        tick.start();
        change();
        loop.exec();
        const double ms = msSince(t);
        QObject::disconnect(done);
        samples.ms << ms;
        stall.ms << longestGap;
        std::fprintf(stderr, "  %s: %.1f ms, longest GUI gap %.1f ms; %s; league %d rows, changes %d rows\n",
                     qPrintable(label), ms, longestGap, qPrintable(view->statusText()),
                     view->league()->model()->rowCount(), view->changes()->model()->rowCount());
    };
    timed(QStringLiteral("show the England view"), first, [&] { window.showView(MainWindow::View::England); });
    // A box already at `index` emits nothing, and no survey would come.
    const auto choose = [&](QComboBox *box, int index, Samples &samples) {
        if (box->currentIndex() != index)
            timed(box->accessibleName() + QStringLiteral(": ") + box->itemText(index), samples,
                  [box, index] { box->setCurrentIndex(index); });
    };
    QComboBox *level = bar->levelBox(), *type = bar->typeBox(), *region = bar->regionBox();
    const QDate asOf = bar->asOfEdit()->date();
    for (int i : {1, 2, 0})
        choose(level, i, nhs);
    for (int i = 1; i < type->count(); ++i)
        choose(type, i, nhs);
    choose(type, 0, nhs);
    for (int i = 1; i < std::min(4, int(region->count())); ++i)
        choose(region, i, nhs);
    choose(region, 0, nhs);
    if (bar->fromBox()->count() > 1 && asOf != bar->fromBox()->itemData(bar->fromBox()->count() - 1).toDate()) {
        // The distribution and league as of the older snapshot, then today again.
        const QDate older = bar->fromBox()->itemData(bar->fromBox()->count() - 1).toDate();
        timed(QStringLiteral("as of %1").arg(older.toString(Qt::ISODate)), nhs, [&] { bar->asOfEdit()->setDate(older); });
        timed(QStringLiteral("as of %1").arg(asOf.toString(Qt::ISODate)), nhs, [&] { bar->asOfEdit()->setDate(asOf); });
    }
    choose(bar->populationBox(), 1, all);
    choose(bar->populationBox(), 0, all);
    if (timedOut) {
        std::fprintf(stderr, "bench_interaction: a survey did not finish in 120 s\n");
        return 1;
    }
    first.print();
    nhs.print();
    all.print();
    stall.print();
    return 0;
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString path;
    int samples = 30;
    bool england = false;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--database") && i + 1 < args.size())
            path = args.at(++i);
        else if (args.at(i) == QLatin1String("--samples") && i + 1 < args.size())
            samples = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--england"))
            england = true;
        else {
            std::fprintf(stderr, "usage: bench_interaction --database PATH [--samples N] [--england]\n");
            return 2;
        }
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "bench_interaction: --database PATH is required\n");
        return 2;
    }
    Database db(QStringLiteral("bench"));
    if (!db.open(path)) {
        std::fprintf(stderr, "bench_interaction: %s\n", qPrintable(db.errorString()));
        return 1;
    }

    MainWindow window(db);
    window.resize(1280, 800);
    window.show();
    window.grab(); // the first frame, untimed
    QCoreApplication::processEvents();
    if (england)
        return englandTour(window);

    // NHS trusts spread evenly over the list, in the model's order.
    const ProviderListModel *list = window.providerList()->model();
    QStringList trusts;
    for (int row = 0; row < list->rowCount(); ++row) {
        const QModelIndex index = list->index(row, 0);
        if (index.data(Roles::NhsRole).toBool())
            trusts << index.data(Roles::SubjectIdRole).toString();
    }
    if (trusts.isEmpty()) {
        std::fprintf(stderr, "bench_interaction: %s has no NHS trusts\n", qPrintable(path));
        return 1;
    }
    QStringList picked;
    for (int i = 0; i < samples; ++i)
        picked << trusts.at(int(qint64(i) * trusts.size() / samples) % trusts.size());

    Samples select{QStringLiteral("select-trust"), {}}, selectPainted{QStringLiteral("select-trust-paint"), {}};
    for (const QString &id : std::as_const(picked)) {
        QElapsedTimer t;
        t.start();
        const bool ok = window.selectProvider(id);
        const double selected = msSince(t);
        const int gridRows = window.gridPanel()->model()->rowCount();
        const int diffRows = window.diffPanel()->model()->rowCount();
        if (!ok || gridRows == 0) {
            std::fprintf(stderr, "bench_interaction: %s: selected %d, grid rows %d\n", qPrintable(id), ok, gridRows);
            return 1;
        }
        t.start();
        window.grab();
        const double repainted = msSince(t);
        select.ms << selected;
        selectPainted.ms << selected + repainted;
        std::fprintf(stderr, "  %s: grid %d rows, diff %d rows, %.1f ms (+%.1f ms repaint)\n", qPrintable(id),
                     gridRows, diffRows, selected, repainted);
        QCoreApplication::processEvents();
    }
    select.print();
    selectPainted.print();

    // The window's default view lists NHS trusts only.
    typeInFilter(window, QStringLiteral("keystroke-nhs"), samples);
    window.providerList()->typeFilter()->setCurrentIndex(1);
    window.providerList()->proxy()->setNhsOnly(false);
    QCoreApplication::processEvents();
    typeInFilter(window, QStringLiteral("keystroke-all"), samples);
    return 0;
}
