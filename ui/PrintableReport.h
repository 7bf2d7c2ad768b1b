// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

// A report on A4 pages (a trust's board pack, the England summary): what
// File > Print… previews and prints and File > Export as PDF… writes.
// Lengths are in 1/96 inch, as on a screen: printers and PDFs are set to
// 96 dots per inch before the report paints on them.
class PrintableReport
{
    Q_DECLARE_TR_FUNCTIONS(PrintableReport)
public:
    virtual ~PrintableReport() = default;

    // "CQC ratings: Lewisham and Greenwich NHS Trust": the document's title.
    virtual QString title() const = 0;
    // A file name to offer: "cqc-ratings-RJ2.pdf".
    virtual QString fileName() const = 0;
    virtual QPageLayout pageLayout() const = 0;
    // Paints every page on `device`, set to pageLayout() and dotsPerInch;
    // returns the number of pages, 0 with *error.
    virtual int render(QPagedPaintDevice *device, QString *error) const = 0;

    // The report as a PDF at `path`, replaced only when the report is
    // complete; returns the number of pages, 0 with *error naming the file.
    int writePdf(const QString &path, QString *error) const;

    static constexpr int dotsPerInch = 96;
};
