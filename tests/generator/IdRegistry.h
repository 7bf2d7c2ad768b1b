// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <set>
#include <vector>

class Rng;

namespace Gen {

// The IDs handed out so far, so that every new one is unique: CQC draws
// providers' and locations' "1-" IDs from one space, and a predecessor's
// NHS site ID must not be a current site's.
class IdRegistry
{
public:
    // "1-" + 9 to 11 digits, not used before.
    QString newNumericId(Rng &rng);
    // A site ID under one of the spare trust codes, not used before.
    QString newPredecessorCode(Rng &rng);
    void reserveNhsId(const QString &id) { m_usedNhsIds.insert(id); }
    // The "R" codes no trust has, for predecessor registrations.
    void setSpareTrustCodes(std::vector<QString> codes) { m_spareTrustCodes = std::move(codes); }

private:
    std::vector<QString> m_spareTrustCodes;
    std::set<quint64> m_usedNumericIds; // membership only, never iterated
    std::set<QString> m_usedNhsIds;
};

} // namespace Gen
