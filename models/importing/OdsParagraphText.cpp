// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/OdsParagraphText.h>

#include <importing/OdsLimits.h>

static bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool OdsParagraphText::fits(qint64 more)
{
    if (out->size() + (pendingSpace ? 1 : 0) + more > OdsLimits::maxCellCharacters)
        tooLong = true;
    return !tooLong;
}

void OdsParagraphText::appendCharacters(QStringView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        if (isXmlSpace(s[i])) {
            if (!afterSpace)
                pendingSpace = true;
            afterSpace = true;
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && !isXmlSpace(s[end]))
            ++end;
        if (!fits(end - i))
            return;
        if (pendingSpace)
            out->append(u' ');
        out->append(s.mid(i, end - i));
        pendingSpace = false;
        afterSpace = false;
        i = end;
    }
}

void OdsParagraphText::appendLiteral(QChar c, qint64 count)
{
    if (!fits(count))
        return;
    if (pendingSpace)
        out->append(u' ');
    pendingSpace = false;
    out->append(QString(qsizetype(count), c));
    afterSpace = true;
}
