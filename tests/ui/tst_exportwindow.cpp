// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The window's export gives the same bytes as the command line's: the main
// window on a real SQLite file, and the real binary reading the same file at
// the same time (SQLite WAL lets a second reader in).
#include "ExportController.h"
#include "ExportDialog.h"
#include <itemmodels/DiffFilterProxyModel.h>
#include "DiffPanel.h"
#include "MainWindow.h"
#include <itemmodels/ProviderListModel.h>
#include "ProviderListPanel.h"
#include <itemmodels/RatingGridModel.h>
#include "RatingGridPanel.h"
#include "StrictCsv.h"
#include "TestDatabase.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using Rows = QList<QStringList>;

class TstExportWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // The real binary's export of `args` on `database`, from stdout.
    QByteArray cli(const QString &database, const QStringList &args, int *status)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TR_BINARY),
                QStringList{QStringLiteral("--database"), database, QStringLiteral("export")} + args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            *status = -1;
            return {};
        }
        *status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        if (*status != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return p.readAllStandardOutput();
    }

    static QByteArray bytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

private Q_SLOTS:
    // File > Export all ratings of this trust: the dialog's Save starts the
    // export on a thread of the pool and returns at once (no event loop of
    // its own); the file is written when it ends, the same bytes as the
    // synchronous export.
    void ratingsExportFromTheDialogRunsInTheBackground()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString viaDialog = dir.filePath(QStringLiteral("dialog.csv"));
        const QString direct = dir.filePath(QStringLiteral("direct.csv"));
        QStringList boxes;
        bool answered = false;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                boxes << box->text();
                box->reject();
            } else if (auto *dialog = qobject_cast<ExportDialog *>(modal)) {
                dialog->findChild<QLineEdit *>()->setText(viaDialog);
                answered = true;
                dialog->accept();
            }
        });
        answer.start();
        window.exporter()->chooseAndExport(ExportController::Table::SubjectRatings);
        QVERIFY(answered);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(viaDialog), 60000);
        answer.stop();
        QVERIFY2(boxes.isEmpty(), qPrintable(boxes.join(QLatin1Char('\n'))));
        const ExportResult r = window.exporter()->exportTo(ExportController::Table::SubjectRatings, direct, CsvOptions{});
        QVERIFY2(r.ok, qPrintable(r.error));
        QTRY_COMPARE_WITH_TIMEOUT(bytes(viaDialog), bytes(direct), 10000);
        QVERIFY(bytes(direct).count('\n') > 10);
    }

    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QStandardPaths::setTestModeEnabled(true); // no real settings read or written
    }

    void windowExportEqualsCommandLine()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        QTRY_COMPARE(window.gridPanel()->model()->ratings().subject.id, QStringLiteral("RJ2"));

        // The trust list exports what it shows; show every column, as the
        // header's menu does, and it is the command line's trust list.
        QTreeView *list = window.providerList()->view();
        for (int c = 0; c < window.providerList()->model()->columnCount(); ++c)
            list->setColumnHidden(c, false);

        struct Case
        {
            ExportController::Table table;
            QStringList args;
            QString name;
        };
        const QList<Case> cases = {
            {ExportController::Table::TrustList, {QStringLiteral("providers")}, QStringLiteral("providers.csv")},
            {ExportController::Table::Grid, {QStringLiteral("grid"), QStringLiteral("--provider"), QStringLiteral("RJ2")},
             QStringLiteral("grid.csv")},
            {ExportController::Table::Diff, {QStringLiteral("diff"), QStringLiteral("--provider"), QStringLiteral("RJ2")},
             QStringLiteral("diff.csv")},
            {ExportController::Table::SubjectRatings,
             {QStringLiteral("ratings"), QStringLiteral("--provider"), QStringLiteral("RJ2")},
             QStringLiteral("ratings-RJ2.csv")},
            {ExportController::Table::AllRatings, {QStringLiteral("ratings")}, QStringLiteral("ratings.csv")},
        };
        for (const Case &c : cases) {
            const QString path = m_home.filePath(QStringLiteral("window-") + c.name);
            const ExportResult r = window.exporter()->exportTo(c.table, path, CsvOptions{});
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(r.rows > 0);
            int status = -1;
            const QByteArray expected = cli(db.path(), c.args, &status);
            QCOMPARE(status, 0);
            QVERIFY(expected.size() > 50);
            const QByteArray got = bytes(path);
            if (got != expected)
                qWarning("window:\n%s\ncommand line:\n%s", got.constData(), expected.constData());
            QVERIFY2(got == expected, qPrintable(c.name));
            // And it is a well-formed file that reads back.
            const StrictCsv::Result parsed = StrictCsv::parse(got, ',', StrictCsv::LineEnd::LF);
            QVERIFY2(parsed.ok, qPrintable(parsed.error));
            QCOMPARE(qint64(parsed.rows.size()), r.rows + 1);
        }

        // The same options give the same bytes too.
        CsvOptions options;
        options.separator = ';';
        options.bom = true;
        options.crlf = true;
        const QString path = m_home.filePath(QStringLiteral("window-grid-options.csv"));
        const ExportResult r = window.exporter()->exportTo(ExportController::Table::Grid, path, options);
        QVERIFY2(r.ok, qPrintable(r.error));
        int status = -1;
        const QByteArray expected = cli(db.path(), {QStringLiteral("grid"), QStringLiteral("--provider"),
                                                    QStringLiteral("RJ2"), QStringLiteral("--separator"),
                                                    QStringLiteral(";"), QStringLiteral("--bom"), QStringLiteral("--crlf")},
                                        &status);
        QCOMPARE(status, 0);
        QVERIFY(expected.startsWith("\xEF\xBB\xBF" "Level;"));
        QCOMPARE(bytes(path), expected);
    }

    void changesExportFollowsChangedOnly()
    {
        // 24 rows on screen, 108 in the file: the unfiltered model was exported.
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        QTRY_COMPARE(window.gridPanel()->model()->ratings().subject.id, QStringLiteral("RJ2"));
        window.diffPanel()->setChangedOnly(true);

        const QString path = m_home.filePath(QStringLiteral("window-diff-changed.csv"));
        const ExportResult r = window.exporter()->exportTo(ExportController::Table::Diff, path, CsvOptions{});
        QVERIFY2(r.ok, qPrintable(r.error));
        const StrictCsv::Result got = StrictCsv::parse(bytes(path), ',', StrictCsv::LineEnd::LF);
        QVERIFY2(got.ok, qPrintable(got.error));
        QCOMPARE(r.rows, qint64(window.diffPanel()->view()->model()->rowCount()));

        // The command line's rows without the unchanged ones.
        int status = -1;
        const StrictCsv::Result all = StrictCsv::parse(
            cli(db.path(), {QStringLiteral("diff"), QStringLiteral("--provider"), QStringLiteral("RJ2")}, &status), ',',
            StrictCsv::LineEnd::LF);
        QCOMPARE(status, 0);
        QVERIFY2(all.ok, qPrintable(all.error));
        const int change = all.rows.first().indexOf(QStringLiteral("Change"));
        QVERIFY(change >= 0);
        Rows expected{all.rows.first()};
        for (const QStringList &row : all.rows.mid(1))
            if (row.at(change) != QLatin1String("unchanged"))
                expected << row;
        QVERIFY(expected.size() > 1 && expected.size() < all.rows.size());
        QCOMPARE(got.rows, expected);
    }

    // Issue 11: without ~/Documents the dialog offered ~/Documents/NAME.csv
    // and the export failed; the home folder is offered instead, with the
    // options as the user last chose them.
    void exportDialogFallsBackToHome()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray realHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        QSettings settings;
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", realHome);
            settings.remove(QStringLiteral("export"));
        });
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("Documents"))));
        QCOMPARE(QDir::homePath(), home.path());
        settings.remove(QStringLiteral("export"));
        settings.setValue(QStringLiteral("export/separator"), int(';'));
        settings.setValue(QStringLiteral("export/bom"), true);

        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // File > Export of the trust list, answered by Save; any message box
        // (a failed export) is recorded and closed.
        QString suggested;
        CsvOptions offered;
        QStringList boxes;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                boxes << box->text();
                box->reject();
            } else if (auto *dialog = qobject_cast<ExportDialog *>(modal)) {
                suggested = dialog->path();
                offered = dialog->options();
                dialog->accept();
            }
        });
        answer.start();
        window.exporter()->chooseAndExport(ExportController::Table::TrustList);
        answer.stop();
        QCOMPARE(suggested, home.filePath(QStringLiteral("providers.csv")));
        QVERIFY2(boxes.isEmpty(), qPrintable(boxes.join(QLatin1Char('\n'))));
        QCOMPARE(offered.separator, ';');
        QVERIFY(offered.bom);
        const QByteArray written = bytes(home.filePath(QStringLiteral("providers.csv")));
        QVERIFY2(written.startsWith("\xEF\xBB\xBF") && written.contains(';'), written.constData());

        // The folder of that export, since removed: home again.
        QVERIFY(QDir(home.path()).mkdir(QStringLiteral("gone")));
        settings.setValue(QStringLiteral("export/folder"), home.filePath(QStringLiteral("gone")));
        QCOMPARE(ExportDialog(QStringLiteral("the trust list"), QStringLiteral("a.csv")).path(),
                 home.filePath(QStringLiteral("gone/a.csv")));
        QVERIFY(QDir(home.path()).rmdir(QStringLiteral("gone")));
        ExportDialog dialog(QStringLiteral("the trust list"), QStringLiteral("a.csv"));
        QCOMPARE(dialog.path(), home.filePath(QStringLiteral("a.csv")));

        // A file typed into a folder that does not exist: said at Save, and
        // the dialog stays open with its choices.
        dialog.show();
        auto *pathEdit = dialog.findChild<QLineEdit *>();
        QVERIFY(pathEdit);
        pathEdit->setText(home.filePath(QStringLiteral("missing/a.csv")));
        boxes.clear();
        answer.start();
        dialog.accept();
        answer.stop();
        QCOMPARE(boxes.size(), 1);
        QVERIFY2(boxes.first().contains(home.filePath(QStringLiteral("missing"))), qPrintable(boxes.first()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.path(), home.filePath(QStringLiteral("missing/a.csv")));
        QCOMPARE(dialog.options().separator, ';');
    }

    void trustListExportsTheColumnsShown()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *list = window.providerList()->view();
        QStringList shown;
        QList<int> shownColumns;
        for (int visual = 0; visual < list->header()->count(); ++visual) {
            const int logical = list->header()->logicalIndex(visual);
            if (!list->isColumnHidden(logical)) {
                shownColumns << logical;
                shown << list->model()->headerData(logical, Qt::Horizontal).toString();
            }
        }
        QVERIFY(!shown.isEmpty());

        const QString path = m_home.filePath(QStringLiteral("window-providers-shown.csv"));
        const ExportResult r = window.exporter()->exportTo(ExportController::Table::TrustList, path, CsvOptions{});
        QVERIFY2(r.ok, qPrintable(r.error));
        const StrictCsv::Result got = StrictCsv::parse(bytes(path), ',', StrictCsv::LineEnd::LF);
        QVERIFY2(got.ok, qPrintable(got.error));

        // The command line's rows, cut down to the columns shown.
        int status = -1;
        const StrictCsv::Result all =
            StrictCsv::parse(cli(db.path(), {QStringLiteral("providers")}, &status), ',', StrictCsv::LineEnd::LF);
        QCOMPARE(status, 0);
        QVERIFY2(all.ok, qPrintable(all.error));
        Rows expected;
        for (const QStringList &row : all.rows) {
            QStringList cut;
            for (int c : std::as_const(shownColumns))
                cut << row.at(c); // the model's columns are in `export providers` order
            expected << cut;
        }
        QCOMPARE(got.rows.first(), shown);
        QCOMPARE(got.rows, expected);
    }

};

QTEST_MAIN(TstExportWindow)
#include "tst_exportwindow.moc"
