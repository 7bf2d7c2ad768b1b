// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The real binary in the user's language: its window follows LANGUAGE and
// LC_ALL, and its exported files are the same bytes in every language, from
// the command line and from the window.
#include "BinaryRun.h"
#include "ExportController.h"
#include <itemmodels/DiffModel.h>
#include "DiffPanel.h"
#include "MainWindow.h"
#include <itemmodels/ProviderListModel.h>
#include "ProviderListPanel.h"
#include <itemmodels/RatingGridModel.h>
#include "RatingGridPanel.h"
#include <itemmodels/Roles.h>
#include "TestDatabase.h"
#include "Translations.h"

#include <QImage>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

namespace {

QString sample(const QString &name) { return QStringLiteral(TR_SAMPLES_DIR "/") + name; }

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TstBinaryLanguages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // A database of CQC API responses: RM3 is known only through its
    // location (its name is the program's words), and its diff has declines,
    // new cells and cells no longer rated.
    QString apiDatabase()
    {
        const QString path = m_home.filePath(QStringLiteral("api.db"));
        if (QFile::exists(path))
            return path;
        const BinaryRun r = BinaryRun::start(
            m_home.path(), {QStringLiteral("--database"), path, QStringLiteral("import"),
                            sample(QStringLiteral("location_RM317.json")), sample(QStringLiteral("location_RW603.json")),
                            sample(QStringLiteral("location_5J501.json")),
                            sample(QStringLiteral("provider_1-101611810.json"))});
        if (r.status != 0)
            qWarning("import: %s", qPrintable(r.err));
        return r.status == 0 ? path : QString();
    }

    static BinaryRun runIn(const QString &home, const QStringList &args, const QStringList &environment)
    {
        // BinaryRun takes the test's environment (LC_ALL=C.UTF-8 from ctest);
        // the language variables are set for the child alone.
        const QByteArray saved[] = {qgetenv("LANGUAGE"), qgetenv("LC_ALL")};
        const bool had[] = {qEnvironmentVariableIsSet("LANGUAGE"), qEnvironmentVariableIsSet("LC_ALL")};
        qunsetenv("LANGUAGE");
        for (const QString &kv : environment)
            qputenv(kv.section(QLatin1Char('='), 0, 0).toLatin1(), kv.section(QLatin1Char('='), 1).toUtf8());
        const BinaryRun r = BinaryRun::start(home, args);
        const char *names[] = {"LANGUAGE", "LC_ALL"};
        for (int i = 0; i < 2; ++i) {
            if (had[i])
                qputenv(names[i], saved[i]);
            else
                qunsetenv(names[i]);
        }
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QStandardPaths::setTestModeEnabled(true); // no real settings read or written
    }

    void cleanup() { Translations::remove(); }

    void realBinaryFollowsTheUsersLanguage()
    {
        // The window the binary renders, in English and then with French
        // asked for through LANGUAGE alone and through LC_ALL alone: the
        // binary installs the translator itself, from the locale.
        const QString database = m_home.filePath(QStringLiteral("screens.db"));
        const auto screenshot = [&](const QString &name, const QStringList &environment) {
            const QString out = m_home.filePath(name);
            const BinaryRun r = runIn(m_home.path(),
                                      {QStringLiteral("--database"), database, QStringLiteral("--screenshot"), out,
                                       QStringLiteral("--provider"), QStringLiteral("RJ2"), QStringLiteral("--size"),
                                       QStringLiteral("1024x640")},
                                      environment);
            if (r.status != 0)
                qWarning("%s: %s", qPrintable(name), qPrintable(r.err));
            return QImage(out);
        };
        const QImage english = screenshot(QStringLiteral("en.png"), {QStringLiteral("LC_ALL=C.UTF-8")});
        const QImage englishFirst =
            screenshot(QStringLiteral("en-fr.png"), {QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("LANGUAGE=en_GB:fr")});
        const QImage language =
            screenshot(QStringLiteral("fr-language.png"), {QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("LANGUAGE=fr")});
        const QImage lcAll = screenshot(QStringLiteral("fr-lc-all.png"), {QStringLiteral("LC_ALL=fr_FR.UTF-8")});
        QVERIFY(!english.isNull() && !englishFirst.isNull() && !language.isNull() && !lcAll.isNull());
        QCOMPARE(english.size(), QSize(1024, 640));
        QCOMPARE(language.size(), english.size());
        QVERIFY2(language != english, "LANGUAGE=fr: the window is drawn as in English");
        QVERIFY2(lcAll != english, "LC_ALL=fr_FR.UTF-8: the window is drawn as in English");
        // English before French on the list: English.
        QVERIFY2(englishFirst == english, "LANGUAGE=en_GB:fr: the window is not drawn in English");
    }

