// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <core/RatingGrid.h>

#include <core/SubjectRatings.h>

#include <QSet>

#include <algorithm>

// Core services in the order CQC's reports list them; anything else follows
// alphabetically.
static int serviceRank(const QString &name)
{
    static const QStringList order = {
        QStringLiteral("Urgent and emergency services"),
        QStringLiteral("Urgent care centre"),
        QStringLiteral("Medical care (including older people's care)"),
        QStringLiteral("Surgery"),
        QStringLiteral("Critical care"),
        QStringLiteral("Maternity"),
        QStringLiteral("Maternity and gynaecology"),
        QStringLiteral("Services for children & young people"),
        QStringLiteral("End of life care"),
        QStringLiteral("Outpatients"),
        QStringLiteral("Outpatients and diagnostic imaging"),
        QStringLiteral("Diagnostic imaging"),
    };
    const int i = order.indexOf(name);
    return i < 0 ? order.size() : i;
}

static bool serviceLess(const QString &a, const QString &b)
{
    const int ra = serviceRank(a), rb = serviceRank(b);
    if (ra != rb)
        return ra < rb;
    return a.localeAwareCompare(b) < 0;
}

QString RatingGrid::cellKey(const QString &rowKey, KeyQuestion kq)
{
    return rowKey + QLatin1Char('\x1e') + QString::number(int(kq));
}

static GridCell cellOf(const ObservationRecord &o)
{
    GridCell c;
    c.rating = o.rating;
    c.date = o.publicationDate;
    c.reportLinkId = o.reportLinkId;
    c.inheritedFrom = o.inheritedFrom;
    c.observationId = o.id;
    c.score = o.score;
    c.assessmentStatus = o.assessmentStatus;
    return c;
}

// A cell's value as a current view lists it: row, key question, date, text.
static QString listedKey(const QString &cellKey, const QDate &date, const Rating &rating)
{
    return cellKey + QLatin1Char('\x1d') + QString::number(date.toJulianDay()) + QLatin1Char('\x1d') + rating.text();
}

RatingGrid RatingGrid::build(const SubjectRatings &ratings, const QDate &asOf)
{
    return build(ratings.subject, ratings.locations, ratings.observations, ratings.snapshots, asOf);
}

