// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The window's desktop identity: its icon, from the binary's resources, and
// the desktop file name, which must be the ID of the .desktop file and the
// AppStream component that `cmake --install` puts beside the binary
// (install_test.sh checks the installed files and the real binary's window).
#include "DesktopIdentity.h"
#include "MainWindow.h"
#include "RatingDelegate.h"
#include <core/Rating.h>
#include "TestDatabase.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QXmlStreamReader>
#include <QtTest>

class TstDesktop : public QObject
{
    Q_OBJECT

private:
    static QString desktopFilePath()
    {
        return QStringLiteral(TR_DESKTOP_DIR "/%1.desktop").arg(DesktopIdentity::desktopFileName());
    }

    // The value of `key` in the .desktop file's [Desktop Entry] group.
    static QString desktopEntry(const QString &key)
    {
        QFile file(desktopFilePath());
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return QStringLiteral("<cannot read %1>").arg(file.fileName());
        bool inEntry = false;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.startsWith(QLatin1Char('[')))
                inEntry = line == QLatin1String("[Desktop Entry]");
            else if (inEntry && line.startsWith(key + QLatin1Char('=')))
                return line.mid(key.size() + 1);
        }
        return QStringLiteral("<no %1>").arg(key);
    }

    static QList<QSize> sizes(const QIcon &icon)
    {
        QList<QSize> out = icon.availableSizes();
        std::sort(out.begin(), out.end(), [](QSize a, QSize b) { return a.width() < b.width(); });
        return out;
    }

    static const QList<QSize> &desktopSizes()
    {
        static const QList<QSize> s = {QSize(48, 48), QSize(128, 128), QSize(256, 256)};
        return s;
    }

private Q_SLOTS:
    void iconComesAtTheDesktopSizes()
    {
        const QIcon icon = DesktopIdentity::icon();
        QVERIFY(!icon.isNull());
        QCOMPARE(sizes(icon), desktopSizes());
        for (const QSize &size : desktopSizes()) {
            const QImage image = icon.pixmap(size).toImage();
            QCOMPARE(image.size(), size);
            // Rounded corners: transparent; the middle of the card: opaque.
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
            QCOMPARE(qAlpha(image.pixel(size.width() / 2, size.height() / 2)), 255);
        }
    }

    // The four tiles are the grid's own colours for the four grades, so the
    // icon reads as the window's tiles.
    void iconTilesAreTheRatingColours()
    {
        const QImage image = DesktopIdentity::icon().pixmap(QSize(256, 256)).toImage();
        // Tile centres in the SVG's 128-unit square: x 41 and 87, y 39 and 85.
        const struct { int x, y; Grade grade; } tiles[] = {
            {41, 39, Grade::Outstanding}, {87, 39, Grade::Good},
            {41, 85, Grade::RequiresImprovement}, {87, 85, Grade::Inadequate}};
        for (const auto &t : tiles)
            QCOMPARE(QColor(image.pixel(t.x * 2, t.y * 2)), RatingDelegate::tileColour(int(t.grade)));
    }

    void applySetsTheWindowIconAndDesktopFileName()
    {
        QCOMPARE(QGuiApplication::desktopFileName(), QString()); // not set until apply()
        DesktopIdentity::apply(*qApp);
        QCOMPARE(QGuiApplication::desktopFileName(), DesktopIdentity::desktopFileName());
        QCOMPARE(sizes(QGuiApplication::windowIcon()), desktopSizes());

        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(sizes(window.windowIcon()), desktopSizes());
        QVERIFY(window.windowHandle());
        QCOMPARE(sizes(window.windowHandle()->icon()), desktopSizes());
    }

    // The desktop file name is the .desktop file's basename (what Wayland
    // compositors look up), and that file names the same icon and binary.
    void desktopFileNameIsTheDesktopFile()
    {
        const QFileInfo file(desktopFilePath());
        QVERIFY2(file.isFile(), qPrintable(file.filePath()));
        QCOMPARE(file.completeBaseName(), DesktopIdentity::desktopFileName());
        QCOMPARE(desktopEntry(QStringLiteral("Icon")), DesktopIdentity::desktopFileName());
        QCOMPARE(desktopEntry(QStringLiteral("Exec")).section(QLatin1Char(' '), 0, 0),
                 QFileInfo(QStringLiteral(TR_BINARY)).fileName());
        QCOMPARE(desktopEntry(QStringLiteral("Name")), QStringLiteral("Trust Ratings"));
    }

    void metainfoNamesTheSameComponentAndLauncher()
    {
        QFile file(QStringLiteral(TR_DESKTOP_DIR "/%1.metainfo.xml").arg(DesktopIdentity::desktopFileName()));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString id, launchable;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("id"))
                id = xml.readElementText();
            else if (xml.name() == QLatin1String("launchable"))
                launchable = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, DesktopIdentity::desktopFileName());
        QCOMPARE(launchable, QFileInfo(desktopFilePath()).fileName());
    }
};

QTEST_MAIN(TstDesktop)
#include "tst_desktop.moc"
