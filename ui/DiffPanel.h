// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/RatingGrid.h>
#include <core/SubjectRatings.h>

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class DiffFilterProxyModel;
class QLabel;
class QTableView;
class DiffModel;
class ExportTable;

// Previous against current: two report-date pickers, a summary line and
// the cell-by-cell table.
class DiffPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DiffPanel(QWidget *parent = nullptr);

    // `asOf` (invalid: today) limits the dates offered to reports published
    // by then, and the default comparison to the two latest of those.
    void setSubject(const SubjectRatings &ratings, const QDate &asOf = {});
    void setAsOf(const QDate &asOf);
    void clear();
    // Compares the grids as of two of the subject's report dates; false if
    // either is not one of them.
    bool compare(const QDate &from, const QDate &to);
    // Compares the grids as of any two dates (the England view's snapshot
    // dates), offering them in the pickers beside the report dates until
    // another subject is shown; false if either date is invalid.
    bool compareAny(const QDate &from, const QDate &to);

    DiffModel *model() const { return m_model; }
    void setChangedOnly(bool changedOnly);
    // The table for File > Export: every column of `export diff` (the dates
    // the tiles show included), and the rows shown, "Changed only" applying
    // to the file too, in the order shown.
    std::unique_ptr<ExportTable> exportTable() const;
    QTableView *view() const { return m_view; }
    // Its controls in the order Tab should visit them.
    QList<QWidget *> focusOrder() const;
    QString summaryText() const;

Q_SIGNALS:
    void cellSelected(const GridRow &row, KeyQuestion keyQuestion);

private:
    void fillDates();
    void onDatesPicked();
    void updateSummary();

    QVector<QDate> datesOffered() const;

    SubjectRatings m_ratings;
    QDate m_asOf;
    QVector<QDate> m_extraDates; // offered besides the report dates (compareAny)
    DiffModel *m_model;
    DiffFilterProxyModel *m_shown;
    QCheckBox *m_changedOnly;
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_summary;
    QTableView *m_view;
    bool m_filling = false;
};
