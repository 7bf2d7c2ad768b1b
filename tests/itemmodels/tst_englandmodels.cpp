// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The England view's models on values built in code: DistributionModel
// (`export distribution`'s rows), ChangeFeedModel and its filter proxy
// ("What changed", `export changes`' columns) and LeagueTableModel. Each
// runs under QAbstractItemModelTester (Fatal: a broken model stops the
// suite), before and after its set*() resets, which QSignalSpy counts.
// Export values are checked as ModelExportTable reads them (ExportRole,
// else DisplayRole): what `export` writes. The tables drawn from the
// national data are the storage and command-line suites'.

#include <core/GridDiff.h>
#include <itemmodels/ChangeFeedFilterProxyModel.h>
#include <itemmodels/ChangeFeedModel.h>
#include <itemmodels/DistributionModel.h>
#include <itemmodels/LeagueTableModel.h>
#include <itemmodels/Roles.h>
#include "ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QtTest>

Q_DECLARE_METATYPE(PopulationLevel)

static const auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

static GridCell cellOf(const char *rating, const char *date, const char *inheritedFrom = "")
{
    GridCell cell;
    cell.rating = Rating::fromText(QString::fromUtf8(rating));
    cell.date = iso(date);
    cell.inheritedFrom = QString::fromLatin1(inheritedFrom);
    return cell;
}

// What `export` writes of a cell: ModelExportTable's choice of roles.
static QVariant exported(const QModelIndex &index)
{
    const QVariant v = index.data(Roles::ExportRole);
    return v.isValid() ? v : index.data(Qt::DisplayRole);
}

static QStringList exportHeaders(const QAbstractItemModel &model)
{
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.headerData(c, Qt::Horizontal, Roles::ExportRole).toString();
    return out;
}

static QStringList exportedRow(const QAbstractItemModel &model, int row)
{
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c) {
        const QVariant v = exported(model.index(row, c));
        out << (v.metaType().id() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString());
    }
    return out;
}

// Overall: 2 Good, 1 Requires improvement, 1 non-grade; Safe: 1
// Outstanding, 2 Inadequate; Caring: 3 Good; nobody has an Effective,
// Responsive or Well-led value.
static RatingDistribution sampleDistribution()
{
    RatingDistribution d;
    d.asOf = iso("2024-01-01");
    d.subjects = 5;
    const auto add = [&d](KeyQuestion kq, const char *rating, int times) {
        for (int i = 0; i < times; ++i)
            d.add(kq, Rating::fromText(QString::fromUtf8(rating)));
    };
    add(KeyQuestion::Safe, "Inadequate", 2);
    add(KeyQuestion::Overall, "Inspected but not rated", 1);
    add(KeyQuestion::Overall, "Requires improvement", 1);
    add(KeyQuestion::Caring, "Good", 3);
    add(KeyQuestion::Overall, "Good", 2);
    add(KeyQuestion::Safe, "Outstanding", 1);
    add(KeyQuestion::Effective, "", 4); // no value: not counted
    return d;
}

// One changed cell of each level, at two trusts.
static ChangeFeedEntry feedEntry(const char *providerId, const char *providerName, GridRow row, KeyQuestion kq,
                                 GridCell previous, GridCell current, Change change)
{
    ChangeFeedEntry e;
    e.providerId = QString::fromLatin1(providerId);
    e.providerName = QString::fromUtf8(providerName);
    e.entry.row = std::move(row);
    e.entry.keyQuestion = kq;
    e.entry.previous = std::move(previous);
    e.entry.current = std::move(current);
    e.entry.change = change;
    return e;
}

static const char *const Lewisham = "Lewisham and Greenwich NHS Trust";
static const char *const Kent = "Kent and Medway NHS and Social Care Partnership Trust";

