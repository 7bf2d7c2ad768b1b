// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/ApiPayloadReader.h>
#include <importing/JsonArrayStream.h>
#include <importing/FileRecordSource.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <memory>

// CQC API detail responses in a file: one object, a JSON array of objects,
// or newline-delimited JSON (one object per line, read line by line). An
// array or NDJSON file is streamed: memory grows with the largest payload,
// not with the file.
class ApiJsonSource : public FileRecordSource
{
    Q_DECLARE_TR_FUNCTIONS(ApiJsonSource)

public:
    explicit ApiJsonSource(const QString &path);

    bool open() override;
    Next next(RecordFacts *facts, ImportIssue *issue) override;
    double progress() const override;

private:
    enum class Mode { Single, Array, Lines };
    Next readObject(const QJsonObject &o, const QString &where, const QString &path, RecordFacts *facts,
                    ImportIssue *issue);

    QFile m_file;
    ApiPayloadReader m_reader;
    Mode m_mode = Mode::Single;
    std::unique_ptr<JsonArrayStream> m_stream; // Mode::Array
    QJsonObject m_single;
    int m_index = 0;
    qint64 m_line = 0;
};
