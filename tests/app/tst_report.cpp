// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// `trustratings report`, the real binary: the board pack of RJ2 on a new
// database (the bundled sample) read back with pdftotext and pdfinfo
// against the grid and diff the same binary exports as CSV; a national
// trust with many locations over several pages, each table's header on
// every page it runs onto; the refusals and a disk that fills up, which
// leave an existing file as it was. poppler-utils is installed by bootstrap.sh: without pdftotext
// the test fails, it does not skip.
#include "ExportCliFixture.h"
#include "TrgenMonths.h"

#include <QProcess>
#include <QStandardPaths>

namespace {

// A poppler tool's stdout, or "" with *why.
QString poppler(const QString &tool, const QStringList &args, QString *why)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty()) {
        *why = tool + QStringLiteral(" is not installed (bootstrap.sh installs poppler-utils)");
        return {};
    }
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = tool + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of pages first..last (1-based; 0: all) with every run of white
// space one space, as the words follow each other on the page.
QString pdfText(const QString &pdf, QString *why, int first = 0, int last = 0)
{
    QStringList args{QStringLiteral("-raw")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    args << pdf << QStringLiteral("-");
    return poppler(QStringLiteral("pdftotext"), args, why).simplified();
}

int pageCount(const QString &info)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TstReport : public QObject, public ExportCliFixture
{
    Q_OBJECT

    Run report(const QString &database, const QStringList &args)
    {
        return run(QStringList{QStringLiteral("--database"), database, QStringLiteral("report")} + args);
    }

    QTemporaryDir m_trgen;
    QString m_national; // trgen's month 1, imported
    QHash<QString, QHash<QString, QString>> m_locations; // its providers' location IDs and names
    QString m_largest;  // the provider with the most locations

    // trgen's month 1 in a database of its own, and its Locations sheet read
    // with the strict reader (never the importer): who has which locations.
    void loadNational()
    {
        QVERIFY(m_trgen.isValid());
        const QString failure = TrgenMonths::generate(m_trgen.path(), 1);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_national = m_home.filePath(QStringLiteral("national.sqlite"));
        const Run imported = run({QStringLiteral("--database"), m_national, QStringLiteral("import"),
                                  TrgenMonths::sheetFile(m_trgen.path(), 1, QStringLiteral("Providers")),
                                  TrgenMonths::sheetFile(m_trgen.path(), 1, QStringLiteral("Locations"))});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        QString why;
        const TrgenMonths::Rows sheet =
            TrgenMonths::readCsv(TrgenMonths::sheetFile(m_trgen.path(), 1, QStringLiteral("Locations")), &why);
        QVERIFY2(!sheet.isEmpty(), qPrintable(why));
        const int providerColumn = int(sheet.first().indexOf(QStringLiteral("Provider ID")));
        const int idColumn = int(sheet.first().indexOf(QStringLiteral("Location ID")));
        const int nameColumn = int(sheet.first().indexOf(QStringLiteral("Location Name")));
        QVERIFY(providerColumn >= 0 && idColumn >= 0 && nameColumn >= 0);
        for (const TrgenMonths::Rows::value_type &row : sheet.mid(1))
            m_locations[row.at(providerColumn)].insert(row.at(idColumn), row.at(nameColumn));
        for (auto it = m_locations.cbegin(); it != m_locations.cend(); ++it)
            if (m_largest.isEmpty() || it->size() > m_locations.value(m_largest).size())
                m_largest = it.key();
        QVERIFY2(m_locations.value(m_largest).size() >= 5, qPrintable(m_largest));
    }

private Q_SLOTS:
    void initTestCase()
    {
        loadSample();
        if (QTest::currentTestFailed())
            return;
        loadNational();
    }

    // RJ2's pack names the trust, gives each key question of the trust's
    // own row the rating `export grid` gives, the diff's summary counted
    // from `export diff`, the OGL attribution, and is A4.
    void rj2OnANewDatabase()
    {
        const QString pdf = outPath(QStringLiteral("rj2.pdf"));
        const Run r = report(m_database, {QStringLiteral("--provider"), QStringLiteral("RJ2"),
                                          QStringLiteral("--output"), pdf});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(QString::fromUtf8(r.out).startsWith(QStringLiteral("wrote ")));
        QString why;
        const QString text = pdfText(pdf, &why);
        QVERIFY2(!text.isEmpty(), qPrintable(why));
        QVERIFY2(text.startsWith(QStringLiteral("Lewisham and Greenwich NHS Trust Provider RJ2")), qPrintable(text));

        // The trust's own row, in the grid's column order, each tile "rating date".
        const Rows grid = exported(m_database, {QStringLiteral("grid"), QStringLiteral("--provider"),
                                                QStringLiteral("RJ2")},
                                   QStringLiteral("rj2-grid.csv"));
        QVERIFY(grid.size() > 1);
        const QStringList kqs{QStringLiteral("Safe"), QStringLiteral("Effective"), QStringLiteral("Caring"),
                              QStringLiteral("Responsive"), QStringLiteral("Well-led"), QStringLiteral("Overall")};
        QString own;
        for (const QStringList &row : grid.mid(1))
            if (row.at(column(grid, QStringLiteral("Level"))) == QLatin1String("Provider")
                && row.at(column(grid, QStringLiteral("Service"))).isEmpty()) {
                own = QRegularExpression::escape(QStringLiteral("Lewisham and Greenwich NHS Trust"));
                for (const QString &kq : kqs) {
                    const QString rating = row.at(column(grid, kq));
                    QVERIFY2(!rating.isEmpty(), qPrintable(kq));
                    own += QStringLiteral(" ") + QRegularExpression::escape(rating)
                        + QStringLiteral(" \\d{1,2} [A-Z][a-z]{2} \\d{4}");
                }
            }
        QVERIFY(!own.isEmpty());
        QVERIFY2(text.contains(QRegularExpression(own)), qPrintable(own + QStringLiteral("\nin\n") + text));
        for (const QString &kq : kqs)
            QVERIFY2(text.contains(QStringLiteral(" %1 ").arg(kq)), qPrintable(kq));

        const Rows diff = exported(m_database, {QStringLiteral("diff"), QStringLiteral("--provider"),
                                                QStringLiteral("RJ2")},
                                   QStringLiteral("rj2-diff.csv"));
        QVERIFY(diff.size() > 1);
        QHash<QString, int> changes;
        for (const QStringList &row : diff.mid(1))
            ++changes[row.at(column(diff, QStringLiteral("Change")))];
        QString summary = QStringLiteral("%1 improved, %2 declined, %3 unchanged")
                              .arg(changes.value(QStringLiteral("improved")))
                              .arg(changes.value(QStringLiteral("declined")))
                              .arg(changes.value(QStringLiteral("unchanged")));
        if (changes.value(QStringLiteral("new")))
            summary += QStringLiteral(", %1 new").arg(changes.value(QStringLiteral("new")));
        QVERIFY2(text.contains(summary), qPrintable(summary));
        QVERIFY(text.contains(QStringLiteral(
            "Contains public sector information licensed under the Open Government Licence v3.0")));
        QVERIFY(text.contains(QStringLiteral("Inspection timeline")));

        const QString info = poppler(QStringLiteral("pdfinfo"), {pdf}, &why);
        QVERIFY2(!info.isEmpty(), qPrintable(why));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+(595|842)(\\.\\d+)? x (842|595)"
                                                                 "(\\.\\d+)? pts \\(A4\\)"))),
                 qPrintable(info));
        const int pages = pageCount(info);
        QVERIFY(pages >= 1);
        // Every page has its footer: "Page N of M" and the attribution.
        for (int page = 1; page <= pages; ++page) {
            const QString pageText = pdfText(pdf, &why, page, page);
            QVERIFY2(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(pageText));
            QVERIFY(pageText.contains(QStringLiteral("Open Government Licence v3.0")));
            QVERIFY(pageText.contains(QStringLiteral("Source: CQC data")));
        }
    }

    // The trust with the most locations in trgen's national month: the
    // grid runs over several pages, its header on each of them, and every
    // location's row appears once in it, whole on one page.
    void aLargeTrustRunsOverPagesWithItsHeaders()
    {
        QVERIFY2(!m_largest.isEmpty(), "initTestCase found no trust");
        QString why;
        const QHash<QString, QString> ofLargest = m_locations.value(m_largest);
        const QString &largest = m_largest;
        const QString &db = m_national;
        const QString pdf = outPath(QStringLiteral("large.pdf"));
        const Run r = report(db, {QStringLiteral("--provider"), largest, QStringLiteral("--output"), pdf});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const int pages = pageCount(poppler(QStringLiteral("pdfinfo"), {pdf}, &why));
        QVERIFY2(pages > 1, qPrintable(QStringLiteral("%1 pages; %2").arg(pages).arg(why)));

        // The grid's pages: from the first to the one where the changes begin.
        int gridPages = 0;
        QString gridText;
        for (int page = 1; page <= pages; ++page) {
            QString text = pdfText(pdf, &why, page, page);
            const qsizetype changes = text.indexOf(QStringLiteral("Changes"));
            const qsizetype header = text.indexOf(QStringLiteral("Trust, location or service Safe Effective Caring "
                                                                 "Responsive Well-led Overall"));
            if (header < 0 || (changes >= 0 && changes < header))
                break;
            ++gridPages;
            gridText += (changes >= 0 ? text.left(changes) : text) + QLatin1Char(' ');
        }
        QVERIFY2(gridPages > 1, qPrintable(QStringLiteral("the grid is on %1 page(s)").arg(gridPages)));
        QVERIFY(pdfText(pdf, &why, 2, 2).contains(QStringLiteral("Ratings (continued)")));
        // Each location's own row once: a name as many times as there are
        // locations of that name (two sites may share one).
        const QList<QString> names = ofLargest.values();
        for (const QString &name : names) {
            const int count = int(gridText.count(QRegularExpression(QStringLiteral("(^| )%1 ")
                                                                        .arg(QRegularExpression::escape(name)))));
            QVERIFY2(count == int(names.count(name)),
                     qPrintable(QStringLiteral("%1: %2 times in the grid, %3 locations")
                                    .arg(name).arg(count).arg(names.count(name))));
        }
    }

    // Usage errors and unknown subjects exit 2 and leave an existing file
    // exactly as it was; a report into a folder that does not exist exits 1.
    void refusalsLeaveTheFileAlone()
    {
        const QString pdf = outPath(QStringLiteral("kept.pdf"));
        QVERIFY(writeFile(pdf, "an older board pack"));
        const QList<QStringList> bad{
            {QStringLiteral("--provider"), QStringLiteral("RX9"), QStringLiteral("--output"), pdf},
            {QStringLiteral("--output"), pdf},
            {QStringLiteral("--provider"), QStringLiteral("RJ2")},
            {QStringLiteral("--provider"), QStringLiteral("RJ2"), QStringLiteral("--from"), QStringLiteral("2019-01-10"),
             QStringLiteral("--output"), pdf},
            // CSV and population options do not apply to a PDF: said, not ignored.
            {QStringLiteral("--provider"), QStringLiteral("RJ2"), QStringLiteral("--separator"), QStringLiteral(";"),
             QStringLiteral("--output"), pdf},
            {QStringLiteral("--provider"), QStringLiteral("RJ2"), QStringLiteral("--nhs-only"), QStringLiteral("--output"),
             pdf},
        };
        for (const QStringList &args : bad) {
            const Run r = report(m_database, args);
            QCOMPARE(r.status, 2);
            QCOMPARE(errorLines(r).size(), 1);
            QCOMPARE(bytes(pdf), QByteArray("an older board pack"));
        }
        QVERIFY(errorLines(report(m_database, bad.first())).first().contains(QStringLiteral("RX9")));
        QVERIFY(errorLines(report(m_database, bad.at(4))).first().contains(QStringLiteral("--separator is for import or export")));
        QVERIFY(errorLines(report(m_database, bad.at(5))).first().contains(QStringLiteral("--nhs-only")));
        const Run missing = report(m_database, {QStringLiteral("--provider"), QStringLiteral("RJ2"),
                                                QStringLiteral("--output"),
                                                m_home.filePath(QStringLiteral("no/such/dir/rj2.pdf"))});
        QCOMPARE(missing.status, 1);
        QVERIFY(errorLines(missing).first().contains(QStringLiteral("no/such/dir/rj2.pdf")));
    }

    // A disk that fills while the PDF is written (RLIMIT_FSIZE at 64 KiB:
    // room for the database's shared-memory file, not for the large trust's
    // pages): exit 1, the file named, the older report exactly as it was, no
    // file left beside it.
    void aFullDiskKeepsTheOldReport()
    {
        QVERIFY2(!m_largest.isEmpty(), "initTestCase found no trust");
        constexpr rlim_t limit = 64 * 1024;
        const QStringList args{QStringLiteral("--provider"), m_largest, QStringLiteral("--output")};
        const QString pdf = outPath(QStringLiteral("full.pdf"));
        QVERIFY(writeFile(pdf, "the board pack of last month"));
        // The whole report is larger than the limit, or the test proves nothing.
        const QString whole = outPath(QStringLiteral("whole.pdf"));
        QCOMPARE(report(m_national, args + QStringList{whole}).status, 0);
        QVERIFY(bytes(whole).size() > qsizetype(limit));
        QVERIFY(QFile::remove(whole));
        const QStringList before = QDir(outPath(QString())).entryList(QDir::Files);
        const Run r = run(QStringList{QStringLiteral("--database"), m_national, QStringLiteral("report")} + args
                              + QStringList{pdf},
                          limit);
        QVERIFY2(r.status == 1, qPrintable(r.err));
        const QStringList errors = errorLines(r);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(pdf), qPrintable(errors.first()));
        QCOMPARE(bytes(pdf), QByteArray("the board pack of last month"));
        QCOMPARE(QDir(outPath(QString())).entryList(QDir::Files), before);
    }
};

QTEST_GUILESS_MAIN(TstReport)
#include "tst_report.moc"
