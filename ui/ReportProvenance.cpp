// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ReportProvenance.h"

#include <storage/RatingStore.h>

#include <QLocale>

bool ReportProvenance::read(const RatingStore &store, ReportProvenance *out)
{
    ReportProvenance p;
    p.imports = store.imports();
    p.newestPublication = store.newestPublicationDate();
    if (!store.errorString().isEmpty())
        return false;
    *out = p;
    return true;
}

QString ReportProvenance::text() const
{
    const auto date = [](const QDate &d) { return QLocale().toString(d, QStringLiteral("d MMM yyyy")); };
    QStringList files;
    for (const ImportRecord &i : imports)
        files << tr("%1 (imported %2)").arg(i.fileName, date(i.importedAt.date()));
    // The newest three files name the data; older ones are counted.
    const int older = qMax(0, int(files.size()) - 3);
    QString text = files.isEmpty() ? tr("Source: no CQC files imported.")
        : older == 0               ? tr("Source: CQC data, %1.").arg(files.join(QStringLiteral("; ")))
                                   : tr("Source: CQC data, %1; and %2 more.")
                                         .arg(files.mid(older).join(QStringLiteral("; ")))
                                         .arg(older);
    if (newestPublication.isValid())
        text += QLatin1Char(' ') + tr("Newest publication %1.").arg(date(newestPublication));
    return text;
}

QString ReportProvenance::footer() const
{
    return text() + QLatin1Char('\n') + oglAttribution();
}

QString ReportProvenance::oglAttribution()
{
    return tr("Contains public sector information licensed under the Open Government Licence v3.0");
}
