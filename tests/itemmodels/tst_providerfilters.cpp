// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The trust list's analyst filters (issue 13): trust type, several overall
// ratings at once, ICB and a set of provider IDs (the watched trusts), read
// through roles only, here from a QStandardItemModel under
// QAbstractItemModelTester; and what a change of the source makes of them.

#include <itemmodels/ProviderFilterProxyModel.h>
#include <itemmodels/Roles.h>
#include "ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QtTest>

namespace {
struct Row
{
    const char *id;
    const char *icb;
    TrustType type;
    Grade overall;
    bool nhs;
};

// Trusts of every type and grade, two ICBs (spelt in two cases) and none.
const Row rows[] = {
    {"RJ2", "NHS South East London ICB", TrustType::Acute, Grade::RequiresImprovement, true},
    {"RXY", "NHS Kent and Medway ICB", TrustType::MentalHealth, Grade::Good, true},
    {"RYA", "nhs kent and medway icb", TrustType::Ambulance, Grade::Inadequate, true},
    {"RY6", "", TrustType::Community, Grade::Outstanding, true},
    {"RN1", "NHS South East London ICB", TrustType::Acute, Grade::NotAGrade, true},
    {"RN2", "", TrustType::Acute, Grade::None, true},
    {"1-1", "NHS Kent and Medway ICB", TrustType::Other, Grade::Inadequate, false},
};

QStandardItem *itemOf(const Row &r)
{
    auto *item = new QStandardItem(QString::fromLatin1(r.id));
    item->setData(QString::fromLatin1(r.id), Roles::SubjectIdRole);
    item->setData(QString::fromLatin1(r.id).toCaseFolded(), Roles::SearchTextRole);
    item->setData(QString::fromLatin1(r.icb), Roles::IcbRole);
    item->setData(int(r.type), Roles::TrustTypeRole);
    item->setData(int(r.overall), Roles::OverallGradeRole);
    item->setData(r.nhs, Roles::NhsRole);
    return item;
}
} // namespace

class TestProviderFilters : public QObject
{
    Q_OBJECT

