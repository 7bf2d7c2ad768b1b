// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "DiffPanel.h"
#include "PlainText.h"

#include <exporting/ModelExportTable.h>
#include <itemmodels/DiffModel.h>
#include <itemmodels/Roles.h>
#include "RatingDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <itemmodels/DiffFilterProxyModel.h>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

DiffPanel::DiffPanel(QWidget *parent)
    : QWidget(parent), m_model(new DiffModel(this)), m_shown(new DiffFilterProxyModel(this)),
      m_changedOnly(new QCheckBox(tr("Changed &only"), this)), m_from(new QComboBox(this)), m_to(new QComboBox(this)),
      m_summary(new QLabel(this)), m_view(new QTableView(this))
{
    auto *title = new QLabel(tr("<b>Changes between inspections</b>"), this);
    auto *fromLabel = new QLabel(tr("P&revious:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("C&urrent:"), this);
    toLabel->setBuddy(m_to);
    for (QComboBox *box : {m_from, m_to}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumContentsLength(11); // "10 Jan 2019"
    }
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Summary of changes"));
    m_from->setAccessibleName(tr("Previous report date"));
    m_to->setAccessibleName(tr("Current report date"));

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(title);
    pickers->addSpacing(12);
    pickers->addWidget(fromLabel);
    pickers->addWidget(m_from);
    pickers->addWidget(toLabel);
    pickers->addWidget(m_to);
    pickers->addStretch(1);
    pickers->addWidget(m_changedOnly);

    // Tiles carry their own dates here, so the date columns (kept for
    // export) are hidden.
    // "Changed only" hides unchanged cells; everything else stays in view.
    m_shown->setSourceModel(m_model);
    m_view->setModel(m_shown);
    PlainText::installToolTips(m_view);
    m_view->setItemDelegate(new RatingDelegate(this));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Room for a tile of two lines and its date: non-grades such as
    // "Insufficient evidence to rate" wrap, and their date must not be cut.
    const QFontMetrics fm(font());
    m_view->verticalHeader()->setDefaultSectionSize(2 * fm.height() + fm.height() * 4 / 5 + 12);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Declines first (the proxy's own order), and any column by its header.
    m_view->horizontalHeader()->setSortIndicator(DiffModel::ChangeColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setColumnHidden(DiffModel::LocationIdColumn, true);
    m_view->setColumnHidden(DiffModel::PreviousDateColumn, true);
    m_view->setColumnHidden(DiffModel::CurrentDateColumn, true);
    m_view->setColumnWidth(
        DiffModel::LevelColumn,
        qMax(62,
             QFontMetrics(font()).horizontalAdvance(DiffModel::tr("Provider")) + 12)); // translated, it may be longer
    m_view->setColumnWidth(DiffModel::LocationColumn, 130);                            // names wrap
    m_view->setColumnWidth(DiffModel::ServiceColumn, 120);
    m_view->setColumnWidth(DiffModel::KeyQuestionColumn, 100);
    m_view->setColumnWidth(DiffModel::PreviousColumn, 150);
    m_view->setColumnWidth(DiffModel::CurrentColumn, 150);
    m_view->setAccessibleName(tr("Changes between the two report dates"));
    // Tab leaves the table for the next control instead of walking its cells.
    m_view->setTabKeyNavigation(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pickers);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_changedOnly, &QCheckBox::toggled, this, &DiffPanel::setChangedOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT cellSelected(current.data(Roles::GridRowRole).value<GridRow>(),
                                        KeyQuestion(current.data(Roles::KeyQuestionRole).toInt()));
            });
    connect(m_from, &QComboBox::currentIndexChanged, this, &DiffPanel::onDatesPicked);
    connect(m_to, &QComboBox::currentIndexChanged, this, &DiffPanel::onDatesPicked);
}

QList<QWidget *> DiffPanel::focusOrder() const
{
    return {m_from, m_to, m_changedOnly, m_view};
}

void DiffPanel::setSubject(const SubjectRatings &ratings, const QDate &asOf)
{
    if (ratings.subject.id != m_ratings.subject.id)
        m_extraDates.clear();
    m_ratings = ratings;
    m_asOf = asOf;
    QDate from, to;
    DiffModel::defaultDates(datesOffered(), &from, &to);
    if (to.isValid())
        m_model->setSubject(m_ratings, from, to);
    else
        m_model->clear(); // nothing published by the as-of date
    fillDates();
    updateSummary();
}

void DiffPanel::setAsOf(const QDate &asOf)
{
    if (asOf != m_asOf)
        setSubject(m_ratings, asOf);
}

QVector<QDate> DiffPanel::datesOffered() const
{
    QVector<QDate> dates;
    for (const QDate &d : m_ratings.reportDates + m_extraDates)
        if ((!m_asOf.isValid() || d <= m_asOf) && !dates.contains(d))
            dates << d;
    std::sort(dates.begin(), dates.end());
    return dates;
}

void DiffPanel::clear()
{
    m_ratings = {};
    m_extraDates.clear();
    m_model->clear();
    fillDates();
    updateSummary();
}

void DiffPanel::fillDates()
{
    m_filling = true;
    m_from->clear();
    m_to->clear();
    const QVector<QDate> dates = datesOffered();
    // Newest first: the usual question is about the latest reports.
    for (auto it = dates.crbegin(); it != dates.crend(); ++it) {
        // A left-to-right mark keeps the date in order in a mirrored
        // (right-to-left) layout, where it would read "Jul 2020 3".
        const QString label = QChar(0x200E) + QLocale().toString(*it, QStringLiteral("d MMM yyyy"));
        m_from->addItem(label, *it);
        m_to->addItem(label, *it);
    }
    m_from->setCurrentIndex(m_from->findData(m_model->fromDate()));
    m_to->setCurrentIndex(m_to->findData(m_model->toDate()));
    m_from->setEnabled(dates.size() > 1);
    m_to->setEnabled(dates.size() > 1);
    m_filling = false;
}

bool DiffPanel::compare(const QDate &from, const QDate &to)
{
    const int f = m_from->findData(from), t = m_to->findData(to);
    if (f < 0 || t < 0)
        return false;
    m_filling = true;
    m_from->setCurrentIndex(f);
    m_to->setCurrentIndex(t);
    m_filling = false;
    onDatesPicked();
    return true;
}

bool DiffPanel::compareAny(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || !m_ratings.subject.isValid())
        return false;
    m_extraDates = {from, to};
    fillDates();
    return compare(from, to);
}

void DiffPanel::onDatesPicked()
{
    if (m_filling)
        return;
    QDate from = m_from->currentData().toDate(), to = m_to->currentData().toDate();
    // Previous is always the earlier report: picked the other way round, the
    // two are swapped (on screen too) rather than reporting gains as losses.
    if (from.isValid() && to.isValid() && from > to) {
        std::swap(from, to);
        m_filling = true;
        m_from->setCurrentIndex(m_from->findData(from));
        m_to->setCurrentIndex(m_to->findData(to));
        m_filling = false;
    }
    m_model->setSubject(m_ratings, from, to);
    updateSummary();
}

void DiffPanel::setChangedOnly(bool changedOnly)
{
    {
        const QSignalBlocker block(m_changedOnly);
        m_changedOnly->setChecked(changedOnly);
    }
    m_shown->setChangedOnly(changedOnly);
}

QString DiffPanel::summaryText() const
{
    return m_summary->text();
}

std::unique_ptr<ExportTable> DiffPanel::exportTable() const
{
    return std::make_unique<ModelExportTable>(m_shown);
}

void DiffPanel::updateSummary()
{
    m_summary->setText(m_model->summaryText(m_asOf, !m_ratings.reportDates.isEmpty()));
}
