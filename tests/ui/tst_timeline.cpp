// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The inspection timeline (Timeline, TimelineWidget), on the bundled sample
// and on observations built by hand. The widget is rendered offscreen and
// its pixels checked; the pictures are kept for people to look at.

#include "HistoryFixture.h"
#include "RatingDelegate.h"
#include <core/Timeline.h>
#include "TimelineWidget.h"

#include <QHelpEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QToolTip>
#include <QtTest>

class TestTimeline : public QObject, protected HistoryFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { openSample(); }
    void init() { failOnWarnings(); }

    void timelineColumns();
    void timelineLeavesServicesOut();
    void timelineSameDate();
    void timelineShortTexts();
    void timelineDescription();

    void timelineRendersRj2();
    void timelineTooltip();
    void timelineManyReportsScroll();
    void timelineEmpty();
};

// --- Timeline -------------------------------------------------------

void TestTimeline::timelineColumns()
{
    Timeline model;
    model.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    QCOMPARE(model.subjectName(), QStringLiteral("Lewisham and Greenwich NHS Trust"));
    const QVector<TimelineColumn> &columns = model.columns();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns.at(0).date, iso("2017-08-01"));
    QCOMPARE(columns.at(1).date, iso("2019-01-10"));
    QCOMPARE(columns.at(2).date, iso("2020-07-03"));

    QCOMPARE(columns.at(0).cell(KeyQuestion::Caring).rating.text(), QStringLiteral("Requires improvement"));
    QCOMPARE(columns.at(1).cell(KeyQuestion::Caring).rating.grade(), Grade::Good);
    QCOMPARE(columns.at(1).cell(KeyQuestion::Effective).rating.grade(), Grade::RequiresImprovement);
    QCOMPARE(columns.at(2).cell(KeyQuestion::Effective).rating.grade(), Grade::Good);
    QCOMPARE(columns.at(2).cell(KeyQuestion::WellLed).rating.grade(), Grade::Good);
    QCOMPARE(columns.at(2).cell(KeyQuestion::Overall).rating.grade(), Grade::RequiresImprovement);
    QCOMPARE(columns.at(2).cell(KeyQuestion::Overall).date, iso("2020-07-03"));
    // Each column holds what that report published, not the grid as of its date.
    QVERIFY(columns.at(0).cell(KeyQuestion::UseOfResources).isEmpty());
    QCOMPARE(columns.at(2).cell(KeyQuestion::UseOfResources).rating.grade(), Grade::RequiresImprovement);
}

void TestTimeline::timelineLeavesServicesOut()
{
    Timeline model;
    // A mental health trust: trust-level services rated Outstanding in 2017
    // while the trust itself was Good and Effective was not rated.
    model.setSubject(load(Subject::provider(QStringLiteral("RXY"))));
    const QVector<TimelineColumn> &columns = model.columns();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns.at(1).date, iso("2017-04-12"));
    QVERIFY(columns.at(1).cell(KeyQuestion::Effective).isEmpty());
    QCOMPARE(columns.at(1).cell(KeyQuestion::Overall).rating.grade(), Grade::Good);
    QCOMPARE(columns.at(1).cell(KeyQuestion::Caring).rating.grade(), Grade::Outstanding);
    // 2015: only Overall.
    QCOMPARE(columns.at(0).cells.keys(), QList<KeyQuestion>{KeyQuestion::Overall});
    QCOMPARE(model.tileText(1, KeyQuestion::Effective), QStringLiteral("Effective: not rated in the report of ") + longDate("2017-04-12"));

    // A location whose only report rated its services: one column, no tiles filled.
    model.setSubject(load(Subject::location(QStringLiteral("RJ231"))));
    QCOMPARE(model.columns().size(), 1);
    QCOMPARE(model.columns().at(0).date, iso("2020-07-03"));
    QVERIFY(model.columns().at(0).cells.isEmpty());
}

