// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/ImportIssue.h>

#include <QDir>

QString ImportIssue::toString() const
{
    QString s = QDir::toNativeSeparators(file);
    if (!where.isEmpty())
        s += QStringLiteral(": ") + where;
    if (!field.isEmpty())
        s += QStringLiteral(": ") + field;
    if (!value.isNull())
        s += QStringLiteral(" \"%1\"").arg(value.left(80));
    if (!message.isEmpty())
        s += QStringLiteral(": ") + message;
    return s;
}
