#pragma once

#include "ApiPayloadReader.h"
#include "RecordSource.h"

#include <QFile>
#include <QJsonArray>

// CQC API detail responses in a file: one object, a JSON array of objects,
// or newline-delimited JSON (one object per line, read line by line).
class ApiJsonSource : public RecordSource
{
public:
    explicit ApiJsonSource(const QString &path);

    bool open() override;
    Next next(RecordFacts *facts, ImportIssue *issue) override;
    double progress() const override;
    QString errorString() const override { return m_error; }

private:
    enum class Mode { Single, Array, Lines };
    bool fail(const QString &message);
    Next readObject(const QJsonObject &o, const QString &where, const QString &path, RecordFacts *facts,
                    ImportIssue *issue);

    QString m_path;
    QFile m_file;
    ApiPayloadReader m_reader;
    Mode m_mode = Mode::Single;
    QJsonArray m_array;
    QJsonObject m_single;
    int m_index = 0;
    qint64 m_line = 0;
    QString m_error;
};
