// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

// Checks that the parts of a CQC API payload the importer reads have the
// JSON types CQC-DATA.md section 4 documents, before anything is read from
// it: `currentRatings` as a string, a rating list that is an object, an ID
// given as a number would otherwise be read as "nothing here" and imported
// as a payload without ratings. Absent and null members are fine (CQC omits
// and nulls many); only a present value of the wrong type is refused.
namespace ApiPayloadShape {

struct Problem
{
    QString path;    // "currentRatings.overall.keyQuestionRatings[2].name"
    QString value;   // the offending value, shortened
    QString message; // "is a number, expected text"
};

// False, with *problem filled, for the first member of the wrong type.
bool check(const QJsonObject &payload, Problem *problem);

} // namespace ApiPayloadShape
