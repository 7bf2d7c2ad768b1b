// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The trust list: ProviderListModel and ProviderFilterProxyModel, fed from
// the bundled sample stored in a real SQLite file (and, for the proxy's
// roles, a QStandardItemModel). Every model runs under
// QAbstractItemModelTester (failures are test failures) and its resets are
// counted with QSignalSpy: views rely on both.

#include <itemmodels/ProviderFilterProxyModel.h>
#include <itemmodels/ProviderListModel.h>
#include <itemmodels/Roles.h>
#include <storage/RatingWriter.h>
#include "ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QtTest>

class TestProviderList : public SampleSuite
{
    Q_OBJECT

private Q_SLOTS:
    void providerList_data();
    void providerList();
    void providerHeadlineKeepsGrade();
    void providerListHeaders();

    void providerFilter_data();
    void providerFilter();
    void providerFilterReadsRoles();
    void providerSortByGrade();
    void nameSortIsTheLocalesOrder();
    void textColumnsSortAsLessThanDoes();
    void manyRunsFilterInOneLayoutChange();
};

// Summaries made here, not stored: names with accents and any case.
static QVector<ProviderSummary> named(const QList<QPair<QString, QString>> &idsAndNames, const QString &type = {})
{
    QVector<ProviderSummary> out;
    for (const auto &[id, name] : idsAndNames) {
        ProviderSummary s;
        s.provider.id = id;
        s.provider.name = name;
        s.provider.inspectionCategory = type.isEmpty() ? name : type;
        out << s;
    }
    return out;
}

// --- ProviderListModel ---------------------------------------------------

void TestProviderList::providerList_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("overall");
    QTest::addColumn<int>("grade");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("locations");

    QTest::newRow("RJ2") << "RJ2" << "Lewisham and Greenwich NHS Trust" << "Requires improvement"
                         << int(Grade::RequiresImprovement) << iso("2020-07-03") << 2;
    // Mental health trust: no location tier.
    QTest::newRow("RXY") << "RXY" << "Kent and Medway NHS and Social Care Partnership Trust" << "Good"
                         << int(Grade::Good) << iso("2023-08-03") << 0;
}

