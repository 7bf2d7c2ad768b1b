// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "AboutBox.h"

#include <storage/RatingStore.h>
#include <core/DatabaseStats.h>
#include <core/ImportRecord.h>

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QCoreApplication>
#include <QMessageBox>

void AboutBox::show(QWidget *parent, const RatingStore &store)
{
    const DatabaseStats s = store.stats();
    const QDate newest = store.newestPublicationDate();
    QString provenance;
    for (const ImportRecord &i : store.imports())
        provenance += QStringLiteral("<li>%1: %2 (%3)</li>")
                          .arg(i.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               i.fileName.toHtmlEscaped(),
                               i.isSample ? tr("bundled sample") : i.format.toHtmlEscaped());
    // Which file is open, for a user with more than one database.
    const QString file = store.databaseFile();
    const QString where = file.isEmpty()
        ? QString()
        : tr("<p>Database file: <b>%1</b> (%2)</p>")
              .arg(QDir::toNativeSeparators(file).toHtmlEscaped(), QLocale().formattedDataSize(QFileInfo(file).size()));
    QMessageBox::about(parent, tr("About Trust Ratings"),
                       tr("<h3>Trust Ratings %1</h3>"
                          "<p>Browse, compare and export the ratings that the Care Quality Commission "
                          "gives NHS trusts, their hospitals and their services.</p>"
                          "%2<p>It holds %3, %4, %5 from %6; "
                          "the newest rating was published on %7.</p><ul>%8</ul>"
                          "<p>Contains public sector information licensed under the "
                          "<a href=\"https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\">"
                          "Open Government Licence v3.0</a>. Source: Care Quality Commission.</p>")
                           .arg(QCoreApplication::applicationVersion(), where,
                                tr("%n provider(s)", "", int(s.providers)), tr("%n location(s)", "", int(s.locations)),
                                tr("%n rating(s)", "", int(s.ratings)), tr("%n import(s)", "", int(s.imports)),
                                newest.isValid() ? QLocale().toString(newest, QLocale::LongFormat) : tr("(none)"),
                                provenance));
}
