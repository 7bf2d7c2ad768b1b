// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/InspectionAreas.h>

#include <QHash>

namespace InspectionAreas {

QString builtInName(const QString &areaId)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("urgent"), QStringLiteral("Urgent and emergency services")},
        {QStringLiteral("care"), QStringLiteral("Medical care (including older people's care)")},
        {QStringLiteral("surgery"), QStringLiteral("Surgery")},
        {QStringLiteral("critical"), QStringLiteral("Critical care")},
        {QStringLiteral("maternity"), QStringLiteral("Maternity and gynaecology")},
        {QStringLiteral("npimaternity"), QStringLiteral("Maternity")},
        {QStringLiteral("childrens"), QStringLiteral("Services for children & young people")},
        {QStringLiteral("life"), QStringLiteral("End of life care")},
        {QStringLiteral("outpatients"), QStringLiteral("Outpatients and diagnostic imaging")},
        {QStringLiteral("npioutpatients"), QStringLiteral("Outpatients")},
        {QStringLiteral("diagnostic"), QStringLiteral("Diagnostic imaging")},
        {QStringLiteral("accident"), QStringLiteral("Urgent care centre")},
        {QStringLiteral("transport"), QStringLiteral("Patient transport services")},
        {QStringLiteral("chsadults"), QStringLiteral("Community health services for adults")},
        {QStringLiteral("chschildren"),
         QStringLiteral("Community health services for children, young people and families")},
        {QStringLiteral("communitysexual"), QStringLiteral("Community health sexual health services")},
        {QStringLiteral("mhforensic"), QStringLiteral("Forensic inpatient or secure wards")},
        {QStringLiteral("mhlongstay"),
         QStringLiteral("Long stay or rehabilitation mental health wards for working age adults")},
        {QStringLiteral("dialysis"), QStringLiteral("Dialysis services")},
        {QStringLiteral("old"), QStringLiteral("Older people")},
        {QStringLiteral("conditions"), QStringLiteral("People with long term conditions")},
        {QStringLiteral("mothers"), QStringLiteral("Families, children and young people")},
        {QStringLiteral("population"),
         QStringLiteral("Working age people (including those recently retired and students)")},
        {QStringLiteral("vulnerable"), QStringLiteral("People whose circumstances may make them vulnerable")},
        {QStringLiteral("problems"),
         QStringLiteral("People experiencing poor mental health (including people with dementia)")},
    };
    return names.value(areaId.trimmed().toLower());
}

} // namespace InspectionAreas
