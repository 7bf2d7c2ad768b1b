<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en_GB">
<context>
    <name>AboutBox</name>
    <message>
        <source>bundled sample</source>
        <translation>exemple fourni</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database file: &lt;b&gt;%1&lt;/b&gt; (%2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fichier de la base de données&#xa0;: &lt;b&gt;%1&lt;/b&gt; (%2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Trust Ratings</source>
        <translation>À propos de Trust Ratings</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trust Ratings %1&lt;/h3&gt;&lt;p&gt;Browse, compare and export the ratings that the Care Quality Commission gives NHS trusts, their hospitals and their services.&lt;/p&gt;%2&lt;p&gt;It holds %3, %4, %5 from %6; the newest rating was published on %7.&lt;/p&gt;&lt;ul&gt;%8&lt;/ul&gt;&lt;p&gt;Contains public sector information licensed under the &lt;a href=&quot;https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/&quot;&gt;Open Government Licence v3.0&lt;/a&gt;. Source: Care Quality Commission.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trust Ratings %1&lt;/h3&gt;&lt;p&gt;Parcourez, comparez et exportez les évaluations que la Care Quality Commission attribue aux établissements du NHS, à leurs hôpitaux et à leurs services.&lt;/p&gt;%2&lt;p&gt;Elle contient %3, %4, %5 issues de %6&#xa0;; l’évaluation la plus récente a été publiée le %7.&lt;/p&gt;&lt;ul&gt;%8&lt;/ul&gt;&lt;p&gt;Contient des informations du secteur public publiées sous la licence &lt;a href=&quot;https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/&quot;&gt;Open Government Licence v3.0&lt;/a&gt;. Source&#xa0;: Care Quality Commission.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n prestataire</numerusform>
            <numerusform>%n prestataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
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
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>ApiJsonSource</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>one JSON value of %1 MB, larger than %2 MB (CQC&apos;s API payloads are far smaller)</source>
        <translation>une valeur JSON de %1 Mo, plus de %2 Mo (les réponses de l’API de la CQC sont bien plus petites)</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at %2</source>
        <translation>JSON non valide&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <source>not valid JSON: expected an object or an array</source>
        <translation>JSON non valide&#xa0;: un objet ou un tableau était attendu</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>line %1 is larger than %2 MB (CQC&apos;s API payloads are far smaller)</source>
        <translation>la ligne %1 dépasse %2 Mo (les réponses de l’API de la CQC sont bien plus petites)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at column %2</source>
        <translation>JSON non valide&#xa0;: %1 à la colonne %2</translation>
    </message>
</context>
<context>
    <name>ApiPayloadReader</name>
    <message>
        <source>a /%1 list response (%2 IDs and names, no ratings); import the /%1/{id} detail responses instead</source>
        <translation>une réponse de liste /%1 (%2 identifiants et noms, sans évaluations)&#xa0;; importez plutôt les réponses détaillées /%1/{id}</translation>
    </message>
    <message>
        <source>missing date</source>
        <translation>date manquante</translation>
    </message>
    <message>
        <source>not a date (expected yyyy-mm-dd)</source>
        <translation>pas une date (format attendu&#xa0;: aaaa-mm-jj)</translation>
    </message>
    <message>
        <source>not text: a rating is a string such as &quot;Good&quot;</source>
        <translation>pas du texte&#xa0;: une évaluation est une chaîne telle que «&#xa0;Good&#xa0;»</translation>
    </message>
    <message>
        <source>not a rating CQC uses (Outstanding, Good, Requires improvement, Inadequate, or a known non-rating such as &quot;Inspected but not rated&quot;)</source>
        <translation>pas une évaluation utilisée par la CQC (Outstanding, Good, Requires improvement, Inadequate, ou une mention connue telle que «&#xa0;Inspected but not rated&#xa0;»)</translation>
    </message>
    <message>
        <source>not a key question (Safe, Effective, Caring, Responsive, Well-led)</source>
        <translation>pas une question clé (Safe, Effective, Caring, Responsive, Well-led)</translation>
    </message>
    <message>
        <source>missing: not a CQC location or provider payload</source>
        <translation>absent&#xa0;: pas une réponse de la CQC pour un site ou un prestataire</translation>
    </message>
    <message>
        <source>not a percentage (0 to 100)</source>
        <translation>pas un pourcentage (de 0 à 100)</translation>
    </message>
    <message>
        <source>not a list of assessments</source>
        <translation>pas une liste d’évaluations</translation>
    </message>
    <message>
        <source>an assessment service group without a name</source>
        <translation>un groupe de services évalué sans nom</translation>
    </message>
</context>
<context>
    <name>BoardPack</name>
    <message>
        <source>no such %1 %2 in %3</source>
        <translation>%2&#xa0;: ce %1 ne figure pas dans %3</translation>
    </message>
    <message>
        <source>location</source>
        <translation>site</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>prestataire</translation>
    </message>
    <message>
        <source>could not read %1 from %2: %3</source>
        <translation>impossible de lire %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Location %1 of %2 (%3)</source>
        <translation>Site %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Provider %1</source>
        <translation>Prestataire %1</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation type="vanished">%1 (importé le %2)</translation>
    </message>
    <message>
        <source>Source: no CQC files imported.</source>
        <translation type="vanished">Source&#xa0;: aucun fichier de la CQC importé.</translation>
    </message>
    <message>
        <source>Source: CQC data, %1.</source>
        <translation type="vanished">Source&#xa0;: données de la CQC, %1.</translation>
    </message>
    <message>
        <source>Source: CQC data, %1; and %2 earlier files.</source>
        <translation type="vanished">Source&#xa0;: données de la CQC, %1&#xa0;; et %2 fichiers plus anciens.</translation>
    </message>
    <message>
        <source>Newest publication %1.</source>
        <translation type="vanished">Publication la plus récente&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Contains public sector information licensed under the Open Government Licence v3.0</source>
        <translation type="vanished">Contient des informations du secteur public publiées sous l’Open Government Licence v3.0</translation>
    </message>
    <message>
        <source>Location %1 of provider %2</source>
        <translation>Site %1 du prestataire %2</translation>
    </message>
</context>
<context>
    <name>BoardPackController</name>
    <message>
        <source>Board pack</source>
        <translation type="vanished">Dossier du conseil</translation>
    </message>
    <message>
        <source>Choose a trust or location first.</source>
        <translation type="vanished">Choisissez d’abord un établissement ou un site.</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation type="vanished">Le rapport n’a pas pu être établi&#xa0;: %1</translation>
    </message>
    <message>
        <source>CQC ratings: %1</source>
        <translation type="vanished">Évaluations de la CQC&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print board pack: %1</source>
        <translation type="vanished">Imprimer le dossier du conseil&#xa0;: %1</translation>
    </message>
    <message>
        <source>The pages could not be printed: %1</source>
        <translation type="vanished">Les pages n’ont pas pu être imprimées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export board pack as PDF</source>
        <translation type="vanished">Exporter le dossier du conseil en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="vanished">Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation type="vanished">Le PDF n’a pas été écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BoardPackRenderer</name>
    <message>
        <source>%1 (continued)</source>
        <translation type="vanished">%1 (suite)</translation>
    </message>
    <message>
        <source>could not start painting the pages</source>
        <translation>impossible de commencer à dessiner les pages</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="vanished">Page %1 sur %2</translation>
    </message>
    <message>
        <source>Ratings as of %1</source>
        <translation>Évaluations au %1</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Évaluation globale</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Tiles: Outstanding, Good, Requires improvement and Inadequate in CQC&apos;s colours, the rating always written on the tile with its publication date. %1.</source>
        <translation>Pavés&#xa0;: Outstanding, Good, Requires improvement et Inadequate aux couleurs de la CQC, l’évaluation toujours écrite sur le pavé avec sa date de publication. %1.</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Évolutions du %1 au %2</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Évolutions</translation>
    </message>
    <message>
        <source>Cells compared</source>
        <translation>Cellules comparées</translation>
    </message>
    <message>
        <source>Inspection timeline (from the trust&apos;s locations)</source>
        <translation>Chronologie des inspections (d’après les sites de l’établissement)</translation>
    </message>
    <message>
        <source>Inspection timeline</source>
        <translation>Chronologie des inspections</translation>
    </message>
    <message>
        <source>could not finish the pages</source>
        <translation>impossible de terminer les pages</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="vanished">%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>CQC ratings: %1</source>
        <translation>Évaluations de la CQC&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trust Ratings</source>
        <translation type="vanished">Trust Ratings</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CellHistoryModel</name>
    <message>
        <source>current: listed in CQC&apos;s view of %1</source>
        <translation>actuelle&#xa0;: figure dans la vue de la CQC du %1</translation>
    </message>
    <message>
        <source>current: published after CQC&apos;s view of %1</source>
        <translation>actuelle&#xa0;: publiée après la vue de la CQC du %1</translation>
    </message>
    <message>
        <source>current: the latest report by then (CQC&apos;s views imported are all later)</source>
        <translation>actuelle&#xa0;: le dernier rapport à cette date (les vues de la CQC importées sont toutes postérieures)</translation>
    </message>
    <message>
        <source>current: the latest report (no current view of CQC&apos;s imported)</source>
        <translation>actuelle&#xa0;: le dernier rapport (aucune vue actuelle de la CQC importée)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>yes (predecessor not named)</source>
        <translation>oui (prédécesseur non nommé)</translation>
    </message>
    <message>
        <source>without a date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1: %2, published %3</source>
        <translation>%1&#xa0;: %2, publiée le %3</translation>
    </message>
    <message>
        <source>, score %1</source>
        <translation>, score %1</translation>
    </message>
    <message>
        <source>, inherited from %1</source>
        <translation>, héritée de %1</translation>
    </message>
    <message>
        <source>, report %1</source>
        <translation>, rapport %1</translation>
    </message>
    <message>
        <source>, shown in the grid (%1)</source>
        <translation>, affichée dans la grille (%1)</translation>
    </message>
    <message>
        <source>. Quality statements: %1</source>
        <translation>. Déclarations de qualité&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2
Published %3</source>
        <translation>%1&#xa0;: %2
Publiée le %3</translation>
    </message>
    <message>
        <source>
Score %1</source>
        <translation>
Score&#xa0;: %1</translation>
    </message>
    <message>
        <source>
%1 in this assessment</source>
        <translation>
%1 dans cette évaluation</translation>
    </message>
    <message>
        <source>
Inherited from %1</source>
        <translation>
Héritée de %1</translation>
    </message>
    <message>
        <source>
Quality statements:
%1</source>
        <translation>
Déclarations de qualité&#xa0;:
%1</translation>
    </message>
    <message>
        <source>
Shown in the grid: %1</source>
        <translation>
Affichée dans la grille&#xa0;: %1</translation>
    </message>
    <message>
        <source>
Published after %1, the date the grid is drawn for</source>
        <translation>
Publiée après le %1, date à laquelle la grille est établie</translation>
    </message>
    <message>
        <source>
Not shown: CQC&apos;s view of %1 no longer lists this cell</source>
        <translation>
Non affichée&#xa0;: la vue de la CQC du %1 ne mentionne plus cette cellule</translation>
    </message>
    <message>
        <source>
Not shown: CQC&apos;s view of %1 lists a different value</source>
        <translation>
Non affichée&#xa0;: la vue de la CQC du %1 indique une autre valeur</translation>
    </message>
    <message>
        <source>
Not shown: a non-grade that only a report carries never replaces a grade</source>
        <translation>
Non affichée&#xa0;: une mention sans note portée par un seul rapport ne remplace jamais une note</translation>
    </message>
    <message>
        <source>
Replaced by the rating published %1</source>
        <translation>
Remplacée par l’évaluation publiée le %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>The rating the grid shows as of %1</source>
        <translation>L’évaluation que montre la grille au %1</translation>
    </message>
    <message>
        <source>The rating the grid shows today</source>
        <translation>L’évaluation que montre la grille aujourd’hui</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affichée</translation>
    </message>
    <message>
        <source>Quality statements</source>
        <translation>Déclarations de qualité</translation>
    </message>
    <message>
        <source>Inherited from</source>
        <translation>Héritée de</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importée depuis</translation>
    </message>
</context>
<context>
    <name>CellHistoryPanel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affichée</translation>
    </message>
    <message>
        <source>Quality statements</source>
        <translation>Déclarations de qualité</translation>
    </message>
    <message>
        <source>Rating history of the selected cell</source>
        <translation>Historique des évaluations de la cellule sélectionnée</translation>
    </message>
    <message>
        <source>%1: nothing published</source>
        <translation>%1&#xa0;: rien de publié</translation>
    </message>
    <message>
        <source>%1: no current rating on the date shown</source>
        <translation>%1&#xa0;: aucune évaluation en vigueur à la date affichée</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Select a rating in the grid to see its history.</source>
        <translation>Sélectionnez une évaluation dans la grille pour voir son historique.</translation>
    </message>
</context>
<context>
    <name>CellRoles</name>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
</context>
<context>
    <name>ChangeFeedModel</name>
    <message>
        <source>no rating</source>
        <translation>aucune évaluation</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>ID du prestataire</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4) to %5 (%6), %7</source>
        <translation>%1, %2&#xa0;: %3 (%4) à %5 (%6), %7</translation>
    </message>
    <message>
        <source>%1: no rating</source>
        <translation>%1&#xa0;: aucune note</translation>
    </message>
    <message>
        <source>%1: %2
Published %3</source>
        <translation>%1&#xa0;: %2
Publiée le %3</translation>
    </message>
    <message>
        <source>%1: %2 (no date)</source>
        <translation>%1&#xa0;: %2 (sans date)</translation>
    </message>
</context>
<context>
    <name>ChangeFeedPanel</name>
    <message>
        <source>All changes</source>
        <translation>Toutes les évolutions</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>En baisse</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>En hausse</translation>
    </message>
    <message>
        <source>Direction of change</source>
        <translation>Sens de l’évolution</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Level of the changes</source>
        <translation>Niveau des évolutions</translation>
    </message>
    <message>
        <source>Every key question</source>
        <translation>Toutes les questions clés</translation>
    </message>
    <message>
        <source>Key question of the changes</source>
        <translation>Question clé des évolutions</translation>
    </message>
    <message>
        <source>Summary of what changed</source>
        <translation>Résumé des évolutions</translation>
    </message>
    <message>
        <source>Changed ratings</source>
        <translation>Évaluations modifiées</translation>
    </message>
    <message>
        <source>Directio&amp;n:</source>
        <translation>Se&amp;ns&#xa0;:</translation>
    </message>
    <message>
        <source>Sub&amp;ject level:</source>
        <translation>N&amp;iveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key question:</source>
        <translation>Question c&amp;lé&#xa0;:</translation>
    </message>
    <message>
        <source>No ratings changed between these two snapshots.</source>
        <translation>Aucune évaluation n’a changé entre ces deux instantanés.</translation>
    </message>
</context>
<context>
    <name>ChangeFeedSummary</name>
    <message>
        <source>No ratings changed</source>
        <translation>Aucune évaluation n’a changé</translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n en baisse</numerusform>
            <numerusform>%n en baisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improved</source>
        <translation>
            <numerusform>%n en hausse</numerusform>
            <numerusform>%n en hausse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly rated</source>
        <translation>
            <numerusform>%n nouvellement noté</numerusform>
            <numerusform>%n nouvellement notés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer rated</source>
        <translation>
            <numerusform>%n plus noté</numerusform>
            <numerusform>%n plus notés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not comparable</source>
        <translation>
            <numerusform>%n non comparable</numerusform>
            <numerusform>%n non comparables</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;Locations: 14 declined, 31 improved&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>%1: cannot write: no space left on %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: plus d’espace libre sur %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: export cancelled</source>
        <translation>%1&#xa0;: export annulé</translation>
    </message>
    <message>
        <source>%1: reading the database failed: %2</source>
        <translation>%1&#xa0;: la lecture de la base de données a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>standard output: %1</source>
        <translation>sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <source>%1: is the database being exported; choose another file</source>
        <translation>%1&#xa0;: c’est la base de données en cours d’export&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>%1: is %2, a file of the database being exported; choose another file</source>
        <translation>%1&#xa0;: c’est %2, un fichier de la base de données en cours d’export&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>%1: is a folder</source>
        <translation>%1&#xa0;: est un dossier</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1&#xa0;: le dossier %2 n’existe pas</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: waiting for another import to finish</source>
        <translation>%1&#xa0;: en attente de la fin d’un autre import</translation>
    </message>
    <message>
        <source>another import was still writing to it; nothing was changed</source>
        <translation>un autre import y écrivait encore&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>no space left on %1</source>
        <translation>plus d’espace libre sur %1</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>is not a Trust Ratings database (not an SQLite file); it was left untouched</source>
        <translation>n’est pas une base de données Trust Ratings (pas un fichier SQLite)&#xa0;; elle n’a pas été modifiée</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>cannot create the database: the folder %1 cannot be written</source>
        <translation>impossible de créer la base de données&#xa0;: le dossier %1 n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ouverture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open read-only: %1</source>
        <translation>ouverture en lecture seule impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not a usable SQLite database (%1); it was left untouched</source>
        <translation>n’est pas une base de données SQLite utilisable (%1)&#xa0;; elle n’a pas été modifiée</translation>
    </message>
    <message>
        <source>was written by a newer Trust Ratings (schema version %1; this program knows up to %2); it was left untouched, please upgrade the program</source>
        <translation>a été écrite par une version plus récente de Trust Ratings (schéma version %1&#xa0;; ce programme connaît jusqu’à la version %2)&#xa0;; elle n’a pas été modifiée, veuillez mettre à jour le programme</translation>
    </message>
    <message>
        <source>is an SQLite database of another program, not a Trust Ratings database; it was left untouched</source>
        <translation>est une base de données SQLite d’un autre programme, pas une base de données Trust Ratings&#xa0;; elle n’a pas été modifiée</translation>
    </message>
    <message>
        <source>cannot be written here and was made by an older Trust Ratings (schema version %1); open it once where it can be written, to upgrade it</source>
        <translation>n’est pas accessible en écriture ici et a été créée par une version plus ancienne de Trust Ratings (schéma version %1)&#xa0;; ouvrez-la une fois là où elle est accessible en écriture, pour la mettre à niveau</translation>
    </message>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation>impossible de lancer la mise à niveau du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation>la mise à niveau du schéma vers la version %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>schema upgrade failed: %1</source>
        <translation>la mise à niveau du schéma a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>this program was built for SQLite %1 or later, but the SQLite library here is version %2</source>
        <translation>ce programme a été compilé pour SQLite %1 ou plus récent, mais la bibliothèque SQLite présente ici est en version %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses SQLite %1, but this program calls SQLite %2; both must be the same library</source>
        <translation>le pilote SQLite de Qt utilise SQLite %1, mais ce programme appelle SQLite %2&#xa0;; les deux doivent être la même bibliothèque</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver gives no SQLite handle</source>
        <translation>le pilote SQLite de Qt ne fournit pas de descripteur SQLite</translation>
    </message>
</context>
<context>
    <name>DatabaseErrorBox</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Trust Ratings cannot open the database %1</source>
        <translation>Trust Ratings ne peut pas ouvrir la base de données %1</translation>
    </message>
    <message>
        <source>%1

To use another database, start Trust Ratings with --database PATH.</source>
        <translation>%1

Pour utiliser une autre base de données, lancez Trust Ratings avec --database CHEMIN.</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>%1%2, %3: %4 (%5) to %6 (%7), %8</source>
        <translation>%1%2, %3&#xa0;: de %4 (%5) à %6 (%7), %8</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>aucune évaluation</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>ID du site</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Key question</source>
        <translation>Question clé</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Previous date</source>
        <translation>Date précédente</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>Current date</source>
        <translation>Date actuelle</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>No report was published by %1, the &quot;as of&quot; date.</source>
        <translation>Aucun rapport n’a été publié au %1, la date de consultation.</translation>
    </message>
    <message>
        <source>No reports to compare.</source>
        <translation>Aucun rapport à comparer.</translation>
    </message>
    <message>
        <source>Previous and current are the same report (%1): pick an earlier one as previous.</source>
        <translation>Le rapport précédent et le rapport actuel sont le même (%1)&#xa0;: choisissez-en un plus ancien comme précédent.</translation>
    </message>
    <message>
        <source>Only one report (%1): nothing earlier to compare with.</source>
        <translation>Un seul rapport (%1)&#xa0;: rien d’antérieur à comparer.</translation>
    </message>
    <message>
        <source>%1 improved, %2 declined, %3 unchanged</source>
        <translation>%1 en hausse, %2 en baisse, %3 inchangées</translation>
    </message>
    <message>
        <source>, %1 new</source>
        <translation>, %1 nouvelles</translation>
    </message>
    <message>
        <source>, %1 no longer rated</source>
        <translation>, %1 plus évaluées</translation>
    </message>
    <message>
        <source>, %1 not comparable</source>
        <translation>, %1 non comparables</translation>
    </message>
</context>
<context>
    <name>DiffPanel</name>
    <message>
        <source>&lt;b&gt;Changes between inspections&lt;/b&gt;</source>
        <translation>&lt;b&gt;Évolutions entre inspections&lt;/b&gt;</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>A&amp;près&#xa0;:</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>Résumé des évolutions</translation>
    </message>
    <message>
        <source>Previous report date</source>
        <translation>Date du rapport précédent</translation>
    </message>
    <message>
        <source>Current report date</source>
        <translation>Date du rapport actuel</translation>
    </message>
    <message>
        <source>Changes between the two report dates</source>
        <translation>Évolutions entre les deux dates de rapport</translation>
    </message>
    <message>
        <source>No report was published by %1, the &quot;as of&quot; date.</source>
        <translation type="vanished">Aucun rapport n’a été publié au %1, la date de consultation.</translation>
    </message>
    <message>
        <source>No reports to compare.</source>
        <translation type="vanished">Aucun rapport à comparer.</translation>
    </message>
    <message>
        <source>Previous and current are the same report (%1): pick an earlier one as previous.</source>
        <translation type="vanished">Le rapport précédent et le rapport actuel sont le même (%1)&#xa0;: choisissez-en un plus ancien comme précédent.</translation>
    </message>
    <message>
        <source>Only one report (%1): nothing earlier to compare with.</source>
        <translation type="vanished">Un seul rapport (%1)&#xa0;: rien d’antérieur à comparer.</translation>
    </message>
    <message>
        <source>%1 improved, %2 declined, %3 unchanged</source>
        <translation type="vanished">%1 en hausse, %2 en baisse, %3 inchangées</translation>
    </message>
    <message>
        <source>, %1 new</source>
        <translation type="vanished">, %1 nouvelles</translation>
    </message>
    <message>
        <source>, %1 no longer rated</source>
        <translation type="vanished">, %1 plus évaluées</translation>
    </message>
    <message>
        <source>, %1 not comparable</source>
        <translation type="vanished">, %1 non comparables</translation>
    </message>
    <message>
        <source>Changed &amp;only</source>
        <translation>&amp;Modifiées seules</translation>
    </message>
    <message>
        <source>P&amp;revious:</source>
        <translation>Ava&amp;nt&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Distribution of ratings</source>
        <translation>Répartition des évaluations</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Sans note</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>aucune évaluation</translation>
    </message>
    <message>
        <source>No ratings</source>
        <translation>Aucune évaluation</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No ratings to show for this population.</source>
        <translation>Aucune évaluation à afficher pour cette population.</translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <source>%1%</source>
        <extracomment>a share of a key question&apos;s rated subjects, &quot;66.7%&quot;</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Key question</source>
        <translation>Question clé</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>%1: %2, %3 of %4 rated (%5%)</source>
        <extracomment>&quot;Safe: Good, 12 of 18 rated (66.7%)&quot;</extracomment>
        <translation>%1&#xa0;: %2, %3 sur %4 notés (%5&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>EnglandFilterBar</name>
    <message>
        <source>My trust&amp;s only</source>
        <translation>&amp;Mes établissements seulement</translation>
    </message>
    <message>
        <source>NHS trusts</source>
        <translation>Trusts NHS</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les prestataires</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population étudiée</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Any trust type</source>
        <translation>Tout type d’établissement</translation>
    </message>
    <message>
        <source>Trust type</source>
        <translation>Type d’établissement</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Toute région</translation>
    </message>
    <message>
        <source>England region</source>
        <translation>Région d’Angleterre</translation>
    </message>
    <message>
        <source>Star trusts in the trust list to limit these tables to them</source>
        <translation>Marquez des établissements d’une étoile dans la liste pour limiter ces tableaux à eux</translation>
    </message>
    <message>
        <source>Distribution and league table as of</source>
        <translation>Répartition et classement au</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparé au</translation>
    </message>
    <message>
        <source>Changes from snapshot</source>
        <translation>Évolutions depuis l’instantané</translation>
    </message>
    <message>
        <source>Changes to snapshot</source>
        <translation>Évolutions jusqu’à l’instantané</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Population&#xa0;:</translation>
    </message>
    <message>
        <source>Leve&amp;l:</source>
        <translation>Nivea&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Tr&amp;ust type:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>À la da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mpared with:</source>
        <translation>C&amp;omparé au&#xa0;:</translation>
    </message>
    <message>
        <source>Changes f&amp;rom:</source>
        <translation>Évolutions &amp;du&#xa0;:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>jus&amp;qu’au&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EnglandSurveyRunner</name>
    <message>
        <source>The survey ended without a result.</source>
        <translation>Le calcul s’est terminé sans résultat.</translation>
    </message>
</context>
<context>
    <name>EnglandView</name>
    <message>
        <source>England view status</source>
        <translation>État de la vue Angleterre</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Répartition</translation>
    </message>
    <message>
        <source>League ta&amp;ble</source>
        <translation>Classemen&amp;t</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>Ce qui a &amp;changé</translation>
    </message>
    <message>
        <source>England tables</source>
        <translation>Tableaux de l’Angleterre</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Only one snapshot is imported: import another month&apos;s Latest ratings file to see what changed.</source>
        <translation>Un seul instantané est importé&#xa0;: importez le fichier Latest ratings d’un autre mois pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>Pick two different snapshots to see what changed.</source>
        <translation>Choisissez deux instantanés différents pour voir ce qui a changé.</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s) in this population.</source>
        <translation>
            <numerusform>%n sujet dans cette population.</numerusform>
            <numerusform>%n sujets dans cette population.</numerusform>
        </translation>
    </message>
    <message>
        <source>The England tables could not be read: %1</source>
        <translation>Les tableaux de l’Angleterre n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The England tables are still being worked out: print again when they show.</source>
        <translation>Les tableaux de l’Angleterre sont encore en cours de calcul&#xa0;: imprimez de nouveau quand ils s’affichent.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>the trust list</source>
        <translation>la liste des établissements</translation>
    </message>
    <message>
        <source>the rating grid of %1</source>
        <translation>la grille des évaluations de %1</translation>
    </message>
    <message>
        <source>the changes of %1</source>
        <translation>les évolutions de %1</translation>
    </message>
    <message>
        <source>every rating of %1</source>
        <translation>toutes les évaluations de %1</translation>
    </message>
    <message>
        <source>every rating in the database</source>
        <translation>toutes les évaluations de la base de données</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Select a trust first.</source>
        <translation>Sélectionnez d’abord un établissement.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exporting ratings</source>
        <translation>Export des évaluations</translation>
    </message>
    <message>
        <source>Exporting: %1 rows written</source>
        <translation>Export en cours&#xa0;: %1 lignes écrites</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>UTF-8 with &amp;BOM (for Excel)</source>
        <translation>UTF-8 avec &amp;BOM (pour Excel)</translation>
    </message>
    <message>
        <source>&amp;Windows line ends (CRLF)</source>
        <translation>Fins de ligne &amp;Windows (CRLF)</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>Ligne d’&amp;en-tête</translation>
    </message>
    <message>
        <source>&amp;Guard against spreadsheet formulas (prefix &apos; to text starting = + - @)</source>
        <translation>&amp;Protéger contre les formules de tableur (préfixer &apos; au texte commençant par = + - @)</translation>
    </message>
    <message>
        <source>Export %1 to CSV</source>
        <translation>Exporter %1 en CSV</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule (&#xa0;; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez un fichier où écrire.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>Le dossier %1 n’existe pas. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>FormatDetector</name>
    <message>
        <source>%1: is a folder</source>
        <translation>%1&#xa0;: est un dossier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>%1: an Excel workbook; open it in a spreadsheet and save it as .ods or CSV</source>
        <translation>%1&#xa0;: un classeur Excel&#xa0;; ouvrez-le dans un tableur et enregistrez-le au format .ods ou CSV</translation>
    </message>
    <message>
        <source>%1: named .ods but not an OpenDocument spreadsheet (not a zip archive)</source>
        <translation>%1&#xa0;: nommé .ods mais ce n’est pas une feuille de calcul OpenDocument (pas une archive zip)</translation>
    </message>
    <message>
        <source>%1: UTF-16 text; save the file as UTF-8 CSV (or import CQC&apos;s .ods)</source>
        <translation>%1&#xa0;: texte UTF-16&#xa0;; enregistrez le fichier en CSV UTF-8 (ou importez le .ods de la CQC)</translation>
    </message>
    <message>
        <source>%1: binary data, not a CQC ratings file (expected CQC API JSON, or the Latest ratings file as .ods or CSV)</source>
        <translation>%1&#xa0;: données binaires, pas un fichier d’évaluations de la CQC (attendu&#xa0;: du JSON de l’API de la CQC, ou le fichier Latest ratings en .ods ou CSV)</translation>
    </message>
</context>
<context>
    <name>GridDiff</name>
    <message>
        <source>improved</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>no longer rated</source>
        <translation>plus évaluée</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>non comparable</translation>
    </message>
</context>
<context>
    <name>HandbookDialog</name>
    <message>
        <source>Trust Ratings handbook</source>
        <translation>Manuel de Trust Ratings</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Manuel</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>No .json, .ndjson, .csv or .ods files in:
%1</source>
        <translation>Aucun fichier .json, .ndjson, .csv ou .ods dans&#xa0;:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%1

Import the other %n file(s)?</source>
        <translation>
            <numerusform>%1

Importer l’autre fichier&#xa0;?</numerusform>
            <numerusform>%1

Importer les %n autres fichiers&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the sample data?</source>
        <translation>Remplacer les données d’exemple&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>The database holds only the bundled sample. Importing real data removes the sample so that the two never mix.

Import %n file(s) and remove the sample?</source>
        <translation>
            <numerusform>La base de données ne contient que l’exemple fourni. Importer des données réelles supprime l’exemple afin que les deux ne se mélangent jamais.

Importer %n fichier et supprimer l’exemple&#xa0;?</numerusform>
            <numerusform>La base de données ne contient que l’exemple fourni. Importer des données réelles supprime l’exemple afin que les deux ne se mélangent jamais.

Importer %n fichiers et supprimer l’exemple&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation>Démarrage de l’import…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing CQC data</source>
        <translation>Import des données de la CQC</translation>
    </message>
    <message>
        <source>Importing %1: %2 records read</source>
        <translation>Import de %1&#xa0;: %2 enregistrements lus</translation>
    </message>
    <message>
        <source>File %1 of %2. </source>
        <translation>Fichier %1 sur %2. </translation>
    </message>
    <message>
        <source>    skipped %1</source>
        <translation>    ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>%n fichier importé.</numerusform>
            <numerusform>%n fichiers importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation>Import terminé avec des problèmes</translation>
    </message>
    <message>
        <source>Files with a problem were not imported; the database holds what it held before them.</source>
        <translation>Les fichiers présentant un problème n’ont pas été importés&#xa0;; la base de données contient ce qu’elle contenait avant eux.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled. The %n file(s) imported before it are kept; nothing else was changed.</source>
        <translation>
            <numerusform>Import annulé. Le fichier importé auparavant est conservé&#xa0;; rien d’autre n’a été modifié.</numerusform>
            <numerusform>Import annulé. Les %n fichiers importés auparavant sont conservés&#xa0;; rien d’autre n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import annulé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Import again, skipping bad records</source>
        <translation>Importer à nouveau en ignorant les enregistrements erronés</translation>
    </message>
    <message>
        <source>Import a folder of CQC data</source>
        <translation>Importer un dossier de données de la CQC</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Imports précédents</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>bundled sample</source>
        <translation>exemple fourni</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>New ratings</source>
        <translation>Nouvelles évaluations</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Prestataires</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>%1: %2, %3 records, %4 new observations, %5 providers, %6 locations, %7 skipped, %8 current views</source>
        <translation>%1&#xa0;: %2, %3 enregistrements, %4 nouvelles observations, %5 prestataires, %6 sites, %7 ignorés, %8 vues actuelles</translation>
    </message>
    <message>
        <source> (as of %1)</source>
        <translation> (au %1)</translation>
    </message>
    <message>
        <source> (the bundled sample data was removed)</source>
        <translation> (les données d’exemple fournies ont été supprimées)</translation>
    </message>
    <message>
        <source>%1: already imported on %2 (%3, %4 records); nothing was changed</source>
        <translation>%1 : déjà importé le %2 (%3, %4 enregistrements) ; rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: the database %2 is damaged (%3); nothing was imported</source>
        <translation>%1&#xa0;: la base de données %2 est endommagée (%3)&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>%1: the database %2 cannot be written here (read-only); nothing was imported</source>
        <translation>%1&#xa0;: la base de données %2 n’est pas accessible en écriture ici (lecture seule)&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>%1: cannot import into %2: %3</source>
        <translation>%1&#xa0;: import impossible dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: could not save to the database %2: %3</source>
        <translation>%1&#xa0;: enregistrement impossible dans la base de données %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: cannot write to it while importing %2: %3</source>
        <translation>%1&#xa0;: écriture impossible pendant l’import de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was changed</source>
        <translation>%1&#xa0;: import annulé&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1: holds no CQC API payload; nothing was imported</source>
        <translation>%1&#xa0;: ne contient aucune réponse de l’API de la CQC&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>%1: has CQC&apos;s header but no rating rows; nothing was imported</source>
        <translation>%1&#xa0;: a l’en-tête de la CQC mais aucune ligne d’évaluation&#xa0;; rien n’a été importé</translation>
    </message>
</context>
<context>
    <name>JsonArrayStream</name>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>JSON non valide&#xa0;: %1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>pas un tableau</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>données parasites à la fin du document</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>valeur interdite</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>tableau non terminé</translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation>séparateur de valeurs manquant</translation>
    </message>
    <message>
        <source>element %1 is larger than %2 MB (CQC&apos;s API payloads are far smaller)</source>
        <translation>l’élément %1 dépasse %2 Mo (les réponses de l’API de la CQC sont bien plus petites)</translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation>document trop profondément imbriqué</translation>
    </message>
</context>
<context>
    <name>KeyQuestions</name>
    <message>
        <source>Safe</source>
        <translation>Sûr</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Efficace</translation>
    </message>
    <message>
        <source>Caring</source>
        <translation>Bienveillant</translation>
    </message>
    <message>
        <source>Responsive</source>
        <translation>Réactif</translation>
    </message>
    <message>
        <source>Well-led</source>
        <translation>Bien dirigé</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Use of resources</source>
        <translation>Utilisation des ressources</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Combiné</translation>
    </message>
</context>
<context>
    <name>LeagueTableModel</name>
    <message>
        <source>%1: no rating published</source>
        <translation>%1&#xa0;: aucune évaluation publiée</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>ID du prestataire</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>ID du site</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2
Published %3</source>
        <translation>%1&#xa0;: %2
Publiée le %3</translation>
    </message>
    <message>
        <source>%1: %2 (no date)</source>
        <translation>%1&#xa0;: %2 (sans date)</translation>
    </message>
    <message>
        <source>
Inherited from a predecessor registration</source>
        <translation>
Héritée d’un enregistrement prédécesseur</translation>
    </message>
    <message>
        <source>
More than four years old</source>
        <translation>
Date de plus de quatre ans</translation>
    </message>
    <message>
        <source>%1, %2: no rating</source>
        <translation>%1, %2&#xa0;: aucune évaluation</translation>
    </message>
    <message>
        <source>%1, %2: %3, published %4%5</source>
        <translation>%1, %2&#xa0;: %3, publiée le %4%5</translation>
    </message>
    <message>
        <source>without a date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>, more than four years old</source>
        <translation>, date de plus de quatre ans</translation>
    </message>
</context>
<context>
    <name>LeagueTablePanel</name>
    <message>
        <source>F&amp;ilter:</source>
        <translation>Fi&amp;ltrer&#xa0;:</translation>
    </message>
    <message>
        <source>Name or ID of a trust or location</source>
        <translation>Nom ou ID d’un établissement ou d’un site</translation>
    </message>
    <message>
        <source>Filter the league table</source>
        <translation>Filtrer le classement</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>League table</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trust Ratings</source>
        <translation>Trust Ratings</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>É&amp;volutions</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Chrono&amp;logie</translation>
    </message>
    <message>
        <source>Trust Ratings (read-only: %1)</source>
        <translation>Trust Ratings (lecture seule&#xa0;: %1)</translation>
    </message>
    <message>
        <source>The database cannot be written here</source>
        <translation>La base de données n’est pas accessible en écriture ici</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Import &amp;history</source>
        <translation>&amp;Historique des imports</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>E&amp;xporter le tableau…</translation>
    </message>
    <message>
        <source>Export the table that has focus, as displayed</source>
        <translation>Exporter le tableau actif, tel qu’il est affiché</translation>
    </message>
    <message>
        <source>Export all ratings of this &amp;trust…</source>
        <translation>Exporter toutes les évaluations de cet é&amp;tablissement…</translation>
    </message>
    <message>
        <source>Export all ratings in the &amp;database…</source>
        <translation>Exporter toutes les évaluations de la &amp;base de données…</translation>
    </message>
    <message>
        <source>&amp;Find trust</source>
        <translation>&amp;Rechercher un établissement</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Trust Ratings</source>
        <translation>À &amp;propos de Trust Ratings</translation>
    </message>
    <message>
        <source>Select a trust on the left.</source>
        <translation>Sélectionnez un établissement à gauche.</translation>
    </message>
    <message>
        <source>%1 is not in this database.</source>
        <translation>%1 ne figure pas dans cette base de données.</translation>
    </message>
    <message>
        <source>Import CQC data</source>
        <translation>Importer des données de la CQC</translation>
    </message>
    <message>
        <source>CQC data (*.ods *.csv *.json *.ndjson);;All files (*)</source>
        <translation>Données de la CQC (*.ods *.csv *.json *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sample data notice</source>
        <translation>Avis sur les données d’exemple</translation>
    </message>
    <message>
        <source>Cell histor&amp;y</source>
        <translation>Hi&amp;storique de la cellule</translation>
    </message>
    <message>
        <source>Lower panel</source>
        <translation>Panneau inférieur</translation>
    </message>
    <message>
        <source>&amp;Import CQC files…</source>
        <translation>&amp;Importer des fichiers de la CQC…</translation>
    </message>
    <message>
        <source>Import CQC f&amp;older…</source>
        <translation>Importer un &amp;dossier de la CQC…</translation>
    </message>
    <message>
        <source>Import every .json, .ndjson, .csv and .ods file in a folder and its subfolders</source>
        <translation>Importer tous les fichiers .json, .ndjson, .csv et .ods d’un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <source>Trust Ratings &amp;handbook</source>
        <translation>&amp;Manuel de Trust Ratings</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Trust &amp;list</source>
        <translation>&amp;Liste des établissements</translation>
    </message>
    <message>
        <source>&amp;Changes, history and timeline</source>
        <translation>É&amp;volutions, historique et chronologie</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>This database is empty. Download CQC&apos;s monthly &quot;Latest ratings&quot; file (.ods) from &lt;a href=&quot;https://www.cqc.org.uk/about-us/transparency/using-cqc-data&quot;&gt;cqc.org.uk/about-us/transparency/using-cqc-data&lt;/a&gt;, or API responses, and import them.</source>
        <translation>Cette base de données est vide. Téléchargez le fichier mensuel «&#xa0;Latest ratings&#xa0;» (.ods) de la CQC sur &lt;a href=&quot;https://www.cqc.org.uk/about-us/transparency/using-cqc-data&quot;&gt;cqc.org.uk/about-us/transparency/using-cqc-data&lt;/a&gt;, ou des réponses de l’API, puis importez-les.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data.&lt;/b&gt; This database holds only the small bundled sample: two trusts, with ratings taken from published CQC reports and press releases; cells the sources do not state are empty. To load real data, download CQC&apos;s monthly &lt;i&gt;Latest ratings&lt;/i&gt; file from &lt;a href=&quot;https://www.cqc.org.uk/about-us/transparency/using-cqc-data&quot;&gt;cqc.org.uk&lt;/a&gt; and import it with &lt;b&gt;File &amp;gt; Import CQC files&lt;/b&gt; (or drop it on this window); the sample is removed when real data arrives.</source>
        <translation>&lt;b&gt;Données d’exemple.&lt;/b&gt; Cette base de données ne contient que le petit exemple fourni&#xa0;: deux établissements, avec des évaluations tirées de rapports et de communiqués de presse publiés par la CQC&#xa0;; les cellules que ces sources ne précisent pas sont vides. Pour charger des données réelles, téléchargez le fichier mensuel &lt;i&gt;Latest ratings&lt;/i&gt; de la CQC sur &lt;a href=&quot;https://www.cqc.org.uk/about-us/transparency/using-cqc-data&quot;&gt;cqc.org.uk&lt;/a&gt; et importez-le avec &lt;b&gt;Fichier &amp;gt; Importer des fichiers de la CQC&lt;/b&gt; (ou déposez-le sur cette fenêtre)&#xa0;; l’exemple est supprimé à l’arrivée des données réelles.</translation>
    </message>
    <message>
        <source>Loading the trust list…</source>
        <translation>Chargement de la liste des établissements…</translation>
    </message>
    <message>
        <source>&amp;Print board pack…</source>
        <translation type="vanished">Im&amp;primer le dossier du conseil…</translation>
    </message>
    <message>
        <source>The trust&apos;s grid, changes and timeline on A4 pages, with a preview</source>
        <translation type="vanished">La grille, les évolutions et la chronologie de l’établissement sur des pages A4, avec un aperçu</translation>
    </message>
    <message>
        <source>Export &amp;board pack as PDF…</source>
        <translation type="vanished">Exporter le dossier du &amp;conseil en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>The trust&apos;s board pack (its grid, changes and timeline), or in the England view the national summary, on A4 pages, with a preview</source>
        <translation>Le dossier du conseil de l’établissement (sa grille, ses évolutions et sa chronologie) ou, dans la vue Angleterre, la synthèse nationale, sur des pages A4, avec un aperçu</translation>
    </message>
    <message>
        <source>Choose a trust or location first.</source>
        <translation>Choisissez d’abord un établissement ou un site.</translation>
    </message>
    <message>
        <source>Export &amp;as PDF…</source>
        <translation>Exporter en PD&amp;F…</translation>
    </message>
</context>
<context>
    <name>NationalSummaryRenderer</name>
    <message>
        <source>CQC ratings in England: %1</source>
        <translation>Évaluations de la CQC en Angleterre&#xa0;: %1</translation>
    </message>
    <message>
        <source>NHS trusts</source>
        <translation>Établissements du NHS</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les prestataires</translation>
    </message>
    <message numerus="yes">
        <source>my %n trust(s) only</source>
        <translation>
            <numerusform>seulement mon établissement (%n)</numerusform>
            <numerusform>seulement mes %n établissements</numerusform>
        </translation>
    </message>
    <message>
        <source>could not start painting the page</source>
        <translation>impossible de commencer à dessiner la page</translation>
    </message>
    <message>
        <source>CQC ratings in England</source>
        <translation>Évaluations de la CQC en Angleterre</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n subject(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n sujet</numerusform>
            <numerusform>%1&#xa0;: %n sujets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ratings as of %1, each bar above the same as of %2 (%n subject(s) then)</source>
        <translation>
            <numerusform>Évaluations au %1, chaque barre au-dessus de la même au %2 (%n sujet alors)</numerusform>
            <numerusform>Évaluations au %1, chaque barre au-dessus de la même au %2 (%n sujets alors)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings as of %1</source>
        <translation>Évaluations au %1</translation>
    </message>
    <message>
        <source>Each bar is 100% of the subjects with a rating for that key question: grades in CQC&apos;s order and colours, each with its own stripe pattern for grey printing; every non-grade (&quot;Not rated&quot;, &quot;Inspected but not rated&quot;, …) in one grey segment.</source>
        <translation>Chaque barre représente 100&#xa0;% des sujets évalués pour cette question clé&#xa0;: les notes dans l’ordre et les couleurs de la CQC, chacune avec ses propres hachures pour l’impression en gris&#xa0;; toutes les mentions sans note («&#xa0;Not rated&#xa0;», «&#xa0;Inspected but not rated&#xa0;», …) dans un même segment gris.</translation>
    </message>
    <message>
        <source>could not finish the page</source>
        <translation>impossible de terminer la page</translation>
    </message>
</context>
<context>
    <name>PageCursor</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PopulationLevel</name>
    <message>
        <source>Trusts</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Core services</source>
        <translation>Services principaux</translation>
    </message>
</context>
<context>
    <name>PopulationSurveyTask</name>
    <message>
        <source>Could not read the trust list: %1</source>
        <translation>Impossible de lire la liste des établissements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the trusts&apos; ratings: %1</source>
        <translation>Impossible de lire les notes des établissements&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PrintableReport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Trust Ratings</source>
        <translation>Trust Ratings</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProviderFilterBar</name>
    <message>
        <source>NHS trusts</source>
        <translation>Établissements du NHS</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les prestataires</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Type de prestataire</translation>
    </message>
    <message>
        <source>Any trust type</source>
        <translation>Tout type d’établissement</translation>
    </message>
    <message>
        <source>Trust type</source>
        <translation>Type d’établissement</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>ICB</source>
        <translation>Conseil de soins intégrés (ICB)</translation>
    </message>
    <message>
        <source>Integrated care board, where CQC&apos;s API data gives one</source>
        <translation>Integrated care board, quand les données de l’API de la CQC en donnent un</translation>
    </message>
    <message>
        <source>My trusts</source>
        <translation>Mes suivis</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All ICBs</source>
        <translation>Tous les ICB</translation>
    </message>
    <message>
        <source>Star trusts with Ctrl+D to list only them here</source>
        <translation>Marquez des établissements d’une étoile (Ctrl+D) pour n’afficher qu’eux ici</translation>
    </message>
    <message>
        <source>Show only the trusts you starred</source>
        <translation>N’afficher que les établissements marqués d’une étoile</translation>
    </message>
</context>
<context>
    <name>ProviderListLoader</name>
    <message>
        <source>The trust list could not be read.</source>
        <translation>La liste des établissements n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>ProviderListModel</name>
    <message>
        <source>%1 (name not in the imported data)</source>
        <translation>%1 (nom absent des données importées)</translation>
    </message>
    <message>
        <source>Known only through its locations: import the provider&apos;s API response (/providers/%1) or the Providers sheet of CQC&apos;s Latest ratings file to name it</source>
        <translation>Connu uniquement par ses sites&#xa0;: importez la réponse de l’API pour ce prestataire (/providers/%1) ou la feuille Providers du fichier Latest ratings de la CQC pour le nommer</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No overall rating</source>
        <translation>Aucune évaluation globale</translation>
    </message>
    <message>
        <source>Overall %1, published %2</source>
        <translation>Global&#xa0;: %1, publiée le %2</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>ID du prestataire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Overall date</source>
        <translation>Date (global)</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>No %1 rating</source>
        <translation>Aucune note %1</translation>
    </message>
    <message>
        <source>%1 %2 (no date)</source>
        <translation>%1 %2 (sans date)</translation>
    </message>
    <message>
        <source>%1 %2, published %3</source>
        <translation>%1 %2, publiée le %3</translation>
    </message>
</context>
<context>
    <name>ProviderListPanel</name>
    <message>
        <source>Filter trusts</source>
        <translation>Filtrer les établissements</translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Open CQC page</source>
        <translation>Ouvrir la page de la CQC</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <source>&amp;Watch this trust</source>
        <translation>&amp;Suivre cet établissement</translation>
    </message>
    <message>
        <source>Filter by name, ID, location or location ID (Ctrl+F)</source>
        <translation>Filtrer par nom, ID, site ou ID de site (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>ProviderListTask</name>
    <message>
        <source>Could not read the trust list: %1</source>
        <translation>Impossible de lire la liste des établissements&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PublicationDates</name>
    <message>
        <source>not a publication date (CQC&apos;s are from %1 to %2)</source>
        <translation>pas une date de publication (celles de la CQC vont du %1 au %2)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Trust Ratings</source>
        <translation>Trust Ratings</translation>
    </message>
</context>
<context>
    <name>RatingDelegate</name>
    <message>
        <source>† inherited from a predecessor registration · folded corner: rated more than four years before the date shown · grey: not a grade</source>
        <translation>† héritée d’un enregistrement prédécesseur · coin plié&#xa0;: évaluée plus de quatre ans avant la date affichée · gris&#xa0;: pas une note</translation>
    </message>
</context>
<context>
    <name>RatingFilterButton</name>
    <message>
        <source>Any rating</source>
        <translation>Toute note</translation>
    </message>
    <message>
        <source>Requires improvement or worse</source>
        <translation>Requires improvement ou pire</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>Sans note</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Évaluation globale</translation>
    </message>
    <message>
        <source>Show trusts with any of the checked overall ratings</source>
        <translation>Afficher les établissements ayant l’une des évaluations globales cochées</translation>
    </message>
    <message numerus="yes">
        <source>%n ratings</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingGridModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 (trust-wide)</source>
        <translation>%1 (tout l’établissement)</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>Provider %1</source>
        <translation>Prestataire %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="vanished">%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1: no rating published</source>
        <translation>%1&#xa0;: aucune évaluation publiée</translation>
    </message>
    <message>
        <source>%1: %2
Published %3</source>
        <translation>%1&#xa0;: %2
Publiée le %3</translation>
    </message>
    <message>
        <source>%1: %2 (no date)</source>
        <translation>%1&#xa0;: %2 (sans date)</translation>
    </message>
    <message>
        <source>
Score %1%</source>
        <translation>
Score&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>
As listed in CQC&apos;s view of %1</source>
        <translation>
Telle qu’indiquée dans la vue de la CQC du %1</translation>
    </message>
    <message>
        <source>
Inherited from a predecessor registration</source>
        <translation>
Héritée d’un enregistrement prédécesseur</translation>
    </message>
    <message>
        <source>
Inherited from %1</source>
        <translation>
Héritée de %1</translation>
    </message>
    <message>
        <source>
More than four years old</source>
        <translation>
Date de plus de quatre ans</translation>
    </message>
    <message>
        <source>
Later: %1 (%2)</source>
        <translation>
Par la suite&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2: no rating</source>
        <translation>%1, %2&#xa0;: aucune évaluation</translation>
    </message>
    <message>
        <source>%1, %2: %3, published %4%5%6</source>
        <translation>%1, %2&#xa0;: %3, publiée le %4%5%6</translation>
    </message>
    <message>
        <source>%1, score %2%</source>
        <translation>%1, score %2&#xa0;%</translation>
    </message>
    <message>
        <source>without a date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>, inherited</source>
        <translation>, héritée</translation>
    </message>
    <message>
        <source>, more than four years old</source>
        <translation>, date de plus de quatre ans</translation>
    </message>
    <message>
        <source>Trust, location or service</source>
        <translation>Établissement, site ou service</translation>
    </message>
</context>
<context>
    <name>RatingGridPanel</name>
    <message>
        <source>Open CQC &amp;page</source>
        <translation>Ouvrir la pa&amp;ge de la CQC</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>À la &amp;date du</translation>
    </message>
    <message>
        <source>Open this trust&apos;s or location&apos;s page on the CQC website</source>
        <translation>Ouvrir la page de cet établissement ou de ce site sur le site web de la CQC</translation>
    </message>
    <message>
        <source>Show the grid as it stood on this date</source>
        <translation>Afficher la grille telle qu’elle était à cette date</translation>
    </message>
    <message>
        <source>Replay the grid as it stood on a past date</source>
        <translation>Revoir la grille telle qu’elle était à une date passée</translation>
    </message>
    <message>
        <source>Rating grid</source>
        <translation>Grille des évaluations</translation>
    </message>
    <message>
        <source>† inherited from a predecessor registration · folded corner: rated more than four years before the date shown · grey: not a grade</source>
        <translation type="vanished">† héritée d’un enregistrement prédécesseur · coin plié&#xa0;: évaluée plus de quatre ans avant la date affichée · gris&#xa0;: pas une note</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trust Ratings</source>
        <translation>Trust Ratings</translation>
    </message>
    <message>
        <source>Open CQC page</source>
        <translation>Ouvrir la page de la CQC</translation>
    </message>
    <message>
        <source>&amp;Import CQC files…</source>
        <translation>&amp;Importer des fichiers de la CQC…</translation>
    </message>
</context>
<context>
    <name>RatingStore</name>
    <message>
        <source>%1 (name not in the imported data)</source>
        <translation>%1 (nom absent des données importées)</translation>
    </message>
</context>
<context>
    <name>RatingsCsvSource</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no header row with &quot;Provider ID&quot; and &quot;Latest Rating&quot; in the first %1 lines; this is not a sheet of CQC&apos;s Latest ratings file</source>
        <translation>aucune ligne d’en-tête avec «&#xa0;Provider ID&#xa0;» et «&#xa0;Latest Rating&#xa0;» dans les %1 premières lignes&#xa0;; ce n’est pas une feuille du fichier Latest ratings de la CQC</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>RatingsOdsSource</name>
    <message>
        <source>sheet %1, row %2: %3</source>
        <translation>feuille %1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets</source>
        <translation>le classeur n’a aucune feuille</translation>
    </message>
    <message>
        <source>no Locations or Providers sheet with CQC&apos;s ratings header (sheets found: %1)</source>
        <translation>aucune feuille Locations ou Providers avec l’en-tête d’évaluations de la CQC (feuilles trouvées&#xa0;: %1)</translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation>feuille %1, ligne %2</translation>
    </message>
</context>
<context>
    <name>RatingsSheetParser</name>
    <message>
        <source>the header has no %1 column</source>
        <translation>l’en-tête n’a pas de colonne %1</translation>
    </message>
    <message>
        <source>the row ends after %1 fields, before this column</source>
        <translation>la ligne s’arrête après %1 champs, avant cette colonne</translation>
    </message>
    <message>
        <source>empty ID</source>
        <translation>ID vide</translation>
    </message>
    <message>
        <source>empty Provider ID</source>
        <translation>Provider ID vide</translation>
    </message>
    <message>
        <source>not a key question (Safe, Effective, Caring, Responsive, Well-led, Overall)</source>
        <translation>pas une question clé (Safe, Effective, Caring, Responsive, Well-led, Overall)</translation>
    </message>
    <message>
        <source>empty rating</source>
        <translation>évaluation vide</translation>
    </message>
    <message>
        <source>not a rating CQC uses (Outstanding, Good, Requires improvement, Inadequate, or a known non-rating such as &quot;Not rated&quot;)</source>
        <translation>pas une évaluation utilisée par la CQC (Outstanding, Good, Requires improvement, Inadequate, ou une mention connue telle que «&#xa0;Not rated&#xa0;»)</translation>
    </message>
    <message>
        <source>not a date (expected dd/mm/yyyy)</source>
        <translation>pas une date (format attendu&#xa0;: jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>expected Y, N or blank</source>
        <translation>Y, N ou vide attendu</translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Imprimer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The pages could not be printed: %1</source>
        <translation>Les pages n’ont pas pu être imprimées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>Le PDF n’a pas été écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1 (importé le %2)</translation>
    </message>
    <message>
        <source>Source: no CQC files imported.</source>
        <translation>Source&#xa0;: aucun fichier de la CQC importé.</translation>
    </message>
    <message>
        <source>Source: CQC data, %1.</source>
        <translation>Source&#xa0;: données de la CQC, %1.</translation>
    </message>
    <message>
        <source>Source: CQC data, %1; and %2 earlier files.</source>
        <translation type="vanished">Source&#xa0;: données de la CQC, %1&#xa0;; et %2 fichiers plus anciens.</translation>
    </message>
    <message>
        <source>Newest publication %1.</source>
        <translation>Publication la plus récente&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Contains public sector information licensed under the Open Government Licence v3.0</source>
        <translation>Contient des informations du secteur public publiées sous l’Open Government Licence v3.0</translation>
    </message>
    <message>
        <source>Source: CQC data, %1; and %2 more.</source>
        <translation>Source&#xa0;: données de la CQC, %1&#xa0;; et %2 de plus.</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
</context>
<context>
    <name>SelectionCopier</name>
    <message>
        <source>%1 date</source>
        <translation>%1 (date)</translation>
    </message>
</context>
<context>
    <name>SubjectSubtitle</name>
    <message>
        <source>1 location</source>
        <translation>1 site</translation>
    </message>
    <message>
        <source>%1 locations</source>
        <translation>%1 sites</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>latest report by then %1</source>
        <translation>dernier rapport à cette date&#xa0;: %1</translation>
    </message>
    <message>
        <source>no report by then</source>
        <translation>aucun rapport à cette date</translation>
    </message>
    <message>
        <source>latest report %1</source>
        <translation>dernier rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>CQC&apos;s view of %1</source>
        <translation>vue de la CQC du %1</translation>
    </message>
    <message>
        <source>Known only through its locations: import the provider&apos;s API response (/providers/%1) or the Providers sheet of CQC&apos;s Latest ratings file to fill in its name and own ratings.</source>
        <translation>Connu uniquement par ses sites&#xa0;: importez la réponse de l’API pour ce prestataire (/providers/%1) ou la feuille Providers du fichier Latest ratings de la CQC pour renseigner son nom et ses propres évaluations.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>O</source>
        <comment>Outstanding</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>G</source>
        <comment>Good</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>RI</source>
        <comment>Requires improvement</comment>
        <translation>RI</translation>
    </message>
    <message>
        <source>I</source>
        <comment>Inadequate</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>n/r</source>
        <comment>a rating field holding something other than a grade</comment>
        <translation>n/r</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: not rated in these reports</source>
        <translation>%1&#xa0;: non évalué dans ces rapports</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No reports.</source>
        <translation>Aucun rapport.</translation>
    </message>
    <message>
        <source>Reports: %1.</source>
        <translation>Rapports&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No ratings of the trust itself were imported; these are its locations&apos; own ratings.</source>
        <translation>Aucune évaluation de l’établissement lui-même n’a été importée&#xa0;; ce sont les évaluations propres à ses sites.</translation>
    </message>
    <message>
        <source>%1: not rated in the report of %2</source>
        <translation>%1&#xa0;: non évalué dans le rapport du %2</translation>
    </message>
    <message>
        <source>%1: %2
Published %3</source>
        <translation>%1&#xa0;: %2
Publiée le %3</translation>
    </message>
    <message>
        <source>
Inherited from %1</source>
        <translation>
Héritée de %1</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>%1 %2%</source>
        <translation type="vanished">%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1: not rated in this report</source>
        <translation>%1&#xa0;: non évalué dans ce rapport</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Inspection timeline</source>
        <translation>Chronologie des inspections</translation>
    </message>
    <message>
        <source>Inspection timeline of %1</source>
        <translation>Chronologie des inspections de %1</translation>
    </message>
    <message>
        <source>Shown as of %1: reports published after it are dimmed.</source>
        <translation>Affichée au %1&#xa0;: les rapports publiés après cette date sont estompés.</translation>
    </message>
    <message>
        <source>Report published %1</source>
        <translation>Rapport publié le %1</translation>
    </message>
    <message>
        <source>No reports to show.</source>
        <translation>Aucun rapport à afficher.</translation>
    </message>
    <message>
        <source>Select a trust or location.</source>
        <translation>Sélectionnez un établissement ou un site.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
</context>
<context>
    <name>TrustType</name>
    <message>
        <source>Acute</source>
        <translation>Soins aigus</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Soins de proximité</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation>Ambulances</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ViewSwitch</name>
    <message>
        <source>&amp;Trusts</source>
        <translation>É&amp;tablissements</translation>
    </message>
    <message>
        <source>&amp;England</source>
        <translation>&amp;Angleterre</translation>
    </message>
    <message>
        <source>The trust list, one trust&apos;s ratings and its changes (Ctrl+1)</source>
        <translation>La liste des établissements, les évaluations de l’un d’eux et leurs évolutions (Ctrl+1)</translation>
    </message>
    <message>
        <source>Every trust at once: distribution, league table, what changed (Ctrl+2)</source>
        <translation>Tous les établissements à la fois&#xa0;: répartition, classement, évolutions (Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>WatchedChangesBanner</name>
    <message>
        <source>&amp;Show changes</source>
        <translation>&amp;Voir les changements</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Watched trusts notice</source>
        <translation>Avis sur les établissements suivis</translation>
    </message>
    <message numerus="yes">
        <source>%n of your trusts changed: %1</source>
        <translation>
            <numerusform>%n de vos établissements a changé&#xa0;: %1</numerusform>
            <numerusform>%n de vos établissements ont changé&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchedMarkProxyModel</name>
    <message>
        <source>Watched</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>%1 (watched)</source>
        <translation>%1 (suivi)</translation>
    </message>
</context>
</TS>
