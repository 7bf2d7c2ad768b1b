// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// What the Importer suites share: the fixture paths, the facts and grid
// cells read back through RatingStore and RatingGrid (as the window reads
// them), and the .ods files built in code with QuaZip.

#include "TestDatabase.h"

#include <core/GridCell.h>
#include <core/KeyQuestion.h>
#include <core/LocationRecord.h>
#include <core/ProviderRecord.h>
#include <core/Subject.h>
#include <importing/ImportOptions.h>
#include <importing/ImportResult.h>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class Database;

namespace ImportTestSupport {

// A hand-written fixture in tests/fixtures, and one of CQC's own API
// samples copied into tests/fixtures/cqc-samples.
QString fixture(const QString &name);
QString sample(const QString &name);

// Imports one file into the test database, as the window does.
ImportResult import(TestDatabase &db, const QString &path, ImportOptions options = {});

// Every observation in the database, sorted, as
// "provider|location|service|key question|rating|date|inherited": the facts,
// without the ids and import ids that depend on the order of imports.
QStringList facts(const Database &db);

QStringList sorted(QStringList list);

// The grid cell a user sees for a row of a subject, as of a date (invalid: now).
GridCell gridCell(const Database &db, const Subject &subject, const QString &locationId, const QString &service,
                  KeyQuestion kq, const QDate &asOf = {});

// What the store holds for an id; the id "<missing>" when it holds nothing.
ProviderRecord providerOf(const Database &db, const QString &id);
LocationRecord locationOf(const Database &db, const QString &id);

QByteArray readAll(const QString &path);
bool writeFile(const QString &path, const QByteArray &data);

// --- .ods files built in the test (OpenDocument 1.2 spreadsheet) -----------

struct OdsSheet
{
    QString name;
    QList<QStringList> rows;
};

// A cell "date:2020-07-03" becomes a date-typed cell, as LibreOffice writes
// dates; other cells are strings, one <text:p> per line.
QByteArray contentXml(const QList<OdsSheet> &sheets);

// A zip with the given entries, the first one stored (ODF wants "mimetype"
// first and uncompressed), the rest deflated.
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries);

bool writeOds(const QString &path, const QByteArray &content);

// The rows of a README sheet, as CQC puts before the data sheets.
QList<QStringList> readmeRows();

// A good Latest ratings .ods, in a temporary folder that lives as long as
// the object: README first (passed over), then Locations (a title row above
// the header, a date-typed cell, a line break in a name), then Providers.
// Four records: two locations of eastmere and its own row.
class LatestRatingsOds
{
public:
    // Writes the file; false when the folder or the file cannot be made.
    bool write();
    QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

inline const QString eastmere = QStringLiteral("Eastmere Hospitals NHS Trust");

} // namespace ImportTestSupport
