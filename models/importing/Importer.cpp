// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/Importer.h>

#include <importing/ApiJsonSource.h>
#include <storage/Database.h>
#include <importing/FileDigest.h>
#include <importing/FormatDetector.h>
#include <storage/RatingStore.h>
#include <storage/RatingWriter.h>
#include <importing/RatingsCsvSource.h>
#include <importing/RatingsOdsSource.h>
#include <importing/ReadAheadSource.h>
#include <importing/SnapshotCollector.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <memory>

Importer::Importer(Database &db) : m_db(db)
{}

// A file to import must be a regular file: a FIFO or a device would block
// or never end.
static QString notRegular(const QFileInfo &info)
{
    return QStringLiteral("%1: not a regular file (a pipe, device or socket); nothing was read from it")
        .arg(QDir::toNativeSeparators(info.filePath()));
}

static void searchFolder(const QString &folder, QStringList *files, QStringList *problems)
{
    static const QStringList suffixes = {QStringLiteral("json"), QStringLiteral("ndjson"), QStringLiteral("csv"),
                                         QStringLiteral("ods")};
    const QDir dir(folder);
    if (!dir.isReadable()) {
        problems->append(
            QStringLiteral("%1: the folder cannot be read (permission denied); its files were not imported")
                .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    // Folders reached through a symbolic link are not followed: a link to a
    // parent would make the search endless.
    const QFileInfoList entries = dir.entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir()) {
            if (!entry.isSymLink())
                searchFolder(entry.filePath(), files, problems);
        } else if (suffixes.contains(entry.suffix().toLower())) {
            if (entry.isFile())
                files->append(entry.filePath());
            else
                problems->append(notRegular(entry));
        }
    }
}

QStringList Importer::expandPaths(const QStringList &paths, QStringList *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            problems->append(QStringLiteral("%1: no such file or folder").arg(QDir::toNativeSeparators(path)));
        } else if (info.isDir()) {
            QStringList found;
            searchFolder(path, &found, problems);
            found.sort(); // a stable order: results do not depend on the file system
            files << found;
        } else if (!info.isFile()) {
            problems->append(notRegular(info));
        } else {
            files << path;
        }
    }
    return files;
}

bool Importer::alreadyImported(const QString &sha256, const ImportOptions &options, ImportResult *result) const
{
    // Another snapshot date asks for what the earlier import did not record.
    if (sha256.isEmpty() || options.snapshotDate.isValid())
        return false;
    const RatingStore store(m_db);
    const QString format = ImportFormats::name(result->format);
    for (const ImportRecord &earlier : store.imports()) {
        if (earlier.isSample || earlier.sha256 != sha256 || earlier.format != format)
            continue;
        // Its skipped records would stop this import without --keep-going:
        // let it, as it would have the first time.
        if (earlier.skipped > 0 && !options.keepGoing)
            return false;
        result->ok = true;
        result->alreadyImportedAt = earlier.importedAt;
        result->records = earlier.records;
        result->providers = earlier.providers;
        result->locations = earlier.locations;
        result->skipped = earlier.skipped;
        result->snapshotDate = store.snapshotDateOfImport(earlier.id);
        return true;
    }
    return false;
}

ImportResult Importer::importFile(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    result.file = path;
    QString error;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        result.error = notRegular(info);
        result.badInput = true;
        return result;
    }
    result.format = options.format != ImportFormat::Unknown ? options.format : FormatDetector::detect(path, &error);
    if (result.format == ImportFormat::Unknown) {
        result.error = error;
        result.badInput = true;
        return result;
    }
    // A file imported before, byte for byte, adds nothing: say so at once
    // instead of reading it again (CQC's monthly file is often imported
    // twice, by two people or by a folder import).
    QString readError;
    const QString digest = FileDigest::sha256(path, &readError);
    if (alreadyImported(digest, options, &result))
        return result;
    std::unique_ptr<RecordSource> source;
    switch (result.format) {
    case ImportFormat::ApiJson: source = std::make_unique<ApiJsonSource>(path); break;
    case ImportFormat::RatingsCsv: source = std::make_unique<RatingsCsvSource>(path); break;
    case ImportFormat::RatingsOds: source = std::make_unique<RatingsOdsSource>(path); break;
    case ImportFormat::Unknown: break;
    }
    if (!source->open()) {
        result.error = source->errorString();
        result.badInput = true;
        return result;
    }
    // Parsing starts now, beside the integrity check and the writing.
    ReadAheadSource readAhead(*source);
    if (!m_db.checkIntegrity()) {
        result.error = tr("%1: the database %2 is damaged (%3); nothing was imported")
                           .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_db.databaseName()),
                                m_db.errorString());
        return result;
    }
    if (m_db.isReadOnly()) {
        result.error = tr("%1: the database %2 cannot be written here (read-only); nothing was imported")
                           .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_db.databaseName()));
        return result;
    }
    m_db.prepareForBulkWrite();
    if (!m_db.beginWrite(options.waiting)) {
        m_db.endBulkWrite();
        result.error = tr("%1: cannot import into %2: %3")
                           .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_db.databaseName()),
                                m_db.errorString());
        return result;
    }
    if (run(readAhead, path, digest, options, &result) && m_db.commit()) {
        m_db.endBulkWrite();
        result.ok = true;
        return result;
    }
    if (result.error.isEmpty() && !result.cancelled)
        result.error = tr("%1: could not save to the database %2: %3")
                           .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_db.databaseName()),
                                m_db.writeErrorText(m_db.errorString()));
    m_db.rollback();
    m_db.endBulkWrite();
    m_db.truncateLog();
    // Rolled back: nothing was added and the sample is still there.
    result.newObservations = 0;
    result.snapshots = 0;
    result.removedSample = false;
    return result;
}

