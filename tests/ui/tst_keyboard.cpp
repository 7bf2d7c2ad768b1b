// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The window without a mouse, with a screen reader and in a dark palette:
// unique mnemonics, Tab in screen order through every control (each with an
// accessible name), arrows across the grid's tiles, the View and Help
// menus, what is restored after a restart, and colours taken from the
// palette wherever they are not CQC's rating colours.
#include "CellHistoryPanel.h"
#include <itemmodels/DiffModel.h>
#include "DiffPanel.h"
#include <core/GridDiff.h>
#include "MainWindow.h"
#include <itemmodels/ProviderFilterProxyModel.h>
#include "ProviderListPanel.h"
#include "RatingDelegate.h"
#include <itemmodels/RatingGridModel.h>
#include "RatingGridPanel.h"
#include <itemmodels/Roles.h>
#include "TimelineWidget.h"
#include "TestDatabase.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

namespace {

// Qt's Fusion style with the usual dark palette, as a user's desktop theme
// would set it.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35), base(0x2a, 0x2a, 0x2a), text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// The colour of the text in a painted cell or label: of all its pixels, the
// one that stands out most from the background (the pixel at `background`).
QColor inkOf(const QImage &image, const QPoint &background)
{
    const QColor bg = image.pixelColor(background);
    QColor ink = bg;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (contrast(image.pixelColor(x, y), bg) > contrast(ink, bg))
                ink = image.pixelColor(x, y);
    return ink;
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// The mnemonic letter of a label such as "C&hanged only", or none.
QChar mnemonic(const QString &text)
{
    static const QRegularExpression amp(QStringLiteral("&([^&\\s])"));
    const QRegularExpressionMatch m = amp.match(text);
    return m.hasMatch() ? m.captured(1).at(0).toLower() : QChar();
}

} // namespace

class TstKeyboard : public QObject
{
    Q_OBJECT

private:
    // Every mnemonic the window offers at once, with what it belongs to.
    static QMultiMap<QChar, QString> mnemonics(MainWindow &window)
    {
        QMultiMap<QChar, QString> found;
        auto add = [&](const QString &text) {
            const QChar c = mnemonic(text);
            if (!c.isNull())
                found.insert(c, text);
        };
        for (QAction *menu : window.menuBar()->actions())
            add(menu->text());
        for (QAbstractButton *b : window.findChildren<QAbstractButton *>())
            if (b->isVisibleTo(&window))
                add(b->text());
        for (QLabel *l : window.findChildren<QLabel *>())
            if (l->buddy() && l->isVisibleTo(&window))
                add(l->text());
        for (QTabBar *bar : window.findChildren<QTabBar *>())
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i));
        return found;
    }

    static void useTemporarySettings(QTemporaryDir &dir)
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("TrustRatingsTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
    }

    static QAction *menuAction(MainWindow &window, const QString &menuTitle, const QString &text)
    {
        for (QAction *m : window.menuBar()->actions())
            if (m->text() == menuTitle && m->menu())
                for (QAction *a : m->menu()->actions())
                    if (a->text() == text)
                        return a;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Fusion everywhere: the same look as the screenshots, whatever
        // platform theme the machine has.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    // Issue 11: Alt+H belonged to "C&hanged only", "Cell &history" and
    // "&Help" at once, so it did nothing.
    void mnemonicsAreUniqueAndWork()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        const QMultiMap<QChar, QString> found = mnemonics(window);
        QVERIFY(found.size() >= 10);
        for (const QChar c : found.uniqueKeys())
            QVERIFY2(found.count(c) == 1,
                     qPrintable(QStringLiteral("Alt+%1 is shared by: %2").arg(c.toUpper(), QStringList(found.values(c)).join(QStringLiteral(", ")))));

        // Within each menu, each item has its own letter too.
        for (QAction *menu : window.menuBar()->actions()) {
            QMultiMap<QChar, QString> items;
            for (QAction *item : menu->menu()->actions())
                if (!item->isSeparator() && !mnemonic(item->text()).isNull())
                    items.insert(mnemonic(item->text()), item->text());
            for (const QChar c : items.uniqueKeys())
                QVERIFY2(items.count(c) == 1, qPrintable(QStringLiteral("%1: %2 shared by %3")
                                                             .arg(menu->text(), c, QStringList(items.values(c)).join(QStringLiteral(", ")))));
        }

        // Each tab of the lower panel comes up with its own Alt key.
        QTabWidget *tabs = window.lowerTabs();
        for (int i = tabs->count() - 1; i >= 0; --i) {
            const QChar c = mnemonic(tabs->tabText(i));
            QVERIFY2(!c.isNull(), qPrintable(tabs->tabText(i)));
            QTest::keyClick(&window, Qt::Key(Qt::Key_A + (c.unicode() - 'a')), Qt::AltModifier);
            QTRY_COMPARE(tabs->currentIndex(), i);
        }
    }

    // Tab visits every control once, in the order they stand on screen (top
    // to bottom, left to right), and each has a name a screen reader reads.
    void tabWalksTheWindowInScreenOrder()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.lowerTabs()->setCurrentWidget(window.diffPanel());

        window.providerList()->focusFilter();
        QTRY_VERIFY(QApplication::focusWidget());
        QWidget *start = QApplication::focusWidget();
        QStringList names;
        QList<QWidget *> visited;
        for (int step = 0; step < 40; ++step) {
            QWidget *w = QApplication::focusWidget();
            QVERIFY2(w, "focus left the window");
            if (step > 0 && w == start)
                break;
            QVERIFY2(!visited.contains(w), qPrintable(QStringLiteral("Tab came back to %1 (%2) before the end: %3")
                                                          .arg(accessibleName(w), w->metaObject()->className(),
                                                               names.join(QStringLiteral(" > ")))));
            visited << w;
            // On Linux a combo box's accessible name is its value and its label
            // is a relation; the name set on the widget is what the label says.
            const QString name = w->accessibleName().isEmpty() ? accessibleName(w) : w->accessibleName();
            QVERIFY2(!name.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("%1 has no accessible name").arg(w->metaObject()->className())));
            names << name;
            QTest::keyClick(w, Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), start);
        // The sample's banner link first, then the list, the grid's heading
        // (left to right) and the grid, the lower panel's tabs and the diff.
        const QStringList expected = {
            QStringLiteral("Sample data notice"),
            QStringLiteral("Filter trusts"),
            QStringLiteral("Provider type"),
            QStringLiteral("Region"),
            QStringLiteral("Overall rating"),
            QStringLiteral("Trusts"),
            QStringLiteral("As of"),
            QStringLiteral("Open CQC page"),
            QStringLiteral("Rating grid"),
            QStringLiteral("Lower panel"),
            QStringLiteral("Previous report date"),
            QStringLiteral("Current report date"),
            QStringLiteral("Changed only"),
            QStringLiteral("Changes between the two report dates"),
        };
        // Start was the filter: rotate so that the list reads from the top.
        QStringList walked = names.mid(names.indexOf(QStringLiteral("Sample data notice")))
                           + names.mid(0, names.indexOf(QStringLiteral("Sample data notice")));
        QCOMPARE(walked, expected);

        // Shift+Tab walks back the same way.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(accessibleName(QApplication::focusWidget()), names.last());

        // The other tabs' contents are in the chain when they are shown.
        window.lowerTabs()->setCurrentIndex(2);
        window.lowerTabs()->tabBar()->setFocus();
        QTest::keyClick(window.lowerTabs()->tabBar(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.timeline()));
        QVERIFY(!accessibleName(QApplication::focusWidget()).isEmpty());
    }

    // An empty database: Tab reaches the one thing to do, importing.
    void emptyDatabaseOffersImportByKeyboard()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.providerList()->focusFilter();
        QStringList names;
        QPushButton *import = nullptr;
        for (int step = 0; step < 20 && !import; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            names << accessibleName(QApplication::focusWidget());
            import = qobject_cast<QPushButton *>(QApplication::focusWidget());
            if (import && !import->text().contains(QStringLiteral("Import")))
                import = nullptr;
        }
        QVERIFY2(import, qPrintable(names.join(QStringLiteral(" > "))));
        QCOMPARE(accessibleName(import), QStringLiteral("Import CQC files…"));
    }

    // Right and Left move along a grid row's tiles, at every level.
    void arrowsMoveAlongTheGridRow()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTreeView *grid = window.gridPanel()->view();
        const QAbstractItemModel *m = grid->model();
        const QModelIndex trust = m->index(0, 0);
        QVERIFY(m->rowCount(trust) > 0); // the trust row has locations under it
        grid->setFocus();
        grid->setCurrentIndex(trust);
        QTest::keyClick(grid, Qt::Key_Right);
        QCOMPARE(grid->currentIndex(), m->index(0, 1));
        QTest::keyClick(grid, Qt::Key_Right);
        QCOMPARE(grid->currentIndex(), m->index(0, 2));
        QTest::keyClick(grid, Qt::Key_Left);
        QCOMPARE(grid->currentIndex(), m->index(0, 1));
        QTest::keyClick(grid, Qt::Key_Down);
        QCOMPARE(grid->currentIndex(), m->index(0, 1, trust)); // first location, same key question
        QTest::keyClick(grid, Qt::Key_Right);
        QCOMPARE(grid->currentIndex(), m->index(0, 2, trust));
        grid->setCurrentIndex(m->index(0, m->columnCount() - 1));
        QTest::keyClick(grid, Qt::Key_Right); // the last tile stays put
        QCOMPARE(grid->currentIndex(), m->index(0, m->columnCount() - 1));
    }

    // Issue 11: clicking a tile switched the lower panel away from Changes.
    // The history follows the tile quietly; Enter brings it up.
    void pickingATileKeepsTheChangesInView()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.lowerTabs()->setCurrentWidget(window.diffPanel());
        QTreeView *grid = window.gridPanel()->view();
        const QModelIndex tile = grid->model()->index(0, 1);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(tile).center());
        QCOMPARE(grid->currentIndex(), tile);
        QCOMPARE(window.lowerTabs()->currentWidget(), static_cast<QWidget *>(window.diffPanel()));
        QVERIFY2(window.historyPanel()->titleText().contains(grid->model()->headerData(1, Qt::Horizontal).toString()),
                 qPrintable(window.historyPanel()->titleText()));
        QTest::keyClick(grid, Qt::Key_Return);
        QCOMPARE(window.lowerTabs()->currentWidget(), static_cast<QWidget *>(window.historyPanel()));
    }

    // Issue 11: on first start with the sample nothing was selected.
    void firstStartShowsTheFirstTrust()
    {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        useTemporarySettings(settingsDir);
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.restoreSettings();
        ProviderListPanel *list = window.providerList();
        QVERIFY(list->proxy()->rowCount() > 0);
        const QString first = list->proxy()->index(0, 0).data(Roles::SubjectIdRole).toString();
        QVERIFY(!first.isEmpty());
        QCOMPARE(list->currentProviderId(), first);
        QCOMPARE(window.gridPanel()->model()->ratings().subject.id, first);
    }

    // Issue 11: the compare dates and the lower tab were lost on restart.
    void compareDatesAndTabAreRestored()
    {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        useTemporarySettings(settingsDir);
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        {
            MainWindow first(db.database());
            first.restoreSettings();
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            QVERIFY(first.selectProvider(QStringLiteral("RJ2")));
            QVERIFY(first.compare(QDate(2017, 8, 1), QDate(2019, 1, 10)));
            QVERIFY(first.showTab(QStringLiteral("timeline")));
            first.close();
        }
        MainWindow second(db.database());
        second.restoreSettings();
        QCOMPARE(second.providerList()->currentProviderId(), QStringLiteral("RJ2"));
        QCOMPARE(second.diffPanel()->model()->fromDate(), QDate(2017, 8, 1));
        QCOMPARE(second.diffPanel()->model()->toDate(), QDate(2019, 1, 10));
        QCOMPARE(second.lowerTabs()->currentIndex(), 2);

        // Another trust's dates are its own: the saved pair is for RJ2 only.
        QVERIFY(second.selectProvider(QStringLiteral("RXY")));
        QVERIFY(second.diffPanel()->model()->toDate() != QDate(2019, 1, 10)
                || second.diffPanel()->model()->fromDate() != QDate(2017, 8, 1));
    }

    void viewMenuHidesShowsAndResets()
    {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        useTemporarySettings(settingsDir);
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        {
            MainWindow window(db.database());
            window.restoreSettings();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QAction *list = menuAction(window, QStringLiteral("&View"), QStringLiteral("Trust &list"));
            QAction *lower = menuAction(window, QStringLiteral("&View"), QStringLiteral("&Changes, history and timeline"));
            QAction *reset = menuAction(window, QStringLiteral("&View"), QStringLiteral("&Reset layout"));
            QVERIFY(list && lower && reset);
            QVERIFY(list->isChecked() && lower->isChecked());
            list->trigger();
            QVERIFY(!window.providerList()->isVisible());
            lower->trigger();
            QVERIFY(!window.lowerTabs()->isVisible());
            window.close(); // hidden panels are remembered
        }
        MainWindow window(db.database());
        window.restoreSettings();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.providerList()->isVisible());
        QVERIFY(!window.lowerTabs()->isVisible());
        QAction *list = menuAction(window, QStringLiteral("&View"), QStringLiteral("Trust &list"));
        QVERIFY(list && !list->isChecked());
        QSplitter *main = qobject_cast<QSplitter *>(window.providerList()->parentWidget());
        QVERIFY(main);
        main->setSizes({200, window.width() - 200});
        menuAction(window, QStringLiteral("&View"), QStringLiteral("&Reset layout"))->trigger();
        QVERIFY(window.providerList()->isVisible());
        QVERIFY(window.lowerTabs()->isVisible());
        QVERIFY(list->isChecked());
        // Back to the first-start proportions: a third of the window for the list.
        QTRY_VERIFY(qAbs(main->sizes().first() - main->width() * 34 / 100) < 20);
    }

    void helpHasAHandbookAndAboutQt()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(menuAction(window, QStringLiteral("&Help"), QStringLiteral("About &Qt")));
        QAction *handbook = menuAction(window, QStringLiteral("&Help"), QStringLiteral("Trust Ratings &handbook"));
        QVERIFY(handbook);
        QCOMPARE(handbook->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QTest::keyClick(&window, Qt::Key_F1);
        QTextBrowser *page = nullptr;
        QTRY_VERIFY((page = window.findChild<QTextBrowser *>(QStringLiteral("handbook"))) && page->isVisible());
        const QString text = page->toPlainText();
        for (const char *topic : {"rating grid", "As of", "Changes", "Latest ratings", "cqc.org.uk"})
            QVERIFY2(text.contains(QLatin1String(topic)), topic);
        QVERIFY(page->openExternalLinks());
    }

    // A non-grade in the diff ("Inspected but not rated") wraps onto two
    // lines; its date must still fit the row, not be cut off.
    void diffRowsHoldTheirTiles()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.diffPanel()->view();
        const QAbstractItemModel *m = view->model();
        QVERIFY(m->rowCount() > 0);
        int tiles = 0;
        for (int row = 0; row < m->rowCount(); ++row)
            for (int column : {int(DiffModel::PreviousColumn), int(DiffModel::CurrentColumn)}) {
                const QModelIndex index = m->index(row, column);
                if (!index.data(Roles::GradeRole).isValid())
                    continue;
                QStyleOptionViewItem option;
                option.initFrom(view);
                option.font = view->font();
                const int needed = view->itemDelegate()->sizeHint(option, index).height();
                QVERIFY2(needed <= view->rowHeight(row),
                         qPrintable(QStringLiteral("row %1: tile needs %2 px, row is %3").arg(row).arg(needed).arg(view->rowHeight(row))));
                ++tiles;
            }
        QVERIFY(tiles > 0);
    }

    // Issue 11: the banner and the diff's tints stayed light in a dark
    // palette and "= unchanged" was grey on dark grey.
    void darkPaletteReachesEveryColourButTheRatings_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void darkPaletteReachesEveryColourButTheRatings()
    {
        QFETCH(bool, dark);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        auto restore = qScopeGuard([&] { QApplication::setPalette(before); });
        const QColor base = QApplication::palette().color(QPalette::Base);

        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *banner = window.findChild<QLabel *>(QStringLiteral("sampleBanner"));
        QVERIFY(banner && banner->isVisible());
        const QImage bannerImage = banner->grab().toImage();
        const QColor bannerBack = bannerImage.pixelColor(bannerImage.width() - 3, bannerImage.height() / 2);
        QVERIFY2((luminance(bannerBack) < 0.2) == dark, qPrintable(bannerBack.name()));
        QVERIFY2(contrast(inkOf(bannerImage, {bannerImage.width() - 3, bannerImage.height() / 2}), bannerBack) >= 4.5,
                 qPrintable(bannerBack.name()));

        // Every change in the diff: readable text, a background of the
        // palette's lightness.
        QTableView *view = window.diffPanel()->view();
        const QAbstractItemModel *m = view->model();
        auto *delegate = qobject_cast<QStyledItemDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        QSet<int> seen;
        for (int row = 0; row < m->rowCount(); ++row)
            for (int column = 0; column < m->columnCount(); ++column) {
                const QModelIndex index = m->index(row, column);
                const QVariant change = index.data(Roles::ChangeRole);
                if (!change.isValid())
                    continue;
                seen << change.toInt();
                QImage image(160, 36, QImage::Format_ARGB32);
                image.fill(base);
                QPainter painter(&image);
                QStyleOptionViewItem option;
                option.initFrom(view);
                option.rect = image.rect();
                option.state = QStyle::State_Enabled;
                option.widget = view;
                delegate->paint(&painter, option, index);
                painter.end();
                const QColor back = image.pixelColor(image.width() - 2, image.height() / 2);
                QVERIFY2((luminance(back) < 0.2) == dark,
                         qPrintable(QStringLiteral("row %1: background %2").arg(row).arg(back.name())));
                const QColor ink = inkOf(image, {image.width() - 2, image.height() / 2});
                QVERIFY2(contrast(ink, back) >= 4.5, qPrintable(QStringLiteral("row %1 (%2): %3 on %4, %5:1")
                                                                    .arg(row).arg(index.data().toString(), ink.name(), back.name())
                                                                    .arg(contrast(ink, back))));
            }
        QVERIFY(seen.contains(int(Change::Improved)) && seen.contains(int(Change::Unchanged)));
    }
};

QTEST_MAIN(TstKeyboard)
#include "tst_keyboard.moc"