static QVector<ChangeFeedEntry> sampleFeed()
{
    using L = GridRow::Level;
    return {
        // 0: the trust's own Safe declined.
        feedEntry("RJ2", Lewisham, {L::Provider, {}, {}, {}}, KeyQuestion::Safe, cellOf("Good", "2019-05-01"),
                  cellOf("Requires improvement", "2020-07-03"), Change::Declined),
        // 1: a location's own Well-led improved.
        feedEntry("RJ2", Lewisham, {L::Location, QStringLiteral("RJ224"), QStringLiteral("Queen Elizabeth Hospital"), {}},
                  KeyQuestion::WellLed, cellOf("Requires improvement", "2019-05-01"), cellOf("Good", "2020-07-03"),
                  Change::Improved),
        // 2: a location's service no longer rated.
        feedEntry("RJ2", Lewisham,
                  {L::Location, QStringLiteral("RJ231"), QStringLiteral("University Hospital Lewisham"),
                   QStringLiteral("Maternity")},
                  KeyQuestion::Overall, cellOf("Good", "2019-05-01"), GridCell(), Change::NoLongerRated),
        // 3: another trust's trust-wide service, newly rated, inherited.
        feedEntry("RXY", Kent, {L::Provider, {}, {}, QStringLiteral("Community health services for adults")},
                  KeyQuestion::Caring, GridCell(), cellOf("Outstanding", "2023-08-03", "Y"), Change::New),
        // 4: that trust's own Overall declined.
        feedEntry("RXY", Kent, {L::Provider, {}, {}, {}}, KeyQuestion::Overall, cellOf("Outstanding", "2018-01-10"),
                  cellOf("Good", "2023-08-03"), Change::Declined),
    };
}

static QVector<LeagueRow> sampleLeague()
{
    const auto row = [](const char *id, const char *name, const char *locationId, const char *locationName,
                        TrustType type, const char *region, bool nhs, QHash<KeyQuestion, GridCell> cells) {
        LeagueRow r;
        r.providerId = QString::fromLatin1(id);
        r.providerName = QString::fromUtf8(name);
        r.locationId = QString::fromLatin1(locationId);
        r.locationName = QString::fromUtf8(locationName);
        r.type = type;
        r.region = QString::fromUtf8(region);
        r.nhs = nhs;
        r.cells = std::move(cells);
        return r;
    };
    // In source order a Good location of Lewisham comes before Kent's Good
    // trust: the name tie-break, not the source order, puts Kent first.
    return {
        row("RJ2", Lewisham, "", "", TrustType::Acute, "London", true,
            {{KeyQuestion::Safe, cellOf("Requires improvement", "2020-07-03")},
             {KeyQuestion::WellLed, cellOf("Good", "2020-07-03")},
             {KeyQuestion::Overall, cellOf("Requires improvement", "2020-07-03")}}),
        row("RJ2", Lewisham, "RJ224", "Queen Elizabeth Hospital", TrustType::Acute, "London", true,
            {{KeyQuestion::Overall, cellOf("Good", "2020-07-03")}}),
        row("RXY", Kent, "", "", TrustType::MentalHealth, "South East", true,
            {{KeyQuestion::Safe, cellOf("Outstanding", "2023-08-03")},
             {KeyQuestion::Overall, cellOf("Good", "2023-08-03")}}),
        row("RAX", "Alpha Ambulance Service NHS Trust", "", "", TrustType::Ambulance, "London", true,
            {{KeyQuestion::Overall, cellOf("Outstanding", "2016-01-01", "Y")}}),
        row("BB1", "Beta Healthcare Ltd", "", "", TrustType::Other, "North West", false, {}),
        row("RCC", "Gamma Community Trust", "", "", TrustType::Community, "London", true,
            {{KeyQuestion::Overall, cellOf("Inspected but not rated", "2022-02-02")}}),
    };
}

class TestEnglandModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void distributionRows();
    void distributionShareIsLocalisedOnScreenOnly();
    void distributionReset();

    void feedHeaders();
    void feedColumns_data();
    void feedColumns();
    void feedReset();

    void proxyFilters();
    void proxyReadsRolesOnly();
    void proxySortsPreviousByGrade();

    void leagueHeaders();
    void leagueRoles();
    void leagueSortByGrade_data();
    void leagueSortByGrade();
};

// --- DistributionModel ----------------------------------------------------

