// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <core/CqcPage.h>

namespace CqcPage {

bool isCqcUrl(const QUrl &url)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return false;
    if (!url.userInfo().isEmpty() || (url.port() != -1 && url.port() != 80 && url.port() != 443))
        return false;
    const QString host = url.host().toLower();
    return host == QLatin1String("cqc.org.uk") || host.endsWith(QLatin1String(".cqc.org.uk"));
}

QUrl of(Subject::Kind kind, const QString &id, const QString &stored)
{
    const QUrl given(stored.trimmed(), QUrl::StrictMode);
    if (isCqcUrl(given))
        return given;
    if (id.trimmed().isEmpty())
        return {};
    QUrl page(QStringLiteral("https://www.cqc.org.uk"));
    // The ID is one path segment: percent-encoded, so it cannot add others.
    page.setPath(QStringLiteral("/%1/%2").arg(kind == Subject::Kind::Provider ? QStringLiteral("provider")
                                                                              : QStringLiteral("location"),
                                              QString::fromLatin1(QUrl::toPercentEncoding(id.trimmed()))),
                 QUrl::StrictMode);
    return page;
}

} // namespace CqcPage
