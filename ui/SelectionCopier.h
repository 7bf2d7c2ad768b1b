#pragma once

class QAbstractItemView;
class QMimeData;

// Ctrl+C on any table or tree: the selected rows and columns, with their
// headers, as tab-separated text (pastes into spreadsheets as cells) and as
// an HTML table (pastes into documents as a table).
class SelectionCopier
{
public:
    // The data that copying `view`'s selection gives; nullptr if nothing is selected.
    static QMimeData *mimeData(const QAbstractItemView *view);
    static bool copy(const QAbstractItemView *view);
};
