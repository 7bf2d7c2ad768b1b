// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Gen {

class NationalGenerator;

// Receives the rows of the Locations and Providers sheets, one at a time,
// so that a writer never holds a whole sheet. Several sinks are fed in one
// pass over the model.
class SheetSink
{
public:
    virtual ~SheetSink() = default;
    // dateColumn: the index of the dd/mm/yyyy "Publication Date" column.
    virtual bool beginSheet(const QString &name, const QStringList &headers, int dateColumn) = 0;
    virtual bool writeRow(const QStringList &cells) = 0;
    virtual bool endSheet() = 0;
    virtual QString errorString() const = 0;
};

// The CQC sheet layouts (CQC-DATA.md 1a and 1b) filled from the model.
// Returns the number of data rows written, or -1 on a write error.
qint64 writeLocationsSheet(const NationalGenerator &gen, const std::vector<SheetSink *> &sinks);
qint64 writeProvidersSheet(const NationalGenerator &gen, const std::vector<SheetSink *> &sinks);

} // namespace Gen
