// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "EnglandFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace {

QLabel *labelFor(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// A left-to-right mark keeps "3 Jul 2020" in order in a mirrored layout.
QString dateLabel(const QDate &date)
{
    return QChar(0x200E) + QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace

EnglandFilterBar::EnglandFilterBar(QWidget *parent)
    : QWidget(parent), m_population(new QComboBox(this)), m_level(new QComboBox(this)), m_type(new QComboBox(this)),
      m_region(new QComboBox(this)), m_watchedOnly(new QCheckBox(tr("My trust&s only"), this)),
      m_asOf(new QDateEdit(this)), m_earlier(new QDateEdit(this)), m_from(new QComboBox(this)),
      m_to(new QComboBox(this))
{
    m_population->addItem(tr("NHS trusts"), true);
    m_population->addItem(tr("All providers"), false);
    m_population->setAccessibleName(tr("Population"));
    for (PopulationLevel level : {PopulationLevel::Provider, PopulationLevel::Location, PopulationLevel::Service})
        m_level->addItem(PopulationLevels::label(level), int(level));
    m_level->setAccessibleName(tr("Level"));
    m_type->addItem(tr("Any trust type"), -1);
    for (TrustType type : TrustTypes::nhsSectors())
        m_type->addItem(TrustTypes::label(type), int(type));
    m_type->setAccessibleName(tr("Trust type"));
    m_region->addItem(tr("Any region"), QString());
    m_region->setAccessibleName(tr("England region"));
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_watchedOnly->setEnabled(false);
    m_watchedOnly->setToolTip(tr("Star trusts in the trust list to limit these tables to them"));
    const QDate today = QDate::currentDate();
    m_asOf->setDate(today);
    m_earlier->setDate(today.addYears(-1));
    for (QDateEdit *edit : {m_asOf, m_earlier}) {
        // ISO in the field: the same on every locale, and typed digit by digit.
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
    }
    m_asOf->setAccessibleName(tr("Distribution and league table as of"));
    m_earlier->setAccessibleName(tr("Compared with"));
    m_from->setAccessibleName(tr("Changes from snapshot"));
    m_to->setAccessibleName(tr("Changes to snapshot"));
    for (QComboBox *box : {m_from, m_to})
        box->setMinimumContentsLength(11); // "10 Jan 2019"

    // Two rows: who is counted, then when.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *who = new QHBoxLayout;
    who->addWidget(labelFor(tr("&Population:"), m_population, this));
    who->addWidget(m_population);
    who->addWidget(labelFor(tr("Leve&l:"), m_level, this));
    who->addWidget(m_level);
    who->addWidget(labelFor(tr("Tr&ust type:"), m_type, this));
    who->addWidget(m_type);
    who->addWidget(labelFor(tr("Re&gion:"), m_region, this));
    who->addWidget(m_region);
    who->addWidget(m_watchedOnly);
    who->addStretch(1);
    auto *when = new QHBoxLayout;
    when->addWidget(labelFor(tr("&As of:"), m_asOf, this));
    when->addWidget(m_asOf);
    when->addWidget(labelFor(tr("Co&mpared with:"), m_earlier, this));
    when->addWidget(m_earlier);
    when->addSpacing(16);
    when->addWidget(labelFor(tr("Changes f&rom:"), m_from, this));
    when->addWidget(m_from);
    when->addWidget(labelFor(tr("t&o:"), m_to, this));
    when->addWidget(m_to);
    when->addStretch(1);
    layout->addLayout(who, 0, 0);
    layout->addLayout(when, 1, 0);

    for (QComboBox *box : {m_population, m_level, m_type, m_region, m_from, m_to})
        connect(box, &QComboBox::currentIndexChanged, this, &EnglandFilterBar::changed);
    connect(m_watchedOnly, &QCheckBox::toggled, this, &EnglandFilterBar::changed);
    connect(m_asOf, &QDateEdit::dateChanged, this, &EnglandFilterBar::changed);
    connect(m_earlier, &QDateEdit::dateChanged, this, &EnglandFilterBar::changed);
}

QList<QWidget *> EnglandFilterBar::focusOrder() const
{
    return {m_population, m_level, m_type, m_region, m_watchedOnly, m_asOf, m_earlier, m_from, m_to};
}

void EnglandFilterBar::setRegions(const QStringList &regions)
{
    const QString current = m_region->currentData().toString();
    const QSignalBlocker block(m_region);
    m_region->clear();
    m_region->addItem(tr("Any region"), QString());
    for (const QString &region : regions)
        m_region->addItem(region, region);
    m_region->setCurrentIndex(qMax(0, m_region->findData(current)));
}

void EnglandFilterBar::setSnapshotDates(const QVector<QDate> &dates)
{
    const QDate from = m_from->currentData().toDate(), to = m_to->currentData().toDate();
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->clear();
    m_to->clear();
    // Newest first: the usual question is about the latest file.
    for (auto it = dates.crbegin(); it != dates.crend(); ++it) {
        m_from->addItem(dateLabel(*it), *it);
        m_to->addItem(dateLabel(*it), *it);
    }
    // Default: the two newest snapshots, or those picked before if still there.
    const int f = m_from->findData(from), t = m_to->findData(to);
    m_to->setCurrentIndex(t >= 0 ? t : 0);
    m_from->setCurrentIndex(f >= 0 ? f : qMin(1, m_from->count() - 1));
    m_from->setEnabled(dates.size() > 1);
    m_to->setEnabled(dates.size() > 1);
}

void EnglandFilterBar::setWatchedTrusts(const QSet<QString> &ids)
{
    if (ids == m_watched)
        return;
    m_watched = ids;
    m_watchedOnly->setEnabled(!ids.isEmpty());
    if (ids.isEmpty())
        m_watchedOnly->setChecked(false); // emits changed() if it was on
    else if (m_watchedOnly->isChecked())
        Q_EMIT changed();
}

void EnglandFilterBar::showWatchedChanges()
{
    {
        const QSignalBlocker blocks[] = {QSignalBlocker(m_population), QSignalBlocker(m_type),
                                         QSignalBlocker(m_region), QSignalBlocker(m_watchedOnly),
                                         QSignalBlocker(m_from), QSignalBlocker(m_to)};
        // A watched trust need not be an NHS trust of the type chosen here.
        m_population->setCurrentIndex(m_population->findData(false));
        m_type->setCurrentIndex(0);
        m_region->setCurrentIndex(0);
        m_watchedOnly->setChecked(!m_watched.isEmpty());
        // The import just made the newest snapshot: compare it with the one before.
        m_to->setCurrentIndex(0);
        m_from->setCurrentIndex(qMin(1, m_from->count() - 1));
    }
    Q_EMIT changed();
}

SurveyRequest EnglandFilterBar::request() const
{
    SurveyRequest r;
    r.filter.nhsOnly = m_population->currentData().toBool();
    const int type = m_type->currentData().toInt();
    if (type >= 0)
        r.filter.type = TrustType(type);
    r.filter.region = m_region->currentData().toString();
    if (m_watchedOnly->isChecked())
        r.filter.providerIds = m_watched;
    r.level = PopulationLevel(m_level->currentData().toInt());
    // Changes at every level: "What changed" filters the level itself.
    r.levelGiven = false;
    r.asOf = m_asOf->date();
    r.earlier = m_earlier->date();
    r.from = m_from->currentData().toDate();
    r.to = m_to->currentData().toDate();
    if (r.from.isValid() && r.to.isValid() && r.from > r.to)
        std::swap(r.from, r.to);
    r.changes = r.from.isValid() && r.to.isValid() && r.from != r.to;
    r.distribution = true;
    r.league = true;
    return r;
}
