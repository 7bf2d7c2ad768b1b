// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QString>

// The columns of a rating grid: CQC's five key questions, the overall
// rating, and the two trust-only ratings. The enum order is the column order.
// Registered with Qt's meta-object system in the namespace of its functions.
namespace KeyQuestions {
Q_NAMESPACE
enum class KeyQuestion { Safe, Effective, Caring, Responsive, WellLed, Overall, UseOfResources, Combined };
Q_ENUM_NS(KeyQuestion)

// The exact spelling CQC's data uses ("Well-led", "Use of resources", ...).
QString name(KeyQuestion kq);
// A short column label ("Combined" for the combined quality and use of
// resources rating), translated: for the screen, never for exported files.
QString label(KeyQuestion kq);
// Matches by name, tolerating the spellings seen outside CQC's data files
// ("Well led", "WellLed", "Use of Resources"). Returns false if unknown.
bool fromName(const QString &name, KeyQuestion *out);
// Safe .. Overall, the columns every grid has.
QList<KeyQuestion> standard();
QList<KeyQuestion> all();
} // namespace KeyQuestions
using KeyQuestions::KeyQuestion;
