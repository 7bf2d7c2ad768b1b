// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/PublicationDates.h>

#include <QCoreApplication>

namespace PublicationDates {

QDate earliest()
{
    return QDate(2010, 1, 1);
}

QDate latest()
{
    return QDate::currentDate().addDays(1);
}

bool plausible(const QDate &date)
{
    return date >= earliest() && date <= latest();
}

QString refusal()
{
    return QCoreApplication::translate("PublicationDates", "not a publication date (CQC's are from %1 to %2)")
        .arg(earliest().toString(Qt::ISODate), latest().toString(Qt::ISODate));
}

} // namespace PublicationDates
