"""The Greater Region (Germany, France, Luxembourg, Belgium)."""

from imeg.demo.content import heading, paragraph
from regions.demo.content.images import image

GROSSREGION = {
    "key": "grossregion",
    "title": {"de": "Großregion", "en": "Greater Region", "fr": "Grande Région", "nl": "Grote Regio"},
    "slug": {"en": "greater-region", "fr": "grande-region", "nl": "grote-regio"},
    "short_name": {"de": "Großregion", "en": "Greater Region", "fr": "Grande Région", "nl": "Grote Regio"},
    "full_name": {"de": "Großregion", "en": "Greater Region", "fr": "Grande Région", "nl": "Grote Regio"},
    "intro": {
        "de": "Saarland, Rheinland-Pfalz, Lothringen, Luxemburg und Wallonien: In der Großregion pendeln täglich "
        "rund 250.000 Menschen über eine Grenze.",
        "en": "Saarland, Rhineland-Palatinate, Lorraine, Luxembourg and Wallonia: in the Greater Region some "
        "250,000 people cross a border on their way to work every day.",
        "fr": "Sarre, Rhénanie-Palatinat, Lorraine, Luxembourg et Wallonie : dans la Grande Région, quelque "
        "250 000 personnes franchissent chaque jour une frontière pour aller travailler.",
        "nl": "Saarland, Rijnland-Palts, Lotharingen, Luxemburg en Wallonië: in de Grote Regio steken elke dag "
        "zo'n 250.000 mensen een grens over op weg naar hun werk.",
    },
    "countries": ["DE", "FR", "LU", "BE"],
    "participating_areas": {
        "de": "Saarland\nRheinland-Pfalz\nLothringen\nLuxemburg\nWallonien",
        "en": "Saarland\nRhineland-Palatinate\nLorraine\nLuxembourg\nWallonia",
        "fr": "Sarre\nRhénanie-Palatinat\nLorraine\nLuxembourg\nWallonie",
        "nl": "Saarland\nRijnland-Palts\nLotharingen\nLuxemburg\nWallonië",
    },
    "core_cities": {
        "de": "Saarbrücken\nMetz\nNancy\nLuxemburg\nMainz\nTrier\nLüttich",
        "en": "Saarbrücken\nMetz\nNancy\nLuxembourg\nMainz\nTrier\nLiège",
        "fr": "Sarrebruck\nMetz\nNancy\nLuxembourg\nMayence\nTrèves\nLiège",
        "nl": "Saarbrücken\nMetz\nNancy\nLuxemburg\nMainz\nTrier\nLuik",
    },
    "founding_year": 1995,
    "cross_border_body": {
        "de": "Gipfel der Großregion",
        "en": "Summit of the Greater Region",
        "fr": "Sommet de la Grande Région",
        "nl": "Top van de Grote Regio",
    },
    "cross_border_body_seat": {
        "de": "Haus der Großregion, Luxemburg",
        "en": "House of the Greater Region, Luxembourg",
        "fr": "Maison de la Grande Région, Luxembourg",
        "nl": "Huis van de Grote Regio, Luxemburg",
    },
    "members": [
        ({"de": "Saarland", "en": "Saarland", "fr": "Sarre", "nl": "Saarland"}, ""),
        (
            {
                "de": "Rheinland-Pfalz",
                "en": "Rhineland-Palatinate",
                "fr": "Rhénanie-Palatinat",
                "nl": "Rijnland-Palts",
            },
            "",
        ),
    ],
    "figures": [
        (
            "population",
            2021,
            11_600_000,
            {
                "de": "Arbeitskammer des Saarlandes",
                "en": "Chamber of Labour of Saarland",
                "fr": "Chambre du travail de la Sarre",
                "nl": "Arbeidskamer van Saarland",
            },
            "",
        ),
        (
            "area",
            2021,
            65_401,
            {
                "de": "Arbeitskammer des Saarlandes",
                "en": "Chamber of Labour of Saarland",
                "fr": "Chambre du travail de la Sarre",
                "nl": "Arbeidskamer van Saarland",
            },
            "",
        ),
        (
            "commuters_in",
            2022,
            250_000,
            {
                "de": "Arbeitskammer des Saarlandes",
                "en": "Chamber of Labour of Saarland",
                "fr": "Chambre du travail de la Sarre",
                "nl": "Arbeidskamer van Saarland",
            },
            "",
        ),
    ],
    "outline": '{"type":"Polygon","coordinates":[[[2.9,50.7],[4.0,50.75],[5.3,50.7],[5.8,50.75],[6.4,50.6],'
    "[7.2,50.9],[7.8,50.9],[8.2,50.4],[8.3,49.9],[8.5,49.4],[8.0,49.05],[7.5,49.05],[7.2,48.5],[7.1,48.0],"
    "[6.4,47.85],[5.4,48.1],[4.9,48.6],[4.95,49.3],[4.2,49.95],[3.3,50.3],[2.9,50.7]]]}",
    "image": image(
        "region-grossregion",
        "Luxemburg, europäische Hauptstadt",
        "map",
        "dusk",
        {
            "de": "Kartenskizze mit Flüssen, Grenzlinien und hervorgehobenen Städten",
            "en": "Map sketch with rivers, border lines and highlighted cities",
            "fr": "Esquisse de carte avec rivières, frontières et villes mises en évidence",
            "nl": "Kaartschets met rivieren, grenslijnen en gemarkeerde steden",
        },
        {
            "de": "Luxemburg, europäische Hauptstadt im Herzen der Großregion",
            "en": "Luxembourg, a European capital at the heart of the Greater Region",
            "fr": "Luxembourg, capitale européenne au cœur de la Grande Région",
            "nl": "Luxemburg, Europese hoofdstad in het hart van de Grote Regio",
        },
    ),
    "slide": {
        "caption": {
            "de": "Luxemburg – europäische Hauptstadt mitten in der Großregion",
            "en": "Luxembourg – a European capital in the middle of the Greater Region",
            "fr": "Luxembourg – capitale européenne au milieu de la Grande Région",
            "nl": "Luxemburg – Europese hoofdstad midden in de Grote Regio",
        },
        "text": {
            "de": "Fast 200.000 Menschen pendeln täglich nach Luxemburg.",
            "en": "Almost 200,000 people commute into Luxembourg every day.",
            "fr": "Près de 200 000 personnes viennent travailler chaque jour au Luxembourg.",
            "nl": "Bijna 200.000 mensen pendelen dagelijks naar Luxemburg.",
        },
    },
    "body": [
        heading(
            de="Ein Arbeitsmarkt über vier Grenzen",
            en="One labour market across four borders",
            fr="Un marché du travail par-delà quatre frontières",
            nl="Eén arbeidsmarkt over vier grenzen",
        ),
        paragraph(
            de="<p>Seit 1995 treffen sich die Regierungen der Teilgebiete zum Gipfel der Großregion. Das Haus der "
            "Großregion in Luxemburg bündelt die gemeinsamen Gremien.</p>",
            en="<p>Since 1995 the governments of the partner regions have met at the Summit of the Greater Region. "
            "The House of the Greater Region in Luxembourg brings the joint bodies together.</p>",
            fr="<p>Depuis 1995, les gouvernements des composantes se réunissent au Sommet de la Grande Région. La "
            "Maison de la Grande Région, à Luxembourg, rassemble les instances communes.</p>",
            nl="<p>Sinds 1995 komen de regeringen van de deelgebieden bijeen op de Top van de Grote Regio. Het Huis "
            "van de Grote Regio in Luxemburg brengt de gezamenlijke organen samen.</p>",
        ),
    ],
}
