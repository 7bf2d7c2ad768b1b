// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The Qt item models, fed from the bundled sample stored in a real SQLite
// file. Every model runs under QAbstractItemModelTester (failures are test
// failures) and its resets are counted with QSignalSpy: views rely on both.

#include <itemmodels/DiffFilterProxyModel.h>
#include <itemmodels/DiffModel.h>
#include <exporting/ModelExportTable.h>
#include <itemmodels/ProviderFilterProxyModel.h>
#include <itemmodels/ProviderListModel.h>
#include <itemmodels/RatingGridModel.h>
#include <storage/RatingStore.h>
#include <storage/RatingWriter.h>
#include <itemmodels/Roles.h>
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QtTest>

Q_DECLARE_METATYPE(KeyQuestion)
Q_DECLARE_METATYPE(Change)

static QDate iso(const char *text) { return QDate::fromString(QLatin1String(text), Qt::ISODate); }

// Counts a model's resets from the moment it is made.
struct ResetSpy
{
    explicit ResetSpy(QAbstractItemModel *model)
        : aboutToReset(model, &QAbstractItemModel::modelAboutToBeReset), reset(model, &QAbstractItemModel::modelReset)
    {
    }
    bool isValid() const { return aboutToReset.isValid() && reset.isValid(); }
    QSignalSpy aboutToReset;
    QSignalSpy reset;
};

static QStringList headers(const QAbstractItemModel &model)
{
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.headerData(c, Qt::Horizontal).toString();
    return out;
}

static QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r)
        out << model.index(r, 0, parent).data().toString();
    return out;
}

static QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, col).data(role).toString();
    return out;
}

static int columnOf(const RatingGridModel &model, KeyQuestion wanted)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        KeyQuestion kq;
        if (model.keyQuestionAt(c, &kq) && kq == wanted)
            return c;
    }
    return -1;
}

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void providerList_data();
    void providerList();
    void providerHeadlineKeepsGrade();
    void providerListHeaders();
    void providerFilter_data();
    void providerFilter();
    void providerFilterReadsRoles();
    void providerSortByGrade();

    void gridTree();
    void gridOwnRow_data();
    void gridOwnRow();
    void gridAccessibleText();
    void gridServiceCell();
    void gridTrustLevelServices();
    void gridLocationSubject();
    void gridClear();

    void diffHeaders();
    void diffDefaultDates_data();
    void diffDefaultDates();
    void diffChosenDates();
    void diffSingleReport();
    void diffLevelOfServiceRows();
    void diffSortedByChange();
    void diffClear();

private:
    SubjectRatings load(const Subject &subject);

    std::unique_ptr<TestDatabase> m_db;
};

void TestItemModels::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(TestDatabase::WithSample);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
}

