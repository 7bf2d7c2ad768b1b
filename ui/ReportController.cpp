// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ReportController.h"

#include "PrintableReport.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

ReportController::ReportController(Maker make, QWidget *window)
    : QObject(window), m_make(std::move(make)), m_window(window)
{
}

std::unique_ptr<PrintableReport> ReportController::make()
{
    QString error;
    std::unique_ptr<PrintableReport> report = m_make(&error);
    if (!report)
        QMessageBox::information(m_window, tr("Print"), error);
    return report;
}

void ReportController::print()
{
    const std::unique_ptr<PrintableReport> report = make();
    if (!report)
        return;
    // Laid out in 1/96 inch, as the PDF: the same pages on paper.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setResolution(PrintableReport::dotsPerInch);
    printer.setPageLayout(report->pageLayout());
    printer.setDocName(report->title());
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print: %1").arg(report->title()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&report, this](QPrinter *p) {
        QString error;
        if (report->render(p, &error) == 0)
            QMessageBox::warning(m_window, tr("Print"), tr("The pages could not be printed: %1").arg(error));
    });
    preview.exec();
}

void ReportController::exportPdf()
{
    const std::unique_ptr<PrintableReport> report = make();
    if (!report)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export as PDF"),
                                                      QDir(folder).filePath(report->fileName()),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (report->writePdf(path, &error) == 0)
        QMessageBox::warning(m_window, tr("Export as PDF"), tr("The PDF was not written: %1").arg(error));
}

bool ReportController::writePdf(const QString &path, QString *error)
{
    const std::unique_ptr<PrintableReport> report = m_make(error);
    return report && report->writePdf(path, error) > 0;
}