RatingGrid RatingGrid::build(const Subject &subject, const QVector<LocationRecord> &locations,
                             const QVector<ObservationRecord> &observations, const QVector<SnapshotRecord> &snapshots,
                             const QDate &asOf)
{
    RatingGrid grid;
    grid.m_subject = subject;
    grid.m_asOf = asOf;
    auto inSubject = [&subject](const QString &locationId) {
        return subject.kind != Subject::Kind::Location || locationId == subject.id;
    };

    QHash<QString, QString> locationNames;
    for (const LocationRecord &l : locations)
        locationNames.insert(l.id, l.name);

    // Each organisation's latest current view by the date ("" = the
    // provider's own), and every value any current view ever listed.
    QHash<QString, const SnapshotRecord *> base;
    QSet<QString> listed;
    for (const SnapshotRecord &s : snapshots) {
        if (!inSubject(s.locationId))
            continue;
        for (const SnapshotCell &c : s.cells)
            listed.insert(listedKey(cellKey(GridRow::keyOf(s.locationId, c.service), c.keyQuestion), c.date, c.rating));
        if (asOf.isValid() && s.date > asOf)
            continue;
        const SnapshotRecord *&b = base[s.locationId];
        if (!b || s.date > b->date)
            b = &s;
    }

    // Observations by the date, oldest first; on one date in insertion order.
    QVector<const ObservationRecord *> published;
    published.reserve(observations.size());
    QHash<QString, const ObservationRecord *> byValue; // listedKey -> observation, to fill in snapshot cells
    for (const ObservationRecord &o : observations) {
        if ((asOf.isValid() && o.publicationDate > asOf) || !inSubject(o.locationId))
            continue;
        published.append(&o);
        if (!o.locationId.isEmpty() && !locationNames.contains(o.locationId))
            locationNames.insert(o.locationId, o.locationName);
    }
    std::sort(published.begin(), published.end(), [](const ObservationRecord *a, const ObservationRecord *b) {
        return a->publicationDate != b->publicationDate ? a->publicationDate < b->publicationDate : a->id < b->id;
    });
    for (const ObservationRecord *o : std::as_const(published))
        byValue.insert(listedKey(cellKey(GridRow::keyOf(o->locationId, o->service), o->keyQuestion), o->publicationDate,
                                 o->rating),
                       o); // the later insert of one value wins, as in the grid

    QHash<QString, QSet<QString>> servicesAt; // location id ("" = provider) -> services rated by the date
    auto place = [&](const QString &locationId, const QString &service, KeyQuestion kq) {
        if (!service.isEmpty())
            servicesAt[locationId].insert(service);
        if (!locationId.isEmpty() && !locationNames.contains(locationId))
            locationNames.insert(locationId, QString());
        if ((kq == KeyQuestion::UseOfResources || kq == KeyQuestion::Combined) && !grid.m_columns.contains(kq))
            grid.m_columns.append(kq);
    };

    // 1. The current views, cell for cell.
    for (auto it = base.cbegin(); it != base.cend(); ++it) {
        const SnapshotRecord &s = **it;
        for (const SnapshotCell &c : s.cells) {
            const QString key = cellKey(GridRow::keyOf(s.locationId, c.service), c.keyQuestion);
            const ObservationRecord *o = byValue.value(listedKey(key, c.date, c.rating));
            GridCell cell = o ? cellOf(*o) : GridCell();
            cell.rating = c.rating;
            cell.date = c.date;
            cell.snapshotDate = s.date;
            grid.m_cells.insert(key, cell);
            place(s.locationId, c.service, c.keyQuestion);
        }
    }

    // 2. Report history after each organisation's current view (or all of
    // it where there is none).
    QHash<QString, GridCell> latestAny; // per cell, for the non-grade kept beside a grade
    for (const ObservationRecord *o : std::as_const(published)) {
        const QString key = cellKey(GridRow::keyOf(o->locationId, o->service), o->keyQuestion);
        latestAny.insert(key, cellOf(*o));
        const SnapshotRecord *s = base.value(o->locationId);
        if (s && o->publicationDate <= s->date)
            continue; // the current view already says what stood then
        const auto shown = grid.m_cells.find(key);
        if (shown == grid.m_cells.end()) {
            grid.m_cells.insert(key, cellOf(*o));
            place(o->locationId, o->service, o->keyQuestion);
        } else if (o->rating.isGrade() || !shown->rating.isGrade()) {
            *shown = cellOf(*o); // later, or the same date and added later
        } else if (o->publicationDate > shown->date && listed.contains(listedKey(key, o->publicationDate, o->rating))) {
            *shown = cellOf(*o); // a non-grade CQC's current view listed is the position
        }
    }
    // Remember a newer report-only non-grade beside the grade it did not replace.
    for (auto it = grid.m_cells.begin(); it != grid.m_cells.end(); ++it) {
        const GridCell any = latestAny.value(it.key());
        if (it->rating.isGrade() && !any.isEmpty() && !any.rating.isGrade() && any.observationId != it->observationId
            && any.date >= it->date) {
            it->laterNonGrade = any.rating;
            it->laterNonGradeDate = any.date;
        }
    }

    QList<KeyQuestion> columns = KeyQuestions::standard();
    for (KeyQuestion extra : {KeyQuestion::UseOfResources, KeyQuestion::Combined})
        if (grid.m_columns.contains(extra))
            columns.append(extra);
    grid.m_columns = columns;

    auto addRow = [&grid](GridRow row) {
        grid.m_rowIndex.insert(row.key(), grid.m_rows.size());
        grid.m_rows.append(std::move(row));
    };
    auto addServices = [&](GridRow::Level level, const QString &locationId, const QString &locationName) {
        QStringList services(servicesAt.value(locationId).cbegin(), servicesAt.value(locationId).cend());
        std::sort(services.begin(), services.end(), serviceLess);
        for (const QString &service : services)
            addRow({level, locationId, locationName, service});
    };

    if (subject.kind == Subject::Kind::Location) {
        const QString name = locationNames.value(subject.id);
        addRow({GridRow::Level::Location, subject.id, name, QString()});
        addServices(GridRow::Level::Location, subject.id, name);
        return grid;
    }
    addRow({GridRow::Level::Provider, QString(), QString(), QString()});
    addServices(GridRow::Level::Provider, QString(), QString());
    QStringList locationIds = locationNames.keys();
    std::sort(locationIds.begin(), locationIds.end(), [&](const QString &a, const QString &b) {
        const int c = locationNames.value(a).localeAwareCompare(locationNames.value(b));
        return c != 0 ? c < 0 : a < b;
    });
    for (const QString &id : locationIds) {
        addRow({GridRow::Level::Location, id, locationNames.value(id), QString()});
        addServices(GridRow::Level::Location, id, locationNames.value(id));
    }
    return grid;
}

