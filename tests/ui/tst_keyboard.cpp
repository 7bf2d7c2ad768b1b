// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The window without a mouse and with a screen reader: unique mnemonics,
// Tab in screen order through every control (each with an accessible
// name), arrows across the grid's tiles, and Enter on a tile.
#include "CellHistoryPanel.h"
#include "DiffPanel.h"
#include "MainWindow.h"
#include "ProviderListPanel.h"
#include "RatingGridPanel.h"
#include "TimelineWidget.h"
#include "TestDatabase.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

namespace {

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

private Q_SLOTS:
    // Fusion everywhere: the same look as the screenshots, whatever
    // platform theme the machine has.
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

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
            QStringLiteral("Trust type"),
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

};

QTEST_MAIN(TstKeyboard)
#include "tst_keyboard.moc"
