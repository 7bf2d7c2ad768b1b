// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ImportRecord.h>

#include <QDialog>

class ImportHistoryModel;

// Lists past imports: when, which file (with its SHA-256), what was new.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ImportHistoryDialog(const QVector<ImportRecord> &imports, QWidget *parent = nullptr);
    ImportHistoryModel *model() const { return m_model; }

private:
    ImportHistoryModel *m_model;
};
