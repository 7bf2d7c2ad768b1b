// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ExportDialog.h"
#include "PlainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

static const char separatorKey[] = "export/separator";
static const char bomKey[] = "export/bom";
static const char crlfKey[] = "export/crlf";
static const char headerKey[] = "export/header";
static const char guardKey[] = "export/formulaGuard";
static const char folderKey[] = "export/folder";

CsvOptions ExportDialog::savedOptions()
{
    QSettings s;
    CsvOptions o;
    o.separator = char(s.value(QLatin1String(separatorKey), int(',')).toInt());
    o.bom = s.value(QLatin1String(bomKey), false).toBool();
    o.crlf = s.value(QLatin1String(crlfKey), false).toBool();
    o.header = s.value(QLatin1String(headerKey), true).toBool();
    o.formulaGuard = s.value(QLatin1String(guardKey), true).toBool();
    return o;
}

// The folder last written to, else Documents, else home, whichever exists
// first: QStandardPaths names ~/Documents whether or not it was ever
// created, and the last folder may have been removed since.
QString ExportDialog::startFolder()
{
    const QString saved = QSettings().value(QLatin1String(folderKey)).toString();
    for (const QString &folder : {saved, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)})
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    return QDir::homePath();
}

ExportDialog::ExportDialog(const QString &what, const QString &suggestedName, QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(this)), m_separator(new QComboBox(this)),
      m_bom(new QCheckBox(tr("UTF-8 with &BOM (for Excel)"), this)),
      m_crlf(new QCheckBox(tr("&Windows line ends (CRLF)"), this)), m_header(new QCheckBox(tr("&Header row"), this)),
      m_guard(new QCheckBox(tr("&Guard against spreadsheet formulas (prefix ' to text starting = + - @)"), this))
{
    setWindowTitle(tr("Export %1 to CSV").arg(what));
    const CsvOptions saved = savedOptions();
    m_path->setText(QDir(startFolder()).filePath(suggestedName));
    m_separator->addItem(tr("Comma ( , )"), int(','));
    m_separator->addItem(tr("Semicolon ( ; )"), int(';'));
    m_separator->addItem(tr("Tab"), int('\t'));
    m_separator->setCurrentIndex(qMax(0, m_separator->findData(int(saved.separator))));
    m_bom->setChecked(saved.bom);
    m_crlf->setChecked(saved.crlf);
    m_header->setChecked(saved.header);
    m_guard->setChecked(saved.formulaGuard);

    auto *browse = new QPushButton(tr("B&rowse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *separatorLabel = new QLabel(tr("&Separator:"), this);
    separatorLabel->setBuddy(m_separator);
    auto *form = new QFormLayout;
    form->addRow(fileLabel, pathRow);
    form->addRow(separatorLabel, m_separator);
    form->addRow(QString(), m_header);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_crlf);
    form->addRow(QString(), m_guard);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

CsvOptions ExportDialog::options() const
{
    CsvOptions o;
    o.separator = char(m_separator->currentData().toInt());
    o.bom = m_bom->isChecked();
    o.crlf = m_crlf->isChecked();
    o.header = m_header->isChecked();
    o.formulaGuard = m_guard->isChecked();
    return o;
}

void ExportDialog::accept()
{
    if (path().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a file to write."));
        return;
    }
    const QFileInfo info(path());
    // Said here, with the choices still on screen, rather than as a failed
    // export once the dialog has gone.
    if (!info.absoluteDir().exists()) {
        PlainText::warning(this, windowTitle(),
                           tr("The folder %1 does not exist. Choose another folder.")
                               .arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    if (info.exists()
        && PlainText::question(this, windowTitle(), tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(path())))
            != QMessageBox::Yes)
        return;
    const CsvOptions o = options();
    QSettings s;
    s.setValue(QLatin1String(separatorKey), int(o.separator));
    s.setValue(QLatin1String(bomKey), o.bom);
    s.setValue(QLatin1String(crlfKey), o.crlf);
    s.setValue(QLatin1String(headerKey), o.header);
    s.setValue(QLatin1String(guardKey), o.formulaGuard);
    s.setValue(QLatin1String(folderKey), info.absolutePath());
    QDialog::accept();
}