void TestEnglandModels::distributionRows()
{
    DistributionModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    ResetSpy spy(&model);
    QVERIFY(spy.isValid());
    model.setDistribution(sampleDistribution());
    QCOMPARE(spy.reset.count(), 1);
    QCOMPARE(model.distribution().total(KeyQuestion::Overall), 4);

    QCOMPARE(exportHeaders(model), (QStringList{"Key question", "Rating", "Count", "Share"}));
    QCOMPARE(headers(model), exportHeaders(model)); // no catalogue installed: the source text
    // Overall first, then Safe .. Well-led; grades in CQC's order, then the
    // non-grades; a key question nobody has a value for has no row.
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << exportedRow(model, r).join(QLatin1Char(','));
    QCOMPARE(rows, (QStringList{"Overall,Good,2,50.0", "Overall,Requires improvement,1,25.0",
                                "Overall,Inspected but not rated,1,25.0", "Safe,Outstanding,1,33.3",
                                "Safe,Inadequate,2,66.7", "Caring,Good,3,100.0"}));

    // Export types: a number for Count (never guarded), text for Share.
    QCOMPARE(exported(model.index(4, DistributionModel::CountColumn)).metaType().id(), int(QMetaType::LongLong));
    QCOMPARE(exported(model.index(4, DistributionModel::ShareColumn)).metaType().id(), int(QMetaType::QString));
    // Sorting: the share as a double, the count as a number, the rating by
    // rank, the key question in the chart's order.
    const QVariant share = model.index(4, DistributionModel::ShareColumn).data(Roles::SortRole);
    QCOMPARE(share.metaType().id(), int(QMetaType::Double));
    QCOMPARE(share.toDouble(), 200.0 / 3);
    QCOMPARE(model.index(4, DistributionModel::CountColumn).data(Roles::SortRole).toInt(), 2);
    QCOMPARE(model.index(2, DistributionModel::RatingColumn).data(Roles::SortRole).toInt(), 5);
    QCOMPARE(model.index(0, DistributionModel::KeyQuestionColumn).data(Roles::SortRole).toInt(), 0);
    QCOMPARE(model.index(5, DistributionModel::KeyQuestionColumn).data(Roles::SortRole).toInt(), 3);

    // Every column says which bar and which segment it is.
    for (int c = 0; c < model.columnCount(); ++c) {
        QCOMPARE(model.index(3, c).data(Roles::KeyQuestionRole).toInt(), int(KeyQuestion::Safe));
        QCOMPARE(model.index(3, c).data(Roles::GradeRole).toInt(), int(Grade::Outstanding));
        QCOMPARE(model.index(2, c).data(Roles::GradeRole).toInt(), int(Grade::NotAGrade));
    }
    QCOMPARE(model.index(4, 0).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Safe: Inadequate, 2 of 3 rated (66.7%)"));
    QCOMPARE(model.index(4, DistributionModel::ShareColumn).data().toString(), QStringLiteral("66.7%"));
    QCOMPARE(model.index(5, DistributionModel::KeyQuestionColumn).data().toString(), QStringLiteral("Caring"));
}

void TestEnglandModels::distributionShareIsLocalisedOnScreenOnly()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    DistributionModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    RatingDistribution d;
    for (int i = 0; i < 1234; ++i)
        d.add(KeyQuestion::Safe, Rating::fromText(QStringLiteral("Good")));
    for (int i = 0; i < 2468; ++i)
        d.add(KeyQuestion::Safe, Rating::fromText(QStringLiteral("Inadequate")));
    model.setDistribution(d);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex share = model.index(0, DistributionModel::ShareColumn);
    QCOMPARE(share.data().toString(), QStringLiteral("33,3%"));
    QCOMPARE(exported(share).toString(), QStringLiteral("33.3"));
    const QModelIndex count = model.index(1, DistributionModel::CountColumn);
    QCOMPARE(count.data().toString(), QLocale().toString(2468)); // grouped as French groups thousands
    QCOMPARE(exported(count).toLongLong(), 2468);
}

void TestEnglandModels::distributionReset()
{
    DistributionModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    ResetSpy spy(&model);
    QCOMPARE(model.rowCount(), 0);
    model.setDistribution(sampleDistribution());
    QCOMPARE(model.rowCount(), 6);
    model.setDistribution(RatingDistribution());
    QCOMPARE(model.rowCount(), 0);
    model.setDistribution(sampleDistribution());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(spy.aboutToReset.count(), 3);
    QCOMPARE(spy.reset.count(), 3);
}

