// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// A location (a hospital, a site) of a provider, as an import file describes it.
struct LocationRecord
{
    QString id; // "RJ231"
    QString providerId;
    QString name;
    QString type;
    QString inspectionCategory;
    QString region;
    QString address;
    QString postcode;
    QString url;
    QString registrationStatus;
    QString predecessorId; // the registration this one took over from (API "HSCA Predecessor")
    QString predecessorName;
    QString predecessorReason; // "NHS Transfer", "Legal Entity Change", ...
    QString icb; // "NHS Greater Manchester Integrated Care Board" (API onspdIcbName); "" when unknown
};