bool Importer::run(RecordSource &source, const QString &path, const QString &sha256, const ImportOptions &options,
                   ImportResult *result)
{
    RatingWriter writer(m_db);
    // Named by the database, which is at fault, and the file being imported.
    auto dbError = [&]() {
        result->error = tr("%1: cannot write to it while importing %2: %3")
                            .arg(QDir::toNativeSeparators(m_db.databaseName()), QDir::toNativeSeparators(path),
                                 m_db.writeErrorText(writer.errorString()));
        return false;
    };
    if (RatingStore(m_db).holdsOnlySample()) {
        if (!writer.removeSample())
            return dbError();
        result->removedSample = true;
    }
    ImportRecord import;
    import.fileName = QFileInfo(path).fileName();
    import.sha256 = sha256;
    import.format = ImportFormats::name(result->format);
    import.importedAt = QDateTime::currentDateTimeUtc();
    if (writer.beginImport(import) == 0)
        return dbError();
    if (result->format != ImportFormat::ApiJson && !writer.deferIndexesWhileEmpty())
        return dbError();

    QSet<QString> providers, locations;
    SnapshotCollector views;
    views.setFileName(path);
    views.setOverrideDate(options.snapshotDate);
    RecordFacts facts;
    ImportIssue issue;
    for (;;) {
        const RecordSource::Next next = source.next(&facts, &issue);
        if (next == RecordSource::Next::End)
            break;
        if (next == RecordSource::Next::Error) {
            result->error = source.errorString();
            result->badInput = true;
            return false;
        }
        ++result->records;
        if (next == RecordSource::Next::Issue) {
            if (!options.keepGoing) {
                result->error = issue.toString();
                result->badInput = true;
                result->issues.append(issue);
                return false;
            }
            ++result->skipped;
            if (!issue.providerId.isEmpty())
                views.dropSubject(issue.providerId, issue.locationId);
            result->issues.append(issue);
            issue = {};
            continue;
        }
        for (const ProviderRecord &p : std::as_const(facts.providers)) {
            if (!writer.writeProvider(p))
                return dbError();
            providers.insert(p.id);
        }
        for (const LocationRecord &l : std::as_const(facts.locations)) {
            if (!writer.writeLocation(l))
                return dbError();
            locations.insert(l.id);
        }
        for (const ReportRecord &r : std::as_const(facts.reports))
            if (!writer.writeReport(r))
                return dbError();
        for (const ObservationRecord &o : std::as_const(facts.observations)) {
            const RatingWriter::Added added = writer.addObservation(o);
            if (added == RatingWriter::Added::Failed)
                return dbError();
            if (added == RatingWriter::Added::New)
                ++result->newObservations;
            views.notePublished(o.publicationDate);
            if (facts.observationsAreCurrent)
                views.addCell(o);
        }
        views.add(facts.snapshots);
        if (options.progress && result->records % 2000 == 0 && !options.progress(result->records, source.progress())) {
            result->cancelled = true;
            result->error = tr("%1: import cancelled; nothing was changed").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    if (options.progress && !options.progress(result->records, 1.0)) {
        result->cancelled = true;
        result->error = tr("%1: import cancelled; nothing was changed").arg(QDir::toNativeSeparators(path));
        return false;
    }
    // A file with CQC's header and nothing under it (or an empty JSON list)
    // is not a month with no ratings: importing it would only remove the
    // sample and record an import of nothing.
    if (result->records == 0) {
        result->error = result->format == ImportFormat::ApiJson
            ? tr("%1: holds no CQC API payload; nothing was imported").arg(QDir::toNativeSeparators(path))
            : tr("%1: has CQC's header but no rating rows; nothing was imported").arg(QDir::toNativeSeparators(path));
        result->badInput = true;
        return false;
    }
    for (const SnapshotRecord &view : views.views()) {
        const RatingWriter::SnapshotWrite written = writer.writeSnapshot(view);
        if (written == RatingWriter::SnapshotWrite::Failed)
            return dbError();
        if (written == RatingWriter::SnapshotWrite::Recorded)
            ++result->snapshots;
    }
    if (result->format != ImportFormat::ApiJson) // each API payload carries its own date
        result->snapshotDate = views.fileDate();
    import.snapshots = result->snapshots;
    result->providers = providers.size();
    result->locations = locations.size();
    import.records = result->records;
    import.newObservations = result->newObservations;
    import.providers = result->providers;
    import.locations = result->locations;
    import.skipped = result->skipped;
    if (!writer.finishImport(import))
        return dbError();
    return true;
}
