// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// What a grid, a diff or a timeline is about: a provider (trust) with all of
// its locations, or one location on its own.
struct Subject
{
    enum class Kind { None, Provider, Location };
    Kind kind = Kind::None;
    QString id;

    static Subject provider(const QString &id) { return {Kind::Provider, id}; }
    static Subject location(const QString &id) { return {Kind::Location, id}; }
    bool isValid() const { return kind != Kind::None && !id.isEmpty(); }
    bool operator==(const Subject &o) const { return kind == o.kind && id == o.id; }
    bool operator!=(const Subject &o) const { return !(*this == o); }
};
