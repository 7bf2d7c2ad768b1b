// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The Importer on a damaged SQLite file: opening does not read every page,
// an import does and refuses the file, leaving it byte-for-byte untouched.

#include <importing/Importer.h>
#include <storage/Database.h>
#include "TestDatabase.h"

#include <QtTest>

static QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

class TestImportDamagedDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importRefusesDamagedDatabase();
};

void TestImportDamagedDatabase::init()
{
    // A connection removed while a query still uses it, a failed prepare, ...:
    // Qt only warns, so make any warning fail the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

// Opening does not read every page (a national database would take a
// second); an import does, before it writes, and refuses a damaged file
// without touching it.
void TestImportDamagedDatabase::importRefusesDamagedDatabase()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    QVERIFY2(db.database().checkIntegrity(), qPrintable(db.database().errorString()));
    const QString path = db.path();
    db.database().close();

    // Overwrite one b-tree page past the schema page with junk.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray header = file.read(100);
    const int field = quint8(header.at(16)) << 8 | quint8(header.at(17)); // page size; 1 means 65536
    const int pageSize = field == 1 ? 65536 : field;
    QVERIFY(file.size() >= 4 * pageSize);
    QVERIFY(file.seek(2 * pageSize));
    QVERIFY(file.write(QByteArray(pageSize, '\x5a')) == pageSize);
    file.close();
    const QByteArray before = contents(path);

    Database reopened(QStringLiteral("damaged-reopen"));
    QVERIFY2(reopened.open(path), qPrintable(reopened.errorString()));
    QVERIFY(!reopened.checkIntegrity());
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("provider.json"));
    QFile payload(json);
    QVERIFY(payload.open(QIODevice::WriteOnly));
    payload.write(R"({"providerId": "RX1", "name": "Example NHS Trust"})");
    payload.close();
    const ImportResult result = Importer(reopened).importFile(json);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("damaged")) && result.error.contains(path), qPrintable(result.error));
    reopened.close();
    QCOMPARE(contents(path), before);
}

QTEST_GUILESS_MAIN(TestImportDamagedDatabase)
#include "tst_importdamageddatabase.moc"
