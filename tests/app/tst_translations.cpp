// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The window's languages: the catalogues built into the binary, chosen from
// the user's languages (QLocale::uiLanguages()); the window in French with
// every visible string translated; Qt's own strings in French too; the real
// binary following LANGUAGE and LC_ALL; and exported files that are the same
// bytes in every language, from the command line and from the window.
#include "BinaryRun.h"
#include "ExportController.h"
#include "ExportDialog.h"
#include <itemmodels/DiffFilterProxyModel.h>
#include <itemmodels/DiffModel.h>
#include "DiffPanel.h"
#include "ImportHistoryDialog.h"
#include "MainWindow.h"
#include <itemmodels/ProviderListModel.h>
#include "ProviderListPanel.h"
#include <core/Rating.h>
#include <itemmodels/RatingGridModel.h>
#include "RatingGridPanel.h"
#include <itemmodels/Roles.h>
#include "TestDatabase.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTreeView>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

QString sample(const QString &name) { return QStringLiteral(TR_SAMPLES_DIR "/") + name; }

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// Every text a user can see or hear in `root`, in a fixed order (the
// widgets' creation order), each with where it was found.
struct Text
{
    QString where, text;
};

void addText(QList<Text> *out, const QString &where, const QString &text)
{
    if (!text.isEmpty())
        out->append({where, text});
}

QList<Text> visibleTexts(QWidget *root)
{
    QList<Text> out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        const QString kind = QString::fromLatin1(w->metaObject()->className());
        addText(&out, kind + QStringLiteral(" tooltip"), w->toolTip());
        addText(&out, kind + QStringLiteral(" accessible name"), w->accessibleName());
        addText(&out, kind + QStringLiteral(" accessible description"), w->accessibleDescription());
        if (w->isWindow())
            addText(&out, kind + QStringLiteral(" title"), w->windowTitle());
        if (auto *l = qobject_cast<QLabel *>(w))
            addText(&out, kind, l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            addText(&out, kind, b->text());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            addText(&out, kind + QStringLiteral(" placeholder"), e->placeholderText());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            addText(&out, kind, g->title());
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                addText(&out, kind + QStringLiteral(" item"), c->itemText(i));
        if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i) {
                addText(&out, kind, t->tabText(i));
                addText(&out, kind + QStringLiteral(" tooltip"), t->tabToolTip(i));
            }
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            for (int c = 0; c < m->columnCount(); ++c) {
                addText(&out, kind + QStringLiteral(" header"), m->headerData(c, Qt::Horizontal).toString());
                addText(&out, kind + QStringLiteral(" header tooltip"),
                        m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
            // The cells the models word themselves (levels, key questions,
            // changes, tooltips, spoken text), next to the data they show.
            for (int r = 0; r < qMin(m->rowCount(), 30); ++r)
                for (int c = 0; c < m->columnCount(); ++c) {
                    const QModelIndex i = m->index(r, c);
                    addText(&out, kind + QStringLiteral(" cell"), i.data().toString());
                    addText(&out, kind + QStringLiteral(" cell tooltip"), i.data(Qt::ToolTipRole).toString());
                    addText(&out, kind + QStringLiteral(" cell spoken"), i.data(Qt::AccessibleTextRole).toString());
                }
        }
    }
    QList<QAction *> actions = root->findChildren<QAction *>();
    for (QAction *a : std::as_const(actions)) {
        addText(&out, QStringLiteral("action"), a->text());
        addText(&out, QStringLiteral("action status tip"), a->statusTip());
        if (a->menu())
            addText(&out, QStringLiteral("menu title"), a->menu()->title());
    }
    return out;
}

