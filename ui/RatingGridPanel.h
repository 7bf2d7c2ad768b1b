#pragma once

#include "SubjectRatings.h"

#include <QWidget>

class QLabel;
class QTreeView;
class RatingGridModel;

// The selected subject's heading and its rating grid as a tree of tiles.
class RatingGridPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RatingGridPanel(QWidget *parent = nullptr);

    void setSubject(const SubjectRatings &ratings, const QString &description);
    void clear(const QString &message);

    RatingGridModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitNameColumn();

    RatingGridModel *m_model;
    QLabel *m_title;
    QLabel *m_details;
    QTreeView *m_view;
};