void TestTimeline::timelineSameDate()
{
    // Two values for one cell on one date: the grade beats the non-grade
    // whatever the insertion order; between grades the later insert wins.
    Timeline model;
    model.setSubject(handBuilt({
        observation(5, {}, {}, KeyQuestion::Safe, QStringLiteral("Good"), QStringLiteral("2020-01-01")),
        observation(6, {}, {}, KeyQuestion::Safe, QStringLiteral("Not rated"), QStringLiteral("2020-01-01")),
        observation(7, {}, {}, KeyQuestion::Caring, QStringLiteral("Good"), QStringLiteral("2020-01-01")),
        observation(8, {}, {}, KeyQuestion::Caring, QStringLiteral("Inadequate"), QStringLiteral("2020-01-01")),
        observation(9, {}, {}, KeyQuestion::Responsive, QStringLiteral("Insufficient evidence to rate"),
                    QStringLiteral("2020-01-01")),
        observation(10, {}, QStringLiteral("Surgery"), KeyQuestion::Overall, QStringLiteral("Good"),
                    QStringLiteral("2021-03-01")),
    }));
    QCOMPARE(model.columns().size(), 2);
    const TimelineColumn &c = model.columns().at(0);
    QCOMPARE(c.cell(KeyQuestion::Safe).rating.text(), QStringLiteral("Good"));
    QCOMPARE(c.cell(KeyQuestion::Caring).rating.text(), QStringLiteral("Inadequate"));
    QCOMPARE(c.cell(KeyQuestion::Responsive).rating.grade(), Grade::NotAGrade);
    // A trust-level service's report is a report date of the trust, with nothing on the trust's own row.
    QCOMPARE(model.columns().at(1).date, iso("2021-03-01"));
    QVERIFY(model.columns().at(1).cells.isEmpty());
}

void TestTimeline::timelineShortTexts()
{
    QCOMPARE(Timeline::shortText(Rating::fromText(QStringLiteral("Outstanding"))), QStringLiteral("O"));
    QCOMPARE(Timeline::shortText(Rating::fromText(QStringLiteral("Good"))), QStringLiteral("G"));
    QCOMPARE(Timeline::shortText(Rating::fromText(QStringLiteral("requires improvement"))), QStringLiteral("RI"));
    QCOMPARE(Timeline::shortText(Rating::fromText(QStringLiteral("Inadequate"))), QStringLiteral("I"));
    QCOMPARE(Timeline::shortText(Rating::fromText(QStringLiteral("Inspected but not rated"))), QStringLiteral("n/r"));
    QCOMPARE(Timeline::shortText(Rating()), QStringLiteral("\u2013"));
    QCOMPARE(Timeline::monthLabel(iso("2019-01-10")), QStringLiteral("Jan 2019"));
    QCOMPARE(Timeline::keyQuestions(),
             (QList<KeyQuestion>{KeyQuestion::Overall, KeyQuestion::Safe, KeyQuestion::Effective, KeyQuestion::Caring,
                                 KeyQuestion::Responsive, KeyQuestion::WellLed}));
}

void TestTimeline::timelineDescription()
{
    Timeline model;
    QCOMPARE(model.description(), QStringLiteral("No reports."));
    model.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    QCOMPARE(model.summary(KeyQuestion::Overall),
             QStringLiteral("Overall: Requires improvement (Aug 2017), Requires improvement (Jan 2019), "
                            "Requires improvement (Jul 2020)"));
    QCOMPARE(model.summary(KeyQuestion::Effective),
             QStringLiteral("Effective: Requires improvement (Aug 2017), Requires improvement (Jan 2019), Good (Jul 2020)"));
    const QStringList lines = model.description().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.at(0), QStringLiteral("Reports: Aug 2017, Jan 2019, Jul 2020."));
    QCOMPARE(lines.at(1), model.summary(KeyQuestion::Overall));
    QCOMPARE(lines.at(6), model.summary(KeyQuestion::WellLed));

    model.setSubject(load(Subject::provider(QStringLiteral("RXY"))));
    // Blank tiles are left out of the words; the dates say which reports rated what.
    QCOMPARE(model.summary(KeyQuestion::Effective), QStringLiteral("Effective: Outstanding (Aug 2023)"));
    QCOMPARE(model.tileText(2, KeyQuestion::Effective), QStringLiteral("Effective: Outstanding\nPublished ") + longDate("2023-08-03"));
}

