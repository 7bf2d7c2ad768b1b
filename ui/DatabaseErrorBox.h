// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include <memory>

class QMessageBox;
class QWidget;

// What the window says when its database cannot be opened (not a database,
// a newer program's, a folder, unreadable): started from a desktop menu,
// the program has no terminal, and the command line's line on stderr would
// go unseen while it quietly exits.
class DatabaseErrorBox
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseErrorBox)
public:
    // A critical message box, not yet shown, naming the file at `path` and
    // saying `problem` (the command line's message for it).
    static std::unique_ptr<QMessageBox> create(const QString &path, const QString &problem, QWidget *parent = nullptr);
};
