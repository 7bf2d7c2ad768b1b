// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// ChangeFeedSummary: the line above the England view's "What changed",
// counted from changed cells built in code (no catalogue installed: the
// English source text; en_GB's plural forms and French are
// tst_translations').

#include <core/ChangeFeedSummary.h>

#include <QtTest>

static QDate iso(const char *text) { return QDate::fromString(QLatin1String(text), Qt::ISODate); }

// One changed cell: `locationId` empty for the trust's rows, `service`
// empty for a trust's or location's own row.
static ChangeFeedEntry changed(const char *providerId, const char *locationId, const char *service, KeyQuestion kq,
                               Change change)
{
    ChangeFeedEntry e;
    e.providerId = QString::fromLatin1(providerId);
    e.providerName = e.providerId + QStringLiteral(" Trust");
    e.entry.row.level = *locationId ? GridRow::Level::Location : GridRow::Level::Provider;
    e.entry.row.locationId = QString::fromLatin1(locationId);
    e.entry.row.locationName = e.entry.row.locationId + QStringLiteral(" Hospital");
    e.entry.row.service = QString::fromLatin1(service);
    e.entry.keyQuestion = kq;
    e.entry.change = change;
    e.entry.previous.rating = Rating::fromText(QStringLiteral("Good"));
    e.entry.previous.date = iso("2019-05-01");
    e.entry.current.rating = Rating::fromText(QStringLiteral("Requires improvement"));
    e.entry.current.date = iso("2020-07-03");
    return e;
}

class TestChangeFeedSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingChanged()
    {
        const ChangeFeedSummary s = ChangeFeedSummary::of({});
        QCOMPARE(s.cells, 0);
        QCOMPARE(s.trusts.declined + s.locations.declined + s.services.declined, 0);
        QCOMPARE(s.sentence(), QStringLiteral("No ratings changed"));
        // Cells that did not move are counted as cells, in no direction.
        const ChangeFeedSummary unchanged =
            ChangeFeedSummary::of({changed("RJ2", "", "", KeyQuestion::Safe, Change::Unchanged)});
        QCOMPARE(unchanged.cells, 1);
        QCOMPARE(unchanged.trusts.declined + unchanged.trusts.improved + unchanged.trusts.added
                     + unchanged.trusts.noLongerRated + unchanged.trusts.notComparable,
                 0);
        QCOMPARE(unchanged.sentence(), QStringLiteral("No ratings changed"));
    }

    void subjectsCountOncePerDirection()
    {
        const QVector<ChangeFeedEntry> entries = {
            // A trust two of whose own cells declined: one trust declined.
            changed("RJ2", "", "", KeyQuestion::Safe, Change::Declined),
            changed("RJ2", "", "", KeyQuestion::WellLed, Change::Declined),
            // Another trust declined, and one improved.
            changed("RXY", "", "", KeyQuestion::Overall, Change::Declined),
            changed("RAX", "", "", KeyQuestion::Caring, Change::Improved),
            // A location with three declined cells and one improved: it
            // counts once as declined and once as improved.
            changed("RJ2", "RJ224", "", KeyQuestion::Safe, Change::Declined),
            changed("RJ2", "RJ224", "", KeyQuestion::Effective, Change::Declined),
            changed("RJ2", "RJ224", "", KeyQuestion::Overall, Change::Declined),
            changed("RJ2", "RJ224", "", KeyQuestion::Caring, Change::Improved),
            changed("RJ2", "RJ231", "", KeyQuestion::Safe, Change::Declined),
            // Services: the same service at two locations is two services,
            // and so is a trust-wide service of the same name at two trusts.
            changed("RJ2", "RJ224", "Maternity", KeyQuestion::Overall, Change::NoLongerRated),
            changed("RJ2", "RJ224", "Maternity", KeyQuestion::Safe, Change::NoLongerRated),
            changed("RJ2", "RJ231", "Maternity", KeyQuestion::Overall, Change::NoLongerRated),
            changed("RJ2", "", "Community health services for adults", KeyQuestion::Safe, Change::NoLongerRated),
            changed("RXY", "", "Community health services for adults", KeyQuestion::Safe, Change::NoLongerRated),
            changed("RXY", "", "Community health services for adults", KeyQuestion::Caring, Change::New),
            changed("RAX", "RAX01", "Urgent and emergency services", KeyQuestion::Overall, Change::NotComparable),
            changed("RAX", "RAX01", "", KeyQuestion::Overall, Change::Unchanged),
        };
        const ChangeFeedSummary s = ChangeFeedSummary::of(entries);
        QCOMPARE(s.cells, int(entries.size()));

        QCOMPARE(s.trusts.declined, 2);
        QCOMPARE(s.trusts.improved, 1);
        QCOMPARE(s.trusts.added + s.trusts.noLongerRated + s.trusts.notComparable, 0);

        QCOMPARE(s.locations.declined, 2);
        QCOMPARE(s.locations.improved, 1);
        QCOMPARE(s.locations.added + s.locations.noLongerRated + s.locations.notComparable, 0);

        QCOMPARE(s.services.noLongerRated, 4);
        QCOMPARE(s.services.added, 1);
        QCOMPARE(s.services.notComparable, 1);
        QCOMPARE(s.services.declined + s.services.improved, 0);

        QCOMPARE(s.sentence(), QStringLiteral("Trusts: 2 declined, 1 improved; Locations: 2 declined, 1 improved; "
                                              "Core services: 1 newly rated, 4 no longer rated, 1 not comparable"));
    }

    void sentenceLeavesOutEmptyLevels()
    {
        // Only services moved: no "Trusts: " and no "Locations: ", and no
        // zero counts.
        const ChangeFeedSummary s = ChangeFeedSummary::of(
            {changed("RJ2", "RJ224", "Maternity", KeyQuestion::Overall, Change::NoLongerRated),
             changed("RJ2", "RJ231", "Maternity", KeyQuestion::Overall, Change::NoLongerRated),
             changed("RJ2", "RJ231", "Surgery", KeyQuestion::Overall, Change::NoLongerRated)});
        QCOMPARE(s.sentence(), QStringLiteral("Core services: 3 no longer rated"));
        QCOMPARE(ChangeFeedSummary::of({changed("RJ2", "RJ224", "", KeyQuestion::Safe, Change::Improved)}).sentence(),
                 QStringLiteral("Locations: 1 improved"));
    }
};

QTEST_GUILESS_MAIN(TestChangeFeedSummary)
#include "tst_changefeedsummary.moc"
