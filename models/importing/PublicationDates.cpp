// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/PublicationDates.h>

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace PublicationDates {

QDate earliest()
{
    return QDate(2010, 1, 1);
}

QDate latest()
{
    // Asked for every row of a national file: QDate::currentDate() reads
    // the time zone (a stat of /etc/localtime) each time, a tenth of a CSV
    // import. Read once a minute per thread; a window open past midnight
    // still moves on.
    thread_local QDate tomorrow;
    thread_local QDeadlineTimer refresh(0);
    if (refresh.hasExpired()) {
        tomorrow = QDate::currentDate().addDays(1);
        refresh.setRemainingTime(60 * 1000);
    }
    return tomorrow;
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
