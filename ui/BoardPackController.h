// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "BoardPack.h"

#include <QObject>

#include <functional>

class QPrinter;
class QWidget;

// File > Print… and File > Export PDF…: the board pack of the trust or
// location the window shows, as of the grid's date, with the changes
// between the diff's two dates. Reads through `store`; the window says
// what it shows through `request`.
class BoardPackController : public QObject
{
    Q_OBJECT
public:
    BoardPackController(const RatingStore &store, std::function<BoardPackRequest()> request, QWidget *window);

    // Opens the print preview (QPrintPreviewDialog) of the current subject.
    void print();
    // Asks for a file name and writes the PDF; the old file stays unless the new one is complete.
    void exportPdf();
    // Writes the PDF without asking; false with *error. For tests too.
    bool writePdf(const QString &path, QString *error);

private:
    bool load(BoardPack *pack);

    const RatingStore &m_store;
    std::function<BoardPackRequest()> m_request;
    QWidget *m_window;
};
