// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "BoardPackController.h"

#include "BoardPackRenderer.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

BoardPackController::BoardPackController(const RatingStore &store, std::function<BoardPackRequest()> request,
                                         QWidget *window)
    : QObject(window), m_store(store), m_request(std::move(request)), m_window(window)
{
}

bool BoardPackController::load(BoardPack *pack)
{
    const BoardPackRequest request = m_request();
    if (!request.subject.isValid()) {
        QMessageBox::information(m_window, tr("Board pack"), tr("Choose a trust or location first."));
        return false;
    }
    QString error;
    if (!BoardPack::load(m_store, request, pack, &error)) {
        QMessageBox::warning(m_window, tr("Board pack"), tr("The report could not be made: %1").arg(error));
        return false;
    }
    return true;
}

void BoardPackController::print()
{
    BoardPack pack;
    if (!load(&pack))
        return;
    const BoardPackRenderer renderer(pack);
    // Laid out in 1/96 inch, as the PDF: the same pages on paper.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setResolution(BoardPackRenderer::dotsPerInch);
    printer.setPageLayout(renderer.pageLayout());
    printer.setDocName(tr("CQC ratings: %1").arg(pack.ratings.name));
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print board pack: %1").arg(pack.ratings.name));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&renderer, this](QPrinter *p) {
        QString error;
        if (renderer.render(p, &error) == 0)
            QMessageBox::warning(m_window, tr("Board pack"), tr("The pages could not be printed: %1").arg(error));
    });
    preview.exec();
}

void BoardPackController::exportPdf()
{
    const BoardPackRequest request = m_request();
    if (!request.subject.isValid()) {
        QMessageBox::information(m_window, tr("Board pack"), tr("Choose a trust or location first."));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export board pack as PDF"),
        QDir(folder).filePath(QStringLiteral("cqc-ratings-%1.pdf").arg(request.subject.id)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writePdf(path, &error))
        QMessageBox::warning(m_window, tr("Board pack"), tr("The PDF was not written: %1").arg(error));
}

bool BoardPackController::writePdf(const QString &path, QString *error)
{
    BoardPack pack;
    if (!BoardPack::load(m_store, m_request(), &pack, error))
        return false;
    return BoardPackRenderer(pack).writePdf(path, error) > 0;
}
