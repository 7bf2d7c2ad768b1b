// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ProviderRecord.h>
#include <core/SubjectRatings.h>

#include <QCoreApplication>

// The line under the grid's heading: what the subject is (type, region,
// locations) and which date the window shows. With an "as of" date it names
// the latest report and CQC view on or before it, so that a screenshot says
// which day it shows.
class SubjectSubtitle
{
    Q_DECLARE_TR_FUNCTIONS(SubjectSubtitle)
public:
    static QString text(const SubjectRatings &ratings, const ProviderRecord &provider, const QDate &asOf);
};