void TestItemModels::init()
{
    // The tester reports through QtTest; anything else Qt warns about is a failure too.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

SubjectRatings TestItemModels::load(const Subject &subject)
{
    SubjectRatings ratings;
    const RatingStore store(m_db->database());
    if (!store.loadSubject(subject, &ratings))
        qWarning("cannot load %s: %s", qPrintable(subject.id), qPrintable(store.errorString()));
    return ratings;
}

// --- ProviderListModel ---------------------------------------------------

void TestItemModels::providerList_data()
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

void TestItemModels::providerList()
{
    QFETCH(QString, id);
    QFETCH(QDate, date);
    ProviderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResetSpy spy(&model);
    QVERIFY(spy.isValid());

    model.setProviders(RatingStore(m_db->database()).providerSummaries());
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

void TestItemModels::providerHeadlineKeepsGrade()
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

void TestItemModels::providerListHeaders()
{
    ProviderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The columns of `trustratings export providers` (DESIGN.md section 4), in order.
    QCOMPARE(headers(model), (QStringList{"Provider ID", "Provider", "Type", "Region", "Overall", "Overall date",
                                          "Locations"}));
}

// --- ProviderFilterProxyModel --------------------------------------------

void TestItemModels::providerFilter_data()
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

void TestItemModels::providerFilter()
{
    QFETCH(QString, text);
    ProviderListModel source;
    ProviderFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResetSpy spy(&proxy);
    QVERIFY(spy.isValid());

    source.setProviders(RatingStore(m_db->database()).providerSummaries());
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

void TestItemModels::providerFilterReadsRoles()
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
    list.setProviders(RatingStore(m_db->database()).providerSummaries());
    const QModelIndex rj2 = list.index(list.rowOfProvider(QStringLiteral("RJ2")), ProviderListModel::TypeColumn);
    QCOMPARE(rj2.data(Roles::NhsRole).toBool(), true);
    QCOMPARE(rj2.data(Roles::RegionRole).toString(), QStringLiteral("London"));
    QCOMPARE(rj2.data(Roles::OverallGradeRole).toInt(), int(Grade::RequiresImprovement));
    QVERIFY(rj2.data(Roles::SearchTextRole).toString().contains(QStringLiteral("queen elizabeth hospital")));
    QCOMPARE(rj2.data(Roles::CqcPageRole).toUrl().host(), QStringLiteral("www.cqc.org.uk"));
}

void TestItemModels::providerSortByGrade()
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

// --- RatingGridModel -----------------------------------------------------

void TestItemModels::gridTree()
{
    RatingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResetSpy spy(&model);
    QVERIFY(spy.isValid());
    model.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    QCOMPARE(spy.aboutToReset.count(), 1);
    QCOMPARE(spy.reset.count(), 1);

    // One trust row; under it the two hospitals, by name; under each its services in CQC's order.
    QCOMPARE(childNames(model, {}), QStringList{"Lewisham and Greenwich NHS Trust"});
    const QModelIndex trust = model.index(0, 0);
    QCOMPARE(childNames(model, trust), (QStringList{"Queen Elizabeth Hospital", "University Hospital Lewisham"}));
    const QModelIndex qeh = model.index(0, 0, trust);
    QCOMPARE(qeh.data(Roles::SubjectIdRole).toString(), QStringLiteral("RJ231"));
    QCOMPARE(childNames(model, qeh), (QStringList{"Surgery", "Critical care"}));
    QCOMPARE(childNames(model, model.index(1, 0, trust)), QStringList{"Surgery"});
    QCOMPARE(model.parent(model.index(1, 3, qeh)), qeh);
    QCOMPARE(model.rowCount(model.index(0, 0, qeh)), 0);

    // Name column, then every key question the data has, Use of resources and Combined included.
    QCOMPARE(headers(model), (QStringList{"Trust, location or service", "Safe", "Effective", "Caring", "Responsive",
                                          "Well-led", "Overall", "Use of resources", "Combined"}));

    // Row keys lead back to the same index (the panels restore selection with them).
    const GridRow *row = model.gridRow(qeh);
    QVERIFY(row);
    QCOMPARE(row->locationId, QStringLiteral("RJ231"));
    QCOMPARE(model.indexOfRow(row->key()), qeh);
    QCOMPARE(model.gridRow(QModelIndex()), nullptr);

    model.setSubject(load(Subject::provider(QStringLiteral("RXY"))));
    QCOMPARE(spy.reset.count(), 2);
}

void TestItemModels::gridOwnRow_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<KeyQuestion>("keyQuestion");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("grade");
    QTest::addColumn<QDate>("date");

    const QString ri = QStringLiteral("Requires improvement"), good = QStringLiteral("Good");
    const int RI = int(Grade::RequiresImprovement), GOOD = int(Grade::Good);
    const QDate latest = iso("2020-07-03"), earlier = iso("2019-01-10");
    QTest::newRow("Safe") << QDate() << KeyQuestion::Safe << ri << RI << latest;
    QTest::newRow("Effective") << QDate() << KeyQuestion::Effective << good << GOOD << latest;
    QTest::newRow("Caring") << QDate() << KeyQuestion::Caring << good << GOOD << latest;
    QTest::newRow("Responsive") << QDate() << KeyQuestion::Responsive << ri << RI << latest;
    QTest::newRow("Well-led") << QDate() << KeyQuestion::WellLed << good << GOOD << latest;
    QTest::newRow("Overall") << QDate() << KeyQuestion::Overall << ri << RI << latest;
    QTest::newRow("Use of resources") << QDate() << KeyQuestion::UseOfResources << ri << RI << latest;
    // As of mid-2019 the grid replays the January 2019 report.
    QTest::newRow("2019: Effective") << iso("2019-06-01") << KeyQuestion::Effective << ri << RI << earlier;
    QTest::newRow("2019: Caring") << iso("2019-06-01") << KeyQuestion::Caring << good << GOOD << earlier;
    QTest::newRow("2019: Well-led") << iso("2019-06-01") << KeyQuestion::WellLed << ri << RI << earlier;
    QTest::newRow("2018: Caring") << iso("2018-12-31") << KeyQuestion::Caring << ri << RI << iso("2017-08-01");
}

void TestItemModels::gridOwnRow()
{
    QFETCH(QDate, asOf);
    QFETCH(KeyQuestion, keyQuestion);
    RatingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(load(Subject::provider(QStringLiteral("RJ2"))), asOf);
    QCOMPARE(model.grid().asOf(), asOf);

    const int col = columnOf(model, keyQuestion);
    QVERIFY(col > 0);
    const QModelIndex cell = model.index(0, col);
    QCOMPARE(model.headerData(col, Qt::Horizontal, Qt::ToolTipRole).toString(), KeyQuestions::name(keyQuestion));
    QTEST(cell.data(Qt::DisplayRole).toString(), "text");
    QTEST(cell.data(Roles::GradeRole).toInt(), "grade");
    QTEST(cell.data(Roles::DateRole).toDate(), "date");
    QCOMPARE(cell.data(Roles::InheritedRole).toBool(), false);
    QFETCH(int, grade);
    QCOMPARE(cell.data(Roles::SortRole).toInt(), Rating::fromText(Rating::gradeText(Grade(grade))).sortRank());
}

void TestItemModels::gridAccessibleText()
{
    RatingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    // A screen reader hears where, which question, the rating and its date.
    const QString text = model.index(0, columnOf(model, KeyQuestion::Effective)).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(text.contains(QStringLiteral("Lewisham and Greenwich NHS Trust")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Effective")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Good")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(iso("2020-07-03"), QLocale::LongFormat)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2020")), qPrintable(text));

    // A cell never rated says so rather than staying silent.
    const QModelIndex qeh = model.index(0, 0, model.index(0, 0));
    const QString empty = model.index(0, columnOf(model, KeyQuestion::Safe), qeh).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(empty.contains(QStringLiteral("Queen Elizabeth Hospital")), qPrintable(empty));
    QVERIFY2(empty.contains(QStringLiteral("no rating")), qPrintable(empty));
}

void TestItemModels::gridServiceCell()
{
    RatingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    const QModelIndex qeh = model.index(0, 0, model.index(0, 0));
    const QModelIndex criticalCare = model.index(1, 0, qeh);
    QCOMPARE(criticalCare.data().toString(), QStringLiteral("Critical care"));
    const QModelIndex wellLed = criticalCare.siblingAtColumn(columnOf(model, KeyQuestion::WellLed));
    QCOMPARE(wellLed.data().toString(), QStringLiteral("Outstanding"));
    QCOMPARE(wellLed.data(Roles::GradeRole).toInt(), int(Grade::Outstanding));
    QCOMPARE(wellLed.data(Roles::DateRole).toDate(), iso("2020-07-03"));
    const QString spoken = wellLed.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(QStringLiteral("Queen Elizabeth Hospital")) && spoken.contains(QStringLiteral("Critical care")),
             qPrintable(spoken));
    // Not rated at all: no grade, no date.
    const QModelIndex safe = criticalCare.siblingAtColumn(columnOf(model, KeyQuestion::Safe));
    QCOMPARE(safe.data().toString(), QString());
    QCOMPARE(safe.data(Roles::GradeRole).toInt(), int(Grade::None));
    QVERIFY(!safe.data(Roles::DateRole).toDate().isValid());
}

void TestItemModels::gridTrustLevelServices()
{
    RatingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(load(Subject::provider(QStringLiteral("RXY"))));

    // A mental health trust: its core services hang straight under the trust row.
    QCOMPARE(childNames(model, {}), QStringList{"Kent and Medway NHS and Social Care Partnership Trust"});
    const QModelIndex trust = model.index(0, 0);
    QCOMPARE(childNames(model, trust), (QStringList{
                                           "Long stay or rehabilitation mental health wards for working age adults",
                                           "Substance misuse services",
                                           "Wards for people with a learning disability or autism",
                                       }));
    for (int r = 0; r < model.rowCount(trust); ++r) {
        const QModelIndex service = model.index(r, 0, trust);
        QCOMPARE(model.rowCount(service), 0);
        QCOMPARE(model.gridRow(service)->level, GridRow::Level::Provider);
        QCOMPARE(service.siblingAtColumn(columnOf(model, KeyQuestion::Overall)).data().toString(),
                 QStringLiteral("Outstanding"));
    }
    QCOMPARE(model.index(0, columnOf(model, KeyQuestion::Overall)).data().toString(), QStringLiteral("Good"));
    QCOMPARE(model.index(0, columnOf(model, KeyQuestion::Overall)).data(Roles::DateRole).toDate(), iso("2023-08-03"));
    // Never rated on Use of resources: no such column.
    QCOMPARE(columnOf(model, KeyQuestion::UseOfResources), -1);
    QCOMPARE(model.columnCount(), 1 + 6);
}

void TestItemModels::gridLocationSubject()
{
    RatingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(load(Subject::location(QStringLiteral("RJ231"))));
    QCOMPARE(childNames(model, {}), QStringList{"Queen Elizabeth Hospital"});
    QCOMPARE(childNames(model, model.index(0, 0)), (QStringList{"Surgery", "Critical care"}));
}

void TestItemModels::gridClear()
{
    RatingGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    ResetSpy spy(&model);
    model.clear();
    QCOMPARE(spy.aboutToReset.count(), 1);
    QCOMPARE(spy.reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

// --- DiffModel -----------------------------------------------------------

void TestItemModels::diffHeaders()
{
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The columns of `trustratings export diff` (DESIGN.md section 4), in order.
    QCOMPARE(headers(model).join(QStringLiteral(", ")),
             QStringLiteral("Level, Location ID, Location, Service, Key question, Previous, Previous date, "
                            "Current, Current date, Change"));
}

void TestItemModels::diffDefaultDates_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("locationId");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("keyQuestion");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("previousDate");
    QTest::addColumn<QString>("current");
    QTest::addColumn<Change>("change");

    const QString ri = QStringLiteral("Requires improvement"), good = QStringLiteral("Good");
    QTest::newRow("Effective") << "Provider" << "" << "" << "" << "Effective" << ri << "2019-01-10" << good
                               << Change::Improved;
    QTest::newRow("Well-led") << "Provider" << "" << "" << "" << "Well-led" << ri << "2019-01-10" << good
                              << Change::Improved;
    QTest::newRow("Safe") << "Provider" << "" << "" << "" << "Safe" << ri << "2019-01-10" << ri << Change::Unchanged;
    QTest::newRow("Combined") << "Provider" << "" << "" << "" << "Combined" << "" << "" << ri << Change::New;
    QTest::newRow("critical care at QEH") << "Service" << "RJ231" << "Queen Elizabeth Hospital" << "Critical care"
                                          << "Well-led" << "" << "" << "Outstanding" << Change::New;
    QTest::newRow("surgery at Lewisham") << "Service" << "RJ224" << "University Hospital Lewisham" << "Surgery"
                                         << "Overall" << "" << "" << good << Change::New;
}

void TestItemModels::diffDefaultDates()
{
    QFETCH(QString, level);
    QFETCH(QString, locationId);
    QFETCH(QString, service);
    QFETCH(QString, keyQuestion);
    QFETCH(Change, change);

    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResetSpy spy(&model);
    QVERIFY(spy.isValid());
    model.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    QCOMPARE(spy.aboutToReset.count(), 1);
    QCOMPARE(spy.reset.count(), 1);
    QCOMPARE(model.fromDate(), iso("2019-01-10"));
    QCOMPARE(model.toDate(), iso("2020-07-03"));
    QCOMPARE(model.rowCount(), model.entries().size());
    QCOMPARE(model.summary().improved, 2);

    int found = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto text = [&](int c) { return model.index(r, c).data().toString(); };
        if (text(DiffModel::LevelColumn) == level && text(DiffModel::LocationIdColumn) == locationId
            && text(DiffModel::ServiceColumn) == service && text(DiffModel::KeyQuestionColumn) == keyQuestion) {
            QVERIFY2(found < 0, "two rows for one cell");
            found = r;
        }
    }
    QVERIFY(found >= 0);
    const auto cell = [&](int c, int role = Qt::DisplayRole) { return model.index(found, c).data(role); };
    QTEST(cell(DiffModel::LocationColumn).toString(), "location");
    QTEST(cell(DiffModel::PreviousColumn).toString(), "previous");
    QTEST(cell(DiffModel::PreviousDateColumn).toString(), "previousDate");
    QTEST(cell(DiffModel::CurrentColumn).toString(), "current");
    QCOMPARE(cell(DiffModel::CurrentDateColumn).toString(), QStringLiteral("2020-07-03"));
    QCOMPARE(cell(DiffModel::CurrentColumn, Roles::DateRole).toDate(), iso("2020-07-03"));
    QCOMPARE(cell(DiffModel::ChangeColumn).toString(), GridDiff::changeName(change));
    QCOMPARE(cell(DiffModel::ChangeColumn, Roles::ChangeRole).toInt(), int(change));
    const QString spoken = cell(DiffModel::KeyQuestionColumn, Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.endsWith(GridDiff::changeName(change)), qPrintable(spoken));
}

void TestItemModels::diffChosenDates()
{
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(load(Subject::provider(QStringLiteral("RJ2"))), iso("2017-08-01"), iso("2019-01-10"));
    QCOMPARE(model.fromDate(), iso("2017-08-01"));
    QCOMPARE(model.toDate(), iso("2019-01-10"));
    // 2017 -> 2019: only Caring moved (to Good); nothing at locations yet.
    QCOMPARE(model.rowCount(), 6);
    const DiffSummary s = model.summary();
    QCOMPARE(s.improved, 1);
    QCOMPARE(s.unchanged, 5);
    QCOMPARE(s.changed(), 1);
    for (const DiffEntry &e : model.entries())
        QCOMPARE(e.change, e.keyQuestion == KeyQuestion::Caring ? Change::Improved : Change::Unchanged);
}

void TestItemModels::diffSingleReport()
{
    // Queen Elizabeth Hospital on its own has one report date: nothing
    // before it, so every cell is new.
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(load(Subject::location(QStringLiteral("RJ231"))));
    QCOMPARE(model.fromDate(), QDate());
    QCOMPARE(model.toDate(), iso("2020-07-03"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(column(model, DiffModel::ChangeColumn), (QStringList{"new", "new", "new"}));
    QCOMPARE(column(model, DiffModel::LevelColumn), (QStringList{"Service", "Service", "Service"}));
    QCOMPARE(column(model, DiffModel::LevelColumn, Roles::ExportRole), (QStringList{"Location", "Location", "Location"}));
}

// Issue 11: the Level column said "Location" on service rows. The screen
// says "Service"; the export keeps DESIGN.md's Provider / Location.
void TestItemModels::diffLevelOfServiceRows()
{
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    QSet<QString> shown;
    int services = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const DiffEntry &e = model.entries().at(r);
        const QString level = model.index(r, DiffModel::LevelColumn).data().toString();
        const QString exported = model.index(r, DiffModel::LevelColumn).data(Roles::ExportRole).toString();
        const QString contract = e.row.level == GridRow::Level::Location ? QStringLiteral("Location") : QStringLiteral("Provider");
        QCOMPARE(exported, contract);
        QCOMPARE(level, e.row.service.isEmpty() ? contract : QStringLiteral("Service"));
        services += e.row.service.isEmpty() ? 0 : 1;
        shown << level;
    }
    QVERIFY(services > 0);
    QCOMPARE(shown, (QSet<QString>{QStringLiteral("Provider"), QStringLiteral("Service")}));

    // What the CSV export writes (ModelExportTable reads ExportRole).
    ModelExportTable table(&model);
    QVector<ExportCell> row;
    QSet<QString> written;
    while (table.nextRow(&row))
        written << row.at(DiffModel::LevelColumn).text;
    QCOMPARE(written, (QSet<QString>{QStringLiteral("Provider"), QStringLiteral("Location")}));
}

// Issue 11: declines were listed below unchanged rows. By default the
// shown diff runs declined, improved, other changes, unchanged, each group
// in the grid's order; any other column sorts when asked.
void TestItemModels::diffSortedByChange()
{
    const auto obs = [](qint64 id, const char *service, KeyQuestion kq, const char *rating, const char *date) {
        return observation(id, QString(), QString::fromLatin1(service), kq, QString::fromLatin1(rating),
                           QString::fromLatin1(date));
    };
    SubjectRatings ratings;
    ratings.subject = Subject::provider(QStringLiteral("P1"));
    ratings.providerId = ratings.name = QStringLiteral("P1");
    ratings.reportDates = {iso("2019-01-10"), iso("2020-07-03")};
    ratings.observations = {
        obs(1, "", KeyQuestion::Safe, "Good", "2019-01-10"),         // unchanged
        obs(2, "", KeyQuestion::Effective, "Good", "2019-01-10"),    // declined
        obs(3, "", KeyQuestion::Effective, "Requires improvement", "2020-07-03"),
        obs(4, "", KeyQuestion::Caring, "Requires improvement", "2019-01-10"), // improved
        obs(5, "", KeyQuestion::Caring, "Good", "2020-07-03"),
        obs(6, "", KeyQuestion::Responsive, "Good", "2020-07-03"),   // new
        obs(7, "", KeyQuestion::WellLed, "Not rated", "2019-01-10"), // not comparable
        obs(8, "", KeyQuestion::WellLed, "Good", "2020-07-03"),
        obs(9, "", KeyQuestion::Overall, "Good", "2019-01-10"),      // declined
        obs(10, "", KeyQuestion::Overall, "Inadequate", "2020-07-03"),
        obs(11, "Surgery", KeyQuestion::Safe, "Good", "2019-01-10"), // unchanged
        obs(12, "Surgery", KeyQuestion::Overall, "Inadequate", "2019-01-10"), // improved
        obs(13, "Surgery", KeyQuestion::Overall, "Good", "2020-07-03"),
    };
    DiffModel model;
    DiffFilterProxyModel shown;
    QAbstractItemModelTester tester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
    shown.setSourceModel(&model);
    model.setSubject(ratings);
    QCOMPARE(model.rowCount(), 8);
    const auto rowsOf = [&shown] {
        QStringList out;
        for (int r = 0; r < shown.rowCount(); ++r)
            out << shown.index(r, DiffModel::ServiceColumn).data().toString() + QLatin1Char('|')
                       + shown.index(r, DiffModel::KeyQuestionColumn).data().toString() + QLatin1Char('|')
                       + shown.index(r, DiffModel::ChangeColumn).data().toString();
        return out;
    };
    const QStringList byChange = {"|Effective|declined", "|Overall|declined", "|Caring|improved",
                                  "Surgery|Overall|improved", "|Responsive|new", "|Well-led|not comparable",
                                  "|Safe|unchanged", "Surgery|Safe|unchanged"};
    QCOMPARE(rowsOf(), byChange);
    QCOMPARE(shown.sortColumn(), int(DiffModel::ChangeColumn));
    // The model itself keeps the grid's order (Safe first).
    QCOMPARE(model.index(0, DiffModel::ChangeColumn).data().toString(), QStringLiteral("unchanged"));

    // Changed only keeps the order.
    shown.setChangedOnly(true);
    QCOMPARE(rowsOf(), byChange.mid(0, 6));
    shown.setChangedOnly(false);

    // Another column: key questions in the grid's order, not the alphabet's;
    // services after the trust's own row.
    shown.sort(DiffModel::KeyQuestionColumn, Qt::AscendingOrder);
    QCOMPARE(rowsOf(), (QStringList{"|Safe|unchanged", "Surgery|Safe|unchanged", "|Effective|declined",
                                    "|Caring|improved", "|Responsive|new", "|Well-led|not comparable",
                                    "|Overall|declined", "Surgery|Overall|improved"}));
    shown.sort(DiffModel::LevelColumn, Qt::DescendingOrder);
    QCOMPARE(rowsOf().mid(0, 2), (QStringList{"Surgery|Safe|unchanged", "Surgery|Overall|improved"}));
    shown.sort(DiffModel::CurrentColumn, Qt::AscendingOrder); // best grade first
    QStringList current;
    for (int r = 0; r < shown.rowCount(); ++r)
        current << shown.index(r, DiffModel::CurrentColumn).data().toString();
    QCOMPARE(current, (QStringList{"Good", "Good", "Good", "Good", "Good", "Good", "Requires improvement", "Inadequate"}));
}

void TestItemModels::diffClear()
{
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    QVERIFY(model.rowCount() > 0);
    ResetSpy spy(&model);
    model.clear();
    QCOMPARE(spy.aboutToReset.count(), 1);
    QCOMPARE(spy.reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.toDate(), QDate());
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
