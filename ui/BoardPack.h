// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ReportProvenance.h"

#include <core/ProviderRecord.h>
#include <core/SubjectRatings.h>

#include <QCoreApplication>
#include <QDate>
#include <QVector>

class RatingStore;

// What a printed report (a board pack) is about: the subject, the date its
// ratings are shown as of, and the two dates its changes are read between
// (invalid: the subject's two latest reports by the as-of date, as in the
// window's diff).
struct BoardPackRequest
{
    Subject subject;
    QDate asOf;
    QDate from, to;
};

// Everything a board pack shows, read once from the store: the subject's
// ratings (the grid, diff and timeline are worked out from them by the same
// models as the window's), the trust it belongs to, and the provenance for
// every page's footer.
struct BoardPack
{
    Q_DECLARE_TR_FUNCTIONS(BoardPack)
public:
    BoardPackRequest request;
    SubjectRatings ratings;
    ProviderRecord provider; // the trust, or the trust of the location
    ReportProvenance provenance;

    // False with *error ("no such provider RX9 in FILE") when the subject is
    // not stored or the store cannot be read.
    static bool load(const RatingStore &store, const BoardPackRequest &request, BoardPack *out, QString *error);

    // "Provider RJ2 · Acute · NHS Healthcare Organisation · London", what is known of it.
    QString description() const;
};
