// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/FileRecordSource.h>

#include <QDir>

bool FileRecordSource::fail(const QString &message)
{
    m_error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), message);
    return false;
}