void TestProviderList::providerList()
{
    QFETCH(QString, id);
    QFETCH(QDate, date);
    ProviderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResetSpy spy(&model);
    QVERIFY(spy.isValid());

    model.setProviders(RatingStore(m_sample.database()).providerSummaries());
    QCOMPARE(spy.aboutToReset.count(), 1);
    QCOMPARE(spy.reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ProviderListModel::ColumnCount));

    const int row = model.rowOfProvider(id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ProviderListModel::RegionColumn).data(Roles::SubjectIdRole).toString(), id);
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QTEST(cell(ProviderListModel::NameColumn).toString(), "name");
    QCOMPARE(cell(ProviderListModel::IdColumn).toString(), id);
    QCOMPARE(cell(ProviderListModel::NameColumn, Roles::SubjectIdRole).toString(), id);
    QTEST(cell(ProviderListModel::OverallColumn).toString(), "overall");
    QTEST(cell(ProviderListModel::OverallColumn, Roles::GradeRole).toInt(), "grade");
    QCOMPARE(cell(ProviderListModel::OverallColumn, Roles::DateRole).toDate(), date);
    QCOMPARE(cell(ProviderListModel::OverallDateColumn).toString(), date.toString(Qt::ISODate));
    QTEST(cell(ProviderListModel::LocationsColumn).toInt(), "locations");
    QFETCH(QString, overall);
    QVERIFY(cell(ProviderListModel::OverallColumn, Qt::AccessibleTextRole).toString().contains(overall));
    QCOMPARE(model.rowOfProvider(QStringLiteral("NOPE")), -1);

    // Loading again (after an import, say) is one more reset, not piecemeal changes.
    model.setProviders({});
    QCOMPARE(spy.reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestProviderList::providerHeadlineKeepsGrade()
{
    // The list's headline is the latest Overall grade: a later "Not rated"
    // does not replace it, a later grade does.
    TestDatabase db(TestDatabase::Empty);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    {
        RatingWriter writer(db.database());
        ImportRecord import;
        import.fileName = QStringLiteral("a.csv");
        import.format = QStringLiteral("csv");
        import.importedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(writer.beginImport(import) > 0);
        const struct { const char *id, *rating, *date; } facts[] = {
            {"P1", "Good", "2019-01-01"}, {"P1", "Not rated", "2021-01-01"},
            {"P2", "Inadequate", "2018-01-01"}, {"P2", "Inspected but not rated", "2019-01-01"},
            {"P2", "Requires improvement", "2020-01-01"},
            {"P3", "No published rating", "2020-01-01"},
        };
        for (const auto &f : facts) {
            ProviderRecord p;
            p.id = QString::fromLatin1(f.id);
            QVERIFY(writer.writeProvider(p));
            ObservationRecord o = observation(0, {}, {}, KeyQuestion::Overall, QString::fromLatin1(f.rating),
                                              QString::fromLatin1(f.date));
            o.providerId = p.id;
            QCOMPARE(writer.addObservation(o), RatingWriter::Added::New);
        }
    }
    ProviderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProviders(RatingStore(db.database()).providerSummaries());
    const auto overall = [&](const char *id, int role) {
        return model.index(model.rowOfProvider(QString::fromLatin1(id)), ProviderListModel::OverallColumn).data(role);
    };
    QCOMPARE(overall("P1", Qt::DisplayRole).toString(), QStringLiteral("Good"));
    QCOMPARE(overall("P1", Roles::DateRole).toDate(), iso("2019-01-01"));
    QCOMPARE(overall("P2", Qt::DisplayRole).toString(), QStringLiteral("Requires improvement"));
    QCOMPARE(overall("P2", Roles::DateRole).toDate(), iso("2020-01-01"));
    // Nothing but a non-grade: shown as itself.
    QCOMPARE(overall("P3", Qt::DisplayRole).toString(), QStringLiteral("No published rating"));
    QCOMPARE(overall("P3", Roles::GradeRole).toInt(), int(Grade::NotAGrade));
}

void TestProviderList::providerListHeaders()
{
    ProviderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The columns of `trustratings export providers` (DESIGN.md section 4), in order.
    QCOMPARE(headers(model), (QStringList{"Provider ID", "Provider", "Type", "Region", "Overall", "Overall date",
                                          "Locations", "Safe", "Effective", "Caring", "Responsive", "Well-led"}));
    QStringList exported;
    for (int c = 0; c < model.columnCount(); ++c)
        exported << model.headerData(c, Qt::Horizontal, Roles::ExportRole).toString();
    QCOMPARE(exported, headers(model)); // CQC's spellings: "Well-led"
}

// --- ProviderFilterProxyModel --------------------------------------------

void TestProviderList::providerFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("part of a name, any case") << "lewi" << QStringList{"RJ2"};
    QTest::newRow("provider ID, any case") << "rxy" << QStringList{"RXY"};
    QTest::newRow("empty: everything") << "" << QStringList{"RJ2", "RXY"};
    QTest::newRow("spaces only: everything") << "   " << QStringList{"RJ2", "RXY"};
    QTest::newRow("in both names") << "NHS" << QStringList{"RJ2", "RXY"};
    QTest::newRow("extra spaces are squeezed") << "  lewisham   and " << QStringList{"RJ2"};
    QTest::newRow("nothing matches") << "zzz" << QStringList{};
    // The filter reads the name and the ID, not the rating.
    QTest::newRow("not the rating") << "requires" << QStringList{};
}

void TestProviderList::providerFilter()
{
    QFETCH(QString, text);
    ProviderListModel source;
    ProviderFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResetSpy spy(&proxy);
    QVERIFY(spy.isValid());

    source.setProviders(RatingStore(m_sample.database()).providerSummaries());
    QCOMPARE(spy.reset.count(), 1);
    QCOMPARE(proxy.rowCount(), 2);

    // Typing filters rows in and out; it must not reset the view (selection, scroll).
    proxy.setFilterText(text);
    QCOMPARE(proxy.filterText(), text.simplified());
    QCOMPARE(spy.aboutToReset.count(), 1);
    QCOMPARE(spy.reset.count(), 1);
    // Which rows, not their order: the source's order is the store's business.
    QStringList ids = column(proxy, ProviderListModel::IdColumn);
    ids.sort();
    QTEST(ids, "ids");

    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 2);
}

