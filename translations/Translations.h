// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

// The window's language: the program's own catalogue (built into the binary
// under :/i18n/) and Qt's (qtbase_xx.qm from Qt's translations folder, for
// the standard buttons and dialogs), for the first of the user's languages
// that has one. On Linux QLocale::uiLanguages() follows LANGUAGE, then
// LC_ALL, LC_MESSAGES and LANG, so `LANGUAGE=fr trustratings` opens in
// French. The command line's output stays English (it is for scripts), and
// exported files never change with the language.
class Translations
{
public:
    // Installs the translators on the application and returns the catalogue
    // chosen ("fr", "en_GB"). English before any other language, or no
    // language with a catalogue, gives "en_GB": the source text with its
    // plural forms ("1 file", "2 files").
    static QString install(const QLocale &locale = QLocale());
    // Removes what install() put in (tests switch languages).
    static void remove();
    // The program's catalogue for one of the user's languages ("fr_CA" finds
    // "fr"); empty when there is none.
    static QString catalogueFor(const QString &uiLanguage);

    static QString resourceFolder() { return QStringLiteral(":/i18n"); }
};
