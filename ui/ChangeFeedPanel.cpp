// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ChangeFeedPanel.h"

#include "PlainText.h"
#include "RatingDelegate.h"
#include <core/RatingDistribution.h>
#include <itemmodels/ChangeFeedFilterProxyModel.h>
#include <itemmodels/ChangeFeedModel.h>
#include <itemmodels/Roles.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ChangeFeedPanel::ChangeFeedPanel(QWidget *parent)
    : QWidget(parent), m_model(new ChangeFeedModel(this)), m_proxy(new ChangeFeedFilterProxyModel(this)),
      m_direction(new QComboBox(this)), m_level(new QComboBox(this)), m_keyQuestion(new QComboBox(this)),
      m_summary(new QLabel(this)), m_view(new QTableView(this))
{
    using Direction = ChangeFeedFilterProxyModel::Direction;
    m_direction->addItem(tr("All changes"), int(Direction::All));
    m_direction->addItem(tr("Declined"), int(Direction::Declined));
    m_direction->addItem(tr("Improved"), int(Direction::Improved));
    m_direction->setAccessibleName(tr("Direction of change"));
    m_level->addItem(tr("Every level"), -1);
    for (PopulationLevel level : {PopulationLevel::Provider, PopulationLevel::Location, PopulationLevel::Service})
        m_level->addItem(PopulationLevels::label(level), int(level));
    m_level->setAccessibleName(tr("Level of the changes"));
    m_keyQuestion->addItem(tr("Every key question"), -1);
    for (KeyQuestion kq : RatingDistribution::keyQuestions())
        m_keyQuestion->addItem(KeyQuestions::label(kq), int(kq));
    m_keyQuestion->setAccessibleName(tr("Key question of the changes"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Summary of what changed"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Roles::SortRole);
    m_view->setModel(m_proxy);
    PlainText::installToolTips(m_view);
    // Tiles for Previous and Current, the arrow and word for Change; the
    // other columns as text (every column carries the change, for filters).
    auto *tiles = new RatingDelegate(this);
    tiles->setDrawsChanges(false);
    m_view->setItemDelegateForColumn(ChangeFeedModel::PreviousColumn, tiles);
    m_view->setItemDelegateForColumn(ChangeFeedModel::CurrentColumn, tiles);
    m_view->setItemDelegateForColumn(ChangeFeedModel::ChangeColumn, new RatingDelegate(this));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    const QFontMetrics fm(font());
    m_view->verticalHeader()->setDefaultSectionSize(2 * fm.height() + fm.height() * 4 / 5 + 12);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ChangeFeedModel::ProviderColumn, Qt::AscendingOrder);
    // The tiles carry their dates; the date columns are kept for export.
    for (int c : {int(ChangeFeedModel::ProviderIdColumn), int(ChangeFeedModel::LocationIdColumn),
                  int(ChangeFeedModel::PreviousDateColumn), int(ChangeFeedModel::CurrentDateColumn)})
        m_view->setColumnHidden(c, true);
    m_view->setColumnWidth(ChangeFeedModel::ProviderColumn, 180);
    m_view->setColumnWidth(ChangeFeedModel::LevelColumn, 80);
    m_view->setColumnWidth(ChangeFeedModel::LocationColumn, 160);
    m_view->setColumnWidth(ChangeFeedModel::ServiceColumn, 130);
    m_view->setColumnWidth(ChangeFeedModel::KeyQuestionColumn, 90);
    m_view->setColumnWidth(ChangeFeedModel::PreviousColumn, 130);
    m_view->setColumnWidth(ChangeFeedModel::CurrentColumn, 130);
    m_view->setAccessibleName(tr("Changed ratings"));
    m_view->setTabKeyNavigation(false);

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *filters = new QHBoxLayout;
    filters->addWidget(label(tr("Directio&n:"), m_direction));
    filters->addWidget(m_direction);
    filters->addWidget(label(tr("Sub&ject level:"), m_level));
    filters->addWidget(m_level);
    filters->addWidget(label(tr("&Key question:"), m_keyQuestion));
    filters->addWidget(m_keyQuestion);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    for (QComboBox *box : {m_direction, m_level, m_keyQuestion})
        connect(box, &QComboBox::currentIndexChanged, this, &ChangeFeedPanel::applyFilters);
    // Enter, or a double-click, on a row: that trust, diffed on these dates.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(Roles::SubjectIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openChange(id, m_model->from(), m_model->to());
    });
}

QList<QWidget *> ChangeFeedPanel::focusOrder() const
{
    return {m_direction, m_level, m_keyQuestion, m_view};
}

void ChangeFeedPanel::setChanges(QVector<ChangeFeedEntry> changes, const QDate &from, const QDate &to)
{
    m_model->setChanges(std::move(changes), from, to);
    m_summary->setText(m_model->rowCount() == 0 ? tr("No ratings changed between these two snapshots.")
                                                : m_model->summary().sentence());
}

void ChangeFeedPanel::setNotice(const QString &text)
{
    m_model->setChanges({}, {}, {});
    m_summary->setText(text);
}

QString ChangeFeedPanel::summaryText() const
{
    return m_summary->text();
}

void ChangeFeedPanel::applyFilters()
{
    m_proxy->setDirection(ChangeFeedFilterProxyModel::Direction(m_direction->currentData().toInt()));
    const int level = m_level->currentData().toInt();
    m_proxy->setLevel(level < 0 ? std::nullopt : std::optional<PopulationLevel>(PopulationLevel(level)));
    const int kq = m_keyQuestion->currentData().toInt();
    m_proxy->setKeyQuestion(kq < 0 ? std::nullopt : std::optional<KeyQuestion>(KeyQuestion(kq)));
}
