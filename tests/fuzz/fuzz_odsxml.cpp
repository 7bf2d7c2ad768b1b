// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// OdsReader on the input bytes as content.xml: the harness packs them into a
// well-formed .ods (mimetype stored, content.xml deflated) so that the fuzzer
// mutates the XML rather than zip checksums.
#include "FuzzCommon.h"
#include <importing/OdsReader.h>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

static QString inputPath;

static void addEntry(QuaZip *zip, const QString &name, const char *data, qint64 size, bool deflate)
{
    QuaZipFile file(zip);
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(2026, 1, 1), QTime(0, 0));
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, deflate ? Z_DEFLATED : 0, deflate ? 1 : 0)
        || file.write(data, size) != size) {
        std::fprintf(stderr, "cannot write zip entry %s\n", qPrintable(name));
        std::abort();
    }
    file.close();
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    inputPath = fuzz::workDir() + QStringLiteral("/input.ods");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    {
        QuaZip zip(inputPath);
        if (!zip.open(QuaZip::mdCreate))
            std::abort();
        static const char mimetype[] = "application/vnd.oasis.opendocument.spreadsheet";
        addEntry(&zip, QStringLiteral("mimetype"), mimetype, qint64(sizeof mimetype - 1), false);
        addEntry(&zip, QStringLiteral("content.xml"), reinterpret_cast<const char *>(data), qint64(size), true);
        zip.close();
    }
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
