// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// How the window paints: the diff's rows tall enough for their tiles, and in
// a dark palette colours taken from the palette wherever they are not CQC's
// rating colours, with readable text.
#include <core/Change.h>
#include <itemmodels/DiffModel.h>
#include "DiffPanel.h"
#include "MainWindow.h"
#include <itemmodels/Roles.h>
#include "TestDatabase.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QScopeGuard>
#include <QStyleFactory>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QtTest>

#include <cmath>

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

} // namespace

class TstPainting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Fusion everywhere: the same look as the screenshots, whatever
    // platform theme the machine has.
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

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

QTEST_MAIN(TstPainting)
#include "tst_painting.moc"
