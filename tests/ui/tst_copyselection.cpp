// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// Ctrl+C's data: the selected cells of the grid and the diff as text and as
// an HTML table, with their rows' labels and their dates, formula-like text
// guarded as export guards it.
#include "DiffPanel.h"
#include "MainWindow.h"
#include <itemmodels/RatingGridModel.h>
#include "RatingGridPanel.h"
#include "SelectionCopier.h"
#include <itemmodels/DiffModel.h>
#include <itemmodels/Roles.h>
#include "RatingsSheetRows.h"
#include <importing/Importer.h>
#include "TestDatabase.h"

#include <QMimeData>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

class TstCopySelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // no real settings read or written
    }

    void copySelectionGivesTextAndHtml()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        QTreeView *grid = window.gridPanel()->view();
        QTRY_VERIFY(grid->model()->rowCount() > 0);
        grid->expandAll();
        grid->selectAll();
        std::unique_ptr<QMimeData> data(SelectionCopier::mimeData(grid));
        QVERIFY(data);

        const QStringList lines = data->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(data->text()));
        // Each key question with its date beside it (every column of the
        // sample's grid has a dated rating somewhere).
        QStringList headers;
        for (int c = 0; c < grid->model()->columnCount(); ++c)
            if (!grid->isColumnHidden(c)) {
                const QString h = grid->model()->headerData(c, Qt::Horizontal).toString();
                headers << h;
                if (c > 0)
                    headers << h + QStringLiteral(" date");
            }
        QCOMPARE(lines.first(), headers.join(QLatin1Char('\t')));
        for (const QString &line : lines)
            QCOMPARE(line.count(QLatin1Char('\t')), headers.size() - 1);
        // The provider's own row, with its ratings in the key questions'
        // order, each with the date it was published.
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Lewisham and Greenwich NHS Trust\tRequires improvement\t2020-07-03\t"
                                                       "Good\t2020-07-03\tGood\t2020-07-03\t"
                                                       "Requires improvement\t2020-07-03\tGood\t2020-07-03\t"
                                                       "Requires improvement\t2020-07-03")),
                 qPrintable(lines.at(1)));
        // Every location shows up.
        QVERIFY(data->text().contains(QStringLiteral("Queen Elizabeth Hospital")));
        QVERIFY(data->text().contains(QStringLiteral("University Hospital Lewisham")));

        QVERIFY(data->hasHtml());
        const QString html = data->html();
        QVERIFY(html.contains(QStringLiteral("<table>")));
        QVERIFY(html.contains(QStringLiteral("</table>")));
        QCOMPARE(html.count(QStringLiteral("<tr>")), lines.size());
        QCOMPARE(html.count(QStringLiteral("<th>")), headers.size());
        QVERIFY(html.contains(QStringLiteral("<td>Lewisham and Greenwich NHS Trust</td>")));

        // Nothing selected: nothing to copy.
        grid->clearSelection();
        QVERIFY(!SelectionCopier::mimeData(grid));
    }

    // Issue 11: cells copied from the grid pasted as a bare column of
    // "Good": no row labels, no dates.
    void copiedGridCellsKeepTheirRowsAndDates()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        QTreeView *grid = window.gridPanel()->view();
        RatingGridModel *model = window.gridPanel()->model();
        QTRY_VERIFY(model->rowCount() > 0);
        grid->expandAll();

        // The Safe cell of the trust, of a hospital and of a service there:
        // three levels of the tree, the name column not selected.
        const QModelIndex trust = model->index(0, 0);
        QModelIndex hospital, service;
        for (int r = 0; r < model->rowCount(trust) && !service.isValid(); ++r)
            if (model->rowCount(model->index(r, 0, trust)) > 0) {
                hospital = model->index(r, 0, trust);
                service = model->index(0, 0, hospital);
            }
        QVERIFY2(service.isValid(), "RJ2's sample has a hospital with services");
        int safe = -1;
        for (int c = 1; c < model->columnCount(); ++c)
            if (model->headerData(c, Qt::Horizontal).toString() == QLatin1String("Safe"))
                safe = c;
        QVERIFY(safe > 0);
        grid->clearSelection();
        for (const QModelIndex &row : {trust, hospital, service})
            grid->selectionModel()->select(row.siblingAtColumn(safe), QItemSelectionModel::Select);
        std::unique_ptr<QMimeData> data(SelectionCopier::mimeData(grid));
        QVERIFY(data);

        const QStringList lines = data->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("Trust, location or service\tSafe\tSafe date"));
        const auto expected = [&](const QModelIndex &row, int indent) {
            const QModelIndex cell = row.siblingAtColumn(safe);
            const QDate date = cell.data(Roles::DateRole).toDate();
            return QString(indent, QLatin1Char(' ')) + row.data().toString() + QLatin1Char('\t')
                 + cell.data().toString() + QLatin1Char('\t') + (date.isValid() ? date.toString(Qt::ISODate) : QString());
        };
        QCOMPARE(lines.at(1), expected(trust, 0));
        QCOMPARE(lines.at(2), expected(hospital, 4));
        QCOMPARE(lines.at(3), expected(service, 8));
        // The trust's own Safe rating is dated: it is not an empty column.
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Lewisham and Greenwich NHS Trust\tRequires improvement\t20")),
                 qPrintable(lines.at(1)));
        // The HTML table says the same, the level kept by non-breaking spaces.
        const QString html = data->html();
        QVERIFY(html.contains(QStringLiteral("<th>Trust, location or service</th><th>Safe</th><th>Safe date</th>")));
        QVERIFY2(html.contains(QStringLiteral("<td>") + QString(8, QChar(0x00a0)) + service.data().toString().toHtmlEscaped()
                               + QStringLiteral("</td>")),
                 qPrintable(html));

        // The diff's tiles show their dates too (the date columns are
        // hidden there): a copied row carries them.
        QTableView *diff = window.diffPanel()->view();
        QTRY_VERIFY(diff->model()->rowCount() > 0);
        diff->selectRow(0);
        std::unique_ptr<QMimeData> changes(SelectionCopier::mimeData(diff));
        QVERIFY(changes);
        const QStringList diffLines = changes->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(diffLines.size(), 2);
        const QStringList diffHeader = diffLines.at(0).split(QLatin1Char('\t'));
        const QStringList diffRow = diffLines.at(1).split(QLatin1Char('\t'));
        QCOMPARE(diffRow.size(), diffHeader.size());
        QCOMPARE(diffHeader.mid(0, 3), (QStringList{QStringLiteral("Level"), QStringLiteral("Location"), QStringLiteral("Service")}));
        const int previous = diffHeader.indexOf(QStringLiteral("Previous")), current = diffHeader.indexOf(QStringLiteral("Current"));
        QVERIFY(previous > 0 && current > 0);
        QCOMPARE(diffHeader.value(previous + 1), QStringLiteral("Previous date"));
        QCOMPARE(diffHeader.value(current + 1), QStringLiteral("Current date"));
        const QModelIndex currentCell = diff->model()->index(0, DiffModel::CurrentColumn);
        QCOMPARE(diffRow.at(current), currentCell.data().toString());
        QCOMPARE(diffRow.at(current + 1), currentCell.data(Roles::DateRole).toDate().toString(Qt::ISODate));
        QVERIFY(!diffRow.at(current + 1).isEmpty());
    }

    // Issue 10: Edit > Copy guards formula-like text as export does.
    void copiedFormulasAreGuarded()
    {
        using namespace RatingsSheetRows;
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString name = QStringLiteral("\uFF1DHYPERLINK(\"http://evil.example\")");
        const QString sheet = db.dirPath() + QStringLiteral("/formula.csv");
        QFile f(sheet);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csvLine(providersHeader())
                + csvLine(providerRow(QStringLiteral("RZ9"), name, QStringLiteral("Overall"), QStringLiteral("Overall"),
                                      QStringLiteral("Good"), QStringLiteral("03/07/2020"))));
        f.close();
        const ImportResult r = Importer(db.database()).importFile(sheet);
        QVERIFY2(r.ok, qPrintable(r.error));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectProvider(QStringLiteral("RZ9")));
        QTreeView *grid = window.gridPanel()->view();
        QTRY_VERIFY(grid->model()->rowCount() > 0);
        grid->selectAll();
        std::unique_ptr<QMimeData> data(SelectionCopier::mimeData(grid));
        QVERIFY(data);
        const QStringList lines = data->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2 && lines.at(1).startsWith(QLatin1Char('\'') + name + QLatin1Char('\t')),
                 qPrintable(data->text()));
    }
};

QTEST_MAIN(TstCopySelection)
#include "tst_copyselection.moc"