// --- TimelineWidget ------------------------------------------------------

void TestTimeline::timelineRendersRj2()
{
    TimelineWidget widget;
    widget.resize(900, 250);
    widget.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    QVERIFY2(widget.sizeHint().height() <= 250, qPrintable(QString::number(widget.sizeHint().height())));
    QVERIFY(widget.minimumSizeHint().width() <= 900);

    const QImage picture = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(picture.size(), QSize(900, 250));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(picture.save(dir.filePath(QStringLiteral("timeline-rj2.png"))));
    QVERIFY(picture.save(QStringLiteral("/tmp/timeline-rj2.png")));

    // Not blank: more than a background and a pen.
    const QRgb background = picture.pixel(1, 1);
    int other = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x) {
            colours.insert(picture.pixel(x, y));
            if (picture.pixel(x, y) != background)
                ++other;
        }
    QVERIFY2(other > 900 * 250 / 20, qPrintable(QString::number(other)));
    QVERIFY(colours.size() > 10);

    // Good (Caring 2019; Effective, Caring, Well-led 2020) and Requires improvement tiles.
    const QColor good = RatingDelegate::tileColour(int(Grade::Good));
    const QColor ri = RatingDelegate::tileColour(int(Grade::RequiresImprovement));
    QVERIFY(countColour(picture, good) > 4 * 100);
    QVERIFY(countColour(picture, ri) > 10 * 100);
    QCOMPARE(countColour(picture, RatingDelegate::tileColour(int(Grade::Inadequate))), 0);

    // Each tile is in its rating's colour: check a point inside the tile away from its letters.
    auto colourIn = [&](int column, KeyQuestion kq) {
        const QRect tile = widget.tileRect(column, kq);
        return QColor(picture.pixel(tile.left() + 4, tile.center().y()));
    };
    QCOMPARE(colourIn(1, KeyQuestion::Caring), good);
    QCOMPARE(colourIn(1, KeyQuestion::Effective), ri);
    QCOMPARE(colourIn(2, KeyQuestion::Effective), good);
    QCOMPARE(colourIn(2, KeyQuestion::WellLed), good);
    QCOMPARE(colourIn(0, KeyQuestion::Overall), ri);

    // Columns in date order, apart, inside the picture, each tile inside it too.
    for (int c = 0; c < 3; ++c) {
        for (KeyQuestion kq : Timeline::keyQuestions())
            QVERIFY(QRect(0, 0, 900, 250).contains(widget.tileRect(c, kq)));
        if (c > 0)
            QVERIFY(widget.tileRect(c - 1, KeyQuestion::Overall).right() < widget.tileRect(c, KeyQuestion::Overall).left());
    }
    // Far enough apart in time to sit at their true places.
    for (int c = 0; c < 3; ++c)
        QCOMPARE(widget.columnCentre(c), widget.axisPosition(c));
    QVERIFY(widget.axisPosition(0) < widget.axisPosition(1));

    QVERIFY(widget.accessibleName().contains(QStringLiteral("Lewisham and Greenwich NHS Trust")));
    QVERIFY(widget.accessibleDescription().contains(
        QStringLiteral("Overall: Requires improvement (Aug 2017), Requires improvement (Jan 2019), Requires improvement (Jul 2020)")));

    // Smaller screens: the same picture at 1024x640 gets a narrower panel.
    widget.resize(700, 240);
    const QImage narrow = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(narrow.save(QStringLiteral("/tmp/timeline-rj2-700.png")));
    QCOMPARE(QColor(narrow.pixel(widget.tileRect(2, KeyQuestion::WellLed).left() + 4,
                                 widget.tileRect(2, KeyQuestion::WellLed).center().y())), good);
}

