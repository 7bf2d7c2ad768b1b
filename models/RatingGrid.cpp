#include "RatingGrid.h"

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

// Later date wins; on the same date the observation added later wins.
static bool newer(const ObservationRecord &a, const GridCell &b)
{
    if (a.publicationDate != b.date)
        return a.publicationDate > b.date;
    return a.id > b.observationId;
}

RatingGrid RatingGrid::build(const Subject &subject, const QVector<LocationRecord> &locations,
                             const QVector<ObservationRecord> &observations, const QDate &asOf)
{
    RatingGrid grid;
    grid.m_subject = subject;
    grid.m_asOf = asOf;

    QHash<QString, GridCell> latestAny;   // latest observation of any kind, per cell
    QHash<QString, QSet<QString>> servicesAt; // location id ("" = provider) -> services
    QHash<QString, QString> locationNames;
    for (const LocationRecord &l : locations)
        locationNames.insert(l.id, l.name);

    for (const ObservationRecord &o : observations) {
        if (asOf.isValid() && o.publicationDate > asOf)
            continue;
        if (subject.kind == Subject::Kind::Location && o.locationId != subject.id)
            continue;
        if (!o.locationId.isEmpty() && !locationNames.contains(o.locationId))
            locationNames.insert(o.locationId, o.locationName);
        if (!o.service.isEmpty())
            servicesAt[o.locationId].insert(o.service);
        const QString rowKey = GridRow::keyOf(o.locationId, o.service);
        const QString key = cellKey(rowKey, o.keyQuestion);
        GridCell candidate;
        candidate.rating = o.rating;
        candidate.date = o.publicationDate;
        candidate.reportLinkId = o.reportLinkId;
        candidate.inheritedFrom = o.inheritedFrom;
        candidate.observationId = o.id;

        GridCell &any = latestAny[key];
        if (any.isEmpty() || newer(o, any))
            any = candidate;
        if (o.rating.isGrade()) {
            GridCell &shown = grid.m_cells[key];
            if (!shown.rating.isGrade() || newer(o, shown))
                shown = candidate;
        } else if (!grid.m_cells.contains(key) || (!grid.m_cells[key].rating.isGrade() && newer(o, grid.m_cells[key]))) {
            grid.m_cells[key] = candidate;
        }
        if (o.keyQuestion == KeyQuestion::UseOfResources || o.keyQuestion == KeyQuestion::Combined) {
            if (!grid.m_columns.contains(o.keyQuestion))
                grid.m_columns.append(o.keyQuestion);
        }
    }
    // Remember a newer non-grade beside the grade it did not replace.
    for (auto it = grid.m_cells.begin(); it != grid.m_cells.end(); ++it) {
        const GridCell &any = latestAny.value(it.key());
        if (it->rating.isGrade() && !any.rating.isGrade() && any.observationId != it->observationId
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
        const bool own = subject.kind == Subject::Kind::Provider ? o.locationId.isEmpty()
                                                                  : o.locationId == subject.id;
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
