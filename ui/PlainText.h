// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>
#include <QString>

class QAbstractItemView;

// Qt guesses whether a label's, a message box's or a tooltip's text is rich
// text (Qt::mightBeRichText). Names, addresses, file names and errors come
// from imported files, and a name holding HTML must be shown as written,
// never rendered with its colours and links. Every widget that shows data
// goes through these.
namespace PlainText {

// `text` as escaped rich text, for the places that have no plain-text
// switch (tooltips, a message box's informative text).
QString escaped(const QString &text);

// Makes the view's item tooltips (Qt::ToolTipRole) plain text.
void installToolTips(QAbstractItemView *view);

// QMessageBox's static helpers, with the text shown as plain text.
QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

} // namespace PlainText
