#include "SnapshotCells.h"

namespace SnapshotCells {

bool pack(const QVector<SnapshotCell> &cells, const std::function<qint64(const QString &)> &serviceId,
          QByteArray *out)
{
    out->clear();
    for (const SnapshotCell &c : cells) {
        qint64 id = 0;
        if (!c.service.isEmpty() && (id = serviceId(c.service)) == 0)
            return false;
        if (!out->isEmpty())
            out->append('\n');
        out->append(KeyQuestions::name(c.keyQuestion).toUtf8());
        out->append('\t');
        out->append(QByteArray::number(id));
        out->append('\t');
        if (c.date.isValid())
            out->append(c.date.toString(Qt::ISODate).toLatin1());
        out->append('\t');
        out->append(c.rating.text().toUtf8());
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
