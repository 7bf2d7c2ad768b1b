// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "RatingGridPanel.h"
#include "PlainText.h"

#include "RatingDelegate.h"
#include <exporting/GridExportTable.h>
#include <itemmodels/RatingGridModel.h>
#include <itemmodels/Roles.h>
#include <core/CqcPage.h>

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

RatingGridPanel::RatingGridPanel(QWidget *parent)
    : QWidget(parent), m_model(new RatingGridModel(this)), m_title(new QLabel(this)), m_details(new QLabel(this)),
      m_openPage(new QPushButton(tr("Open CQC &page"), this)), m_asOfEnabled(new QCheckBox(tr("&As of"), this)),
      m_asOf(new QDateEdit(QDate::currentDate(), this)), m_stack(new QStackedWidget(this)), m_view(new QTreeView(this)),
      m_emptyMessage(new QLabel(this)), m_importButton(new QPushButton(tr("&Import CQC files…"), this))
{
    // Plain text: names and details come from data files, and a name holding
    // HTML must be shown as written, not rendered.
    for (QLabel *label : {m_title, m_details, m_emptyMessage})
        label->setTextFormat(Qt::PlainText);
    PlainText::installToolTips(m_view);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long trust name wraps rather than widening the window.
    m_title->setWordWrap(true);
    m_title->setMinimumWidth(120);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("subjectDetails"));
    m_details->setWordWrap(true);
    m_openPage->setToolTip(tr("Open this trust's or location's page on the CQC website"));
    m_openPage->setEnabled(false);
    m_asOf->setCalendarPopup(true);
    m_asOf->setLayoutDirection(Qt::LeftToRight); // a date, also in a mirrored layout
    m_asOf->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_asOf->setEnabled(false);
    m_asOf->setAccessibleName(tr("Show the grid as it stood on this date"));
    m_asOfEnabled->setToolTip(tr("Replay the grid as it stood on a past date"));

    m_view->setModel(m_model);
    m_view->setItemDelegate(new RatingDelegate(this));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformRowHeights(true);
    // Names wrap within the tile's height rather than "Lewisham and Greenwich N...".
    m_view->setWordWrap(true);
    m_view->setAccessibleName(tr("Rating grid"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setMinimumSectionSize(92);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // The rating columns share the width; the name column keeps its own.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        QHeaderView *header = m_view->header();
        header->setSectionResizeMode(QHeaderView::Stretch);
        header->setSectionResizeMode(0, QHeaderView::Fixed);
        fitNameColumn();
    });
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this); // Right and Left move along a row
    connect(m_view, &QWidget::customContextMenuRequested, this, &RatingGridPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QVariant kq = current.data(Roles::KeyQuestionRole); // none in the name column
        if (kq.isValid())
            Q_EMIT cellSelected(current.data(Roles::GridRowRole).value<GridRow>(), KeyQuestion(kq.toInt()));
    });
    connect(m_openPage, &QPushButton::clicked, this, [this] {
        const SubjectRatings &ratings = m_model->ratings();
        Q_EMIT openCqcPage(CqcPage::of(ratings.subject.kind, ratings.subject.id, ratings.url));
    });
    connect(m_asOfEnabled, &QCheckBox::toggled, m_asOf, &QWidget::setEnabled);
    connect(m_asOfEnabled, &QCheckBox::toggled, this, &RatingGridPanel::rebuild);
    connect(m_asOf, &QDateEdit::dateChanged, this, &RatingGridPanel::rebuild);
    connect(m_importButton, &QPushButton::clicked, this, &RatingGridPanel::importRequested);
    // The empty state's link to CQC's data page opens as the trust pages do
    // (MainWindow opens CQC's own addresses only), by mouse or keyboard.
    m_emptyMessage->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_emptyMessage, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT openCqcPage(QUrl(link)); });

    auto *legend = new QLabel(RatingDelegate::marksLegend(), this);
    legend->setWordWrap(true);
    QFont small = legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    legend->setFont(small);

    auto *gridPage = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPage);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_view, 1);
    gridLayout->addWidget(legend);

    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyMessage);
    emptyLayout->addWidget(m_importButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(gridPage);
    m_stack->addWidget(emptyPage);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_asOfEnabled);
    heading->addWidget(m_asOf);
    heading->addWidget(m_openPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_details);
    layout->addWidget(m_stack, 1);
}

