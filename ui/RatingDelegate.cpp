// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "RatingDelegate.h"

#include <core/GridDiff.h>
#include <core/Rating.h>
#include "PaletteColours.h"
#include <itemmodels/Roles.h>

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>

RatingDelegate::RatingDelegate(QObject *parent) : QStyledItemDelegate(parent)
{}

QString RatingDelegate::marksLegend()
{
    return tr("\u2020 inherited from a predecessor registration \u00b7 folded corner: rated more than four years "
              "before the date shown \u00b7 grey: not a grade");
}

// CQC's rating colours, darkened where needed so that the text on every tile
// has at least 4.5:1 contrast.
QColor RatingDelegate::tileColour(int grade)
{
    switch (Grade(grade)) {
    case Grade::Outstanding: return QColor(0x00, 0x69, 0x5c);
    case Grade::Good: return QColor(0x2e, 0x7d, 0x32);
    case Grade::RequiresImprovement: return QColor(0xf0, 0x8c, 0x00);
    case Grade::Inadequate: return QColor(0xc6, 0x28, 0x28);
    case Grade::NotAGrade: return QColor(0xdd, 0xdd, 0xdd);
    case Grade::None: break;
    }
    return {};
}

QColor RatingDelegate::textColour(int grade)
{
    switch (Grade(grade)) {
    case Grade::RequiresImprovement:
    case Grade::NotAGrade: return QColor(0x1a, 0x1a, 0x1a);
    default: return Qt::white;
    }
}

static bool hasGrade(const QModelIndex &index)
{
    const QVariant g = index.data(Roles::GradeRole);
    return g.isValid() && Grade(g.toInt()) != Grade::None;
}

void RatingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_drawsChanges && index.data(Roles::ChangeRole).isValid())
        paintChange(painter, option, index);
    else if (hasGrade(index))
        paintTile(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

void RatingDelegate::paintTile(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    // Selection and focus stay visible around the tile.
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int grade = index.data(Roles::GradeRole).toInt();
    const QRect tile = option.rect.adjusted(2, 2, -2, -2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Grade(grade) == Grade::NotAGrade ? QPen(QColor(0xaa, 0xaa, 0xaa)) : Qt::NoPen);
    painter->setBrush(tileColour(grade));
    painter->drawRoundedRect(tile, 3, 3);

    const bool inherited = index.data(Roles::InheritedRole).toBool();
    const QDate date = index.data(Roles::DateRole).toDate();
    const QString text = index.data(Qt::DisplayRole).toString();
    // A dagger marks a rating inherited from a predecessor registration; it
    // goes on the date line so that it never pushes the rating onto a third line.
    const QString mark = inherited ? QStringLiteral("\u2020 ") : QString();

    if (index.data(Roles::StaleRole).toBool()) {
        // A folded corner marks a rating more than four years old; the
        // tooltip and accessible text say so in words.
        const int fold = qMin(10, tile.height() / 3);
        QPolygon corner;
        corner << tile.topRight() << QPoint(tile.right() - fold, tile.top()) << QPoint(tile.right(), tile.top() + fold);
        painter->setBrush(option.palette.base());
        painter->setPen(Qt::NoPen);
        painter->drawPolygon(corner);
    }
    painter->setPen(textColour(grade));
    // CQC's words and the date are left-to-right text even in a mirrored
    // (right-to-left) layout, where "3 Jul 2020" would read "Jul 2020 3".
    painter->setLayoutDirection(Qt::LeftToRight);
    // The rating is always written in full: it wraps onto a second line
    // rather than being cut off ("Requires / improvement").
    const QFont font = option.font;
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.8);
    const QFontMetrics fm(font), fmSmall(small);
    const QRect textRect = tile.adjusted(4, 1, -4, -1);
    const bool showDate = m_showDates && date.isValid();
    const int flags = Qt::AlignHCenter | Qt::TextWordWrap;
    const QRect textBox = fm.boundingRect(textRect, flags, text);
    const int blockHeight = textBox.height() + (showDate ? fmSmall.height() : 0);
    int top = textRect.top() + qMax(0, (textRect.height() - blockHeight) / 2);
    painter->setFont(font);
    painter->drawText(QRect(textRect.left(), top, textRect.width(), textBox.height()), flags, text);
    if (showDate) {
        top += textBox.height();
        painter->setFont(small);
        painter->drawText(QRect(textRect.left(), top, textRect.width(), fmSmall.height()), Qt::AlignHCenter,
                          mark + QLocale().toString(date, QStringLiteral("d MMM yyyy")));
    }
    painter->restore();
}

void RatingDelegate::paintChange(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const Change change = Change(index.data(Roles::ChangeRole).toInt());
    QString arrow;
    // Each change's hue; its lightness comes from the palette, so that the
    // words read on a light or a dark base alike.
    QColor hue;
    switch (change) {
    case Change::Improved:
        arrow = QStringLiteral("\u25B2");
        hue = QColor(0x1b, 0x6e, 0x20);
        break;
    case Change::Declined:
        arrow = QStringLiteral("\u25BC");
        hue = QColor(0xb7, 0x1c, 0x1c);
        break;
    case Change::New:
        arrow = QStringLiteral("+");
        hue = QColor(0x0d, 0x47, 0xa1);
        break;
    case Change::NoLongerRated:
        arrow = QStringLiteral("\u2013");
        hue = QColor(0x6a, 0x1b, 0x9a);
        break;
    case Change::Unchanged: arrow = QStringLiteral("="); break;
    case Change::NotComparable: arrow = QStringLiteral("\u2260"); break;
    }
    const QColor base = opt.palette.color(QPalette::Base);
    const QColor text = opt.palette.color(QPalette::Text);
    // Unchanged and not comparable are quieter than the changes, but still
    // the palette's text, softened, not a fixed grey.
    if (!hue.isValid())
        hue = PaletteColours::mix(text, base, 0.3);
    opt.text = arrow + QLatin1Char(' ') + opt.text;
    if (!(opt.state & QStyle::State_Selected)) {
        QColor background = base;
        if (change == Change::Improved || change == Change::Declined) {
            background = PaletteColours::tint(base, hue, PaletteColours::isDark(base) ? 0.3 : 0.12);
            opt.backgroundBrush = background;
            opt.font.setBold(true);
        }
        // Readable on both the row's colour and the alternate row's.
        QColor ink = PaletteColours::readableOn(hue, background);
        if (background == base)
            ink = PaletteColours::readableOn(ink, opt.palette.color(QPalette::AlternateBase));
        opt.palette.setColor(QPalette::Text, ink);
    }
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

QSize RatingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(Roles::GradeRole).isValid()) {
        // Room for a rating wrapped onto two lines, plus the date.
        const QFontMetrics fm(option.font);
        const int height = m_showDates ? 2 * fm.height() + fm.height() * 4 / 5 + 10
                                       : (m_twoLines ? 2 : 1) * fm.height() + 8;
        size.setHeight(qMax(size.height(), height));
        size.setWidth(qMax(size.width(), fm.horizontalAdvance(QStringLiteral("improvement")) + 16));
    }
    return size;
}
