// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// CsvReader on the input bytes, comma-separated, record by record to the end
// or to the first malformed record.
#include <importing/CsvReader.h>
#include "FuzzCommon.h"

#include <QBuffer>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // fromRawData: no copy, so a read past the input is ASan's to see.
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, ',');
    QStringList fields;
    while (reader.readRecord(&fields)) {
    }
    (void)reader.hasError();
    return 0;
}
