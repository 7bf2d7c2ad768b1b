// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>
#include <memory>

class PrintableReport;
class QWidget;

// File > Print… and File > Export as PDF…: whatever report the window
// makes of what it shows (a trust's board pack; in the England view, the
// national summary), previewed and printed or written as a PDF.
class ReportController : public QObject
{
    Q_OBJECT
public:
    // `make` returns the report of what the window shows, or null with the
    // reason ("Choose a trust first", a store error).
    using Maker = std::function<std::unique_ptr<PrintableReport>(QString *error)>;
    ReportController(Maker make, QWidget *window);

    // Opens the print preview (QPrintPreviewDialog).
    void print();
    // Asks for a file name and writes the PDF; an existing file stays
    // unless the new one is complete.
    void exportPdf();
    // Writes the PDF without asking; false with *error. For tests too.
    bool writePdf(const QString &path, QString *error);

private:
    std::unique_ptr<PrintableReport> make();

    Maker m_make;
    QWidget *m_window;
};