// --- ChangeFeedModel -----------------------------------------------------

void TestEnglandModels::feedHeaders()
{
    ChangeFeedModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    // `export changes`' columns, in order (issue 13).
    QCOMPARE(exportHeaders(model).join(QStringLiteral(", ")),
             QStringLiteral("Provider ID, Provider, Level, Location ID, Location, Service, Key question, Previous, "
                            "Previous date, Current, Current date, Change"));
    QCOMPARE(headers(model), exportHeaders(model));
    QCOMPARE(model.columnCount(), int(ChangeFeedModel::ColumnCount));
}

void TestEnglandModels::feedColumns_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("levelShown");
    QTest::addColumn<PopulationLevel>("level");
    QTest::addColumn<QStringList>("exportedRow");

    QTest::newRow("trust") << 0 << "Provider" << PopulationLevel::Provider
                           << QStringList{"RJ2", Lewisham, "Provider", "", "", "", "Safe", "Good", "2019-05-01",
                                          "Requires improvement", "2020-07-03", "declined"};
    QTest::newRow("location") << 1 << "Location" << PopulationLevel::Location
                              << QStringList{"RJ2", Lewisham, "Location", "RJ224", "Queen Elizabeth Hospital", "",
                                             "Well-led", "Requires improvement", "2019-05-01", "Good", "2020-07-03",
                                             "improved"};
    // A service's Level is its row's, as `export diff` writes it.
    QTest::newRow("location's service")
        << 2 << "Service" << PopulationLevel::Service
        << QStringList{"RJ2", Lewisham, "Location", "RJ231", "University Hospital Lewisham", "Maternity", "Overall",
                       "Good", "2019-05-01", "", "", "no longer rated"};
    QTest::newRow("trust's service") << 3 << "Service" << PopulationLevel::Service
                                     << QStringList{"RXY", Kent, "Provider", "", "", "Community health services for adults",
                                                    "Caring", "", "", "Outstanding", "2023-08-03", "new"};
}

void TestEnglandModels::feedColumns()
{
    QFETCH(int, row);
    QFETCH(PopulationLevel, level);
    ChangeFeedModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    const QVector<ChangeFeedEntry> feed = sampleFeed();
    model.setChanges(feed, iso("2019-06-01"), iso("2020-08-01"));
    QCOMPARE(model.rowCount(), int(feed.size()));
    QCOMPARE(model.from(), iso("2019-06-01"));
    QCOMPARE(model.to(), iso("2020-08-01"));
    QCOMPARE(model.entry(row).providerId, feed.at(row).providerId);

    QTEST(exportedRow(model, row), "exportedRow");
    const ChangeFeedEntry &e = feed.at(row);
    const auto at = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    // On screen: the level's word (a service says so), the key question's
    // label, the change translated, dates ISO; CQC's words stay.
    QTEST(at(ChangeFeedModel::LevelColumn).toString(), "levelShown");
    QCOMPARE(at(ChangeFeedModel::KeyQuestionColumn).toString(), KeyQuestions::label(e.entry.keyQuestion));
    QCOMPARE(at(ChangeFeedModel::ChangeColumn).toString(), GridDiff::changeLabel(e.entry.change));
    QCOMPARE(at(ChangeFeedModel::PreviousColumn).toString(), e.entry.previous.rating.text());
    QCOMPARE(at(ChangeFeedModel::CurrentDateColumn).toString(),
             e.entry.current.date.isValid() ? e.entry.current.date.toString(Qt::ISODate) : QString());
    QCOMPARE(at(ChangeFeedModel::ProviderColumn).toString(), e.providerName);
    // Dates export as dates (ISO, unguarded), not as text.
    QCOMPARE(at(ChangeFeedModel::PreviousDateColumn, Roles::ExportRole).metaType().id(), int(QMetaType::QDate));
    QCOMPARE(at(ChangeFeedModel::ChangeColumn, Roles::ExportRole).toString(), GridDiff::changeName(e.entry.change));

    // The whole row's roles, in every column.
    for (int c = 0; c < model.columnCount(); ++c) {
        QCOMPARE(at(c, Roles::ChangeRole).toInt(), int(e.entry.change));
        QCOMPARE(at(c, Roles::KeyQuestionRole).toInt(), int(e.entry.keyQuestion));
        QCOMPARE(at(c, Roles::LevelRole).toInt(), int(level));
        QCOMPARE(at(c, Roles::SubjectIdRole).toString(), e.providerId);
        QCOMPARE(at(c, Roles::GridRowRole).value<GridRow>().key(), e.entry.row.key());
        QVERIFY(at(c, Qt::AccessibleTextRole).toString().contains(e.providerName));
    }
    // The tiles: grade, date and inheritance for the delegate; sorting by grade.
    for (const auto &[column, cell] : {std::pair{int(ChangeFeedModel::PreviousColumn), e.entry.previous},
                                       std::pair{int(ChangeFeedModel::CurrentColumn), e.entry.current}}) {
        QCOMPARE(at(column, Roles::GradeRole).toInt(), int(cell.rating.grade()));
        QCOMPARE(at(column, Roles::DateRole).toDate(), cell.date);
        QCOMPARE(at(column, Roles::InheritedRole).toBool(), cell.isInherited());
        QCOMPARE(at(column, Roles::SortRole).toInt(), cell.rating.sortRank());
        QVERIFY(!at(column, Qt::ToolTipRole).toString().isEmpty());
    }
    QCOMPARE(at(ChangeFeedModel::CurrentColumn, Roles::InheritedRole).toBool(), row == 3);
    QCOMPARE(at(ChangeFeedModel::LevelColumn, Roles::SortRole).toInt(), int(level));
    QCOMPARE(at(ChangeFeedModel::PreviousDateColumn, Roles::SortRole).toDate(), e.entry.previous.date);
}

