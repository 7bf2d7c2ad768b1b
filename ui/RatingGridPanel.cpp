#include "RatingGridPanel.h"

#include "RatingDelegate.h"
#include "RatingGridModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

RatingGridPanel::RatingGridPanel(QWidget *parent)
    : QWidget(parent),
      m_model(new RatingGridModel(this)),
      m_title(new QLabel(this)),
      m_details(new QLabel(this)),
      m_view(new QTreeView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new RatingDelegate(this));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Rating grid"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setMinimumSectionSize(92);
    m_view->setAllColumnsShowFocus(false);
    // The rating columns share the width; the name column keeps its own.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        QHeaderView *header = m_view->header();
        header->setSectionResizeMode(QHeaderView::Stretch);
        header->setSectionResizeMode(0, QHeaderView::Fixed);
        fitNameColumn();
    });
    m_view->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_view, 1);
}

// The rating columns need about 92 px each to show "improvement" unbroken;
// the name column takes what is left, between 160 and 340 px.
void RatingGridPanel::fitNameColumn()
{
    const int ratingColumns = m_model->columnCount() - 1;
    const int spare = m_view->viewport()->width() - ratingColumns * m_view->header()->minimumSectionSize();
    m_view->setColumnWidth(0, qBound(160, spare, 340));
}

bool RatingGridPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void RatingGridPanel::setSubject(const SubjectRatings &ratings, const QString &description)
{
    m_title->setText(tr("%1 (%2)").arg(ratings.name, ratings.subject.id));
    m_details->setText(description);
    m_model->setSubject(ratings);
}

void RatingGridPanel::clear(const QString &message)
{
    m_title->setText(message);
    m_details->clear();
    m_model->clear();
}
