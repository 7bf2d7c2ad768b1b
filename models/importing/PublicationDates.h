// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

// CQC was set up in 2009 and published its first ratings after that; a
// date outside 2010-01-01 .. tomorrow (31/12/9999, 01/01/0001) is a damaged
// or hostile file, and would otherwise become the current rating for ever.
namespace PublicationDates {
QDate earliest();
QDate latest(); // tomorrow, by this machine's clock: time zones differ by less
bool plausible(const QDate &date);
QString refusal(); // "not a publication date (expected 2010-01-01 to 2026-12-03)"
} // namespace PublicationDates