void TestEnglandModels::feedReset()
{
    ChangeFeedModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    ResetSpy spy(&model);
    model.setChanges(sampleFeed(), iso("2019-06-01"), iso("2020-08-01"));
    QCOMPARE(model.rowCount(), 5);
    // The summary is the rows'.
    QCOMPARE(model.summary().cells, 5);
    QCOMPARE(model.summary().trusts.declined, 2);
    QCOMPARE(model.summary().locations.improved, 1);
    QCOMPARE(model.summary().services.noLongerRated, 1);
    QCOMPARE(model.summary().services.added, 1);
    model.setChanges({}, iso("2020-08-01"), iso("2020-09-01"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.summary().cells, 0);
    QCOMPARE(model.summary().sentence(), QStringLiteral("No ratings changed"));
    QCOMPARE(model.from(), iso("2020-08-01"));
    QCOMPARE(spy.aboutToReset.count(), 2);
    QCOMPARE(spy.reset.count(), 2);
}

// --- ChangeFeedFilterProxyModel ------------------------------------------

void TestEnglandModels::proxyFilters()
{
    using Direction = ChangeFeedFilterProxyModel::Direction;
    ChangeFeedModel model;
    ChangeFeedFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, Fatal);
    QAbstractItemModelTester tester(&proxy, Fatal);
    ResetSpy spy(&proxy);
    model.setChanges(sampleFeed(), iso("2019-06-01"), iso("2020-08-01"));
    QCOMPARE(spy.reset.count(), 1);
    // The rows shown, by the note on each row of sampleFeed().
    const auto shown = [&proxy] {
        QList<int> rows;
        for (int r = 0; r < proxy.rowCount(); ++r)
            rows << proxy.mapToSource(proxy.index(r, 0)).row();
        return rows;
    };
    QCOMPARE(shown(), (QList<int>{0, 1, 2, 3, 4}));

    proxy.setDirection(Direction::Declined);
    QCOMPARE(shown(), (QList<int>{0, 4}));
    proxy.setDirection(Direction::Improved);
    QCOMPARE(shown(), (QList<int>{1}));
    proxy.setDirection(Direction::All);
    QCOMPARE(shown(), (QList<int>{0, 1, 2, 3, 4}));

    proxy.setLevel(PopulationLevel::Provider);
    QCOMPARE(shown(), (QList<int>{0, 4}));
    proxy.setLevel(PopulationLevel::Location);
    QCOMPARE(shown(), (QList<int>{1}));
    proxy.setLevel(PopulationLevel::Service);
    QCOMPARE(shown(), (QList<int>{2, 3}));
    proxy.setLevel(std::nullopt);

    proxy.setKeyQuestion(KeyQuestion::Overall);
    QCOMPARE(shown(), (QList<int>{2, 4}));
    proxy.setKeyQuestion(KeyQuestion::Safe); // Safe is 0: a missing role must not pass for it
    QCOMPARE(shown(), (QList<int>{0}));
    proxy.setKeyQuestion(std::nullopt);

    proxy.setProviderIds({QStringLiteral("RXY")});
    QCOMPARE(shown(), (QList<int>{3, 4}));
    // The filters narrow together.
    proxy.setDirection(Direction::Declined);
    QCOMPARE(shown(), (QList<int>{4}));
    proxy.setProviderIds({QStringLiteral("RXY"), QStringLiteral("RJ2")});
    QCOMPARE(shown(), (QList<int>{0, 4}));
    proxy.setLevel(PopulationLevel::Location);
    QCOMPARE(shown(), QList<int>{});

    // A new feed keeps the filters.
    model.setChanges(sampleFeed().mid(1), iso("2019-06-01"), iso("2020-08-01"));
    QCOMPARE(spy.reset.count(), 2);
    proxy.setLevel(std::nullopt);
    QCOMPARE(shown(), (QList<int>{3})); // row 4 of the old feed is row 3 now
    proxy.setProviderIds({});
    proxy.setDirection(Direction::All);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestEnglandModels::proxyReadsRolesOnly()
{
    // Any model giving the roles will do: the proxy does not know
    // ChangeFeedModel. A row without the roles passes no filter.
    QStandardItemModel source(3, 2);
    const auto put = [&source](int row, Change change, PopulationLevel level, KeyQuestion kq, const char *provider) {
        QStandardItem *item = new QStandardItem(QStringLiteral("row %1").arg(row));
        item->setData(int(change), Roles::ChangeRole);
        item->setData(int(level), Roles::LevelRole);
        item->setData(int(kq), Roles::KeyQuestionRole);
        item->setData(QString::fromLatin1(provider), Roles::SubjectIdRole);
        source.setItem(row, 0, item);
    };
    put(0, Change::Improved, PopulationLevel::Provider, KeyQuestion::Safe, "AA1");
    put(1, Change::Declined, PopulationLevel::Service, KeyQuestion::Caring, "BB2");
    source.setItem(2, 0, new QStandardItem(QStringLiteral("no roles")));
    ChangeFeedFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, Fatal);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setDirection(ChangeFeedFilterProxyModel::Direction::Improved);
    QCOMPARE(column(proxy, 0), QStringList{"row 0"});
    proxy.setDirection(ChangeFeedFilterProxyModel::Direction::All);
    proxy.setLevel(PopulationLevel::Provider);
    QCOMPARE(column(proxy, 0), QStringList{"row 0"});
    proxy.setLevel(std::nullopt);
    proxy.setKeyQuestion(KeyQuestion::Caring);
    QCOMPARE(column(proxy, 0), QStringList{"row 1"});
    proxy.setKeyQuestion(std::nullopt);
    proxy.setProviderIds({QStringLiteral("BB2")});
    QCOMPARE(column(proxy, 0), QStringList{"row 1"});
}

