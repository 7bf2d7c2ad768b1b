// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// What the item-model suites on the bundled sample share: the sample in a
// real SQLite file opened by their base class, a reset counter and a
// model's texts as string lists.

#include <storage/RatingStore.h>
#include "TestDatabase.h"

#include <QAbstractItemModel>
#include <QObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

inline QDate iso(const char *text) { return QDate::fromString(QLatin1String(text), Qt::ISODate); }

// Counts a model's resets from the moment it is made.
struct ResetSpy
{
    explicit ResetSpy(QAbstractItemModel *model)
        : aboutToReset(model, &QAbstractItemModel::modelAboutToBeReset), reset(model, &QAbstractItemModel::modelReset)
    {
    }
    bool isValid() const { return aboutToReset.isValid() && reset.isValid(); }
    QSignalSpy aboutToReset;
    QSignalSpy reset;
};

inline QStringList headers(const QAbstractItemModel &model)
{
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.headerData(c, Qt::Horizontal).toString();
    return out;
}

inline QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r)
        out << model.index(r, 0, parent).data().toString();
    return out;
}

inline QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, col).data(role).toString();
    return out;
}

// The bundled sample stored in a real SQLite file, opened once by a suite's
// initTestCase(); its subjects are read back through the store.
class SampleData
{
public:
    bool open()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::WithSample);
        return m_db->isOpen();
    }
    QString error() const { return m_db ? m_db->error() : QStringLiteral("not opened"); }
    Database &database() { return m_db->database(); }

    bool load(const Subject &subject, SubjectRatings *out, QString *error) const
    {
        const RatingStore store(m_db->database());
        if (store.loadSubject(subject, out))
            return true;
        *error = QStringLiteral("cannot load %1: %2").arg(subject.id, store.errorString());
        return false;
    }
    // A subject, or nothing and a warning (a failure: SampleSuite::init()).
    SubjectRatings load(const Subject &subject) const
    {
        SubjectRatings ratings;
        QString error;
        if (!load(subject, &ratings, &error))
            qWarning("%s", qPrintable(error));
        return ratings;
    }

private:
    std::unique_ptr<TestDatabase> m_db;
};

// The base of a suite on the sample: QtTest runs these two slots of it
// (list this header among the suite's sources, for moc).
class SampleSuite : public QObject
{
    Q_OBJECT

protected:
    SampleData m_sample;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sample.open(), qPrintable(m_sample.error())); }
    // The tester reports through QtTest; anything else Qt warns about is a
    // failure too.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
};
