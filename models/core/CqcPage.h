// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/Subject.h>

#include <QUrl>

// The page on CQC's website of a provider or location. Imported files carry
// a URL per organisation, but a file may say anything (file:///etc/passwd,
// a look-alike host): only an http or https URL on cqc.org.uk is used, and
// otherwise the page is built from the ID as CQC's own pages are.
namespace CqcPage {

// True for http(s)://cqc.org.uk/... and its subdomains (www.cqc.org.uk).
bool isCqcUrl(const QUrl &url);

// `stored` when it is a CQC URL, else https://www.cqc.org.uk/provider/ID
// (or /location/ID); invalid for an empty ID.
QUrl of(Subject::Kind kind, const QString &id, const QString &stored);

} // namespace CqcPage