    void exportsAreTheSameInEveryLanguage_data()
    {
        QTest::addColumn<bool>("bundledSample");
        QTest::addColumn<QString>("provider");
        // Provider rows and improvements; a trust named only by the
        // program, declines, new cells and cells no longer rated.
        QTest::newRow("bundled sample, RJ2") << true << "RJ2";
        QTest::newRow("API responses, RM3") << false << "RM3";
    }

    void exportsAreTheSameInEveryLanguage()
    {
        QFETCH(bool, bundledSample);
        QFETCH(QString, provider);
        TestDatabase sampleDb;
        QVERIFY2(sampleDb.isOpen(), qPrintable(sampleDb.error()));
        const QString path = bundledSample ? sampleDb.path() : apiDatabase();
        QVERIFY(!path.isEmpty());

        struct Table
        {
            ExportController::Table window;
            QStringList cli;
        };
        const QList<Table> tables = {
            {ExportController::Table::TrustList, {QStringLiteral("providers")}},
            {ExportController::Table::Grid, {QStringLiteral("grid"), QStringLiteral("--provider"), provider}},
            {ExportController::Table::Diff, {QStringLiteral("diff"), QStringLiteral("--provider"), provider}},
            {ExportController::Table::SubjectRatings, {QStringLiteral("ratings"), QStringLiteral("--provider"), provider}},
            {ExportController::Table::AllRatings, {QStringLiteral("ratings")}},
        };

        // The command line, in English and asked for French every way.
        QList<QByteArray> expected;
        for (const Table &t : tables) {
            const QStringList args = QStringList{QStringLiteral("--database"), path, QStringLiteral("export")} + t.cli;
            const BinaryRun english = runIn(m_home.path(), args, {QStringLiteral("LC_ALL=C.UTF-8")});
            QVERIFY2(english.status == 0, qPrintable(english.err));
            QVERIFY(english.out.count('\n') > 1);
            const BinaryRun french = runIn(m_home.path(), args,
                                           {QStringLiteral("LC_ALL=fr_FR.UTF-8"), QStringLiteral("LANGUAGE=fr")});
            QVERIFY2(french.status == 0, qPrintable(french.err));
            QVERIFY2(french.out == english.out, qPrintable(t.cli.join(QLatin1Char(' '))));
            expected << english.out;
        }
        QVERIFY(expected.at(0).startsWith("Provider ID,Provider,Type,Region,Overall,Overall date,Locations,Safe,Effective,Caring,Responsive,Well-led\n"));
        QVERIFY(expected.at(1).startsWith("Level,Location ID,Location,Service,Safe,Effective,Caring,Responsive,Well-led,Overall"));
        QVERIFY(expected.at(2).startsWith("Level,Location ID,Location,Service,Key question,Previous,Previous date,"
                                          "Current,Current date,Change\n"));
        if (!bundledSample)
            QVERIFY(expected.at(0).contains(",RM3 (name not in the imported data),"));

        // The window, in English and in French: the same bytes as the
        // command line's, and the French window does show French. (The
        // trust list shows NHS trusts only, so with the API responses, which
        // name a care home's provider too, it is compared with itself.)
        QList<QByteArray> englishWindow;
        Database db(QStringLiteral("window"));
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale(QLocale::French, QLocale::France)}) {
            const QString language = Translations::install(locale);
            MainWindow window(db);
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.selectProvider(provider));
            QTRY_COMPARE(window.gridPanel()->model()->ratings().subject.id, provider);
            // Every column of the trust list, as the command line writes.
            QTreeView *list = window.providerList()->view();
            for (int c = 0; c < list->model()->columnCount(); ++c)
                list->setColumnHidden(c, false);

            const QAbstractItemModel *diff = window.diffPanel()->view()->model(); // as shown
            QVERIFY(diff->rowCount() > 0);
            const bool french = language == QLatin1String("fr");
            QCOMPARE(diff->headerData(DiffModel::LevelColumn, Qt::Horizontal).toString(),
                     french ? QStringLiteral("Niveau") : QStringLiteral("Level"));
            QCOMPARE(window.providerList()->model()->headerData(ProviderListModel::IdColumn, Qt::Horizontal).toString(),
                     french ? QStringLiteral("ID du prestataire") : QStringLiteral("Provider ID"));
            // The first row (declines first, then improvements) shows its key
            // question in the window's language and exports it in English.
            const QModelIndex kq = diff->index(0, DiffModel::KeyQuestionColumn);
            const QHash<QString, QString> inFrench = {
                {QStringLiteral("Safe"), QStringLiteral("S\u00fbr")}, {QStringLiteral("Effective"), QStringLiteral("Efficace")},
                {QStringLiteral("Caring"), QStringLiteral("Bienveillant")}, {QStringLiteral("Responsive"), QStringLiteral("R\u00e9actif")},
                {QStringLiteral("Well-led"), QStringLiteral("Bien dirig\u00e9")}, {QStringLiteral("Overall"), QStringLiteral("Global")}};
            const QString exported = kq.data(Roles::ExportRole).toString();
            QVERIFY2(inFrench.contains(exported), qPrintable(exported));
            QCOMPARE(kq.data().toString(), french ? inFrench.value(exported) : exported);
            // Its level likewise: on screen a service's row says so, the export
            // keeps the contract's Provider or Location.
            const QModelIndex level = diff->index(0, DiffModel::LevelColumn);
            const bool serviceRow = !diff->index(0, DiffModel::ServiceColumn).data().toString().isEmpty();
            const QString levelExported = level.data(Roles::ExportRole).toString();
            QVERIFY2(levelExported == QLatin1String("Provider") || levelExported == QLatin1String("Location"),
                     qPrintable(levelExported));
            const QString levelShown = serviceRow ? QStringLiteral("Service") : levelExported;
            const QHash<QString, QString> levelInFrench = {{QStringLiteral("Provider"), QStringLiteral("Prestataire")},
                                                           {QStringLiteral("Location"), QStringLiteral("Site")},
                                                           {QStringLiteral("Service"), QStringLiteral("Service")}};
            QCOMPARE(level.data().toString(), french ? levelInFrench.value(levelShown) : levelShown);

            for (int i = 0; i < tables.size(); ++i) {
                const QString file = m_home.filePath(QStringLiteral("window-%1-%2-%3.csv").arg(language).arg(provider).arg(i));
                const ExportResult r = window.exporter()->exportTo(tables.at(i).window, file, CsvOptions{});
                QVERIFY2(r.ok, qPrintable(r.error));
                const QByteArray got = bytes(file);
                QVERIFY(got.count('\n') > 1);
                if (!french)
                    englishWindow << got;
                const bool sameRows = bundledSample || tables.at(i).window != ExportController::Table::TrustList;
                const QByteArray want = sameRows ? expected.at(i) : englishWindow.at(i);
                if (got != want)
                    qWarning("%s window:\n%s\nexpected:\n%s", qPrintable(language), got.left(600).constData(),
                             want.left(600).constData());
                QVERIFY2(got == want, qPrintable(language + QLatin1Char(' ') + tables.at(i).cli.join(QLatin1Char(' '))));
                QCOMPARE(got, englishWindow.at(i));
            }
            Translations::remove();
        }
    }

};

QTEST_MAIN(TstBinaryLanguages)
#include "tst_binarylanguages.moc"
