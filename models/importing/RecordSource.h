#pragma once

#include <importing/ImportTypes.h>
#include <core/Records.h>

// The facts of one input record (a sheet row, an API payload), validated as
// a whole before any of them is written.
struct RecordFacts
{
    QVector<ProviderRecord> providers;
    QVector<LocationRecord> locations;
    QVector<ReportRecord> reports;
    QVector<ObservationRecord> observations;
    // What the record says is current: an API payload's whole view
    // (dated by the file when `date` is invalid)...
    QVector<SnapshotRecord> snapshots;
    // ... or, for a row of a Latest ratings sheet, its observations
    // themselves: a row of that file is the cell's current value.
    bool observationsAreCurrent = false;
    void clear()
    {
        snapshots.clear();
        observationsAreCurrent = false;
        providers.clear();
        locations.clear();
        reports.clear();
        observations.clear();
    }
};

// A streaming reader of one import file, record by record. One subclass
// per format; the Importer drives it and writes what it returns.
class RecordSource
{
public:
    virtual ~RecordSource() = default;

    enum class Next { Record, Issue, End, Error };
    // Opens the file and reads what precedes the records (a header row);
    // false with errorString() if the file cannot be read as this format.
    virtual bool open() = 0;
    // Record: *facts holds one valid record. Issue: the record is bad and
    // *issue says why; reading can go on. End: no more records. Error: the
    // file itself is broken (errorString()); reading cannot go on.
    virtual Next next(RecordFacts *facts, ImportIssue *issue) = 0;
    virtual double progress() const = 0;
    virtual QString errorString() const = 0;
};