void TestEnglandModels::proxySortsPreviousByGrade()
{
    ChangeFeedModel model;
    ChangeFeedFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, Fatal);
    model.setChanges(sampleFeed(), iso("2019-06-01"), iso("2020-08-01"));
    QCOMPARE(proxy.sortRole(), int(Roles::SortRole));
    // By grade: Outstanding, Good, Good (stable: source order), Requires
    // improvement, and no rating last. As text it would be "", Good, Good,
    // Outstanding, Requires improvement.
    proxy.sort(ChangeFeedModel::PreviousColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, ChangeFeedModel::PreviousColumn),
             (QStringList{"Outstanding", "Good", "Good", "Requires improvement", ""}));
    QCOMPARE(column(proxy, ChangeFeedModel::ProviderIdColumn), (QStringList{"RXY", "RJ2", "RJ2", "RJ2", "RXY"}));
    QCOMPARE(column(proxy, ChangeFeedModel::LocationIdColumn), (QStringList{"", "", "RJ231", "RJ224", ""}));
    proxy.sort(ChangeFeedModel::PreviousColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, ChangeFeedModel::PreviousColumn).first(), QString());
    QCOMPARE(column(proxy, ChangeFeedModel::PreviousColumn).last(), QStringLiteral("Outstanding"));
    // Dates as dates, and the change declines first.
    proxy.sort(ChangeFeedModel::PreviousDateColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, ChangeFeedModel::PreviousDateColumn),
             (QStringList{"", "2018-01-10", "2019-05-01", "2019-05-01", "2019-05-01"}));
    proxy.sort(ChangeFeedModel::ChangeColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, ChangeFeedModel::ChangeColumn, Roles::ExportRole),
             (QStringList{"declined", "declined", "improved", "new", "no longer rated"}));
    // Sorted and filtered together, through a reset.
    proxy.setDirection(ChangeFeedFilterProxyModel::Direction::Declined);
    model.setChanges(sampleFeed(), iso("2019-06-01"), iso("2020-08-01"));
    proxy.sort(ChangeFeedModel::PreviousColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, ChangeFeedModel::PreviousColumn), (QStringList{"Outstanding", "Good"}));
}

