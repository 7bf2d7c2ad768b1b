// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// CsvExporter's QSaveFile behaviour: a file replaced on success, the old
// one kept on failure and cancel, progress, missing and read-only folders,
// a full disk, a write error midway and device targets.
#include <exporting/CsvExporter.h>
#include <exporting/ExportTable.h>
#include "CsvTestSupport.h"
#include "StrictCsv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

// A table of `count` rows that can fail (nextRow false with an error) after
// `failAfter` rows.
class ScriptedTable : public ExportTable
{
public:
    explicit ScriptedTable(int count, int failAfter = -1) : m_count(count), m_failAfter(failAfter) {}
    QStringList headers() const override { return {QStringLiteral("Row"), QStringLiteral("Name")}; }
    bool nextRow(QVector<ExportCell> *row) override
    {
        if (m_failAfter >= 0 && m_done >= m_failAfter) {
            m_error = QStringLiteral("disk I/O error (simulated)");
            return false;
        }
        if (m_done >= m_count)
            return false;
        row->clear();
        row->append(ExportCell::number(m_done));
        row->append(ExportCell::textCell(QStringLiteral("Trust %1, \"quoted\"").arg(m_done)));
        ++m_done;
        return true;
    }
    double progress() const override { return m_count > 0 ? double(m_done) / m_count : 1.0; }
    QString errorString() const override { return m_error; }

private:
    int m_count;
    int m_failAfter;
    int m_done = 0;
    QString m_error;
};

