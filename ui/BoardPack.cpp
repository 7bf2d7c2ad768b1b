// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "BoardPack.h"

#include <core/TrustType.h>
#include <storage/RatingStore.h>

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
    if (!ReportProvenance::read(store, &pack.provenance) || !store.errorString().isEmpty()) {
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
        parts << (provider.name.isEmpty() ? tr("Location %1 of provider %2").arg(request.subject.id, ratings.providerId)
                                          : tr("Location %1 of %2 (%3)")
                                                .arg(request.subject.id, provider.name, ratings.providerId));
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
