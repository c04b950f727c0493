"""The "Aktivitäten & Themen" section and the index of topics."""

from imeg.demo.content import child_page_teasers, heading, paragraph
from imeg.demo.content.topics import TOPICS

__all__ = ["SECTION", "TOPIC_INDEX", "TOPICS"]

SECTION = {
    "key": "aktivitaeten-themen",
    "slug": {"en": "activities-topics", "fr": "activites-themes", "nl": "activiteiten-themas"},
    "title": {
        "de": "Aktivitäten & Themen",
        "en": "Activities & topics",
        "fr": "Activités & thèmes",
        "nl": "Activiteiten & thema's",
    },
    "image": "aktivitaeten",
    "intro": {
        "de": "Wir beziehen Stellung, laden zu Konferenzen und Workshops ein und arbeiten an drei Themen, die für "
        "metropolitane Grenzregionen besonders wichtig sind.",
        "en": "We take positions, hold conferences and workshops, and work on three topics that matter most to "
        "metropolitan border regions.",
        "fr": "Nous prenons position, organisons des conférences et des ateliers et travaillons sur trois thèmes "
        "essentiels pour les régions métropolitaines transfrontalières.",
        "nl": "We nemen standpunten in, organiseren conferenties en workshops en werken aan drie thema's die voor "
        "metropolitane grensregio's bijzonder belangrijk zijn.",
    },
    "search_description": {
        "de": "Positionspapiere, Stellungnahmen, Konferenzen und die Themen des Initiativkreises.",
        "en": "Position papers, statements, conferences and the topics of the Initiative.",
        "fr": "Documents de position, avis, conférences et thèmes de l'Initiative.",
        "nl": "Standpunten, adviezen, conferenties en de thema's van het initiatief.",
    },
    "body": [
        heading(de="Stellung beziehen", en="Taking a stand", fr="Prendre position", nl="Stelling nemen"),
        paragraph(
            de="<p>Mit Positionspapieren und Stellungnahmen bringt sich der Initiativkreis in politische Verfahren "
            "ein: 2016 zum Bundesverkehrswegeplan 2030, 2017 mit der Unterstützung einer Europäischen "
            "grenzüberschreitenden Konvention, 2019 zum Europäischen grenzüberschreitenden Mechanismus und 2022 "
            "mit Lehren aus der Pandemie. Die Papiere entstehen gemeinsam und werden von allen Mitgliedern "
            "getragen.</p>"
            "<p>Sie richten sich an Bundestag und Bundesregierung, an die Länder, an die Ministerkonferenz für "
            "Raumordnung und an die Europäische Kommission – und an alle, die sich für die Zukunft der "
            "Grenzregionen interessieren.</p>",
            en="<p>The Initiative contributes to policy-making with position papers and statements: in 2016 on the "
            "Federal Transport Infrastructure Plan 2030, in 2017 in support of a European Cross-Border "
            "Convention, in 2019 on the European Cross-Border Mechanism and in 2022 with lessons from the "
            "pandemic. The papers are written together and backed by all members.</p>"
            "<p>They are addressed to the Bundestag and the federal government, the Länder, the conference of "
            "spatial planning ministers and the European Commission – and to everyone interested in the future of "
            "border regions.</p>",
            fr="<p>Par ses documents de position et ses avis, l'Initiative participe aux processus politiques : en "
            "2016 sur le plan fédéral des infrastructures de transport 2030, en 2017 en soutien à une Convention "
            "transfrontalière européenne, en 2019 sur le mécanisme transfrontalier européen et en 2022 avec les "
            "leçons de la pandémie. Les textes sont rédigés ensemble et portés par tous les membres.</p>"
            "<p>Ils s'adressent au Bundestag et au gouvernement fédéral, aux Länder, à la conférence des ministres "
            "de l'aménagement du territoire et à la Commission européenne – et à toutes celles et ceux qui "
            "s'intéressent à l'avenir des régions frontalières.</p>",
            nl="<p>Met standpuntnota's en adviezen neemt het initiatief deel aan politieke processen: in 2016 over "
            "het federale infrastructuurplan voor verkeer 2030, in 2017 ter ondersteuning van een Europese "
            "grensoverschrijdende conventie, in 2019 over het Europese grensoverschrijdende mechanisme en in 2022 "
            "met lessen uit de pandemie. De teksten worden samen geschreven en door alle leden gedragen.</p>"
            "<p>Ze zijn gericht aan de Bondsdag en de Duitse regering, de deelstaten, de conferentie van "
            "ministers van ruimtelijke ordening en de Europese Commissie – en aan iedereen die zich voor de "
            "toekomst van grensregio's interesseert.</p>",
        ),
        heading(de="Veranstaltungen", en="Events", fr="Manifestations", nl="Bijeenkomsten"),
        paragraph(
            de="<ul><li><b>19./20. November 2012, Luxemburg:</b> Europäische Konferenz „Metropolitane "
            "Grenzregionen in Europa“ mit rund 120 Teilnehmenden, gedolmetscht auf Deutsch, Englisch und "
            "Französisch</li><li><b>17. Januar 2018, Karlsruhe:</b> Workshop zu den Ergebnissen des "
            "Modellvorhabens „Raumbeobachtung“</li><li><b>30. Januar 2019, Brüssel:</b> „Mobilität und "
            "Siedlungsentwicklung in metropolitanen Grenzregionen“ in der Vertretung eines Landes, mit "
            "Posterausstellung</li><li><b>1. Dezember 2020, online:</b> Workshops „Grenzregionen in Zeiten der "
            "Pandemie“</li><li><b>20./21. April 2023, Berlin:</b> Grenzraumakademie mit rund 130 Gästen und einer "
            "IMeG-Sitzung zur Krisenfestigkeit von Grenzregionen</li></ul>",
            en='<ul><li><b>19–20 November 2012, Luxembourg:</b> European conference "Metropolitan border regions '
            'in Europe" with some 120 participants, interpreted into German, English and French</li>'
            '<li><b>17 January 2018, Karlsruhe:</b> workshop on the results of the "spatial monitoring" pilot '
            'project</li><li><b>30 January 2019, Brussels:</b> "Mobility and settlement development in '
            'metropolitan border regions" at the representation of a Land, with a poster exhibition</li>'
            '<li><b>1 December 2020, online:</b> workshops "Border regions in times of the pandemic"</li>'
            "<li><b>20–21 April 2023, Berlin:</b> Border Area Academy with some 130 guests and an IMeG session on "
            "the crisis resilience of border regions</li></ul>",
            fr="<ul><li><b>19 et 20 novembre 2012, Luxembourg :</b> conférence européenne « Régions "
            "métropolitaines transfrontalières en Europe », avec quelque 120 participants et une interprétation en "
            "allemand, anglais et français</li><li><b>17 janvier 2018, Karlsruhe :</b> atelier sur les résultats "
            "du projet pilote « observation territoriale »</li><li><b>30 janvier 2019, Bruxelles :</b> « Mobilité "
            "et urbanisation dans les régions métropolitaines transfrontalières » à la représentation d'un Land, "
            "avec une exposition de posters</li><li><b>1er décembre 2020, en ligne :</b> ateliers « Les régions "
            "frontalières au temps de la pandémie »</li><li><b>20 et 21 avril 2023, Berlin :</b> Académie des "
            "espaces frontaliers, avec quelque 130 invités et une session de l'IMeG sur la résilience des régions "
            "frontalières</li></ul>",
            nl="<ul><li><b>19–20 november 2012, Luxemburg:</b> Europese conferentie \"Metropolitane grensregio's "
            "in Europa\" met zo'n 120 deelnemers, getolkt in het Duits, Engels en Frans</li><li><b>17 januari "
            '2018, Karlsruhe:</b> workshop over de resultaten van het modelproject "ruimtelijke monitoring"'
            '</li><li><b>30 januari 2019, Brussel:</b> "Mobiliteit en ruimtelijke ontwikkeling in metropolitane '
            "grensregio's\" in de vertegenwoordiging van een deelstaat, met een posterexpositie</li><li><b>1 "
            'december 2020, online:</b> workshops "Grensregio\'s in tijden van de pandemie"</li><li><b>20–21 '
            "april 2023, Berlijn:</b> Grensgebiedacademie met zo'n 130 gasten en een IMeG-sessie over de "
            "crisisbestendigheid van grensregio's</li></ul>",
        ),
        heading(de="Unsere Themen", en="Our topics", fr="Nos thèmes", nl="Onze thema's"),
        paragraph(
            de="<p>Drei Themen ziehen sich durch unsere Arbeit: die EU-Politik für Grenzregionen, die "
            "grenzüberschreitende Raumbeobachtung und die Mobilität über Grenzen hinweg.</p>",
            en="<p>Three topics run through our work: EU policy for border regions, cross-border spatial "
            "monitoring and mobility across borders.</p>",
            fr="<p>Trois thèmes traversent notre travail : la politique européenne pour les régions frontalières, "
            "l'observation territoriale transfrontalière et la mobilité par-delà les frontières.</p>",
            nl="<p>Drie thema's lopen door ons werk: het EU-beleid voor grensregio's, grensoverschrijdende "
            "ruimtelijke monitoring en mobiliteit over grenzen heen.</p>",
        ),
        child_page_teasers(
            de="In diesem Bereich", en="In this section", fr="Dans cette rubrique", nl="In dit onderdeel"
        ),
    ],
}

