// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "BoardPack.h"

#include <core/TrustType.h>
#include <storage/RatingStore.h>

#include <QLocale>

bool BoardPack::load(const RatingStore &store, const BoardPackRequest &request, BoardPack *out, QString *error)
{
    BoardPack pack;
    pack.request = request;
    const bool location = request.subject.kind == Subject::Kind::Location;
    if (!store.loadSubject(request.subject, &pack.ratings)) {
        *error = store.errorString().isEmpty()
            ? tr("no such %1 %2 in %3")
                  .arg(location ? tr("location") : tr("provider"), request.subject.id, store.databaseFile())
            : tr("could not read %1 from %2: %3").arg(request.subject.id, store.databaseFile(), store.errorString());
        return false;
    }
    store.provider(pack.ratings.providerId, &pack.provider);
    pack.imports = store.imports();
    pack.newestPublication = store.newestPublicationDate();
    if (!store.errorString().isEmpty()) {
        *error = tr("could not read %1: %2").arg(store.databaseFile(), store.errorString());
        return false;
    }
    *out = pack;
    return true;
}

QString BoardPack::description() const
{
    QStringList parts;
    if (request.subject.kind == Subject::Kind::Location)
        parts << tr("Location %1 of %2 (%3)")
                     .arg(request.subject.id, provider.name.isEmpty() ? ratings.providerId : provider.name,
                          ratings.providerId);
    else
        parts << tr("Provider %1").arg(ratings.providerId);
    const TrustType type = TrustTypes::fromInspectionCategory(provider.inspectionCategory);
    if (type != TrustType::Other)
        parts << TrustTypes::label(type);
    if (!provider.type.isEmpty())
        parts << provider.type;
    if (!provider.region.isEmpty())
        parts << provider.region;
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString BoardPack::provenance() const
{
    const auto date = [](const QDate &d) { return QLocale().toString(d, QStringLiteral("d MMM yyyy")); };
    QStringList files;
    for (const ImportRecord &i : imports)
        files << tr("%1 (imported %2)").arg(i.fileName, date(i.importedAt.date()));
    // The newest three files name the data; older ones are counted.
    const int older = qMax(0, int(files.size()) - 3);
    QString text = files.isEmpty() ? tr("Source: no CQC files imported.")
        : older == 0               ? tr("Source: CQC data, %1.").arg(files.join(QStringLiteral("; ")))
                                   : tr("Source: CQC data, %1; and %2 earlier files.")
                                         .arg(files.mid(older).join(QStringLiteral("; ")))
                                         .arg(older);
    if (newestPublication.isValid())
        text += QLatin1Char(' ') + tr("Newest publication %1.").arg(date(newestPublication));
    return text;
}

QString BoardPack::oglAttribution()
{
    return tr("Contains public sector information licensed under the Open Government Licence v3.0");
}
