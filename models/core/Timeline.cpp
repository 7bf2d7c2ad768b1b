// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <core/Timeline.h>

#include <QLocale>

void Timeline::setSubject(const SubjectRatings &ratings)
{
    m_subject = ratings.subject;
    m_name = ratings.name;
    m_columns.clear();

    const QString ownLocation = ratings.subject.kind == Subject::Kind::Location ? ratings.subject.id : QString();
    GridRow ownRow;
    ownRow.locationId = ownLocation;
    const QString rowKey = ownRow.key();
    QVector<ObservationRecord> own;
    for (const ObservationRecord &o : ratings.observations)
        if (o.locationId == ownLocation && o.service.isEmpty())
            own.append(o);
    // A trust known only through its locations (no rating of its own was
    // imported) is drawn from its locations' own ratings.
    m_fromLocations = own.isEmpty() && ratings.subject.kind == Subject::Kind::Provider;
    if (m_fromLocations) {
        for (const ObservationRecord &o : ratings.observations) {
            if (o.service.isEmpty()) {
                own.append(o);
                own.last().locationId.clear();
            }
        }
    }

    // Recomputed rather than taken from ratings.reportDates so that a
    // hand-built SubjectRatings draws the same as a loaded one.
    for (const QDate &date : RatingGrid::reportDates(ratings.subject, ratings.observations)) {
        QVector<ObservationRecord> published;
        for (const ObservationRecord &o : own)
            if (o.publicationDate == date)
                published.append(o);
        // The grid's rule settles two values for one cell on one date (a
        // grade beats a non-grade; otherwise the later insert wins).
        const RatingGrid grid = RatingGrid::build(ratings.subject, {}, published, date);
        const int row = grid.rowOf(rowKey);
        TimelineColumn column;
        column.date = date;
        for (KeyQuestion kq : KeyQuestions::all()) {
            const GridCell cell = grid.cell(row, kq);
            if (!cell.isEmpty())
                column.cells.insert(kq, cell);
        }
        m_columns.append(column);
    }
}

void Timeline::clear()
{
    m_subject = {};
    m_name.clear();
    m_columns.clear();
    m_fromLocations = false;
}

QList<KeyQuestion> Timeline::keyQuestions()
{
    return {KeyQuestion::Overall, KeyQuestion::Safe,       KeyQuestion::Effective,
            KeyQuestion::Caring,  KeyQuestion::Responsive, KeyQuestion::WellLed};
}

QString Timeline::shortText(const Rating &rating)
{
    switch (rating.grade()) {
    case Grade::Outstanding: return tr("O", "Outstanding");
    case Grade::Good: return tr("G", "Good");
    case Grade::RequiresImprovement: return tr("RI", "Requires improvement");
    case Grade::Inadequate: return tr("I", "Inadequate");
    case Grade::NotAGrade: return tr("n/r", "a rating field holding something other than a grade");
    case Grade::None: break;
    }
    return QStringLiteral("\u2013");
}

QString Timeline::monthLabel(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("MMM yyyy"));
}

QString Timeline::summary(KeyQuestion kq) const
{
    QStringList parts;
    for (const TimelineColumn &column : m_columns) {
        const GridCell cell = column.cell(kq);
        if (!cell.isEmpty())
            parts << tr("%1 (%2)").arg(cell.rating.text(), monthLabel(column.date));
    }
    if (parts.isEmpty())
        return tr("%1: not rated in these reports").arg(KeyQuestions::label(kq));
    return tr("%1: %2").arg(KeyQuestions::label(kq), parts.join(QStringLiteral(", ")));
}

QString Timeline::description() const
{
    if (m_columns.isEmpty())
        return tr("No reports.");
    QStringList dates;
    for (const TimelineColumn &column : m_columns)
        dates << monthLabel(column.date);
    QStringList lines;
    lines << tr("Reports: %1.").arg(dates.join(QStringLiteral(", ")));
    if (m_fromLocations)
        lines << tr("No ratings of the trust itself were imported; these are its locations' own ratings.");
    for (KeyQuestion kq : keyQuestions())
        lines << summary(kq);
    return lines.join(QLatin1Char('\n'));
}

QString Timeline::tileText(int column, KeyQuestion kq) const
{
    if (column < 0 || column >= m_columns.size())
        return {};
    const TimelineColumn &c = m_columns.at(column);
    const QString date = QLocale().toString(c.date, QLocale::LongFormat);
    const GridCell cell = c.cell(kq);
    if (cell.isEmpty())
        return tr("%1: not rated in the report of %2").arg(KeyQuestions::label(kq), date);
    QString text = tr("%1: %2\nPublished %3").arg(KeyQuestions::label(kq), cell.rating.text(), date);
    if (cell.isInherited())
        text += tr("\nInherited from %1").arg(cell.inheritedFrom);
    return text;
}