void TestProviderList::providerFilterReadsRoles()
{
    // The proxy asks a row what it is through roles, so any model that
    // gives them can be filtered: here a QStandardItemModel, not the
    // trust list's own model.
    QStandardItemModel source;
    const struct { const char *id, *search, *region; bool nhs; Grade overall; } rows[] = {
        {"RJ2", "lewisham and greenwich nhs trust\nrj2\nqueen elizabeth hospital", "London", true,
         Grade::RequiresImprovement},
        {"RXY", "kent and medway nhs and social care partnership trust\nrxy", "South East", true, Grade::Good},
        {"1-1", "a care home\n1-1", "London", false, Grade::Good},
        {"RN1", "unrated trust\nrn1", "London", true, Grade::NotAGrade},
        {"RN2", "new trust\nrn2", "", true, Grade::None},
    };
    for (const auto &r : rows) {
        auto *item = new QStandardItem(QString::fromLatin1(r.id));
        item->setData(QString::fromLatin1(r.id), Roles::SubjectIdRole);
        item->setData(QString::fromLatin1(r.search), Roles::SearchTextRole);
        item->setData(QString::fromLatin1(r.region), Roles::RegionRole);
        item->setData(r.nhs, Roles::NhsRole);
        item->setData(int(r.overall), Roles::OverallGradeRole);
        source.appendRow(item);
    }
    ProviderFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto shown = [&] { return column(proxy, 0, Roles::SubjectIdRole); };
    QCOMPARE(shown(), (QStringList{"RJ2", "RXY", "1-1", "RN1", "RN2"}));

    proxy.setNhsOnly(true);
    QCOMPARE(shown(), (QStringList{"RJ2", "RXY", "RN1", "RN2"}));
    proxy.setRegion(QStringLiteral("London"));
    QCOMPARE(shown(), (QStringList{"RJ2", "RN1"}));
    proxy.setFilterText(QStringLiteral("Queen ELIZABETH")); // a location's name, any case
    QCOMPARE(shown(), QStringList{"RJ2"});
    proxy.setFilterText(QString());
    proxy.setOverall(Grade::NotAGrade); // only those without a grade
    QCOMPARE(shown(), QStringList{"RN1"});
    proxy.setRegion(QString());
    QCOMPARE(shown(), (QStringList{"RN1", "RN2"}));
    proxy.setNhsOnly(false);
    proxy.setOverall(Grade::Good);
    QCOMPARE(shown(), (QStringList{"RXY", "1-1"}));

    // The proxy keeps what the roles said, and reads them again when the
    // source changes: a row's new grade, a new row, a removed one.
    source.item(0)->setData(int(Grade::Good), Roles::OverallGradeRole);
    QCOMPARE(shown(), (QStringList{"RJ2", "RXY", "1-1"}));
    auto *added = new QStandardItem(QStringLiteral("RN3"));
    added->setData(QStringLiteral("RN3"), Roles::SubjectIdRole);
    added->setData(QStringLiteral("added trust\nrn3"), Roles::SearchTextRole);
    added->setData(int(Grade::Good), Roles::OverallGradeRole);
    source.appendRow(added);
    QCOMPARE(shown(), (QStringList{"RJ2", "RXY", "1-1", "RN3"}));
    source.removeRow(1);
    QCOMPARE(shown(), (QStringList{"RJ2", "1-1", "RN3"}));
    proxy.setFilterText(QStringLiteral("added"));
    QCOMPARE(shown(), QStringList{"RN3"});
    proxy.setFilterText(QString());
    source.item(0)->setData(int(Grade::RequiresImprovement), Roles::OverallGradeRole);

    // The trust list's own model gives the same roles.
    ProviderListModel list;
    list.setProviders(RatingStore(m_sample.database()).providerSummaries());
    const QModelIndex rj2 = list.index(list.rowOfProvider(QStringLiteral("RJ2")), ProviderListModel::TypeColumn);
    QCOMPARE(rj2.data(Roles::NhsRole).toBool(), true);
    QCOMPARE(rj2.data(Roles::RegionRole).toString(), QStringLiteral("London"));
    QCOMPARE(rj2.data(Roles::OverallGradeRole).toInt(), int(Grade::RequiresImprovement));
    QVERIFY(rj2.data(Roles::SearchTextRole).toString().contains(QStringLiteral("queen elizabeth hospital")));
    QCOMPARE(rj2.data(Roles::CqcPageRole).toUrl().host(), QStringLiteral("www.cqc.org.uk"));
}