// The rating columns need about 92 px each to show "improvement" unbroken;
// the name column takes what is left, between 120 and 340 px (names wrap
// onto up to three lines, the height of a tile).
void RatingGridPanel::fitNameColumn()
{
    const int ratingColumns = m_model->columnCount() - 1;
    const int spare = m_view->viewport()->width() - ratingColumns * m_view->header()->minimumSectionSize();
    m_view->setColumnWidth(0, qBound(120, spare, 340));
}

QList<QWidget *> RatingGridPanel::focusOrder() const
{
    return {m_asOfEnabled, m_asOf, m_openPage, m_view, m_importButton};
}

// A tree view's Right key expands a row or steps into its children; in the
// grid it moves to the next tile of the same row, as in a spreadsheet (the
// rows are always expanded). Left stops at the name column, where it keeps
// its tree meaning (up to the parent row).
bool RatingGridPanel::moveAlongRow(int step)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    const int column = current.column() + step;
    if (column < 0)
        return false;
    if (column < m_model->columnCount(current.parent()))
        m_view->selectionModel()->setCurrentIndex(current.siblingAtColumn(column), QItemSelectionModel::ClearAndSelect);
    return true;
}

bool RatingGridPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Right && moveAlongRow(1))
                return true;
            if (key->key() == Qt::Key_Left && moveAlongRow(-1))
                return true;
        }
    }
    if (event->type() == QEvent::Resize && watched == m_view->viewport())
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void RatingGridPanel::setSubject(const SubjectRatings &ratings, const QString &description)
{
    // An unnamed trust's "name" already says its ID and why there is no name.
    m_title->setText(ratings.nameKnown ? tr("%1 (%2)").arg(ratings.name, ratings.subject.id) : ratings.name);
    m_details->setText(description);
    m_openPage->setEnabled(CqcPage::of(ratings.subject.kind, ratings.subject.id, ratings.url).isValid());
    m_stack->setCurrentIndex(0);
    m_model->setSubject(ratings, asOf());
}

void RatingGridPanel::clear(const QString &message, bool offerImport)
{
    m_title->setText(offerImport ? tr("Trust Ratings") : message);
    m_details->clear();
    m_openPage->setEnabled(false);
    // The first-step message is the program's own, with a link; the others
    // may carry an ID the user typed, shown as written.
    m_emptyMessage->setTextFormat(offerImport ? Qt::RichText : Qt::PlainText);
    m_emptyMessage->setText(message);
    m_stack->setCurrentIndex(offerImport ? 1 : 0);
    m_model->clear();
}

QDate RatingGridPanel::asOf() const
{
    return m_asOfEnabled->isChecked() ? m_asOf->date() : QDate();
}

Subject RatingGridPanel::subject() const
{
    return m_model->ratings().subject;
}

std::unique_ptr<ExportTable> RatingGridPanel::exportTable() const
{
    return std::make_unique<GridExportTable>(m_model->grid());
}

void RatingGridPanel::setAsOf(const QDate &date)
{
    const QSignalBlocker blockCheck(m_asOfEnabled), blockDate(m_asOf);
    m_asOfEnabled->setChecked(date.isValid());
    m_asOf->setEnabled(date.isValid());
    if (date.isValid())
        m_asOf->setDate(date);
    rebuild();
}

void RatingGridPanel::rebuild()
{
    if (m_model->ratings().subject.isValid())
        m_model->setSubject(m_model->ratings(), asOf());
    Q_EMIT asOfChanged(asOf());
}

void RatingGridPanel::setDetails(const QString &description)
{
    m_details->setText(description);
}

QUrl RatingGridPanel::urlOf(const QModelIndex &index) const
{
    const GridRow *row = m_model->gridRow(index);
    if (!row)
        return {};
    const SubjectRatings &ratings = m_model->ratings();
    if (row->level == GridRow::Level::Location && ratings.subject.kind == Subject::Kind::Provider) {
        for (const LocationRecord &l : ratings.locations)
            if (l.id == row->locationId)
                return CqcPage::of(Subject::Kind::Location, l.id, l.url);
        return {};
    }
    return CqcPage::of(ratings.subject.kind, ratings.subject.id, ratings.url);
}

void RatingGridPanel::showContextMenu(const QPoint &pos)
{
    const QUrl url = urlOf(m_view->indexAt(pos));
    if (!url.isValid())
        return;
    QMenu menu;
    QAction *open = menu.addAction(tr("Open CQC page"));
    if (menu.exec(m_view->viewport()->mapToGlobal(pos)) == open)
        Q_EMIT openCqcPage(url);
}

void RatingGridPanel::setImportAvailable(bool available)
{
    m_importButton->setVisible(available);
}
