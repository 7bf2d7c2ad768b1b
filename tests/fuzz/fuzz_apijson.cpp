// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// ApiJsonSource (one object, an array, or NDJSON) and through it
// ApiPayloadReader on the input bytes saved as a .json file: every record
// and every bad record, to the end or to an error that stops the file.
#include <importing/ApiJsonSource.h>
#include "FuzzCommon.h"

static QString inputPath;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    inputPath = fuzz::workDir() + QStringLiteral("/input.json");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::writeFile(inputPath, data, size);
    ApiJsonSource source(inputPath);
    if (!source.open())
        return 0;
    RecordFacts facts;
    ImportIssue issue;
    for (;;) {
        const RecordSource::Next next = source.next(&facts, &issue);
        (void)source.progress();
        if (next == RecordSource::Next::End || next == RecordSource::Next::Error)
            break;
    }
    return 0;
}
