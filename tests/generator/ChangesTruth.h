// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Gen {

class NationalGenerator;
class SheetSink;

// The truth file of `trgen --month 2 --truth FILE`: every current cell that
// month 2 changed relative to month 1, worked out from the two models (not
// from the sheets), in the columns of `trustratings export changes` that
// the generator knows: Provider ID, Location ID, Service, Key question,
// Previous, Previous date, Current, Current date, Change. The rule is
// DESIGN.md section 2's diff: improved / declined between two grades, new
// for a grade where there was none, no longer rated for a cell CQC's view
// dropped, not comparable when a non-grade is on either side. A cell whose
// value reads the same on both sides (a grade re-confirmed, a non-grade
// repeated) is not a change and is left out. A trust's own cells and
// trust-level services have an empty Location ID; a subject's own row has
// an empty Service. Rows are in provider ID order, each trust's own cells
// first, then its locations by ID. Returns the data rows written, -1 on
// a write error (sink->errorString() says why).
qint64 writeChangesTruth(const NationalGenerator &monthOne, const NationalGenerator &monthTwo, SheetSink *sink);

} // namespace Gen
