// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "IdRegistry.h"

#include "NameParts.h"
#include "Rng.h"

namespace Gen {

QString IdRegistry::newNumericId(Rng &rng)
{
    // "1-" + 9 to 11 digits, unique across providers and locations (CQC
    // draws both from one ID space).
    for (;;) {
        const int digits = 9 + rng.weighted({40, 45, 15});
        quint64 low = 1;
        for (int i = 1; i < digits; ++i)
            low *= 10;
        const quint64 n = low + rng.next() % (low * 9);
        if (m_usedNumericIds.insert(n).second)
            return QStringLiteral("1-") + QString::number(n);
    }
}

QString IdRegistry::newPredecessorCode(Rng &rng)
{
    for (;;) {
        const QString &trust = m_spareTrustCodes[rng.below(quint32(m_spareTrustCodes.size()))];
        const QString id = trust + twoDigits(rng.range(1, 99));
        if (m_usedNhsIds.insert(id).second)
            return id;
    }
}

} // namespace Gen
