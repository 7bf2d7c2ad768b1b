// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ProviderFilterBar.h"

#include "RatingFilterButton.h"
#include "WatchedMarkProxyModel.h"

#include <core/TrustType.h>
#include <itemmodels/ProviderFilterProxyModel.h>
#include <itemmodels/Roles.h>

#include <QComboBox>
#include <QGridLayout>
#include <QSettings>
#include <QToolButton>

ProviderFilterBar::ProviderFilterBar(ProviderFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent), m_proxy(proxy), m_nhs(new QComboBox(this)), m_trustType(new QComboBox(this)),
      m_region(new QComboBox(this)), m_rating(new RatingFilterButton(this)), m_icb(new QComboBox(this)),
      m_myTrusts(new QToolButton(this))
{
    // NHS trusts first: they are who this program is for; everyone else is one click away.
    m_nhs->addItem(tr("NHS trusts"), true);
    m_nhs->addItem(tr("All providers"), false);
    m_nhs->setAccessibleName(tr("Provider type"));
    m_trustType->addItem(tr("Any trust type"), QString());
    for (TrustType t : TrustTypes::nhsSectors())
        m_trustType->addItem(TrustTypes::label(t), TrustTypes::name(t));
    m_trustType->setAccessibleName(tr("Trust type"));
    m_region->setAccessibleName(tr("Region"));
    m_icb->setAccessibleName(tr("ICB"));
    m_icb->setToolTip(tr("Integrated care board, where CQC's API data gives one"));
    m_myTrusts->setText(tr("My trusts"));
    m_myTrusts->setIcon(WatchedMarkProxyModel::starIcon());
    m_myTrusts->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_myTrusts->setCheckable(true);
    m_myTrusts->setAccessibleName(tr("My trusts"));
    m_myTrusts->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setWatched({});
    refill(m_region, tr("All regions"), {});
    refill(m_icb, tr("All ICBs"), {});
    m_icb->hide();
    for (QComboBox *box : {m_nhs, m_trustType, m_region, m_icb}) {
        // Narrow windows shrink the pickers rather than grow the panel.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
        connect(box, &QComboBox::activated, this, &ProviderFilterBar::apply);
    }
    // The buttons too: their text may be cut in a narrow window (the
    // tooltip says it whole), never the window made wider than the screen.
    for (QWidget *button : std::initializer_list<QWidget *>{m_rating, m_myTrusts}) {
        button->setSizePolicy(QSizePolicy::Ignored, button->sizePolicy().verticalPolicy());
        button->setMinimumWidth(fontMetrics().averageCharWidth() * 8);
    }
    connect(m_rating, &RatingFilterButton::gradesChanged, this, &ProviderFilterBar::apply);
    connect(m_myTrusts, &QToolButton::toggled, this, &ProviderFilterBar::apply);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nhs, 0, 0);
    layout->addWidget(m_trustType, 0, 1);
    layout->addWidget(m_region, 0, 2);
    layout->addWidget(m_rating, 1, 0);
    layout->addWidget(m_icb, 1, 1);
    layout->addWidget(m_myTrusts, 1, 2);
    for (int c = 0; c < 3; ++c)
        layout->setColumnStretch(c, 1);
    m_proxy->setNhsOnly(true);
}

void ProviderFilterBar::refill(QComboBox *box, const QString &anyText, QStringList values)
{
    const QString current = box->currentData().toString();
    values.sort();
    box->clear();
    box->addItem(anyText, QString());
    for (const QString &v : std::as_const(values))
        box->addItem(v, v);
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

void ProviderFilterBar::fillChoices(const QAbstractItemModel *model)
{
    QSet<QString> regions, icbs;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        regions.insert(index.data(Roles::RegionRole).toString());
        icbs.insert(index.data(Roles::IcbRole).toString());
    }
    regions.remove(QString());
    icbs.remove(QString());
    refill(m_region, tr("All regions"), QStringList(regions.cbegin(), regions.cend()));
    refill(m_icb, tr("All ICBs"), QStringList(icbs.cbegin(), icbs.cend()));
    // Only API imports know ICBs: a picker of one "All ICBs" would only puzzle.
    m_icb->setVisible(!icbs.isEmpty());
    apply();
}

