// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

class QWidget;
class RatingStore;

// Help > About: the version, what the open database holds and where it came
// from (every import), and the Open Government Licence notice CQC's data
// asks for.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)
public:
    static void show(QWidget *parent, const RatingStore &store);
};
