// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/RatingGrid.h>
#include <core/SubjectRatings.h>

#include <QUrl>
#include <QWidget>

#include <memory>

class ExportTable;
class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;
class RatingGridModel;

// The selected subject's heading, its rating grid as a tree of tiles, and
// an "as of" date that replays the grid as it stood on any past day. With
// an empty database it shows the first step instead: import CQC data.
class RatingGridPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RatingGridPanel(QWidget *parent = nullptr);

    void setSubject(const SubjectRatings &ratings, const QString &description);
    // `offerImport`: the database is empty; show the "Import CQC data…" button
    // under `message`, which is then rich text (a link to CQC's data page).
    void clear(const QString &message, bool offerImport = false);
    // False for a database that cannot be written: no import button.
    void setImportAvailable(bool available);
    // Invalid: today (the current grid).
    void setAsOf(const QDate &date);
    void setDetails(const QString &description);
    QDate asOf() const;
    // The trust or location shown; invalid when none is.
    Subject subject() const;
    // The grid shown (as of its date) as `trustratings export grid` writes it.
    std::unique_ptr<ExportTable> exportTable() const;

    RatingGridModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Its controls in the order Tab should visit them: the heading left to
    // right, then the grid (or the empty state's import button).
    QList<QWidget *> focusOrder() const;

Q_SIGNALS:
    void cellSelected(const GridRow &row, KeyQuestion keyQuestion);
    void openCqcPage(const QUrl &url);
    void importRequested();
    // The "as of" date was set, changed or cleared (invalid: today).
    void asOfChanged(const QDate &asOf);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitNameColumn();
    bool moveAlongRow(int step);
    void rebuild();
    void showContextMenu(const QPoint &pos);
    QUrl urlOf(const QModelIndex &index) const;

    RatingGridModel *m_model;
    QLabel *m_title;
    QLabel *m_details;
    QPushButton *m_openPage;
    QCheckBox *m_asOfEnabled;
    QDateEdit *m_asOf;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_emptyMessage;
    QPushButton *m_importButton;
};
