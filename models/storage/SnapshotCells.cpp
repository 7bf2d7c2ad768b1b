// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <storage/SnapshotCells.h>

namespace SnapshotCells {

// A national month packs 320,000 cells: no per-cell formatter or lookup.
static void appendIsoDate(QByteArray *out, const QDate &d)
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    const char text[10] = {char('0' + y / 1000 % 10),
                           char('0' + y / 100 % 10),
                           char('0' + y / 10 % 10),
                           char('0' + y % 10),
                           '-',
                           char('0' + m / 10),
                           char('0' + m % 10),
                           '-',
                           char('0' + day / 10),
                           char('0' + day % 10)};
    out->append(text, 10);
}

bool pack(const QVector<SnapshotCell> &cells, const std::function<qint64(const QString &)> &serviceId, QByteArray *out)
{
    static const QByteArray names[] = {
        KeyQuestions::name(KeyQuestion::Safe).toUtf8(),           KeyQuestions::name(KeyQuestion::Effective).toUtf8(),
        KeyQuestions::name(KeyQuestion::Caring).toUtf8(),         KeyQuestions::name(KeyQuestion::Responsive).toUtf8(),
        KeyQuestions::name(KeyQuestion::WellLed).toUtf8(),        KeyQuestions::name(KeyQuestion::Overall).toUtf8(),
        KeyQuestions::name(KeyQuestion::UseOfResources).toUtf8(), KeyQuestions::name(KeyQuestion::Combined).toUtf8()};
    out->clear();
    out->reserve(cells.size() * 40);
    QString lastService, lastRating;
    QByteArray lastRatingUtf8;
    qint64 lastId = 0;
    for (const SnapshotCell &c : cells) {
        qint64 id = 0;
        if (!c.service.isEmpty()) {
            if (c.service != lastService) {
                lastId = serviceId(c.service);
                lastService = c.service;
            }
            if ((id = lastId) == 0)
                return false;
        }
        if (!out->isEmpty())
            out->append('\n');
        out->append(names[int(c.keyQuestion)]);
        out->append('\t');
        if (id == 0)
            out->append('0');
        else
            out->append(QByteArray::number(id));
        out->append('\t');
        if (c.date.isValid())
            appendIsoDate(out, c.date);
        out->append('\t');
        // Ratings are a short closed set: the last spelling seen is usually the next.
        if (c.rating.text() != lastRating) {
            lastRating = c.rating.text();
            lastRatingUtf8 = lastRating.toUtf8();
        }
        out->append(lastRatingUtf8);
    }
    return true;
}

QVector<SnapshotCell> unpack(const QByteArray &packed, const QHash<qint64, QString> &serviceNames)
{
    QVector<SnapshotCell> cells;
    for (const QByteArray &line : packed.split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() != 4)
            continue;
        SnapshotCell c;
        if (!KeyQuestions::fromName(QString::fromUtf8(f.at(0)), &c.keyQuestion))
            continue;
        const qint64 id = f.at(1).toLongLong();
        if (id != 0) {
            c.service = serviceNames.value(id);
            if (c.service.isEmpty())
                continue;
        }
        c.date = QDate::fromString(QString::fromLatin1(f.at(2)), Qt::ISODate);
        c.rating = Rating::fromText(QString::fromUtf8(f.at(3)));
        cells.append(c);
    }
    return cells;
}

} // namespace SnapshotCells
