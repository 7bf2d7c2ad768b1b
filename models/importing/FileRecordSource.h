// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/RecordSource.h>

#include <QString>

// A RecordSource that reads one file: it keeps the file's path and the
// error that stopped it, worded as every source words it, "FILE: why".
class FileRecordSource : public RecordSource
{
public:
    QString errorString() const override { return m_error; }

protected:
    explicit FileRecordSource(QString path) : m_path(std::move(path)) {}

    const QString &path() const { return m_path; }
    // errorString() becomes "FILE: message" (the path in native separators); returns false.
    bool fail(const QString &message);
    // For a reader's own message, which names the file already.
    void setError(const QString &message) { m_error = message; }

private:
    QString m_path;
    QString m_error;
};
