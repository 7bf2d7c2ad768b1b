// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <memory>

// Streams the rows of an OpenDocument spreadsheet (.ods) one at a time:
// content.xml is inflated on a thread of its own (OdsPackage, OdsInflater)
// and scanned as bytes (OdsXmlScanner), strings being built only per cell,
// so a 300,000-row sheet is never held in memory whole.
// Repeated rows and cells (table:number-rows-repeated,
// table:number-columns-repeated) are honoured; trailing empty cells and
// trailing runs of empty rows are not expanded.
class OdsReader
{
public:
    explicit OdsReader(const QString &path);
    ~OdsReader();

    // Opens the file; false (with errorString()) if it is not a readable .ods.
    bool open();
    // Moves to the next sheet in document order; false when there is none.
    bool nextSheet();
    QString sheetName() const;
    // Reads the next row of the current sheet; false at the end of the sheet
    // or on error (hasError()). Date cells give their ISO date (yyyy-mm-dd);
    // other cells their text, paragraphs joined with "\n".
    bool readRow(QStringList *cells);
    // 1-based row number within the sheet of the last row read, counting
    // repeated and empty rows as a spreadsheet would show them.
    qint64 rowNumber() const;
    bool hasError() const;
    QString errorString() const;
    // Fraction of content.xml consumed, 0..1, for progress.
    double progress() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
