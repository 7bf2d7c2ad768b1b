// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QTextBrowser;

// Help > Trust Ratings handbook (F1): one short page on what the grid, "as
// of" and the diff mean and where CQC's data comes from. Not modal, so that
// it can stay open beside the window.
class HandbookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HandbookDialog(QWidget *parent = nullptr);

    // The page for the user's language if there is one, else English.
    static QString pagePath();

private:
    QTextBrowser *m_page;
};