// Words that stay the same in French: the program's name, CQC's own terms
// that are data, and English dates (the tests run with LC_ALL=C.UTF-8, so
// QLocale() writes English month names in both languages).
bool keepsItsWords(const QString &text, const QString &data)
{
    static const QSet<QString> same = {
        QStringLiteral("Trust"), QStringLiteral("Ratings"), QStringLiteral("CQC"), QStringLiteral("NHS"),
        QStringLiteral("CSV"), QStringLiteral("Service"), QStringLiteral("Type"), QStringLiteral("Format"),
        QStringLiteral("Score"), QStringLiteral("SHA"),
    };
    static const QRegularExpression word(QStringLiteral("[A-Za-z\u00C0-\u017F]{2,}"));
    // CQC's rating words are CQC's terms: shown as CQC publishes them.
    static const QString ratingWords = [] {
        QStringList words = Rating::knownNonGrades();
        for (Grade g : {Grade::Outstanding, Grade::Good, Grade::RequiresImprovement, Grade::Inadequate})
            words << Rating::gradeText(g);
        return words.join(QLatin1Char(' '));
    }();
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (same.contains(w) || data.contains(w) || ratingWords.contains(w))
            continue;
        bool month = false;
        for (int m = 1; m <= 12 && !month; ++m)
            month = w == QLocale::c().monthName(m) || w == QLocale::c().monthName(m, QLocale::ShortFormat);
        if (!month)
            return false;
    }
    return true;
}

// Placeholders (%1 .. %99, %n) of a message.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression arg(QStringLiteral("%(\\d+|n)"));
    QStringList out;
    for (auto it = arg.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

// A mnemonic: '&' before a character, not "&&" and not an HTML entity.
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression amp(QStringLiteral("&(?!&)(?![A-Za-z]+;)(?!#\\d+;)\\S"));
    return amp.match(QString(text).remove(QStringLiteral("&&"))).hasMatch();
}

struct Message
{
    QString context, source, comment;
    bool numerus = false;
    bool vanished = false;
    bool finished = false;
    QStringList forms; // the translation, or its plural forms
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            m.vanished = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            m.finished = type.isEmpty();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            } else {
                m.forms << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return out;
}

} // namespace

