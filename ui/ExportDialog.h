// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <exporting/CsvOptions.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

// Where and how to write a CSV file. Choices are remembered (QSettings)
// from one export to the next.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const QString &what, const QString &suggestedName, QWidget *parent = nullptr);

    QString path() const;
    CsvOptions options() const;

    static CsvOptions savedOptions();
    // Where the file is suggested: a folder that exists.
    static QString startFolder();
    void accept() override;

private:
    void browse();

    QLineEdit *m_path;
    QComboBox *m_separator;
    QCheckBox *m_bom;
    QCheckBox *m_crlf;
    QCheckBox *m_header;
    QCheckBox *m_guard;
};
