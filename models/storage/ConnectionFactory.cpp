// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <storage/ConnectionFactory.h>

#include <storage/Database.h>

#include <QAtomicInteger>

std::unique_ptr<Database> ConnectionFactory::open() const
{
    static QAtomicInteger<quint64> serial;
    auto db = std::make_unique<Database>(QStringLiteral("worker-%1").arg(serial.fetchAndAddRelaxed(1)));
    db->open(m_path);
    return db;
}
