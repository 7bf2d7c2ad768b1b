// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

// A notice across the top of the window (the bundled sample's), drawn as a
// warm tint of the palette's window colour with the palette's own text, so
// that it reads in light and dark themes alike. Its link is reachable by
// keyboard.
class NoticeBanner : public QLabel
{
    Q_OBJECT
public:
    explicit NoticeBanner(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
};
