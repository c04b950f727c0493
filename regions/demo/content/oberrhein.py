"""The Trinational Metropolitan Region Upper Rhine (Germany, France, Switzerland)."""

from imeg.demo.content import heading, paragraph
from regions.demo.content.images import image

OBERRHEIN = {
    "key": "trinationale-metropolregion-oberrhein",
    "title": {
        "de": "Trinationale Metropolregion Oberrhein",
        "en": "Trinational Metropolitan Region Upper Rhine",
        "fr": "Région métropolitaine trinationale du Rhin supérieur",
        "nl": "Trinationale Metropoolregio Boven-Rijn",
    },
    "slug": {
        "en": "trinational-metropolitan-region-upper-rhine",
        "fr": "region-metropolitaine-trinationale-rhin-superieur",
        "nl": "trinationale-metropoolregio-boven-rijn",
    },
    "short_name": {"de": "Oberrhein", "en": "Upper Rhine", "fr": "Rhin supérieur", "nl": "Boven-Rijn"},
    "full_name": {
        "de": "Trinationale Metropolregion Oberrhein (TMO)",
        "en": "Trinational Metropolitan Region Upper Rhine (TMO)",
        "fr": "Région métropolitaine trinationale du Rhin supérieur (RMT)",
        "nl": "Trinationale Metropoolregio Boven-Rijn (TMO)",
    },
    "intro": {
        "de": "Baden, das Elsass, die Südpfalz und die Nordwestschweiz bilden eine Metropolregion mit 6,1 Millionen "
        "Einwohnern und sieben Universitäten.",
        "en": "Baden, Alsace, the Southern Palatinate and Northwestern Switzerland form a metropolitan region with "
        "6.1 million inhabitants and seven universities.",
        "fr": "Le pays de Bade, l'Alsace, le Palatinat du Sud et la Suisse du Nord-Ouest forment une région "
        "métropolitaine de 6,1 millions d'habitants et sept universités.",
        "nl": "Baden, de Elzas, de Zuid-Palts en Noordwest-Zwitserland vormen een metropoolregio met 6,1 miljoen "
        "inwoners en zeven universiteiten.",
    },
    "countries": ["DE", "FR", "CH"],
    "participating_areas": {
        "de": "Baden\nElsass\nSüdpfalz\nNordwestschweiz",
        "en": "Baden\nAlsace\nSouthern Palatinate\nNorthwestern Switzerland",
        "fr": "Pays de Bade\nAlsace\nPalatinat du Sud\nSuisse du Nord-Ouest",
        "nl": "Baden\nElzas\nZuid-Palts\nNoordwest-Zwitserland",
    },
    "core_cities": {
        "de": "Karlsruhe\nFreiburg\nStraßburg\nMülhausen\nBasel",
        "en": "Karlsruhe\nFreiburg\nStrasbourg\nMulhouse\nBasel",
        "fr": "Karlsruhe\nFribourg-en-Brisgau\nStrasbourg\nMulhouse\nBâle",
        "nl": "Karlsruhe\nFreiburg\nStraatsburg\nMulhouse\nBazel",
    },
    "founding_year": 2010,
    "cross_border_body": {
        "de": "Oberrheinkonferenz (seit 1991)",
        "en": "Upper Rhine Conference (since 1991)",
        "fr": "Conférence du Rhin supérieur (depuis 1991)",
        "nl": "Boven-Rijnconferentie (sinds 1991)",
    },
    "cross_border_body_seat": {"de": "Kehl", "en": "Kehl", "fr": "Kehl", "nl": "Kehl"},
    "members": [
        (
            {
                "de": "Regionalverband Mittlerer Oberrhein",
                "en": "Middle Upper Rhine Regional Association",
                "fr": "Association régionale du Rhin supérieur moyen",
                "nl": "Regionaal verband Midden-Boven-Rijn",
            },
            "",
        ),
        (
            {
                "de": "Regionalverband Südlicher Oberrhein",
                "en": "Southern Upper Rhine Regional Association",
                "fr": "Association régionale du Rhin supérieur méridional",
                "nl": "Regionaal verband Zuidelijke Boven-Rijn",
            },
            "",
        ),
    ],
    "figures": [
        (
            indicator,
            2010,
            value,
            {
                "de": "Oberrheinkonferenz",
                "en": "Upper Rhine Conference",
                "fr": "Conférence du Rhin supérieur",
                "nl": "Boven-Rijnconferentie",
            },
            "",
        )
        for indicator, value in (
            ("population", 6_100_000),
            ("area", 21_500),
            ("gdp", 165),
            ("commuters_in", 87_000),
            ("universities", 7),
        )
    ],
    "outline": "[[6.85,47.5],[7.1,47.25],[7.6,47.2],[8.4,47.35],[8.3,47.6],[8.1,48.0],[8.3,48.5],[8.65,48.9],"
    "[8.45,49.3],[7.9,49.25],[7.6,49.05],[7.3,48.9],[7.1,48.4],[6.85,47.9]]",
    "image": image(
        "region-oberrhein",
        "Vauban in Freiburg",
        "routes",
        "sand",
        {
            "de": "Gezeichnete Wege und Linien, die sich zwischen hellen Flächen kreuzen",
            "en": "Drawn paths and lines crossing between light areas",
            "fr": "Chemins et lignes dessinés qui se croisent entre des surfaces claires",
            "nl": "Getekende paden en lijnen die elkaar tussen lichte vlakken kruisen",
        },
        {
            "de": "Vauban in Freiburg: Aus einer Kaserne wurde ein grünes Stadtquartier",
            "en": "Vauban in Freiburg: barracks turned into a green neighbourhood",
            "fr": "Vauban à Fribourg : d'une caserne est né un quartier vert",
            "nl": "Vauban in Freiburg: van kazerne tot groene wijk",
        },
    ),
    "slide": {
        "caption": {
            "de": "Vauban in Freiburg – von der Kaserne zum grünen Quartier",
            "en": "Vauban in Freiburg – from barracks to green quarter",
            "fr": "Vauban à Fribourg – de la caserne au quartier vert",
            "nl": "Vauban in Freiburg – van kazerne tot groene wijk",
        },
        "text": {
            "de": "Stadtentwicklung, von der die Nachbarn am Oberrhein lernen.",
            "en": "Urban development the neighbours along the Upper Rhine learn from.",
            "fr": "Un urbanisme dont s'inspirent les voisins du Rhin supérieur.",
            "nl": "Stedenbouw waarvan de buren aan de Boven-Rijn leren.",
        },
    },
    "body": [
        heading(
            de="Eine Metropolregion, drei Staaten",
            en="One metropolitan region, three countries",
            fr="Une région métropolitaine, trois pays",
            nl="Eén metropoolregio, drie landen",
        ),
        paragraph(
            de="<p>Am 9. Dezember 2010 wurde in Offenburg die Trinationale Metropolregion Oberrhein gegründet. Sie "
            "baut auf der Oberrheinkonferenz auf, deren Sekretariat in Kehl arbeitet.</p>",
            en="<p>The Trinational Metropolitan Region Upper Rhine was founded in Offenburg on 9 December 2010. It "
            "builds on the Upper Rhine Conference, whose secretariat works in Kehl.</p>",
            fr="<p>La Région métropolitaine trinationale du Rhin supérieur a été fondée à Offenbourg le 9 décembre "
            "2010. Elle s'appuie sur la Conférence du Rhin supérieur, dont le secrétariat siège à Kehl.</p>",
            nl="<p>Op 9 december 2010 werd in Offenburg de Trinationale Metropoolregio Boven-Rijn opgericht. Ze "
            "bouwt voort op de Boven-Rijnconferentie, waarvan het secretariaat in Kehl zetelt.</p>",
        ),
    ],
}