TOPIC_INDEX = {
    "key": "themen",
    "slug": {"en": "topics", "fr": "themes", "nl": "themas"},
    "title": {"de": "Themen", "en": "Topics", "fr": "Thèmes", "nl": "Thema's"},
    "intro": {
        "de": "Drei Themen bestimmen die Arbeit des Initiativkreises. Zu jedem finden Sie Hintergründe sowie "
        "unsere Nachrichten, Veranstaltungen und Veröffentlichungen.",
        "en": "Three topics shape the Initiative's work. For each you will find background as well as our news, "
        "events and publications.",
        "fr": "Trois thèmes structurent le travail de l'Initiative. Pour chacun, vous trouverez le contexte ainsi "
        "que nos actualités, manifestations et publications.",
        "nl": "Drie thema's bepalen het werk van het initiatief. Bij elk vindt u achtergrond en ons nieuws, onze "
        "bijeenkomsten en publicaties.",
    },
    "search_description": {
        "de": "Die Themen des Initiativkreises: EU-Politik, Raumbeobachtung und Mobilität.",
        "en": "The Initiative's topics: EU policy, spatial monitoring and mobility.",
        "fr": "Les thèmes de l'Initiative : politique européenne, observation territoriale et mobilité.",
        "nl": "De thema's van het initiatief: EU-beleid, ruimtelijke monitoring en mobiliteit.",
    },
}
