// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// OdsReader on the input bytes saved as an .ods file: every sheet, every row.
#include "FuzzCommon.h"
#include <importing/OdsReader.h>

static QString inputPath;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    inputPath = fuzz::workDir() + QStringLiteral("/input.ods");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::writeFile(inputPath, data, size);
    OdsReader reader(inputPath);
    if (!reader.open())
        return 0;
    QStringList cells;
    while (reader.nextSheet()) {
        (void)reader.sheetName();
        while (reader.readRow(&cells))
            (void)reader.rowNumber();
        if (reader.hasError())
            break;
    }
    return 0;
}