// Every entry in a folder, hidden ones (QSaveFile's temporaries) included.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// A character device of our own (a copy of /dev/full or /dev/null) when we
// may make one (root), so that a regression can never replace the real
// node; otherwise the real one, which an unprivileged QSaveFile cannot touch.
QString deviceNode(const QTemporaryDir &dir, const char *name, unsigned minor)
{
    const QString own = dir.filePath(QString::fromLatin1(name));
    if (::mknod(QFile::encodeName(own).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0)
        return own;
    return QStringLiteral("/dev/") + QString::fromLatin1(name);
}

bool isCharacterDevice(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

} // namespace

class TstCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportReplacesAnExistingFileOnSuccess()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(writeFile(path, "old contents that are longer than nothing\n"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        ScriptedTable table(3);
        CsvOptions o;
        o.crlf = true;
        const ExportResult r = CsvExporter::write(table, path, QString(), o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.cancelled);
        QCOMPARE(r.rows, 3);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(readAll(path), QByteArray("Row,Name\r\n0,\"Trust 0, \"\"quoted\"\"\"\r\n1,\"Trust 1, \"\"quoted\"\"\"\r\n"
                                           "2,\"Trust 2, \"\"quoted\"\"\"\r\n"));
        // The replaced file keeps its permissions and no temporary is left.
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.csv")});
    }

    void failedExportLeavesTheOldFile_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::addColumn<bool>("cancel");
        QTest::newRow("table fails, file existed") << true << false;
        QTest::newRow("table fails, no file") << false << false;
        QTest::newRow("cancelled, file existed") << true << true;
        QTest::newRow("cancelled, no file") << false << true;
    }

    void failedExportLeavesTheOldFile()
    {
        QFETCH(bool, existing);
        QFETCH(bool, cancel);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("keep.csv"));
        const QByteArray old = "Provider ID,Provider\nRJ2,Lewisham and Greenwich NHS Trust\n";
        if (existing)
            QVERIFY(writeFile(path, old));
        const QStringList before = entries(dir.path());

        // Enough rows for the progress callback (every 4096 rows) to run.
        ScriptedTable table(20000, cancel ? -1 : 5000);
        QList<qint64> calls;
        const ExportResult r = CsvExporter::write(table, path, QString(), CsvOptions{}, [&](qint64 rows, double) {
            calls << rows;
            return !cancel;
        });
        QVERIFY(!r.ok);
        QCOMPARE(r.cancelled, cancel);
        QVERIFY2(r.error.contains(path), qPrintable(r.error));
        if (cancel) {
            QCOMPARE(calls, QList<qint64>{4096});
            QVERIFY2(r.error.contains(QStringLiteral("cancelled")), qPrintable(r.error));
        } else {
            QCOMPARE(calls, QList<qint64>{4096}); // the table failed at row 5000
            QVERIFY2(r.error.contains(QStringLiteral("disk I/O error (simulated)")), qPrintable(r.error));
        }
        if (existing)
            QCOMPARE(readAll(path), old);
        else
            QVERIFY(!QFile::exists(path));
        QCOMPARE(entries(dir.path()), before); // no temporary file left behind
    }

    void progressIsReportedAndCompletes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        ScriptedTable table(10000);
        QList<qint64> rows;
        QList<double> fractions;
        const ExportResult r = CsvExporter::write(table, path, QString(), CsvOptions{}, [&](qint64 n, double f) {
            rows << n;
            fractions << f;
            return true;
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 10000);
        QCOMPARE(rows, (QList<qint64>{4096, 8192}));
        QCOMPARE(fractions, (QList<double>{0.4096, 0.8192}));
        const StrictCsv::Result parsed = StrictCsv::parse(readAll(path), ',', StrictCsv::LineEnd::LF);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), 10001);
        QCOMPARE(parsed.rows.last(), (QStringList{QStringLiteral("9999"), QStringLiteral("Trust 9999, \"quoted\"")}));
    }

    void missingFolderFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
        ScriptedTable table(2);
        const ExportResult r = CsvExporter::write(table, path, QString(), CsvOptions{});
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.contains(QDir::toNativeSeparators(path)), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("does not exist")), qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
        QCOMPARE(entries(dir.path()), QStringList());
    }

    void parentThatIsAFileFails()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plain.txt"));
        QVERIFY(writeFile(file, "not a folder\n"));
        const QString path = file + QStringLiteral("/out.csv");
        ScriptedTable table(2);
        const ExportResult r = CsvExporter::write(table, path, QString(), CsvOptions{});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(path), qPrintable(r.error));
        QCOMPARE(readAll(file), QByteArray("not a folder\n"));
    }

    void folderAsTargetFails()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("sub"));
        QVERIFY(QDir().mkpath(target));
        ScriptedTable table(2);
        const ExportResult r = CsvExporter::write(table, target, QString(), CsvOptions{});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(target), qPrintable(r.error));
        QVERIFY(QFileInfo(target).isDir());
        QCOMPARE(entries(target), QStringList());
    }

    void readOnlyPlaceFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ro = dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(ro));
        const QString existing = ro + QStringLiteral("/existing.csv");
        QVERIFY(writeFile(existing, "old\n"));
        QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                              | QFile::ReadOther | QFile::ExeOther));
        // Does the mode stop us? Not for root, who writes anywhere.
        QFile probe(ro + QStringLiteral("/probe"));
        const bool modeIgnored = probe.open(QIODevice::WriteOnly);
        if (modeIgnored) {
            probe.close();
            probe.remove();
        }

        QStringList targets;
        if (!modeIgnored)
            targets << ro + QStringLiteral("/new.csv") << existing;
        // A place no one may create files in, root included: /proc.
        targets << QStringLiteral("/proc/trustratings-export-test.csv");
        for (const QString &path : std::as_const(targets)) {
            ScriptedTable table(3);
            const ExportResult r = CsvExporter::write(table, path, QString(), CsvOptions{});
            QVERIFY2(!r.ok, qPrintable(path));
            QVERIFY(!r.cancelled);
            QVERIFY2(r.error.contains(path), qPrintable(r.error));
        }
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/trustratings-export-test.csv")));
        QCOMPARE(readAll(existing), QByteArray("old\n"));
        QCOMPARE(entries(ro), QStringList{QStringLiteral("existing.csv")});
        QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void fullDiskFails_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("header only (fails on flush)") << 0;
        QTest::newRow("many rows (fails while writing)") << 50000;
    }

    void fullDiskFails()
    {
        QFETCH(int, rows);
        QVERIFY2(QFileInfo::exists(QStringLiteral("/dev/full")), "/dev/full is missing on this Linux machine");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString full = deviceNode(dir, "full", 7);
        QVERIFY(isCharacterDevice(full));
        ScriptedTable table(rows);
        const ExportResult r = CsvExporter::write(table, full, QString(), CsvOptions{});
        QVERIFY2(!r.ok, qPrintable(full));
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.contains(full), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("No space left on device")), qPrintable(r.error));
        // The device is still a device: it was not replaced by a regular file.
        QVERIFY(isCharacterDevice(full));
        QVERIFY(isCharacterDevice(QStringLiteral("/dev/full")));
    }

    void writeErrorMidwayLeavesTheOldFile()
    {
        // A disk that fills up while the file is written: a file size limit
        // makes the temporary file's writes fail (EFBIG) part way, for root
        // too. The file that was there stays as it was, and no temporary is
        // left behind.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ratings.csv"));
        const QByteArray old = "Provider ID,Provider\nRJ2,Lewisham and Greenwich NHS Trust\n";
        QVERIFY(writeFile(path, old));
        ScriptedTable table(50000); // about 1.3 MB
        struct rlimit saved;
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto savedHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = saved;
        limited.rlim_cur = 256 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        const ExportResult r = CsvExporter::write(table, path, QString(), CsvOptions{});
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, savedHandler);
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.contains(path), qPrintable(r.error));
        QCOMPARE(readAll(path), old);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("ratings.csv")});
    }

    void deviceTargetsAreWrittenInPlace()
    {
        // `--output /dev/null` works and leaves the node a node.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString null = deviceNode(dir, "null", 3);
        QVERIFY(isCharacterDevice(null));
        ScriptedTable table(100);
        const ExportResult r = CsvExporter::write(table, null, QString(), CsvOptions{});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 100);
        QVERIFY(isCharacterDevice(null));
        QVERIFY(isCharacterDevice(QStringLiteral("/dev/null")));
    }
};

QTEST_MAIN(TstCsvExporter)
#include "tst_csvexporter.moc"