// --- LeagueTableModel ----------------------------------------------------

void TestEnglandModels::leagueHeaders()
{
    LeagueTableModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    QCOMPARE(exportHeaders(model).join(QStringLiteral(", ")),
             QStringLiteral("Provider ID, Provider, Location ID, Location, Type, Region, Safe, Effective, Caring, "
                            "Responsive, Well-led, Overall"));
    QCOMPARE(headers(model), exportHeaders(model));
    QCOMPARE(LeagueTableModel::keyQuestionOf(LeagueTableModel::SafeColumn), KeyQuestion::Safe);
    QCOMPARE(LeagueTableModel::keyQuestionOf(LeagueTableModel::WellLedColumn), KeyQuestion::WellLed);
    QCOMPARE(LeagueTableModel::keyQuestionOf(LeagueTableModel::OverallColumn), KeyQuestion::Overall);
}

void TestEnglandModels::leagueRoles()
{
    LeagueTableModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    ResetSpy spy(&model);
    model.setRows(sampleLeague(), iso("2024-01-01"));
    QCOMPARE(spy.reset.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.asOf(), iso("2024-01-01"));
    QCOMPARE(model.leagueRow(1).locationId, QStringLiteral("RJ224"));

    // What `export` writes: CQC's words, the type's command-line word.
    QCOMPARE(exportedRow(model, 0), (QStringList{"RJ2", Lewisham, "", "", "acute", "London", "Requires improvement",
                                                 "", "", "", "Good", "Requires improvement"}));
    QCOMPARE(exportedRow(model, 1), (QStringList{"RJ2", Lewisham, "RJ224", "Queen Elizabeth Hospital", "acute",
                                                 "London", "", "", "", "", "", "Good"}));
    QCOMPARE(exportedRow(model, 2).at(LeagueTableModel::TypeColumn), QStringLiteral("mental-health"));
    QCOMPARE(exportedRow(model, 4).at(LeagueTableModel::TypeColumn), QString()); // not an NHS sector
    // On screen: the type's label.
    QCOMPARE(model.index(2, LeagueTableModel::TypeColumn).data().toString(), TrustTypes::label(TrustType::MentalHealth));
    QCOMPARE(model.index(3, LeagueTableModel::TypeColumn).data().toString(), QStringLiteral("Ambulance"));

    // The whole row, in every column.
    for (int c = 0; c < model.columnCount(); ++c) {
        const auto at = [&](int row, int role) { return model.index(row, c).data(role); };
        QCOMPARE(at(1, Roles::SubjectIdRole).toString(), QStringLiteral("RJ2")); // "open" shows the trust
        QCOMPARE(at(1, Roles::LevelRole).toInt(), int(PopulationLevel::Location));
        QCOMPARE(at(0, Roles::LevelRole).toInt(), int(PopulationLevel::Provider));
        QCOMPARE(at(2, Roles::RegionRole).toString(), QStringLiteral("South East"));
        QCOMPARE(at(2, Roles::TrustTypeRole).toInt(), int(TrustType::MentalHealth));
        QCOMPARE(at(4, Roles::NhsRole).toBool(), false);
        QCOMPARE(at(3, Roles::NhsRole).toBool(), true);
        QVERIFY(at(1, Roles::SearchTextRole).toString().contains(QStringLiteral("rj224")));
        QVERIFY(at(1, Roles::SearchTextRole).toString().contains(QStringLiteral("queen elizabeth")));
        QVERIFY(at(1, Roles::SearchTextRole).toString().contains(QStringLiteral("lewisham")));
    }

    // The tiles, as the grid's: grade, date, inherited, stale (more than
    // four years before the table's date).
    const auto tile = [&](int row, int column, int role) { return model.index(row, column).data(role); };
    QCOMPARE(tile(0, LeagueTableModel::WellLedColumn, Qt::DisplayRole).toString(), QStringLiteral("Good"));
    QCOMPARE(tile(0, LeagueTableModel::WellLedColumn, Roles::GradeRole).toInt(), int(Grade::Good));
    QCOMPARE(tile(0, LeagueTableModel::WellLedColumn, Roles::DateRole).toDate(), iso("2020-07-03"));
    QCOMPARE(tile(0, LeagueTableModel::WellLedColumn, Roles::KeyQuestionRole).toInt(), int(KeyQuestion::WellLed));
    QCOMPARE(tile(0, LeagueTableModel::WellLedColumn, Roles::StaleRole).toBool(), false);
    QCOMPARE(tile(0, LeagueTableModel::EffectiveColumn, Roles::GradeRole).toInt(), int(Grade::None));
    QCOMPARE(tile(0, LeagueTableModel::EffectiveColumn, Roles::DateRole).toDate(), QDate());
    QCOMPARE(tile(3, LeagueTableModel::OverallColumn, Roles::InheritedRole).toBool(), true);
    QCOMPARE(tile(3, LeagueTableModel::OverallColumn, Roles::StaleRole).toBool(), true);
    QCOMPARE(tile(2, LeagueTableModel::OverallColumn, Roles::StaleRole).toBool(), false);
    QCOMPARE(tile(5, LeagueTableModel::OverallColumn, Roles::GradeRole).toInt(), int(Grade::NotAGrade));
    QVERIFY(tile(3, LeagueTableModel::OverallColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("four years")));
    QVERIFY(tile(0, LeagueTableModel::EffectiveColumn, Qt::AccessibleTextRole).toString().contains(Lewisham));

    // Stale is the table's date's: as of 2019 the 2016 rating is not.
    model.setRows(sampleLeague(), iso("2019-01-01"));
    QCOMPARE(tile(3, LeagueTableModel::OverallColumn, Roles::StaleRole).toBool(), false);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(spy.aboutToReset.count(), 3);
    QCOMPARE(spy.reset.count(), 3);
}