void ProviderFilterBar::setWatched(const QSet<QString> &ids)
{
    m_watched = ids;
    if (ids.isEmpty())
        m_myTrusts->setChecked(false);
    m_myTrusts->setEnabled(!ids.isEmpty());
    m_myTrusts->setToolTip(ids.isEmpty() ? tr("Star trusts with Ctrl+D to list only them here")
                                         : tr("Show only the trusts you starred"));
    apply();
}

void ProviderFilterBar::clear(bool nhs)
{
    m_nhs->setCurrentIndex(nhs ? 0 : 1);
    for (QComboBox *box : {m_trustType, m_region, m_icb})
        box->setCurrentIndex(0);
    m_rating->setGrades({});
    m_myTrusts->setChecked(false);
    apply();
}

void ProviderFilterBar::apply()
{
    m_proxy->setNhsOnly(m_nhs->currentData().toBool());
    TrustType type;
    m_proxy->setTrustType(TrustTypes::fromName(m_trustType->currentData().toString(), &type)
                              ? std::optional<TrustType>(type)
                              : std::nullopt);
    m_proxy->setRegion(m_region->currentData().toString());
    m_proxy->setOverallGrades(m_rating->grades());
    m_proxy->setIcb(m_icb->isVisibleTo(this) ? m_icb->currentData().toString() : QString());
    m_proxy->setProviderIds(m_myTrusts->isChecked() ? m_watched : QSet<QString>());
    Q_EMIT changed();
}

void ProviderFilterBar::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("list/nhsOnly"), m_nhs->currentData().toBool());
    settings.setValue(QStringLiteral("list/trustType"), m_trustType->currentData().toString());
    settings.setValue(QStringLiteral("list/region"), m_region->currentData().toString());
    settings.setValue(QStringLiteral("list/icb"), m_icb->currentData().toString());
    QStringList grades;
    for (Grade g : m_rating->grades())
        grades << QString::number(int(g));
    grades.sort();
    settings.setValue(QStringLiteral("list/ratings"), grades);
    settings.remove(QStringLiteral("list/rating")); // the one-rating picker's, before issue 13
    settings.setValue(QStringLiteral("list/myTrusts"), m_myTrusts->isChecked());
}

void ProviderFilterBar::restoreState(const QSettings &settings)
{
    m_nhs->setCurrentIndex(qMax(0, m_nhs->findData(settings.value(QStringLiteral("list/nhsOnly"), true).toBool())));
    m_trustType->setCurrentIndex(qMax(0, m_trustType->findData(settings.value(QStringLiteral("list/trustType")).toString())));
    m_region->setCurrentIndex(qMax(0, m_region->findData(settings.value(QStringLiteral("list/region")).toString())));
    m_icb->setCurrentIndex(qMax(0, m_icb->findData(settings.value(QStringLiteral("list/icb")).toString())));
    QSet<Grade> grades;
    if (settings.contains(QStringLiteral("list/ratings"))) {
        for (const QString &g : settings.value(QStringLiteral("list/ratings")).toStringList())
            grades.insert(Grade(g.toInt()));
    } else if (settings.value(QStringLiteral("list/rating"), 0).toInt() != 0) {
        grades.insert(Grade(settings.value(QStringLiteral("list/rating")).toInt()));
    }
    m_rating->setGrades(grades);
    m_myTrusts->setChecked(m_myTrusts->isEnabled() && settings.value(QStringLiteral("list/myTrusts")).toBool());
    apply();
}

QList<QWidget *> ProviderFilterBar::focusOrder() const
{
    return {m_nhs, m_trustType, m_region, m_rating, m_icb, m_myTrusts};
}
