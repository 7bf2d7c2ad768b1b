// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The reports from the window: File > Print… (Ctrl+P) opens a print
// preview of the trust shown, with pages; Export as PDF writes what the
// window shows (the grid's "as of" date, the diff's two dates), read back
// with pdftotext; with nothing chosen it writes nothing. In the England
// view the same command writes the one-page national summary.
#include "BoardPack.h"
#include "EnglandView.h"
#include "ReportController.h"
#include "DiffPanel.h"
#include "MainWindow.h"
#include "RatingGridPanel.h"
#include "TestDatabase.h"

#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {

QString pdfText(const QString &pdf)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (exe.isEmpty())
        return QStringLiteral("<pdftotext is not installed (bootstrap.sh installs poppler-utils)>");
    QProcess p;
    p.start(exe, {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QAction *actionWithShortcut(QWidget *window, const QKeySequence &keys)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->shortcut() == keys)
            return a;
    return nullptr;
}

} // namespace

class TstBoardPackWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ctrlPOpensAPreviewWithPages()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        QAction *print = actionWithShortcut(&window, QKeySequence::Print);
        QVERIFY(print);
        QVERIFY(print->text().contains(QStringLiteral("Print")));

        int pages = -1;
        QString title;
        bool seen = false;
        // The preview is modal: looked at from the event loop it runs.
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            seen = true;
            title = dialog->windowTitle();
            if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
                pages = preview->pageCount();
            const QString shots = qEnvironmentVariable("TR_SCREENSHOT_DIR");
            if (!shots.isEmpty()) {
                dialog->resize(1000, 760);
                dialog->grab().save(shots + QStringLiteral("/print-preview.png"));
            }
            dialog->reject();
        });
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(seen);
        QVERIFY2(title.contains(QStringLiteral("Lewisham and Greenwich NHS Trust")), qPrintable(title));
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    }

    void exportFollowsWhatTheWindowShows()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QTemporaryDir out;
        QVERIFY(out.isValid());
        MainWindow window(db.database());
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        window.gridPanel()->setAsOf(QDate(2019, 6, 1));
        QVERIFY(window.diffPanel()->compare(QDate(2017, 8, 1), QDate(2019, 1, 10)));
        const BoardPackRequest request = window.boardPackRequest();
        QCOMPARE(request.subject.id, QStringLiteral("RJ2"));
        QCOMPARE(request.asOf, QDate(2019, 6, 1));
        QCOMPARE(request.from, QDate(2017, 8, 1));
        QCOMPARE(request.to, QDate(2019, 1, 10));

        const QString pdf = out.filePath(QStringLiteral("rj2.pdf"));
        QString error;
        QVERIFY2(window.reports()->writePdf(pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Ratings as of 1 June 2019")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Changes from 1 August 2017 to 10 January 2019")), qPrintable(text));
        // As of June 2019 the 2020 report is not yet published.
        QVERIFY(!text.contains(QStringLiteral("3 Jul 2020")));
    }

    void nothingChosenWritesNothing()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QTemporaryDir out;
        QVERIFY(out.isValid());
        MainWindow window(db.database());
        QVERIFY(!window.boardPackRequest().subject.isValid());
        const QString pdf = out.filePath(QStringLiteral("none.pdf"));
        QString error;
        QVERIFY(!window.reports()->writePdf(pdf, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(pdf));
    }

    void englandViewPrintsTheNationalSummary()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QTemporaryDir out;
        QVERIFY(out.isValid());
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(window.englandView(), &EnglandView::surveyFinished);
        window.showView(MainWindow::View::England);
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY(!window.englandView()->isComputing());
        const QString pdf = out.filePath(QStringLiteral("england.pdf"));
        QString error;
        QVERIFY2(window.reports()->writePdf(pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY2(text.startsWith(QStringLiteral("CQC ratings in England NHS trusts")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Page 1 of 1")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Open Government Licence v3.0")));
        // The chart's own words: its key questions and a grade of the legend.
        for (const QString &word : {QStringLiteral("Overall"), QStringLiteral("Well-led"), QStringLiteral("Good")})
            QVERIFY2(text.contains(word), qPrintable(word));
        const QString shots = qEnvironmentVariable("TR_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QFile::copy(pdf, shots + QStringLiteral("/england.pdf"));
    }
};

QTEST_MAIN(TstBoardPackWindow)
#include "tst_boardpackwindow.moc"