void TestEnglandModels::leagueSortByGrade_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("subjects");
    // Outstanding first, then Good (Kent before Lewisham's location by
    // name, though after it in the source), Requires improvement, the
    // non-grade, and no rating last.
    QTest::newRow("Overall") << int(LeagueTableModel::OverallColumn)
                             << QStringList{"RAX", "RXY", "RJ224", "RJ2", "RCC", "BB1"};
    // Blanks by name: Alpha, Beta, Gamma, Lewisham's location.
    QTest::newRow("Safe") << int(LeagueTableModel::SafeColumn)
                          << QStringList{"RXY", "RJ2", "RAX", "BB1", "RCC", "RJ224"};
}

void TestEnglandModels::leagueSortByGrade()
{
    QFETCH(int, column);
    LeagueTableModel model;
    QSortFilterProxyModel sorted;
    sorted.setSortRole(Roles::SortRole);
    sorted.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, Fatal);
    QAbstractItemModelTester sortedTester(&sorted, Fatal);
    model.setRows(sampleLeague(), iso("2024-01-01"));
    sorted.sort(column, Qt::AscendingOrder);
    QStringList subjects;
    for (int r = 0; r < sorted.rowCount(); ++r)
        subjects << model.leagueRow(sorted.mapToSource(sorted.index(r, 0)).row()).subjectId();
    QTEST(subjects, "subjects");
}

QTEST_MAIN(TestEnglandModels)
#include "tst_englandmodels.moc"
