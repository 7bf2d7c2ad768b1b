// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "HandbookDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

HandbookDialog::HandbookDialog(QWidget *parent) : QDialog(parent), m_page(new QTextBrowser(this))
{
    setWindowTitle(tr("Trust Ratings handbook"));
    m_page->setObjectName(QStringLiteral("handbook"));
    m_page->setAccessibleName(tr("Handbook"));
    m_page->setOpenExternalLinks(true);
    QFile file(pagePath());
    if (file.open(QIODevice::ReadOnly))
        m_page->setHtml(QString::fromUtf8(file.readAll()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(buttons);
    resize(640, 720);
}

QString HandbookDialog::pagePath()
{
    // handbook_fr.html beside handbook.html, say, once someone writes it.
    for (const QString &language : QLocale().uiLanguages()) {
        const QString path = QStringLiteral(":/help/handbook_%1.html")
                                 .arg(QString(language).replace(QLatin1Char('-'), QLatin1Char('_')));
        if (QFile::exists(path))
            return path;
        const QString shortPath =
            QStringLiteral(":/help/handbook_%1.html").arg(language.section(QLatin1Char('-'), 0, 0));
        if (QFile::exists(shortPath))
            return shortPath;
    }
    return QStringLiteral(":/help/handbook.html");
}
