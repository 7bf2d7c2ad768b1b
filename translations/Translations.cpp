// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

static QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

static QString ownFile(const QString &name)
{
    return Translations::resourceFolder() + QStringLiteral("/trustratings_") + name + QStringLiteral(".qm");
}

QString Translations::catalogueFor(const QString &uiLanguage)
{
    // "fr-CA" -> fr_CA, then fr; "zh-Hant-TW" -> zh_Hant_TW, zh_Hant, zh.
    QString name = uiLanguage;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    while (!name.isEmpty()) {
        if (QFileInfo::exists(ownFile(name)))
            return name;
        const qsizetype cut = name.lastIndexOf(QLatin1Char('_'));
        if (cut < 0)
            break;
        name.truncate(cut);
    }
    return {};
}

QString Translations::install(const QLocale &locale)
{
    remove();
    QString chosen;
    for (const QString &language : locale.uiLanguages()) {
        // English is the source language: a user who puts it before French
        // reads English, not the next language on the list.
        if (QLocale(language).language() == QLocale::English)
            break;
        chosen = catalogueFor(language);
        if (!chosen.isEmpty())
            break;
    }
    if (chosen.isEmpty())
        chosen = QStringLiteral("en_GB");

    // Children of the application: deleted with it, not left to the end of
    // the process (where LeakSanitizer counts them as leaks).
    auto own = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!own->load(ownFile(chosen)))
        return {};
    QCoreApplication::installTranslator(own.get());
    installed() << own.release();

    // Qt's own strings (OK, Cancel, the file dialog) in the same language,
    // where Qt's translations are installed (Debian: qt6-translations-l10n).
    // QTranslator::load() falls back from qtbase_fr_CA to qtbase_fr.
    auto qt = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed() << qt.release();
    }
    return chosen;
}

void Translations::remove()
{
    for (QTranslator *t : std::as_const(installed())) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
}
