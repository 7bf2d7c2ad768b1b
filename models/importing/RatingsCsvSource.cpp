// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/RatingsCsvSource.h>

#include <QCoreApplication>

RatingsCsvSource::RatingsCsvSource(const QString &path) : FileRecordSource(path), m_file(path), m_parser(path)
{}

// A sheet saved with ';' or tabs (some locales do) is recognised by the
// separator its first lines use most.
static char guessSeparator(const QByteArray &head)
{
    const int commas = head.count(','), semicolons = head.count(';'), tabs = head.count('\t');
    if (tabs > commas && tabs > semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

bool RatingsCsvSource::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(m_file.errorString());
    if (m_file.size() == 0)
        return fail(tr("the file is empty"));
    m_csv = std::make_unique<CsvReader>(&m_file, guessSeparator(m_file.peek(8192)));
    for (int i = 0; i < MaxPreambleLines; ++i) {
        if (!m_csv->readRecord(&m_fields)) {
            if (m_csv->hasError())
                return fail(m_csv->errorString());
            break;
        }
        QString headerError;
        if (m_parser.acceptHeader(m_fields, &headerError)) {
            if (!headerError.isEmpty())
                return fail(tr("line %1: %2").arg(m_csv->recordLine()).arg(headerError));
            return true;
        }
    }
    return fail(tr("no header row with \"Provider ID\" and \"Latest Rating\" in the first %1 lines; "
                   "this is not a sheet of CQC's Latest ratings file")
                    .arg(MaxPreambleLines));
}

RecordSource::Next RatingsCsvSource::next(RecordFacts *facts, ImportIssue *issue)
{
    facts->clear();
    // Blank lines are not records (a file of them is not a million records).
    do {
        if (!m_csv->readRecord(&m_fields)) {
            if (!m_csv->hasError())
                return Next::End;
            fail(m_csv->errorString());
            return Next::Error;
        }
    } while (RatingsSheetParser::isBlank(m_fields));
    if (m_parser.parseRow(m_fields, facts, issue))
        return Next::Record;
    issue->where = tr("line %1").arg(m_csv->recordLine());
    return Next::Issue;
}

double RatingsCsvSource::progress() const
{
    return m_file.size() > 0 ? double(m_csv ? m_csv->bytesRead() : 0) / m_file.size() : 1.0;
}