namespace {

bool sameCell(const SnapshotCell &x, const SnapshotCell &y)
{
    return x.service == y.service && x.keyQuestion == y.keyQuestion && x.rating == y.rating && x.date == y.date;
}

bool inSubject(const Subject &subject, const QString &locationId)
{
    return subject.kind != Subject::Kind::Location || locationId == subject.id;
}

} // namespace

bool RatingGrid::sameBetween(const SubjectRatings &ratings, QDate a, QDate b)
{
    if (a == b)
        return true;
    if (!a.isValid() || !b.isValid())
        return false; // "no date" is the newest of everything: compare by building
    if (a > b)
        std::swap(a, b);
    // Each organisation's latest view by a and by b, as build() picks them.
    QHash<QString, std::pair<const SnapshotRecord *, const SnapshotRecord *>> views;
    for (const SnapshotRecord &s : ratings.snapshots) {
        if (!inSubject(ratings.subject, s.locationId) || s.date > b)
            continue;
        auto &v = views[s.locationId];
        if (s.date <= a && (!v.first || s.date > v.first->date))
            v.first = &s;
        if (!v.second || s.date > v.second->date)
            v.second = &s;
    }
    // From when each organisation's report history could differ: the view
    // at a, if b has a newer one (reports after a's view show at a, not at
    // b); else a itself.
    QHash<QString, QDate> differsAfter;
    for (auto it = views.cbegin(); it != views.cend(); ++it) {
        const SnapshotRecord *x = it->first, *y = it->second;
        if (x == y)
            continue;
        if (!x || x->cells.size() != y->cells.size())
            return false;
        for (int i = 0; i < x->cells.size(); ++i)
            if (!sameCell(x->cells.at(i), y->cells.at(i)))
                return false;
        differsAfter.insert(it.key(), x->date);
    }
    for (const ObservationRecord &o : ratings.observations) {
        if (!inSubject(ratings.subject, o.locationId))
            continue;
        const QDate after = differsAfter.value(o.locationId, a);
        if (o.publicationDate > after && o.publicationDate <= b)
            return false;
    }
    return true;
}

QDate RatingGrid::inputsDate(const SubjectRatings &ratings, const QDate &asOf)
{
    QDate newest;
    const auto consider = [&](const QDate &d) {
        if ((!asOf.isValid() || d <= asOf) && (!newest.isValid() || d > newest))
            newest = d;
    };
    for (const SnapshotRecord &s : ratings.snapshots)
        if (inSubject(ratings.subject, s.locationId))
            consider(s.date);
    for (const ObservationRecord &o : ratings.observations)
        if (inSubject(ratings.subject, o.locationId))
            consider(o.publicationDate);
    return newest;
}

GridCell RatingGrid::cell(int row, KeyQuestion kq) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_cells.value(cellKey(m_rows.at(row).key(), kq));
}

QVector<QDate> RatingGrid::reportDates(const Subject &subject, const QVector<ObservationRecord> &observations)
{
    QSet<QDate> dates;
    for (const ObservationRecord &o : observations) {
        const bool own = subject.kind == Subject::Kind::Provider ? o.locationId.isEmpty() : o.locationId == subject.id;
        if (own && o.publicationDate.isValid())
            dates.insert(o.publicationDate);
    }
    // A trust known only through its locations (the Locations sheet alone
    // was imported) is compared across its locations' report dates.
    if (dates.isEmpty() && subject.kind == Subject::Kind::Provider)
        for (const ObservationRecord &o : observations)
            if (o.publicationDate.isValid())
                dates.insert(o.publicationDate);
    QVector<QDate> out(dates.cbegin(), dates.cend());
    std::sort(out.begin(), out.end());
    return out;
}