void TestTimeline::timelineTooltip()
{
    TimelineWidget widget;
    widget.resize(900, 250);
    widget.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    const QPoint at = widget.tileRect(2, KeyQuestion::WellLed).center();
    QHelpEvent help(QEvent::ToolTip, at, widget.mapToGlobal(at));
    QApplication::sendEvent(&widget, &help);
    QVERIFY(QToolTip::isVisible());
    // Escaped, so that text from a data file is never rendered as markup.
    QCOMPARE(QToolTip::text(), QStringLiteral("<p>Well-led: Good<br>\nPublished ") + longDate("2020-07-03") + QStringLiteral("</p>"));
    QToolTip::hideText();
}

void TestTimeline::timelineManyReportsScroll()
{
    // Fifteen reports, several only weeks apart: the columns must not overlap.
    QVector<ObservationRecord> observations;
    const char *dates[] = {"2012-03-01", "2013-06-10", "2013-07-02", "2013-07-20", "2014-11-05",
                           "2015-02-01", "2016-09-09", "2017-01-15", "2017-02-01", "2018-05-05",
                           "2019-10-10", "2020-01-01", "2021-06-30", "2022-12-12", "2023-01-05"};
    const QStringList grades = {"Outstanding", "Good", "Requires improvement", "Inadequate", "Not rated"};
    qint64 id = 1;
    for (int i = 0; i < 15; ++i) {
        int k = 0;
        for (KeyQuestion kq : Timeline::keyQuestions()) {
            if ((i + k) % 7 != 3)   // leave some cells unrated
                observations << observation(id++, {}, {}, kq, grades.at((i + k) % grades.size()),
                                            QString::fromLatin1(dates[i]));
            ++k;
        }
    }
    const SubjectRatings many = handBuilt(observations);

    QScrollArea area;
    area.setWidgetResizable(true);
    auto *widget = new TimelineWidget;
    area.setWidget(widget);
    widget->setSubject(many);
    area.resize(900, 250);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QCOMPARE(widget->timeline().columns().size(), 15);
    QVERIFY(widget->width() > area.viewport()->width());
    QVERIFY(area.horizontalScrollBar()->maximum() > 0);

    for (int c = 1; c < 15; ++c) {
        QVERIFY2(widget->tileRect(c - 1, KeyQuestion::Overall).right() < widget->tileRect(c, KeyQuestion::Overall).left(),
                 qPrintable(QString::number(c)));
        QVERIFY(widget->axisPosition(c - 1) <= widget->axisPosition(c));
    }
    for (KeyQuestion kq : Timeline::keyQuestions())
        QVERIFY(widget->rect().contains(widget->tileRect(14, kq)));
    QVERIFY(widget->grab().toImage().save(QStringLiteral("/tmp/timeline-many.png")));
    QVERIFY(area.grab().toImage().save(QStringLiteral("/tmp/timeline-many-scrolled.png")));
}

void TestTimeline::timelineEmpty()
{
    TimelineWidget widget;
    widget.resize(900, 250);
    widget.setSubject(load(Subject::provider(QStringLiteral("RJ2"))));
    widget.clear();
    QVERIFY(widget.timeline().isEmpty());
    QCOMPARE(widget.columnCentre(0), -1);
    QCOMPARE(widget.tileRect(0, KeyQuestion::Overall), QRect());
    QCOMPARE(widget.accessibleDescription(), QStringLiteral("No reports."));
    const QImage picture = widget.grab().toImage();
    QCOMPARE(countColour(picture, RatingDelegate::tileColour(int(Grade::Good))), 0);
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
