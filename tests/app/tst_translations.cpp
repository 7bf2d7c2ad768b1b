// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The window's languages: the catalogues built into the binary, chosen from
// the user's languages (QLocale::uiLanguages()); the window in French with
// every visible string translated; and Qt's own strings in French too.
#include "ExportDialog.h"
#include "ImportHistoryDialog.h"
#include "MainWindow.h"
#include <core/Rating.h>
#include <itemmodels/RatingGridModel.h>
#include "RatingGridPanel.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTreeView>
#include <QtTest>

namespace {


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

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
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

};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
