// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "SheetWriters.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace Gen {

// One CSV file per sheet, as a spreadsheet saves "Locations" and "Providers"
// as CSV: RFC 4180 quoting only where needed, UTF-8 without BOM, CRLF.
class CsvSheetWriter : public SheetSink
{
public:
    // fileForSheet maps a sheet name to the path written for it.
    explicit CsvSheetWriter(std::vector<std::pair<QString, QString>> fileForSheet);
    bool beginSheet(const QString &name, const QStringList &headers, int dateColumn) override;
    bool writeRow(const QStringList &cells) override;
    bool endSheet() override;
    QString errorString() const override { return m_error; }

private:
    bool flush();
    std::vector<std::pair<QString, QString>> m_fileForSheet;
    QFile m_file;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace Gen
