#pragma once

#include <QDate>
#include <QString>
#include <QVector>

#include <functional>

// The kinds of file an import understands (CQC-DATA.md sections 1 and 4).
enum class ImportFormat { Unknown, ApiJson, RatingsCsv, RatingsOds };

namespace ImportFormats {
QString name(ImportFormat format);                 // "api-json", "ratings-csv", "ratings-ods"
bool fromName(const QString &name, ImportFormat *out); // for --format; also "json", "csv", "ods"
}

// One bad record: where it is, which field, what value, and why.
struct ImportIssue
{
    QString file;
    QString where;      // "line 12", "sheet Locations, row 40", "line 3: $.currentRatings.overall"
    QString field;
    QString value;
    QString message;
    // The organisation of the bad record, where known: its current view is
    // then incomplete and is not recorded.
    QString providerId;
    QString locationId;
    QString toString() const;
};

// CQC was set up in 2009 and published its first ratings after that; a
// date outside 2010-01-01 .. tomorrow (31/12/9999, 01/01/0001) is a damaged
// or hostile file, and would otherwise become the current rating for ever.
namespace PublicationDates {
QDate earliest();
QDate latest(); // tomorrow, by this machine's clock: time zones differ by less
bool plausible(const QDate &date);
QString refusal(); // "not a publication date (expected 2010-01-01 to 2026-12-03)"
}

struct ImportOptions
{
    bool keepGoing = false;                 // import the valid records, list the rest
    ImportFormat format = ImportFormat::Unknown; // Unknown: detect from the content
    QDate snapshotDate;                     // --snapshot-date: the date of every current view in the file
    // Called now and then with records read and a 0..1 fraction of the
    // file; returning false cancels the import (which then rolls back).
    std::function<bool(qint64 records, double fraction)> progress;
    // Called every few seconds while another process holds the database's
    // write lock, with a message to show; returning false gives up. Unset:
    // wait until the other import ends.
    std::function<bool(const QString &message)> waiting;
};

struct ImportResult
{
    QString file;
    ImportFormat format = ImportFormat::Unknown;
    bool ok = false;
    bool cancelled = false;
    bool badInput = false;      // the file was at fault (exit status 2), not the machine
    QString error;              // one line naming file, record and field
    qint64 records = 0;
    qint64 newObservations = 0;
    qint64 providers = 0;
    qint64 locations = 0;
    qint64 skipped = 0;
    qint64 snapshots = 0;       // organisations whose current view was recorded or changed
    QDate snapshotDate;         // the file's date for its current views
    bool removedSample = false;
    QVector<ImportIssue> issues; // every skipped record (--keep-going)
    QString summaryLine() const;
};
