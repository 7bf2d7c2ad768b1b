// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "WatchedChangesBanner.h"

#include "NoticeBanner.h"

#include <QHBoxLayout>
#include <QPushButton>

// More IDs than this are left to the list: the line stays one line.
static const int shownIds = 6;

WatchedChangesBanner::WatchedChangesBanner(QWidget *parent)
    : QWidget(parent), m_text(new NoticeBanner(this)), m_show(new QPushButton(tr("&Show changes"), this)),
      m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    m_text->setTextFormat(Qt::PlainText);
    m_text->setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Watched trusts notice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_dismiss);
    connect(m_show, &QPushButton::clicked, this, [this] { Q_EMIT showChanges(m_ids); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { showChanged({}); });
    hide();
}

void WatchedChangesBanner::showChanged(const QStringList &ids)
{
    m_ids = ids;
    QString list = ids.mid(0, shownIds).join(QStringLiteral(", "));
    if (ids.size() > shownIds)
        list += QStringLiteral(", …");
    m_text->setText(tr("%n of your trusts changed: %1", nullptr, int(ids.size())).arg(list));
    setVisible(!ids.isEmpty());
}

QString WatchedChangesBanner::text() const
{
    return m_text->text();
}
