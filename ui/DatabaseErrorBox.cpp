// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "DatabaseErrorBox.h"
#include "PlainText.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

std::unique_ptr<QMessageBox> DatabaseErrorBox::create(const QString &path, const QString &problem, QWidget *parent)
{
    const QString file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    auto box = std::make_unique<QMessageBox>(QMessageBox::Critical, tr("Cannot open the database"),
                                             tr("Trust Ratings cannot open the database %1").arg(file), QMessageBox::Ok,
                                             parent);
    // A file name is data: shown as written.
    box->setTextFormat(Qt::PlainText);
    // The problem in the command line's words, which a user may search for
    // or quote, and what to do about it.
    box->setInformativeText(PlainText::escaped(
        tr("%1\n\nTo use another database, start Trust Ratings with --database PATH.").arg(problem)));
    return box;
}
