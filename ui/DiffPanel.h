#pragma once

#include "RatingGrid.h"
#include "SubjectRatings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class DiffFilterProxyModel;
class QLabel;
class QTableView;
class DiffModel;

// Previous against current: two report-date pickers, a summary line and
// the cell-by-cell table.
class DiffPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DiffPanel(QWidget *parent = nullptr);

    void setSubject(const SubjectRatings &ratings);
    void clear();
    // Compares the grids as of two of the subject's report dates; false if
    // either is not one of them.
    bool compare(const QDate &from, const QDate &to);

    DiffModel *model() const { return m_model; }
    // What the table shows: the model, filtered by "Changed only".
    DiffFilterProxyModel *shownModel() const { return m_shown; }
    void setChangedOnly(bool changedOnly);
    QTableView *view() const { return m_view; }
    QString summaryText() const;

Q_SIGNALS:
    void cellSelected(const GridRow &row, KeyQuestion keyQuestion);

private:
    void fillDates();
    void onDatesPicked();
    void updateSummary();

    SubjectRatings m_ratings;
    DiffModel *m_model;
    DiffFilterProxyModel *m_shown;
    QCheckBox *m_changedOnly;
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_summary;
    QTableView *m_view;
    bool m_filling = false;
};
