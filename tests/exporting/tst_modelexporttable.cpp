// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// ModelExportTable, what the CSV export reads of an item model: on plain
// QStandardItemModels (flat, a column subset, a tree, empty) and on the
// diff's own model.
#include <exporting/CsvExporter.h>
#include <exporting/ModelExportTable.h>
#include <itemmodels/DiffModel.h>
#include <itemmodels/Roles.h>
#include <storage/RatingStore.h>
#include "CsvTestSupport.h"
#include "StrictCsv.h"
#include "TestDatabase.h"

#include <QDate>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

class TstModelExportTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelExportFlat()
    {
        QStandardItemModel model(0, 4);
        model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Locations"), QStringLiteral("Date"),
                                         QStringLiteral("Shown date")});
        auto row = [](const QString &name, const QVariant &count, const QDate &date) {
            auto *n = new QStandardItem(name);
            auto *c = new QStandardItem;
            c->setData(count, Qt::DisplayRole);
            auto *d = new QStandardItem;
            d->setData(date, Qt::DisplayRole);
            // Shown as words, exported (ExportRole) as an ISO date.
            auto *s = new QStandardItem(QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy")));
            s->setData(date, Roles::ExportRole);
            return QList<QStandardItem *>{n, c, d, s};
        };
        model.appendRow(row(QStringLiteral("=HYPERLINK(\"x\")"), -5, QDate(2020, 7, 3)));
        model.appendRow(row(QStringLiteral("Łódź, \"Centre\""), 12, QDate(2019, 1, 10)));
        model.appendRow(row(QStringLiteral("-5"), QVariant(QStringLiteral("-5")), QDate()));
        model.item(1, 1)->setData(qlonglong(7), Roles::ExportRole); // ExportRole wins over DisplayRole

        ModelExportTable table(&model);
        QCOMPARE(table.headers(), (QStringList{QStringLiteral("Name"), QStringLiteral("Locations"),
                                               QStringLiteral("Date"), QStringLiteral("Shown date")}));
        QVector<ExportCell> cells;
        QVERIFY(table.nextRow(&cells));
        QCOMPARE(cells.size(), 4);
        QCOMPARE(cells.at(0).kind, ExportCell::Kind::Text);
        QCOMPARE(cells.at(1).kind, ExportCell::Kind::Number);
        QCOMPARE(cells.at(1).text, QStringLiteral("-5"));
        QCOMPARE(cells.at(2).kind, ExportCell::Kind::Date);
        QCOMPARE(cells.at(2).text, QStringLiteral("2020-07-03"));
        QCOMPARE(cells.at(3).kind, ExportCell::Kind::Date);
        QCOMPARE(cells.at(3).text, QStringLiteral("2020-07-03"));
        QVERIFY(table.nextRow(&cells));
        QCOMPARE(cells.at(1).text, QStringLiteral("7"));
        QCOMPARE(cells.at(1).kind, ExportCell::Kind::Number);
        QVERIFY(table.nextRow(&cells));
        QCOMPARE(cells.at(1).kind, ExportCell::Kind::Text); // "-5" as a string is text
        QCOMPARE(cells.at(2).text, QString());             // an invalid date is empty
        QVERIFY(!table.nextRow(&cells));
        QCOMPARE(table.progress(), 1.0);

        // The file: text guarded, the number and the dates not.
        ModelExportTable again(&model);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.csv"));
        const ExportResult result = CsvExporter::write(again, path, QString(), CsvOptions{});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 3);
        const StrictCsv::Result r = StrictCsv::parse(readAll(path), ',', StrictCsv::LineEnd::LF);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, (Rows{{QStringLiteral("Name"), QStringLiteral("Locations"), QStringLiteral("Date"),
                                QStringLiteral("Shown date")},
                               {QStringLiteral("'=HYPERLINK(\"x\")"), QStringLiteral("-5"), QStringLiteral("2020-07-03"),
                                QStringLiteral("2020-07-03")},
                               {QStringLiteral("Łódź, \"Centre\""), QStringLiteral("7"), QStringLiteral("2019-01-10"),
                                QStringLiteral("2019-01-10")},
                               {QStringLiteral("'-5"), QStringLiteral("'-5"), QString(), QString()}}));
    }

    void modelExportColumnSubsetAndOrder()
    {
        QStandardItemModel model(0, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        for (int i = 0; i < 3; ++i)
            model.appendRow({new QStandardItem(QStringLiteral("a%1").arg(i)), new QStandardItem(QStringLiteral("b%1").arg(i)),
                             new QStandardItem(QStringLiteral("c%1").arg(i))});
        ModelExportTable table(&model, {2, 0});
        QCOMPARE(table.headers(), (QStringList{QStringLiteral("C"), QStringLiteral("A")}));
        Rows got;
        QVector<ExportCell> cells;
        while (table.nextRow(&cells)) {
            QStringList texts;
            for (const ExportCell &c : cells)
                texts << c.text;
            got << texts;
        }
        QCOMPARE(got, (Rows{{QStringLiteral("c0"), QStringLiteral("a0")},
                            {QStringLiteral("c1"), QStringLiteral("a1")},
                            {QStringLiteral("c2"), QStringLiteral("a2")}}));
    }

    void modelExportTreeIsDepthFirst()
    {
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Value")});
        auto item = [](const QString &name, const QString &value) {
            return QList<QStandardItem *>{new QStandardItem(name), new QStandardItem(value)};
        };
        QList<QStandardItem *> a = item(QStringLiteral("A"), QStringLiteral("1"));
        QList<QStandardItem *> a1 = item(QStringLiteral("A1"), QStringLiteral("2"));
        a1.first()->appendRow(item(QStringLiteral("A1a"), QStringLiteral("3")));
        a.first()->appendRow(a1);
        a.first()->appendRow(item(QStringLiteral("A2"), QStringLiteral("4")));
        model.appendRow(a);
        model.appendRow(item(QStringLiteral("B"), QStringLiteral("5")));
        QList<QStandardItem *> c = item(QStringLiteral("C"), QStringLiteral("6"));
        c.first()->appendRow(item(QStringLiteral("C1"), QStringLiteral("7")));
        model.appendRow(c);

        ModelExportTable table(&model, {1, 0});
        Rows got;
        QVector<ExportCell> cells;
        while (table.nextRow(&cells))
            got << QStringList{cells.at(0).text, cells.at(1).text};
        QCOMPARE(got, (Rows{{QStringLiteral("1"), QStringLiteral("A")},
                            {QStringLiteral("2"), QStringLiteral("A1")},
                            {QStringLiteral("3"), QStringLiteral("A1a")},
                            {QStringLiteral("4"), QStringLiteral("A2")},
                            {QStringLiteral("5"), QStringLiteral("B")},
                            {QStringLiteral("6"), QStringLiteral("C")},
                            {QStringLiteral("7"), QStringLiteral("C1")}}));
        QCOMPARE(table.progress(), 1.0);
    }

    void modelExportOfAnEmptyModelIsTheHeaderAlone()
    {
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("X"), QStringLiteral("Y")});
        ModelExportTable table(&model);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.csv"));
        const ExportResult r = CsvExporter::write(table, path, QString(), CsvOptions{});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 0);
        QCOMPARE(readAll(path), QByteArray("X,Y\n"));
    }

    // Issue 11: the diff's Level column says "Service" on service rows on
    // screen; what the CSV export writes (ModelExportTable reads ExportRole)
    // keeps DESIGN.md's Provider / Location. On the bundled sample's
    // Lewisham and Greenwich in a real SQLite file.
    void diffLevelOfServiceRowsExported()
    {
        TestDatabase db(TestDatabase::WithSample);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        SubjectRatings rj2;
        QVERIFY(RatingStore(db.database()).loadSubject(Subject::provider(QStringLiteral("RJ2")), &rj2));
        DiffModel model;
        model.setSubject(rj2);

        ModelExportTable table(&model);
        QVector<ExportCell> row;
        QSet<QString> written;
        while (table.nextRow(&row))
            written << row.at(DiffModel::LevelColumn).text;
        QCOMPARE(written, (QSet<QString>{QStringLiteral("Provider"), QStringLiteral("Location")}));
    }
};

QTEST_MAIN(TstModelExportTable)
#include "tst_modelexporttable.moc"