    QStandardItemModel m_source;
    std::unique_ptr<ProviderFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QStringList shown() const { return column(*m_proxy, 0, Roles::SubjectIdRole); }

private Q_SLOTS:
    void init()
    {
        m_source.clear();
        for (const Row &r : rows)
            m_source.appendRow(itemOf(r));
        m_proxy = std::make_unique<ProviderFilterProxyModel>();
        m_proxy->setSourceModel(&m_source);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(shown(), (QStringList{"RJ2", "RXY", "RYA", "RY6", "RN1", "RN2", "1-1"}));
    }

    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
    }

    void trustType_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("acute") << int(TrustType::Acute) << QStringList{"RJ2", "RN1", "RN2"};
        QTest::newRow("mental health") << int(TrustType::MentalHealth) << QStringList{"RXY"};
        QTest::newRow("community") << int(TrustType::Community) << QStringList{"RY6"};
        QTest::newRow("ambulance") << int(TrustType::Ambulance) << QStringList{"RYA"};
        QTest::newRow("other") << int(TrustType::Other) << QStringList{"1-1"};
    }

    void trustType()
    {
        QFETCH(int, type);
        QFETCH(QStringList, expected);
        m_proxy->setTrustType(TrustType(type));
        QCOMPARE(m_proxy->trustType(), std::optional<TrustType>(TrustType(type)));
        QCOMPARE(shown(), expected);
        m_proxy->setTrustType(std::nullopt);
        QCOMPARE(shown().size(), 7);
    }

    void severalRatings_data()
    {
        QTest::addColumn<QList<int>>("grades");
        QTest::addColumn<QStringList>("expected");
        const auto g = [](std::initializer_list<Grade> list) {
            QList<int> out;
            for (Grade x : list)
                out << int(x);
            return out;
        };
        QTest::newRow("requires improvement or worse")
            << g({Grade::RequiresImprovement, Grade::Inadequate}) << QStringList{"RJ2", "RYA", "1-1"};
        QTest::newRow("good or better") << g({Grade::Outstanding, Grade::Good}) << QStringList{"RXY", "RY6"};
        QTest::newRow("one grade") << g({Grade::Inadequate}) << QStringList{"RYA", "1-1"};
        // No grade: a non-grade and no rating at all.
        QTest::newRow("no grade") << g({Grade::NotAGrade}) << QStringList{"RN1", "RN2"};
        QTest::newRow("inadequate or no grade")
            << g({Grade::Inadequate, Grade::NotAGrade}) << QStringList{"RYA", "RN1", "RN2", "1-1"};
        // None is "any", not a grade: alone it filters nothing.
        QTest::newRow("none is any") << g({Grade::None}) << QStringList{"RJ2", "RXY", "RYA", "RY6", "RN1", "RN2", "1-1"};
    }

    void severalRatings()
    {
        QFETCH(QList<int>, grades);
        QFETCH(QStringList, expected);
        QSet<Grade> set;
        for (int g : grades)
            set.insert(Grade(g));
        m_proxy->setOverallGrades(set);
        QCOMPARE(shown(), expected);
        set.remove(Grade::None);
        QCOMPARE(m_proxy->overallGrades(), set);
        m_proxy->setOverallGrades({});
        QCOMPARE(shown().size(), 7);
    }

    // The one-grade setter the list used before keeps its meaning.
    void setOverallIsOneGrade()
    {
        m_proxy->setOverall(Grade::Good);
        QCOMPARE(shown(), QStringList{"RXY"});
        QCOMPARE(m_proxy->overallGrades(), QSet<Grade>{Grade::Good});
        m_proxy->setOverall(Grade::NotAGrade);
        QCOMPARE(shown(), (QStringList{"RN1", "RN2"}));
        m_proxy->setOverall(Grade::None);
        QCOMPARE(shown().size(), 7);
        QVERIFY(m_proxy->overallGrades().isEmpty());
    }

    void icbAnyCase()
    {
        m_proxy->setIcb(QStringLiteral("NHS Kent and Medway ICB"));
        QCOMPARE(shown(), (QStringList{"RXY", "RYA", "1-1"}));
        m_proxy->setIcb(QStringLiteral("nhs SOUTH east london icb "));
        QCOMPARE(shown(), (QStringList{"RJ2", "RN1"}));
        m_proxy->setIcb(QStringLiteral("NHS Frimley ICB"));
        QCOMPARE(shown(), QStringList());
        m_proxy->setIcb(QString());
        QCOMPARE(shown().size(), 7);
    }

    void providerIds()
    {
        m_proxy->setProviderIds({QStringLiteral("RXY"), QStringLiteral("1-1"), QStringLiteral("GONE")});
        QCOMPARE(shown(), (QStringList{"RXY", "1-1"}));
        QCOMPARE(m_proxy->providerIds().size(), 3);
        // IDs are exact: the list's IDs are CQC's.
        m_proxy->setProviderIds({QStringLiteral("rxy")});
        QCOMPARE(shown(), QStringList());
        m_proxy->setProviderIds({});
        QCOMPARE(shown().size(), 7);
    }

    // All filters at once: each narrows what the others leave.
    void filtersCombine()
    {
        m_proxy->setNhsOnly(true);
        m_proxy->setOverallGrades({Grade::RequiresImprovement, Grade::Inadequate});
        QCOMPARE(shown(), (QStringList{"RJ2", "RYA"}));
        m_proxy->setIcb(QStringLiteral("NHS Kent and Medway ICB"));
        QCOMPARE(shown(), QStringList{"RYA"});
        m_proxy->setTrustType(TrustType::Acute);
        QCOMPARE(shown(), QStringList());
        m_proxy->setIcb(QString());
        QCOMPARE(shown(), QStringList{"RJ2"});
        m_proxy->setProviderIds({QStringLiteral("RYA")});
        QCOMPARE(shown(), QStringList());
        m_proxy->setTrustType(std::nullopt);
        QCOMPARE(shown(), QStringList{"RYA"});
        m_proxy->setFilterText(QStringLiteral("rj"));
        QCOMPARE(shown(), QStringList());
    }

    // The same filter again changes nothing, and says nothing either; a
    // new one removes rows through the proxy's signals, not a reset.
    void signals()
    {
        ResetSpy resets(m_proxy.get());
        QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
        m_proxy->setOverallGrades({Grade::Inadequate});
        QVERIFY(removed.count() > 0);
        const int removals = removed.count();
        m_proxy->setOverallGrades({Grade::Inadequate});
        m_proxy->setTrustType(std::nullopt);
        m_proxy->setIcb(QString());
        m_proxy->setProviderIds({});
        QCOMPARE(removed.count(), removals);
        QCOMPARE(inserted.count(), 0);
        m_proxy->setOverallGrades({});
        QVERIFY(inserted.count() > 0);
        QCOMPARE(resets.reset.count(), 0);
    }

    // The facts are read once, and again after the source changes: a
    // trust's new ICB, type or grade, a new row.
    void followsTheSource()
    {
        m_proxy->setIcb(QStringLiteral("NHS Kent and Medway ICB"));
        m_proxy->setTrustType(TrustType::MentalHealth);
        QCOMPARE(shown(), QStringList{"RXY"});
        m_source.item(3)->setData(QStringLiteral("NHS Kent and Medway ICB"), Roles::IcbRole); // RY6
        QCOMPARE(shown(), QStringList{"RXY"});
        m_source.item(3)->setData(int(TrustType::MentalHealth), Roles::TrustTypeRole);
        QCOMPARE(shown(), (QStringList{"RXY", "RY6"}));
        m_proxy->setOverallGrades({Grade::Good});
        QCOMPARE(shown(), QStringList{"RXY"});
        m_source.item(1)->setData(int(Grade::Inadequate), Roles::OverallGradeRole); // RXY
        QCOMPARE(shown(), QStringList());
        m_proxy->setOverallGrades({});
        m_proxy->setProviderIds({QStringLiteral("RXY"), QStringLiteral("RN9")});
        QCOMPARE(shown(), QStringList{"RXY"});
        m_source.appendRow(itemOf({"RN9", "NHS Kent and Medway ICB", TrustType::MentalHealth, Grade::Good, true}));
        QCOMPARE(shown(), (QStringList{"RXY", "RN9"}));
        m_source.removeRow(1);
        QCOMPARE(shown(), QStringList{"RN9"});
    }
};

QTEST_GUILESS_MAIN(TestProviderFilters)
#include "tst_providerfilters.moc"
