// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// DiffFilterProxyModel, the diff table as shown, under
// QAbstractItemModelTester (failures are test failures) on real data: CQC's
// own API responses for the Royal Oldham Hospital (RM317, and its
// predecessor registration RW603) and two CQC-shaped monthly Latest ratings
// sheets, imported into a real SQLite file and read back through the store.
// "Changed only" is switched and the diff reloaded (other dates, other
// trusts, cleared) while the tester watches; what the proxy shows is
// checked against its source row by row and role by role.

#include <importing/Importer.h>
#include <itemmodels/DiffFilterProxyModel.h>
#include <itemmodels/DiffModel.h>
#include <itemmodels/Roles.h>
#include <storage/RatingStore.h>
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <memory>

static QString fixture(const QString &name) { return QStringLiteral(TR_FIXTURES_DIR "/") + name; }
static QString sample(const QString &name) { return QStringLiteral(TR_SAMPLES_DIR "/") + name; }

// The order the diff is shown in: declines, improvements, the other changes
// (new, no longer rated, not comparable), unchanged.
static int rankOf(Change change)
{
    switch (change) {
    case Change::Declined: return 0;
    case Change::Improved: return 1;
    case Change::New: return 2;
    case Change::NoLongerRated: return 3;
    case Change::NotComparable: return 4;
    case Change::Unchanged: return 5;
    }
    return -1;
}

static Change changeAt(const QAbstractItemModel &model, int row)
{
    return Change(model.index(row, DiffModel::ChangeColumn).data(Roles::ChangeRole).toInt());
}

// "location id|service|key question|change" per shown row.
static QStringList describe(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, DiffModel::LocationIdColumn).data().toString() + QLatin1Char('|')
                   + model.index(r, DiffModel::ServiceColumn).data().toString() + QLatin1Char('|')
                   + model.index(r, DiffModel::KeyQuestionColumn).data().toString() + QLatin1Char('|')
                   + model.index(r, DiffModel::ChangeColumn).data().toString();
    return out;
}

// verifyShowsSource() fails through QCOMPARE, which returns from it alone.
#define VERIFY_SHOWS_SOURCE(shown, model)                                                                               \
    do {                                                                                                               \
        verifyShowsSource(shown, model);                                                                               \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class TestDiffFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void showsTheSource_data();
    void showsTheSource();
    void changedOnlyTwiceIsOneChange();
    void reloadsWhileFiltered();
    void eastmereJuneToJuly();
    void otherColumnThenChangedOnly();

private:
    SubjectRatings load(const Subject &subject) const;
    // What a correct proxy shows of the source now: every row, or those
    // whose change is not "unchanged", in the contract's order.
    static void verifyShowsSource(const DiffFilterProxyModel &shown, const DiffModel &source);

    std::unique_ptr<TestDatabase> m_db;
};

void TestDiffFilterProxyModel::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(TestDatabase::Empty);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    for (const QString &file : {sample(QStringLiteral("location_RW603.json")), sample(QStringLiteral("location_RM317.json")),
                                fixture(QStringLiteral("snapshot_2024-06.csv")),
                                fixture(QStringLiteral("snapshot_2024-07.csv"))}) {
        const ImportResult r = Importer(m_db->database()).importFile(file);
        QVERIFY2(r.ok, qPrintable(file + QLatin1String(": ") + r.error));
    }
}

