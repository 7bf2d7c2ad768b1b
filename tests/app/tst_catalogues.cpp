// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The catalogues against the sources: lupdate, run as `update_translations`
// runs it, finds no string new or gone, and French is complete, with the
// source's placeholders and mnemonics in every form.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

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

class TstCatalogues : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

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

QTEST_MAIN(TstCatalogues)
#include "tst_catalogues.moc"