void TestProviderList::providerSortByGrade()
{
    // Grades sort by rank: Outstanding, Good, Requires improvement,
    // Inadequate, then non-grades, then nothing. As text they would sort
    // Good, Inadequate, Outstanding, Requires improvement: add the grades
    // the sample lacks so the two orders differ.
    TestDatabase db(TestDatabase::WithSample);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    {
        RatingWriter writer(db.database());
        ImportRecord import;
        import.fileName = QStringLiteral("extra.csv");
        import.format = QStringLiteral("csv");
        import.importedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(writer.beginImport(import) > 0);
        const struct { const char *id, *name, *overall; } extra[] = {
            {"AA1", "Alpha Trust", "Inadequate"},
            {"OU1", "Omega Trust", "Outstanding"},
            {"NG1", "Beta Trust", "Inspected but not rated"},
            {"NO1", "Gamma Trust", nullptr},
        };
        for (const auto &e : extra) {
            ProviderRecord p;
            p.id = QString::fromLatin1(e.id);
            p.name = QString::fromLatin1(e.name);
            QVERIFY(writer.writeProvider(p));
            if (!e.overall)
                continue;
            ObservationRecord o = observation(0, {}, {}, KeyQuestion::Overall, QString::fromLatin1(e.overall),
                                              QStringLiteral("2022-01-01"));
            o.providerId = p.id;
            QCOMPARE(writer.addObservation(o), RatingWriter::Added::New);
        }
    }

    ProviderListModel source;
    ProviderFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResetSpy spy(&proxy);
    source.setProviders(RatingStore(db.database()).providerSummaries());
    QCOMPARE(spy.reset.count(), 1);
    QCOMPARE(proxy.rowCount(), 6);

    const QModelIndex sampleRow = source.index(source.rowOfProvider(QStringLiteral("RXY")), ProviderListModel::OverallColumn);
    QCOMPARE(sampleRow.data(Roles::SortRole).toInt(), Rating::fromText(QStringLiteral("Good")).sortRank());

    proxy.sort(ProviderListModel::OverallColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, ProviderListModel::IdColumn), (QStringList{"OU1", "RXY", "RJ2", "AA1", "NG1", "NO1"}));
    QCOMPARE(column(proxy, ProviderListModel::OverallColumn),
             (QStringList{"Outstanding", "Good", "Requires improvement", "Inadequate", "Inspected but not rated", ""}));
    proxy.sort(ProviderListModel::OverallColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, ProviderListModel::IdColumn), (QStringList{"NO1", "NG1", "AA1", "RJ2", "RXY", "OU1"}));

    // Sorting survives filtering: the sample's two, Good before Requires improvement.
    proxy.sort(ProviderListModel::OverallColumn, Qt::AscendingOrder);
    proxy.setFilterText(QStringLiteral("nhs"));
    QCOMPARE(column(proxy, ProviderListModel::IdColumn), (QStringList{"RXY", "RJ2"}));
    QCOMPARE(spy.reset.count(), 1);
}

// Issue 14: names sort by a rank collated once, in the user's language:
// "Étoile" with the E's, "apple" before "Banana" whatever the case, a
// trust known only by ID last, and equal names by ID.
void TestProviderList::nameSortIsTheLocalesOrder()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    ProviderListModel source;
    ProviderFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList names{QStringLiteral("Zebra Care"),    QStringLiteral("\u00c9toile Care"),
                            QStringLiteral("apple Care"),    QStringLiteral("Eton Care"),
                            QStringLiteral("\u00c4pfel Care"), QStringLiteral("banana care"),
                            QStringLiteral("Banana Care"),   QString()};
    QList<QPair<QString, QString>> rows;
    for (int i = 0; i < names.size(); ++i)
        rows << qMakePair(QStringLiteral("P%1").arg(names.size() - i), names.at(i)); // IDs against name order
    source.setProviders(named(rows));
    proxy.sort(ProviderListModel::NameColumn, Qt::AscendingOrder);
    // Code-point order would put the accented names after Zebra, and
    // "apple"/"banana" after the capitals.
    QCOMPARE(column(proxy, ProviderListModel::NameColumn),
             (QStringList{"\u00c4pfel Care", "apple Care", "Banana Care", "banana care", "\u00c9toile Care", "Eton Care",
                          "Zebra Care", "P1 (name not in the imported data)"}));
    // The two Bananas are equal but for case: by ID (P2 "Banana Care" before P3).
    QCOMPARE(column(proxy, ProviderListModel::IdColumn).mid(2, 2), (QStringList{"P2", "P3"}));
    // The same order as QCollator's comparison, the order the user's language reads.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QStringList collated = names.mid(0, names.size() - 1);
    std::stable_sort(collated.begin(), collated.end(),
                     [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QCOMPARE(column(proxy, ProviderListModel::NameColumn).mid(0, collated.size()).join(QLatin1Char('|')).toCaseFolded(),
             collated.join(QLatin1Char('|')).toCaseFolded());
    proxy.sort(ProviderListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, ProviderListModel::NameColumn).first(), QStringLiteral("P1 (name not in the imported data)"));
    QCOMPARE(column(proxy, ProviderListModel::NameColumn).last(), QStringLiteral("\u00c4pfel Care"));
}

