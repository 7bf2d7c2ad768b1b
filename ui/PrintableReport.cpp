// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "PrintableReport.h"

#include <QPdfWriter>
#include <QSaveFile>

int PrintableReport::writePdf(const QString &path, QString *error) const
{
    // Written beside the target and renamed over it only when complete: a
    // failed report leaves the old file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return 0;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(dotsPerInch);
        writer.setPageLayout(pageLayout());
        writer.setTitle(title());
        writer.setCreator(tr("Trust Ratings"));
        QString why;
        pages = render(&writer, &why);
        if (pages == 0) {
            file.cancelWriting();
            *error = tr("%1: %2").arg(path, why);
            return 0;
        }
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return 0;
    }
    return pages;
}
