// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "DialogReporter.h"

#include <QPushButton>
#include <QEvent>
#include <QMessageBox>
#include <QTextDocumentFragment>

#include <cstdio>

bool DialogReporter::requested()
{
    return qEnvironmentVariableIntValue("TRUSTRATINGS_REPORT_DIALOGS") == 1;
}

void DialogReporter::watch(QMessageBox *box)
{
    box->installEventFilter(new DialogReporter(box));
}

DialogReporter::DialogReporter(QMessageBox *box) : QObject(box), m_box(box)
{}

bool DialogReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && watched == m_box && event->type() == QEvent::Show) {
        m_done = true;
        // Queued: runs in the box's own event loop, once it is on screen.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_box->isVisible())
                    return;
                const QString informative = QTextDocumentFragment::fromHtml(m_box->informativeText()).toPlainText();
                std::printf("dialog shown: %s\n%s\n%s\n", qPrintable(m_box->windowTitle()), qPrintable(m_box->text()),
                            qPrintable(QString(informative).replace(QLatin1Char('\n'), QLatin1Char(' '))));
                std::fflush(stdout);
                QAbstractButton *button = m_box->defaultButton();
                if (!button)
                    button = m_box->buttons().value(0);
                if (button)
                    button->click();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}