// The proxy sorts by ranks it works out once per column; they must give
// QSortFilterProxyModel::lessThan's order (case-insensitive text here),
// also after the filter and the rows change.
void TestProviderList::textColumnsSortAsLessThanDoes()
{
    ProviderListModel source;
    ProviderFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Types, by row: "b", "C", "a", "B", "c".
    QVector<ProviderSummary> typed = named({{"A1", "one"}, {"A2", "two"}, {"A3", "three"}, {"A4", "four"}, {"A5", "five"}});
    const QStringList types{"b", "C", "a", "B", "c"};
    for (int i = 0; i < typed.size(); ++i)
        typed[i].provider.inspectionCategory = types.at(i);
    source.setProviders(typed);
    proxy.sort(ProviderListModel::TypeColumn, Qt::AscendingOrder);
    // Case-insensitive, equal ones in source order (the sort is stable).
    QCOMPARE(column(proxy, ProviderListModel::TypeColumn), (QStringList{"a", "b", "B", "C", "c"}));
    QCOMPARE(column(proxy, ProviderListModel::IdColumn), (QStringList{"A3", "A1", "A4", "A2", "A5"}));
    proxy.sort(ProviderListModel::TypeColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, ProviderListModel::TypeColumn), (QStringList{"C", "c", "b", "B", "a"}));
    // A filter keeps the order.
    proxy.sort(ProviderListModel::TypeColumn, Qt::AscendingOrder);
    proxy.setFilterText(QStringLiteral("t")); // two, three
    QCOMPARE(column(proxy, ProviderListModel::IdColumn), (QStringList{"A3", "A2"}));
    // Case-sensitive now: the ranks follow ("B" < "a" in code points).
    proxy.setFilterText(QString());
    proxy.setSortCaseSensitivity(Qt::CaseSensitive);
    QCOMPARE(column(proxy, ProviderListModel::TypeColumn), (QStringList{"B", "C", "a", "b", "c"}));
    // New rows: new ranks.
    typed.removeAt(0);
    source.setProviders(typed);
    QCOMPARE(column(proxy, ProviderListModel::TypeColumn), (QStringList{"B", "C", "a", "c"}));
}

// Issue 14: a filter that hides or shows many runs of rows (the first
// letter typed among 25,000 providers) is one layout change, not a
// removal per run; the current row stays current when it is still shown,
// and the rows and their order are the same as row by row.
void TestProviderList::manyRunsFilterInOneLayoutChange()
{
    QList<QPair<QString, QString>> idsAndNames;
    for (int i = 0; i < 200; ++i) // every other name has a "t"; 100 runs to hide
        idsAndNames << qMakePair(QStringLiteral("X%1").arg(i, 3, 10, QLatin1Char('0')),
                                 (i % 2 ? QStringLiteral("Row %1 trust") : QStringLiteral("Row %1 home")).arg(i, 3, 10, QLatin1Char('0')));
    ProviderListModel source;
    ProviderFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    source.setProviders(named(idsAndNames));
    proxy.sort(ProviderListModel::NameColumn, Qt::AscendingOrder);
    const QPersistentModelIndex current = proxy.index(proxy.rowCount() - 1, 0); // X199, a trust
    QCOMPARE(current.data(Roles::SubjectIdRole).toString(), QStringLiteral("X199"));
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    ResetSpy resets(&proxy);
    proxy.setFilterText(QStringLiteral("TRUST"));
    QCOMPARE(layout.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(resets.reset.count(), 0);
    QCOMPARE(proxy.rowCount(), 100);
    QVERIFY(current.isValid());
    QCOMPARE(current.row(), 99);
    const QStringList ids = column(proxy, ProviderListModel::IdColumn);
    QCOMPARE(ids.first(), QStringLiteral("X001"));
    QCOMPARE(ids.at(1), QStringLiteral("X003"));
    QVERIFY(std::is_sorted(ids.begin(), ids.end()));
    // One more letter, the same rows: no runs, no layout change.
    proxy.setFilterText(QStringLiteral("trus"));
    QCOMPARE(layout.count(), 1);
    // Back to all: 100 rows to show again, in one layout change.
    proxy.setFilterText(QString());
    QCOMPARE(layout.count(), 2);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(proxy.rowCount(), 200);
    QCOMPARE(current.row(), 199);
    // A filter hiding one run signals that run: X100..X199 leave, at the end.
    proxy.setFilterText(QStringLiteral("row 0"));
    proxy.setFilterText(QStringLiteral("row 0")); // the same: nothing
    QCOMPARE(proxy.rowCount(), 100);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(layout.count(), 2);
}

QTEST_GUILESS_MAIN(TestProviderList)
#include "tst_providerlist.moc"
