"""The Lake Constance region (Germany, Austria, Switzerland, Liechtenstein)."""

from imeg.demo.content import heading, paragraph
from regions.demo.content.images import image

BODENSEE = {
    "key": "bodenseeregion",
    "title": {
        "de": "Bodenseeregion",
        "en": "Lake Constance region",
        "fr": "Région du lac de Constance",
        "nl": "Bodenmeerregio",
    },
    "slug": {"en": "lake-constance-region", "fr": "region-lac-de-constance", "nl": "bodenmeerregio"},
    "short_name": {"de": "Bodensee", "en": "Lake Constance", "fr": "Lac de Constance", "nl": "Bodenmeer"},
    "full_name": {
        "de": "Internationale Bodenseeregion",
        "en": "International Lake Constance region",
        "fr": "Région internationale du lac de Constance",
        "nl": "Internationale Bodenmeerregio",
    },
    "intro": {
        "de": "Vier Staaten teilen sich einen See: Rund um den Bodensee leben 4,3 Millionen Menschen in zehn "
        "Ländern und Kantonen.",
        "en": "Four countries share one lake: 4.3 million people live around Lake Constance, in ten Länder and "
        "cantons.",
        "fr": "Quatre pays se partagent un lac : 4,3 millions de personnes vivent autour du lac de Constance, dans "
        "dix Länder et cantons.",
        "nl": "Vier landen delen één meer: rond het Bodenmeer wonen 4,3 miljoen mensen in tien deelstaten en kantons.",
    },
    "countries": ["DE", "AT", "CH", "LI"],
    "participating_areas": {
        "de": "Baden-Württemberg\nBayern\nVorarlberg\nLiechtenstein\nSchaffhausen\nZürich\nThurgau\nSt. Gallen\n"
        "Appenzell Ausserrhoden\nAppenzell Innerrhoden",
        "en": "Baden-Württemberg\nBavaria\nVorarlberg\nLiechtenstein\nSchaffhausen\nZurich\nThurgau\nSt. Gallen\n"
        "Appenzell Outer Rhodes\nAppenzell Inner Rhodes",
        "fr": "Bade-Wurtemberg\nBavière\nVorarlberg\nLiechtenstein\nSchaffhouse\nZurich\nThurgovie\nSaint-Gall\n"
        "Appenzell Rhodes-Extérieures\nAppenzell Rhodes-Intérieures",
        "nl": "Baden-Württemberg\nBeieren\nVorarlberg\nLiechtenstein\nSchaffhausen\nZürich\nThurgau\nSankt Gallen\n"
        "Appenzell Ausserrhoden\nAppenzell Innerrhoden",
    },
    "core_cities": {
        "de": "Konstanz\nFriedrichshafen\nBregenz\nSt. Gallen\nSchaffhausen",
        "en": "Konstanz\nFriedrichshafen\nBregenz\nSt. Gallen\nSchaffhausen",
        "fr": "Constance\nFriedrichshafen\nBregenz\nSaint-Gall\nSchaffhouse",
        "nl": "Konstanz\nFriedrichshafen\nBregenz\nSankt Gallen\nSchaffhausen",
    },
    "founding_year": 1972,
    "cross_border_body": {
        "de": "Internationale Bodensee-Konferenz (IBK)",
        "en": "International Lake Constance Conference (IBK)",
        "fr": "Conférence internationale du lac de Constance (IBK)",
        "nl": "Internationale Bodenmeerconferentie (IBK)",
    },
    "cross_border_body_seat": {"de": "Konstanz", "en": "Konstanz", "fr": "Constance", "nl": "Konstanz"},
    "members": [
        (
            {
                "de": "Regionalverband Hochrhein-Bodensee",
                "en": "High Rhine–Lake Constance Regional Association",
                "fr": "Association régionale Haut-Rhin–lac de Constance",
                "nl": "Regionaal verband Hoogrijn-Bodenmeer",
            },
            "",
        ),
        (
            {
                "de": "Regionalverband Bodensee-Oberschwaben",
                "en": "Lake Constance–Upper Swabia Regional Association",
                "fr": "Association régionale lac de Constance–Haute-Souabe",
                "nl": "Regionaal verband Bodenmeer-Opper-Zwaben",
            },
            "",
        ),
    ],
    "figures": [
        (
            indicator,
            year,
            value,
            {
                "de": "Statistik Bodensee (IBK)",
                "en": "Lake Constance statistics (IBK)",
                "fr": "Statistique du lac de Constance (IBK)",
                "nl": "Statistiek Bodenmeer (IBK)",
            },
            "",
        )
        for indicator, year, value in (
            ("population", 2023, 4_300_000),
            ("employed", 2022, 2_400_000),
            ("gdp", 2022, 330),
        )
    ],
    "outline": "[[8.35,47.75],[8.45,47.3],[8.9,47.05],[9.4,46.95],[9.9,47.0],[10.2,47.25],[10.0,47.6],[9.9,47.85],"
    "[9.5,48.1],[9.0,48.1],[8.6,47.95]]",
    "image": image(
        "region-bodensee",
        "Segeln auf dem Bodensee",
        "landscape",
        "slate",
        {
            "de": "Gezeichneter See vor Bergketten unter hellem Himmel",
            "en": "Drawn lake in front of mountain ranges under a bright sky",
            "fr": "Lac dessiné devant des chaînes de montagnes sous un ciel clair",
            "nl": "Getekend meer voor bergketens onder een heldere hemel",
        },
        {
            "de": "Segeln über den See, auf dem keine Grenzlinie gezogen ist",
            "en": "Sailing across a lake on which no border line has ever been drawn",
            "fr": "Naviguer sur un lac où aucune frontière n'a jamais été tracée",
            "nl": "Zeilen over een meer waarop nooit een grenslijn is getrokken",
        },
    ),
    "slide": {
        "caption": {
            "de": "Segeln über den grenzenlosen See",
            "en": "Sailing across the borderless lake",
            "fr": "Naviguer sur le lac sans frontières",
            "nl": "Zeilen over het grenzeloze meer",
        },
        "text": {
            "de": "Deutschland, Österreich, die Schweiz und Liechtenstein rund um einen See.",
            "en": "Germany, Austria, Switzerland and Liechtenstein around one lake.",
            "fr": "L'Allemagne, l'Autriche, la Suisse et le Liechtenstein autour d'un même lac.",
            "nl": "Duitsland, Oostenrijk, Zwitserland en Liechtenstein rond één meer.",
        },
    },
    "body": [
        heading(
            de="Zehn Länder und Kantone",
            en="Ten Länder and cantons",
            fr="Dix Länder et cantons",
            nl="Tien deelstaten en kantons",
        ),
        paragraph(
            de="<p>Seit 1972 stimmen sich die Länder und Kantone rund um den See in der Internationalen "
            "Bodensee-Konferenz ab. Ihre Statistik zählt 4,3 Millionen Einwohner und 2,4 Millionen Erwerbstätige.</p>",
            en="<p>Since 1972 the Länder and cantons around the lake have coordinated their work in the International "
            "Lake Constance Conference. Its statistics count 4.3 million inhabitants and 2.4 million people "
            "in work.</p>",
            fr="<p>Depuis 1972, les Länder et cantons riverains se concertent au sein de la Conférence internationale "
            "du lac de Constance. Ses statistiques recensent 4,3 millions d'habitants et 2,4 millions d'actifs.</p>",
            nl="<p>Sinds 1972 stemmen de deelstaten en kantons rond het meer zich af in de Internationale "
            "Bodenmeerconferentie. Haar statistiek telt 4,3 miljoen inwoners en 2,4 miljoen werkenden.</p>",
        ),
    ],
}