void TestDiffFilterProxyModel::init()
{
    // The tester reports through QtTest; anything else Qt warns about is a failure too.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

SubjectRatings TestDiffFilterProxyModel::load(const Subject &subject) const
{
    SubjectRatings ratings;
    const RatingStore store(m_db->database());
    if (!store.loadSubject(subject, &ratings))
        qWarning("cannot load %s: %s", qPrintable(subject.id), qPrintable(store.errorString()));
    return ratings;
}

void TestDiffFilterProxyModel::verifyShowsSource(const DiffFilterProxyModel &shown, const DiffModel &source)
{
    QCOMPARE(shown.columnCount(), source.columnCount());
    QVector<int> expected; // source rows, in the order they must be shown
    for (int r = 0; r < source.rowCount(); ++r) {
        if (!shown.changedOnly() || changeAt(source, r) != Change::Unchanged)
            expected << r;
    }
    std::stable_sort(expected.begin(), expected.end(),
                     [&source](int a, int b) { return rankOf(changeAt(source, a)) < rankOf(changeAt(source, b)); });
    QCOMPARE(shown.rowCount(), expected.size());
    const QVector<int> roles = {Qt::DisplayRole,     Qt::ToolTipRole,    Qt::AccessibleTextRole, Qt::TextAlignmentRole,
                                Roles::GradeRole,    Roles::DateRole,    Roles::InheritedRole,   Roles::ChangeRole,
                                Roles::SortRole,     Roles::ExportRole,  Roles::KeyQuestionRole, Roles::SubjectIdRole};
    for (int r = 0; r < shown.rowCount(); ++r) {
        for (int c = 0; c < shown.columnCount(); ++c) {
            const QModelIndex index = shown.index(r, c);
            QCOMPARE(shown.mapToSource(index), source.index(expected.at(r), c));
            for (int role : roles)
                QCOMPARE(index.data(role), source.index(expected.at(r), c).data(role));
        }
    }
    for (int c = 0; c < shown.columnCount(); ++c)
        QCOMPARE(shown.headerData(c, Qt::Horizontal), source.headerData(c, Qt::Horizontal));
}

void TestDiffFilterProxyModel::showsTheSource_data()
{
    QTest::addColumn<bool>("trust");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("changedOnly");
    // RM317: five historic reports and core services; its trust RM3; RW603,
    // whose ratings RM317 inherited; RE9 from the two monthly sheets.
    for (bool changedOnly : {false, true}) {
        const char *suffix = changedOnly ? " changed only" : " all";
        QTest::addRow("location RM317%s", suffix) << false << QStringLiteral("RM317") << changedOnly;
        QTest::addRow("trust RM3%s", suffix) << true << QStringLiteral("RM3") << changedOnly;
        QTest::addRow("location RW603%s", suffix) << false << QStringLiteral("RW603") << changedOnly;
        QTest::addRow("trust RE9%s", suffix) << true << QStringLiteral("RE9") << changedOnly;
    }
}

// Rows, their order and every role are the source's; with "Changed only"
// just the changed ones. Then "Changed only" is switched, the tester
// watching.
void TestDiffFilterProxyModel::showsTheSource()
{
    QFETCH(bool, trust);
    QFETCH(QString, id);
    QFETCH(bool, changedOnly);
    const Subject subject = trust ? Subject::provider(id) : Subject::location(id);
    DiffModel model;
    DiffFilterProxyModel shown;
    QAbstractItemModelTester tester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
    shown.setSourceModel(&model);
    shown.setChangedOnly(changedOnly);
    model.setSubject(load(subject));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(shown.changedOnly(), changedOnly);
    VERIFY_SHOWS_SOURCE(shown, model);

    shown.setChangedOnly(!changedOnly);
    VERIFY_SHOWS_SOURCE(shown, model);
    shown.setChangedOnly(changedOnly);
    VERIFY_SHOWS_SOURCE(shown, model);
}

// Setting what is already set moves no row: views keep their selection.
void TestDiffFilterProxyModel::changedOnlyTwiceIsOneChange()
{
    DiffModel model;
    DiffFilterProxyModel shown;
    QAbstractItemModelTester tester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
    shown.setSourceModel(&model);
    model.setSubject(load(Subject::location(QStringLiteral("RM317"))));
    int unchanged = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        unchanged += changeAt(model, r) == Change::Unchanged ? 1 : 0;
    QVERIFY(unchanged > 0);

    QSignalSpy removed(&shown, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&shown, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(&shown, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&shown, &QAbstractItemModel::modelReset);
    shown.setChangedOnly(true);
    QCOMPARE(shown.rowCount(), model.rowCount() - unchanged);
    const int signalsAfterFirst = removed.count() + inserted.count() + layout.count() + reset.count();
    QVERIFY(signalsAfterFirst > 0);
    shown.setChangedOnly(true);
    QCOMPARE(removed.count() + inserted.count() + layout.count() + reset.count(), signalsAfterFirst);
    QCOMPARE(shown.rowCount(), model.rowCount() - unchanged);
}

// The source reloads under the filter (another pair of dates, another
// subject, cleared, back again): the filter stays and still holds.
void TestDiffFilterProxyModel::reloadsWhileFiltered()
{
    DiffModel model;
    DiffFilterProxyModel shown;
    QAbstractItemModelTester tester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
    shown.setSourceModel(&model);
    shown.setChangedOnly(true);

    const SubjectRatings rm317 = load(Subject::location(QStringLiteral("RM317")));
    QVERIFY2(rm317.reportDates.size() >= 3, qPrintable(QString::number(rm317.reportDates.size())));
    QSet<int> changedCounts;
    for (int i = 0; i + 1 < rm317.reportDates.size(); ++i) {
        for (int j = i + 1; j < rm317.reportDates.size(); ++j) {
            model.setSubject(rm317, rm317.reportDates.at(i), rm317.reportDates.at(j));
            QCOMPARE(model.fromDate(), rm317.reportDates.at(i));
            QCOMPARE(model.toDate(), rm317.reportDates.at(j));
            QVERIFY(shown.changedOnly());
            VERIFY_SHOWS_SOURCE(shown, model);
            changedCounts << shown.rowCount();
        }
    }
    // The pairs of dates are not all alike: the filter was tested on more than one picture.
    QVERIFY(changedCounts.size() > 1);

    model.setSubject(load(Subject::provider(QStringLiteral("RE9"))));
    VERIFY_SHOWS_SOURCE(shown, model);
    model.clear();
    QCOMPARE(shown.rowCount(), 0);
    shown.setChangedOnly(false);
    QCOMPARE(shown.rowCount(), 0);
    model.setSubject(load(Subject::provider(QStringLiteral("RM3"))));
    VERIFY_SHOWS_SOURCE(shown, model);
    shown.setChangedOnly(true);
    VERIFY_SHOWS_SOURCE(shown, model);
}

// The two monthly sheets, by hand: from June's view to July's, Eastmere
// General's Overall went from Good to Requires improvement and its Safe was
// re-stated unchanged, as was Fenwick's Overall.
void TestDiffFilterProxyModel::eastmereJuneToJuly()
{
    DiffModel model;
    DiffFilterProxyModel shown;
    QAbstractItemModelTester tester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
    shown.setSourceModel(&model);
    model.setSubject(load(Subject::provider(QStringLiteral("RE9"))));
    QCOMPARE(describe(shown), (QStringList{"RE901||Overall|declined", "RE901||Safe|unchanged", "RE902||Overall|unchanged"}));
    QCOMPARE(shown.index(0, DiffModel::PreviousColumn).data().toString(), QStringLiteral("Good"));
    QCOMPARE(shown.index(0, DiffModel::CurrentColumn).data().toString(), QStringLiteral("Requires improvement"));
    QCOMPARE(shown.index(0, DiffModel::CurrentColumn).data(Roles::DateRole).toDate(), QDate(2024, 6, 14));
    QCOMPARE(shown.index(0, DiffModel::ChangeColumn).data(Roles::ExportRole).toString(), QStringLiteral("declined"));

    shown.setChangedOnly(true);
    QCOMPARE(describe(shown), (QStringList{"RE901||Overall|declined"}));
    QCOMPARE(shown.index(0, DiffModel::LocationColumn).data().toString(), QStringLiteral("Eastmere General Hospital"));
}

// Sorted by another column first, "Changed only" keeps that column's order.
void TestDiffFilterProxyModel::otherColumnThenChangedOnly()
{
    DiffModel model;
    DiffFilterProxyModel shown;
    QAbstractItemModelTester tester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
    shown.setSourceModel(&model);
    model.setSubject(load(Subject::location(QStringLiteral("RM317"))));
    shown.sort(DiffModel::KeyQuestionColumn, Qt::AscendingOrder);
    const QStringList all = describe(shown);
    shown.setChangedOnly(true);
    QStringList changed;
    for (const QString &row : all) {
        if (!row.endsWith(QLatin1String("|unchanged")))
            changed << row;
    }
    QVERIFY(changed.size() < all.size());
    QCOMPARE(describe(shown), changed);
    for (int r = 1; r < shown.rowCount(); ++r)
        QVERIFY(shown.index(r - 1, DiffModel::KeyQuestionColumn).data(Roles::SortRole).toInt()
                <= shown.index(r, DiffModel::KeyQuestionColumn).data(Roles::SortRole).toInt());

    // Back to the change column: sorted by change again, still filtered.
    // (Within one change the rows keep the order they had, here the key
    // questions': QSortFilterProxyModel sorts stably from its current order,
    // so the grid's order comes back only with a new subject.)
    shown.sort(DiffModel::ChangeColumn, Qt::AscendingOrder);
    QCOMPARE(shown.rowCount(), changed.size());
    for (int r = 0; r < shown.rowCount(); ++r) {
        QVERIFY(changeAt(shown, r) != Change::Unchanged);
        if (r > 0)
            QVERIFY(rankOf(changeAt(shown, r - 1)) <= rankOf(changeAt(shown, r)));
    }
    model.setSubject(load(Subject::location(QStringLiteral("RM317"))));
    VERIFY_SHOWS_SOURCE(shown, model);
}

QTEST_GUILESS_MAIN(TestDiffFilterProxyModel)
#include "tst_difffilterproxymodel.moc"
