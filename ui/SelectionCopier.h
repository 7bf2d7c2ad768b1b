// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

class QAbstractItemView;
class QMimeData;

// Ctrl+C on any table or tree: the selected rows and columns, with their
// headers, as tab-separated text (pastes into spreadsheets as cells) and as
// an HTML table (pastes into documents as a table). Each row comes with its
// label (the model's first column, indented by its depth in a tree) even
// when only some of its cells were selected, and each rating tile that
// shows a date comes with that date, so that the pasted block says what
// and when, not only a column of "Good".
class SelectionCopier
{
    Q_DECLARE_TR_FUNCTIONS(SelectionCopier)
public:
    // The data that copying `view`'s selection gives; nullptr if nothing is selected.
    static QMimeData *mimeData(const QAbstractItemView *view);
    static bool copy(const QAbstractItemView *view);
};