class TstTranslations : public QObject
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

    void catalogueForALanguage_data()
    {
        QTest::addColumn<QString>("uiLanguage");
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("fr") << "fr" << "fr";
        QTest::newRow("fr-FR") << "fr-FR" << "fr";
        QTest::newRow("fr-CA") << "fr-CA" << "fr";
        QTest::newRow("fr_BE") << "fr_BE" << "fr";
        QTest::newRow("en-GB") << "en-GB" << "en_GB";
        QTest::newRow("en") << "en" << "";
        QTest::newRow("de-DE") << "de-DE" << "";
        QTest::newRow("C") << "C" << "";
    }

    void catalogueForALanguage()
    {
        QFETCH(QString, uiLanguage);
        QFETCH(QString, catalogue);
        QCOMPARE(Translations::catalogueFor(uiLanguage), catalogue);
    }

    void installFollowsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("French (France)") << QLocale(QLocale::French, QLocale::France) << "fr" << "&Fichier";
        QTest::newRow("French (Canada)") << QLocale(QLocale::French, QLocale::Canada) << "fr" << "&Fichier";
        QTest::newRow("English (UK)") << QLocale(QLocale::English, QLocale::UnitedKingdom) << "en_GB" << "&File";
        QTest::newRow("English (US)") << QLocale(QLocale::English, QLocale::UnitedStates) << "en_GB" << "&File";
        QTest::newRow("German: no catalogue") << QLocale(QLocale::German, QLocale::Germany) << "en_GB" << "&File";
        QTest::newRow("C") << QLocale::c() << "en_GB" << "&File";
    }

    void installFollowsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, catalogue);
        QFETCH(QString, fileMenu);
        QCOMPARE(Translations::install(locale), catalogue);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), fileMenu);
        Translations::remove();
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    }

    void englishCatalogueGivesPluralForms()
    {
        // Without a catalogue the source text shows; en_GB's only task.
        QCOMPARE(QCoreApplication::translate("ImportController", "Imported %n file(s).", nullptr, 1),
                 QStringLiteral("Imported 1 file(s)."));
        QCOMPARE(Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("en_GB"));
        QCOMPARE(QCoreApplication::translate("ImportController", "Imported %n file(s).", nullptr, 1),
                 QStringLiteral("Imported 1 file."));
        QCOMPARE(QCoreApplication::translate("ImportController", "Imported %n file(s).", nullptr, 3),
                 QStringLiteral("Imported 3 files."));
        // And nothing else changes in English.
        QCOMPARE(QCoreApplication::translate("MainWindow", "Import &history"), QStringLiteral("Import &history"));

        QCOMPARE(Translations::install(QLocale(QLocale::French, QLocale::France)), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("ImportController", "Imported %n file(s).", nullptr, 1),
                 QStringLiteral("1 fichier import\u00e9."));
        QCOMPARE(QCoreApplication::translate("ImportController", "Imported %n file(s).", nullptr, 2),
                 QStringLiteral("2 fichiers import\u00e9s."));
    }

    void qtsOwnStringsFollow()
    {
        // Qt's standard buttons and dialogs come from Qt's qtbase_fr.qm
        // (Debian's qt6-translations-l10n, which bootstrap.sh installs).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QCOMPARE(Translations::install(QLocale(QLocale::French, QLocale::France)), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
        QCOMPARE(QCoreApplication::translate("QFileDialog", "Open"), QStringLiteral("Ouvrir"));
    }

    void frenchWindowMenus()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QCOMPARE(Translations::install(QLocale(QLocale::French, QLocale::France)), QStringLiteral("fr"));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles << a->text();
        QVERIFY2(titles.contains(QStringLiteral("&Fichier")), qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY2(titles.contains(QStringLiteral("&\u00c9dition")), qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY2(titles.contains(QStringLiteral("&Aide")), qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY(!titles.contains(QStringLiteral("&File")));

        // The File menu's actions, and the lower panel's tabs.
        QMenu *file = window.menuBar()->actions().first()->menu();
        QVERIFY(file);
        QStringList actions;
        for (QAction *a : file->actions())
            actions << a->text();
        QVERIFY2(actions.contains(QStringLiteral("&Importer des fichiers de la CQC\u2026")),
                 qPrintable(actions.join(QLatin1Char('|'))));
        QVERIFY2(actions.contains(QStringLiteral("&Quitter")), qPrintable(actions.join(QLatin1Char('|'))));
        QCOMPARE(window.lowerTabs()->tabText(0), QStringLiteral("\u00c9&volutions"));
        // Key questions are the window's labels; CQC's grades stay English.
        QVERIFY(window.selectProvider(QStringLiteral("RJ2")));
        QTRY_COMPARE(window.gridPanel()->model()->ratings().subject.id, QStringLiteral("RJ2"));
        const QAbstractItemModel *grid = window.gridPanel()->model();
        QStringList columns;
        for (int c = 0; c < grid->columnCount(); ++c)
            columns << grid->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(columns.contains(QStringLiteral("S\u00fbr")) && columns.contains(QStringLiteral("Bien dirig\u00e9")),
                 qPrintable(columns.join(QLatin1Char('|'))));
    }

    void everyVisibleStringIsTranslated()
    {
        // The same window, dialogs included, in English and in French: a
        // text that reads the same in both is a string that is not
        // translated (or not translatable), unless its words are data.
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString data = QString::fromUtf8(db.dump());

        const auto texts = [&db](const QLocale &locale) {
            Translations::install(locale);
            QList<Text> all;
            {
                MainWindow window(db.database());
                window.resize(1280, 800);
                window.show();
                if (!QTest::qWaitForWindowExposed(&window) || !window.selectProvider(QStringLiteral("RJ2")))
                    return all;
                QTest::qWait(0);
                // A cell's history, so that its panel has rows to word.
                QAbstractItemView *gridView = window.gridPanel()->view();
                gridView->setCurrentIndex(gridView->model()->index(0, 1));
                all += visibleTexts(&window);
            }
            ExportDialog exportDialog(QCoreApplication::translate("ExportController", "the trust list"),
                                      QStringLiteral("providers.csv"));
            all += visibleTexts(&exportDialog);
            ImportHistoryDialog history({});
            all += visibleTexts(&history);
            Translations::remove();
            return all;
        };
        const QList<Text> english = texts(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QList<Text> french = texts(QLocale(QLocale::French, QLocale::France));
        QVERIFY(english.size() > 200);
        QCOMPARE(french.size(), english.size());

        QStringList untranslated;
        int translated = 0;
        for (int i = 0; i < english.size(); ++i) {
            QCOMPARE(french.at(i).where, english.at(i).where);
            if (french.at(i).text != english.at(i).text)
                ++translated;
            else if (!keepsItsWords(english.at(i).text, data))
                untranslated << english.at(i).where + QStringLiteral(": ") + english.at(i).text;
        }
        untranslated.removeDuplicates();
        QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("the same in French:\n") + untranslated.join(QLatin1Char('\n'))));
        QVERIFY(translated > 100);
    }

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
        QVERIFY(expected.at(0).startsWith("Provider ID,Provider,Type,Region,Overall,Overall date,Locations\n"));
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

    void cataloguesAreCompleteAndUpToDate()
    {
        // lupdate over the same sources as `update_translations`, on a copy
        // of each catalogue: no warning (every tr() has a context), and no
        // string new or gone since the catalogue was last updated.
        const QString sources = QStringLiteral(TR_TRANSLATED_SOURCES);
        for (const QString &name : {QStringLiteral("trustratings_en_GB.ts"), QStringLiteral("trustratings_fr.ts")}) {
            const QString original = QStringLiteral(TR_TS_DIR "/") + name;
            const QString copy = m_home.filePath(name);
            QFile::remove(copy);
            QVERIFY(QFile::copy(original, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QProcess lupdate;
            lupdate.setProcessChannelMode(QProcess::MergedChannels);
            lupdate.start(QStringLiteral(TR_LUPDATE), {QStringLiteral("-locations"), QStringLiteral("none"),
                                                      QStringLiteral("-source-language"), QStringLiteral("en_GB"),
                                                      QLatin1Char('@') + sources, QStringLiteral("-ts"), copy});
            QVERIFY(lupdate.waitForFinished(120000));
            QCOMPARE(lupdate.exitCode(), 0);
            const QString output = QString::fromUtf8(lupdate.readAll());
            QStringList warnings;
            for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                if (!line.startsWith(QLatin1String("Updating ")) && !line.trimmed().startsWith(QLatin1String("Found ")))
                    warnings << line;
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));

            QString language, error;
            const QList<Message> before = readTs(original, &language, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QString ignored;
            const QList<Message> after = readTs(copy, &ignored, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QSet<QString> current, updated;
            for (const Message &m : before)
                if (!m.vanished)
                    current << m.key();
            for (const Message &m : after)
                if (!m.vanished)
                    updated << m.key();
            QStringList added, gone;
            for (const QString &k : updated - current)
                added << k.section(QLatin1Char('\x1f'), 0, 1).replace(QLatin1Char('\x1f'), QStringLiteral(": "));
            for (const QString &k : current - updated)
                gone << k.section(QLatin1Char('\x1f'), 0, 1).replace(QLatin1Char('\x1f'), QStringLiteral(": "));
            QVERIFY2(added.isEmpty() && gone.isEmpty(),
                     qPrintable(name + QStringLiteral(" is out of date (cmake --build build --target update_translations)."
                                                      "\nNew:\n") + added.join(QLatin1Char('\n'))
                                + QStringLiteral("\nGone:\n") + gone.join(QLatin1Char('\n'))));
            QVERIFY(current.size() > 300);

            for (const Message &m : before) {
                if (m.vanished)
                    continue;
                const QString what = name + QStringLiteral(", ") + m.context + QStringLiteral(": ") + m.source;
                // French: everything; English (UK): the plural forms.
                const bool required = name.contains(QLatin1String("_fr")) || m.numerus;
                if (!required)
                    continue;
                QVERIFY2(m.finished && !m.forms.isEmpty(), qPrintable(what + QStringLiteral(": not translated")));
                QCOMPARE(m.forms.size(), m.numerus ? 2 : 1);
                for (const QString &form : m.forms) {
                    QVERIFY2(!form.isEmpty(), qPrintable(what + QStringLiteral(": empty")));
                    // The same placeholders (a plural form may say "the
                    // file" for %n); the same mnemonic, where there is one.
                    QStringList want = placeholders(m.source), have = placeholders(form);
                    if (m.numerus && !have.contains(QStringLiteral("%n")))
                        want.removeAll(QStringLiteral("%n"));
                    QVERIFY2(have == want, qPrintable(what + QStringLiteral(": placeholders ") + have.join(QLatin1Char(' '))));
                    QVERIFY2(hasMnemonic(form) == hasMnemonic(m.source), qPrintable(what + QStringLiteral(": mnemonic: ") + form));
                }
            }
        }
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
