<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutBox</name>
    <message>
        <source>bundled sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Database file: &lt;b&gt;%1&lt;/b&gt; (%2)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Trust Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trust Ratings %1&lt;/h3&gt;&lt;p&gt;Browse, compare and export the ratings that the Care Quality Commission gives NHS trusts, their hospitals and their services.&lt;/p&gt;%2&lt;p&gt;It holds %3, %4, %5 from %6; the newest rating was published on %7.&lt;/p&gt;&lt;ul&gt;%8&lt;/ul&gt;&lt;p&gt;Contains public sector information licensed under the &lt;a href=&quot;https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/&quot;&gt;Open Government Licence v3.0&lt;/a&gt;. Source: Care Quality Commission.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n location</numerusform>
            <numerusform>%n locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n imports</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiJsonSource</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one JSON value of %1 MB, larger than %2 MB (CQC&apos;s API payloads are far smaller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: expected an object or an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is larger than %2 MB (CQC&apos;s API payloads are far smaller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiPayloadReader</name>
    <message>
        <source>a /%1 list response (%2 IDs and names, no ratings); import the /%1/{id} detail responses instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (expected yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not text: a rating is a string such as &quot;Good&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a rating CQC uses (Outstanding, Good, Requires improvement, Inadequate, or a known non-rating such as &quot;Inspected but not rated&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key question (Safe, Effective, Caring, Responsive, Well-led)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: not a CQC location or provider payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a percentage (0 to 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list of assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assessment service group without a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPack</name>
    <message>
        <source>no such %1 %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 of provider %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPackRenderer</name>
    <message>
        <source>could not start painting the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles: Outstanding, Good, Requires improvement and Inadequate in CQC&apos;s colours, the rating always written on the tile with its publication date. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection timeline (from the trust&apos;s locations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not finish the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CQC ratings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellHistoryModel</name>
    <message>
        <source>current: listed in CQC&apos;s view of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current: published after CQC&apos;s view of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current: the latest report by then (CQC&apos;s views imported are all later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current: the latest report (no current view of CQC&apos;s imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (predecessor not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, published %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, inherited from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, shown in the grid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Quality statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Published %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 in this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Inherited from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Quality statements:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Shown in the grid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Published after %1, the date the grid is drawn for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Not shown: CQC&apos;s view of %1 no longer lists this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Not shown: CQC&apos;s view of %1 lists a different value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Not shown: a non-grade that only a report carries never replaces a grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Replaced by the rating published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating the grid shows as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating the grid shows today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellHistoryPanel</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating history of the selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no current rating on the date shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rating in the grid to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellRoles</name>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeFeedModel</name>
    <message>
        <source>no rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4) to %5 (%6), %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Published %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (no date)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeFeedPanel</name>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key question of the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;ject level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings changed between these two snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeFeedSummary</name>
    <message>
        <source>No ratings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n declined</numerusform>
            <numerusform>%n declined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improved</source>
        <translation>
            <numerusform>%n improved</numerusform>
            <numerusform>%n improved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly rated</source>
        <translation>
            <numerusform>%n newly rated</numerusform>
            <numerusform>%n newly rated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer rated</source>
        <translation>
            <numerusform>%n no longer rated</numerusform>
            <numerusform>%n no longer rated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not comparable</source>
        <translation>
            <numerusform>%n not comparable</numerusform>
            <numerusform>%n not comparable</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;Locations: 14 declined, 31 improved&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>%1: cannot write: no space left on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading the database failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is the database being exported; choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is %2, a file of the database being exported; choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: waiting for another import to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another import was still writing to it; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Trust Ratings database (not an SQLite file); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the database: the folder %1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a usable SQLite database (%1); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was written by a newer Trust Ratings (schema version %1; this program knows up to %2); it was left untouched, please upgrade the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an SQLite database of another program, not a Trust Ratings database; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written here and was made by an older Trust Ratings (schema version %1); open it once where it can be written, to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema upgrade failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program was built for SQLite %1 or later, but the SQLite library here is version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses SQLite %1, but this program calls SQLite %2; both must be the same library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver gives no SQLite handle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseErrorBox</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Ratings cannot open the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

To use another database, start Trust Ratings with --database PATH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>%1%2, %3: %4 (%5) to %6 (%7), %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report was published by %1, the &quot;as of&quot; date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous and current are the same report (%1): pick an earlier one as previous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one report (%1): nothing earlier to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 improved, %2 declined, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 no longer rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 not comparable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffPanel</name>
    <message>
        <source>&lt;b&gt;Changes between inspections&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes between the two report dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings to show for this population.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <source>%1%</source>
        <extracomment>a share of a key question&apos;s rated subjects, &quot;66.7%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 of %4 rated (%5%)</source>
        <extracomment>&quot;Safe: Good, 12 of 18 rated (66.7%)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnglandFilterBar</name>
    <message>
        <source>My trust&amp;s only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any trust type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>England region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star trusts in the trust list to limit these tables to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution and league table as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leve&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;ust type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpared with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes f&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnglandSurveyRunner</name>
    <message>
        <source>The survey ended without a result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnglandView</name>
    <message>
        <source>England view status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>League ta&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>England tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one snapshot is imported: import another month&apos;s Latest ratings file to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two different snapshots to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s) in this population.</source>
        <translation>
            <numerusform>%n subject in this population.</numerusform>
            <numerusform>%n subjects in this population.</numerusform>
        </translation>
    </message>
    <message>
        <source>The England tables could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The England tables are still being worked out: print again when they show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>the trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rating grid of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every rating of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every rating in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a trust first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting: %1 rows written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>UTF-8 with &amp;BOM (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Windows line ends (CRLF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guard against spreadsheet formulas (prefix &apos; to text starting = + - @)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatDetector</name>
    <message>
        <source>%1: is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an Excel workbook; open it in a spreadsheet and save it as .ods or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: named .ods but not an OpenDocument spreadsheet (not a zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: UTF-16 text; save the file as UTF-8 CSV (or import CQC&apos;s .ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: binary data, not a CQC ratings file (expected CQC API JSON, or the Latest ratings file as .ods or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridDiff</name>
    <message>
        <source>improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandbookDialog</name>
    <message>
        <source>Trust Ratings handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>%1

Import the other %n file(s)?</source>
        <translation>
            <numerusform>%1

Import the other file?</numerusform>
            <numerusform>%1

Import the other %n files?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database holds only the bundled sample. Importing real data removes the sample so that the two never mix.

Import %n file(s) and remove the sample?</source>
        <translation>
            <numerusform>The database holds only the bundled sample. Importing real data removes the sample so that the two never mix.

Import %n file and remove the sample?</numerusform>
            <numerusform>The database holds only the bundled sample. Importing real data removes the sample so that the two never mix.

Import %n files and remove the sample?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Imported %n file.</numerusform>
            <numerusform>Imported %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled. The %n file(s) imported before it are kept; nothing else was changed.</source>
        <translation>
            <numerusform>Import cancelled. The file imported before it is kept; nothing else was changed.</numerusform>
            <numerusform>Import cancelled. The %n files imported before it are kept; nothing else was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .json, .ndjson, .csv or .ods files in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the sample data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing CQC data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1: %2 records read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files with a problem were not imported; the database holds what it held before them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import again, skipping bad records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of CQC data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>bundled sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>%1: %2, %3 records, %4 new observations, %5 providers, %6 locations, %7 skipped, %8 current views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the bundled sample data was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already imported on %2 (%3, %4 records); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: the database %2 is damaged (%3); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database %2 cannot be written here (read-only); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot import into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not save to the database %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write to it while importing %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds no CQC API payload; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has CQC&apos;s header but no rating rows; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonArrayStream</name>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1 is larger than %2 MB (CQC&apos;s API payloads are far smaller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyQuestions</name>
    <message>
        <source>Safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well-led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeagueTableModel</name>
    <message>
        <source>%1: no rating published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Published %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Inherited from a predecessor registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
More than four years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: no rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3, published %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, more than four years old</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeagueTablePanel</name>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or ID of a trust or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the league table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>League table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trust Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Ratings (read-only: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table that has focus, as displayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all ratings of this &amp;trust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all ratings in the &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Trust Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a trust on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CQC data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CQC data (*.ods *.csv *.json *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CQC files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CQC f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every .json, .ndjson, .csv and .ods file in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Ratings &amp;handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes, history and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty. Download CQC&apos;s monthly &quot;Latest ratings&quot; file (.ods) from &lt;a href=&quot;https://www.cqc.org.uk/about-us/transparency/using-cqc-data&quot;&gt;cqc.org.uk/about-us/transparency/using-cqc-data&lt;/a&gt;, or API responses, and import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data.&lt;/b&gt; This database holds only the small bundled sample: two trusts, with ratings taken from published CQC reports and press releases; cells the sources do not state are empty. To load real data, download CQC&apos;s monthly &lt;i&gt;Latest ratings&lt;/i&gt; file from &lt;a href=&quot;https://www.cqc.org.uk/about-us/transparency/using-cqc-data&quot;&gt;cqc.org.uk&lt;/a&gt; and import it with &lt;b&gt;File &amp;gt; Import CQC files&lt;/b&gt; (or drop it on this window); the sample is removed when real data arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the trust list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust&apos;s board pack (its grid, changes and timeline), or in the England view the national summary, on A4 pages, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a trust or location first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalSummaryRenderer</name>
    <message>
        <source>CQC ratings in England: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>my %n trust(s) only</source>
        <translation>
            <numerusform>my %n trust only</numerusform>
            <numerusform>my %n trusts only</numerusform>
        </translation>
    </message>
    <message>
        <source>could not start painting the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CQC ratings in England</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n subject(s)</source>
        <translation>
            <numerusform>%1: %n subject</numerusform>
            <numerusform>%1: %n subjects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ratings as of %1, each bar above the same as of %2 (%n subject(s) then)</source>
        <translation>
            <numerusform>Ratings as of %1, each bar above the same as of %2 (%n subject then)</numerusform>
            <numerusform>Ratings as of %1, each bar above the same as of %2 (%n subjects then)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar is 100% of the subjects with a rating for that key question: grades in CQC&apos;s order and colours, each with its own stripe pattern for grey printing; every non-grade (&quot;Not rated&quot;, &quot;Inspected but not rated&quot;, …) in one grey segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not finish the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageCursor</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationLevel</name>
    <message>
        <source>Trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationSurveyTask</name>
    <message>
        <source>Could not read the trust list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the trusts&apos; ratings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintableReport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderFilterBar</name>
    <message>
        <source>NHS trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any trust type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrated care board, where CQC&apos;s API data gives one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ICBs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star trusts with Ctrl+D to list only them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the trusts you starred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderListLoader</name>
    <message>
        <source>The trust list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderListModel</name>
    <message>
        <source>%1 (name not in the imported data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known only through its locations: import the provider&apos;s API response (/providers/%1) or the Providers sheet of CQC&apos;s Latest ratings file to name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overall rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall %1, published %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, published %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderListPanel</name>
    <message>
        <source>Filter trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CQC page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch this trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, ID, location or location ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderListTask</name>
    <message>
        <source>Could not read the trust list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationDates</name>
    <message>
        <source>not a publication date (CQC&apos;s are from %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Trust Ratings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingDelegate</name>
    <message>
        <source>† inherited from a predecessor registration · folded corner: rated more than four years before the date shown · grey: not a grade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingFilterButton</name>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires improvement or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show trusts with any of the checked overall ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ratings</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingGridModel</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (trust-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rating published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Published %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Score %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
As listed in CQC&apos;s view of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Inherited from a predecessor registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Inherited from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
More than four years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Later: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: no rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3, published %4%5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, score %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, more than four years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust, location or service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingGridPanel</name>
    <message>
        <source>Open CQC &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this trust&apos;s or location&apos;s page on the CQC website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the grid as it stood on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the grid as it stood on a past date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CQC page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CQC files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingStore</name>
    <message>
        <source>%1 (name not in the imported data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsCsvSource</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row with &quot;Provider ID&quot; and &quot;Latest Rating&quot; in the first %1 lines; this is not a sheet of CQC&apos;s Latest ratings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsOdsSource</name>
    <message>
        <source>sheet %1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Locations or Providers sheet with CQC&apos;s ratings header (sheets found: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsSheetParser</name>
    <message>
        <source>the header has no %1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row ends after %1 fields, before this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty Provider ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key question (Safe, Effective, Caring, Responsive, Well-led, Overall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a rating CQC uses (Outstanding, Good, Requires improvement, Inadequate, or a known non-rating such as &quot;Not rated&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (expected dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected Y, N or blank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages could not be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>%1 (imported %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: no CQC files imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: CQC data, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest publication %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains public sector information licensed under the Open Government Licence v3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: CQC data, %1; and %2 more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionCopier</name>
    <message>
        <source>%1 date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectSubtitle</name>
    <message>
        <source>1 location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest report by then %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report by then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CQC&apos;s view of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known only through its locations: import the provider&apos;s API response (/providers/%1) or the Providers sheet of CQC&apos;s Latest ratings file to fill in its name and own ratings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>O</source>
        <comment>Outstanding</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <comment>Good</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RI</source>
        <comment>Requires improvement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <comment>Inadequate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/r</source>
        <comment>a rating field holding something other than a grade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not rated in these reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings of the trust itself were imported; these are its locations&apos; own ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not rated in the report of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Published %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Inherited from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>%1: not rated in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Inspection timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection timeline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as of %1: reports published after it are dimmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a trust or location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustType</name>
    <message>
        <source>Acute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewSwitch</name>
    <message>
        <source>&amp;Trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust list, one trust&apos;s ratings and its changes (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every trust at once: distribution, league table, what changed (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchedChangesBanner</name>
    <message>
        <source>&amp;Show changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched trusts notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of your trusts changed: %1</source>
        <translation>
            <numerusform>%n of your trusts changed: %1</numerusform>
            <numerusform>%n of your trusts changed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchedMarkProxyModel</name>
    <message>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (watched)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
