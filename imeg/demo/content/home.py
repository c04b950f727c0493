"""The home page, the site settings and the generated pictures of the demo site."""

from imeg.demo.content import teaser

ORGANISATION_NAME = {
    "de": "Initiativkreis Metropolitane Grenzregionen",
    "en": "Metropolitan Border Regions Initiative",
    "fr": "Initiative des régions métropolitaines transfrontalières",
    "nl": "Initiatief Metropolitane Grensregio's",
}

IMAGES = [
    {
        "key": "logo",
        "title": "IMeG-Logo",
        "kind": "logo",
        "size": (720, 240),
        "palette": "river",
        "alt": {
            "de": "Logo des Initiativkreises Metropolitane Grenzregionen (IMeG)",
            "en": "Logo of the Metropolitan Border Regions Initiative (IMeG)",
            "fr": "Logo de l'Initiative des régions métropolitaines transfrontalières (IMeG)",
            "nl": "Logo van het Initiatief Metropolitane Grensregio's (IMeG)",
        },
        "caption": {
            "de": "Zwei Kreise, die sich über eine Grenzlinie hinweg überlagern",
            "en": "Two circles overlapping across a border line",
            "fr": "Deux cercles qui se chevauchent par-delà une ligne frontière",
            "nl": "Twee cirkels die elkaar over een grenslijn heen overlappen",
        },
    },
    {
        "key": "share",
        "title": "IMeG – Bild zum Teilen",
        "kind": "share",
        "size": (1200, 630),
        "palette": "slate",
        "alt": {
            "de": "Kartenskizze mit dem Logo und dem Namen des Initiativkreises Metropolitane Grenzregionen",
            "en": "Map sketch with the logo and name of the Metropolitan Border Regions Initiative",
            "fr": "Esquisse de carte avec le logo et le nom de l'Initiative",
            "nl": "Kaartschets met het logo en de naam van het Initiatief Metropolitane Grensregio's",
        },
        "caption": {
            "de": "Initiativkreis Metropolitane Grenzregionen (IMeG)",
            "en": "Metropolitan Border Regions Initiative (IMeG)",
            "fr": "Initiative des régions métropolitaines transfrontalières (IMeG)",
            "nl": "Initiatief Metropolitane Grensregio's (IMeG)",
        },
    },
    {
        "key": "initiativkreis",
        "title": "Netzwerk der Grenzregionen",
        "kind": "network",
        "palette": "river",
        "alt": {
            "de": "Gezeichnete Hügellandschaft, darüber sieben Punkte, die durch Linien verbunden sind",
            "en": "Drawn hills with seven dots joined by lines above them",
            "fr": "Paysage de collines dessiné, surmonté de sept points reliés par des lignes",
            "nl": "Getekend heuvellandschap met zeven punten die door lijnen verbonden zijn",
        },
        "caption": {
            "de": "Sieben Mitglieder, ein Netzwerk: Der Initiativkreis verbindet Regionen an Deutschlands Grenzen.",
            "en": "Seven members, one network: the Initiative links regions on Germany's borders.",
            "fr": "Sept membres, un réseau : l'Initiative relie des régions aux frontières de l'Allemagne.",
            "nl": "Zeven leden, één netwerk: het initiatief verbindt regio's aan de Duitse grenzen.",
        },
    },
    {
        "key": "grenzregionen",
        "title": "Kartenskizze einer Grenzregion",
        "kind": "map",
        "palette": "sand",
        "alt": {
            "de": "Abstrakte Karte mit Feldern, einem Fluss, einer gestrichelten Grenze und verbundenen Städten",
            "en": "Abstract map with fields, a river, a dashed border and linked towns",
            "fr": "Carte abstraite avec des parcelles, une rivière, une frontière en pointillés et des villes reliées",
            "nl": "Abstracte kaart met velden, een rivier, een gestreepte grens en verbonden steden",
        },
        "caption": {
            "de": "Städte beiderseits der Grenze wachsen zu einem gemeinsamen Lebens- und Wirtschaftsraum zusammen.",
            "en": "Towns on both sides of the border grow into one area to live and work in.",
            "fr": "De part et d'autre de la frontière, les villes forment un même espace de vie et d'activité.",
            "nl": "Steden aan weerszijden van de grens groeien uit tot één gebied om te wonen en te werken.",
        },
    },
    {
        "key": "aktivitaeten",
        "title": "Landschaft mit Fluss und Grenze",
        "kind": "landscape",
        "palette": "dusk",
        "alt": {
            "de": "Gezeichnete Hügellandschaft in der Dämmerung mit einem Fluss und einer gestrichelten Grenzlinie",
            "en": "Drawn hills at dusk with a river and a dashed border line",
            "fr": "Collines dessinées au crépuscule, avec une rivière et une frontière en pointillés",
            "nl": "Getekende heuvels in de schemering met een rivier en een gestreepte grenslijn",
        },
        "caption": {
            "de": "Flüsse und Grenzen laufen oft zusammen – und mit ihnen die Aufgaben der Regionen.",
            "en": "Rivers and borders often run together, and so do the tasks of the regions along them.",
            "fr": "Fleuves et frontières se confondent souvent, tout comme les missions des régions riveraines.",
            "nl": "Rivieren en grenzen lopen vaak samen, en daarmee ook de opgaven van de regio's.",
        },
    },
    {
        "key": "hintergrund",
        "title": "Hügelland am Morgen",
        "kind": "landscape",
        "palette": "river",
        "alt": {
            "de": "Gezeichnete grüne Hügel unter einem hellen Morgenhimmel, ein Fluss windet sich zum Horizont",
            "en": "Drawn green hills under a pale morning sky, a river winding to the horizon",
            "fr": "Collines vertes dessinées sous un ciel clair du matin, une rivière serpente vers l'horizon",
            "nl": "Getekende groene heuvels onder een lichte ochtendhemel, een rivier kronkelt naar de horizon",
        },
        "caption": {
            "de": "Aus einem Modellvorhaben des Bundes hervorgegangen: der Initiativkreis seit 2011",
            "en": "Grown out of a federal pilot project: the Initiative since 2011",
            "fr": "Issue d'un projet pilote fédéral : l'Initiative depuis 2011",
            "nl": "Voortgekomen uit een federaal modelproject: het initiatief sinds 2011",
        },
    },
    {
        "key": "ziele",
        "title": "Weiter Blick über das Grenzland",
        "kind": "landscape",
        "palette": "slate",
        "alt": {
            "de": "Gezeichnete Hügelketten in Blaugrau, die sich bis zum Horizont staffeln",
            "en": "Drawn ridges in blue-grey, layered up to the horizon",
            "fr": "Chaînes de collines dessinées en gris-bleu, échelonnées jusqu'à l'horizon",
            "nl": "Getekende heuvelruggen in blauwgrijs, tot aan de horizon",
        },
        "caption": {
            "de": "Über die Grenze hinaus denken: die Ziele des Initiativkreises",
            "en": "Thinking beyond the border: the goals of the Initiative",
            "fr": "Penser au-delà de la frontière : les objectifs de l'Initiative",
            "nl": "Verder denken dan de grens: de doelen van het initiatief",
        },
    },
    {
        "key": "verflechtung",
        "title": "Verflechtungen über die Grenze",
        "kind": "map",
        "palette": "river",
        "alt": {
            "de": "Abstrakte Karte, auf der Linien Städte beiderseits einer gestrichelten Grenze verbinden",
            "en": "Abstract map on which lines link towns on both sides of a dashed border",
            "fr": "Carte abstraite où des lignes relient des villes de part et d'autre d'une frontière en pointillés",
            "nl": "Abstracte kaart waarop lijnen steden aan weerszijden van een gestreepte grens verbinden",
        },
        "caption": {
            "de": "Pendlerströme, Einkaufswege, Hochschulen: Verflechtungen machen eine Grenzregion metropolitan.",
            "en": "Commuter flows, shopping trips, universities: ties like these make a border region metropolitan.",
            "fr": "Navetteurs, achats, universités : ces liens rendent une région frontalière métropolitaine.",
            "nl": "Pendelstromen, winkelritten, universiteiten: zulke banden maken een grensregio metropolitaan.",
        },
    },
    {
        "key": "europa",
        "title": "Mosaik europäischer Regionen",
        "kind": "map",
        "palette": "slate",
        "alt": {
            "de": "Mosaik aus blaugrauen Flächen mit Fluss, Grenzlinie und verbundenen Städten",
            "en": "Mosaic of blue-grey areas with a river, a border line and linked towns",
            "fr": "Mosaïque de surfaces gris-bleu avec une rivière, une frontière et des villes reliées",
            "nl": "Mozaïek van blauwgrijze vlakken met een rivier, een grenslijn en verbonden steden",
        },
        "caption": {
            "de": "Binnengrenzregionen machen rund 40 Prozent der Fläche der EU aus.",
            "en": "Internal border regions make up about 40 per cent of the EU's territory.",
            "fr": "Les régions des frontières intérieures couvrent environ 40 % du territoire de l'UE.",
            "nl": "Binnengrensregio's beslaan ongeveer 40 procent van het grondgebied van de EU.",
        },
    },
    {
        "key": "eu-politik",
        "title": "Zwölf Punkte im Kreis",
        "kind": "stars",
        "palette": "slate",
        "alt": {
            "de": "Zwölf Punkte im Kreis auf einer dunkelblauen, kartenartigen Fläche",
            "en": "Twelve dots in a circle on a dark blue, map-like surface",
            "fr": "Douze points en cercle sur un fond bleu foncé évoquant une carte",
            "nl": "Twaalf punten in een cirkel op een donkerblauw, kaartachtig vlak",
        },
        "caption": {
            "de": "Europäische Politik prägt die Entwicklung der Grenzregionen.",
            "en": "European policy shapes how border regions develop.",
            "fr": "La politique européenne façonne le développement des régions frontalières.",
            "nl": "Europees beleid bepaalt mee hoe grensregio's zich ontwikkelen.",
        },
    },
    {
        "key": "raumbeobachtung",
        "title": "Säulen über einer Karte",
        "kind": "chart",
        "palette": "sand",
        "alt": {
            "de": "Säulendiagramm aus sieben unterschiedlich hohen Säulen über einer abstrakten Karte",
            "en": "Column chart of seven columns of different heights over an abstract map",
            "fr": "Histogramme de sept colonnes de hauteurs différentes sur une carte abstraite",
            "nl": "Staafdiagram met zeven staven van verschillende hoogte boven een abstracte kaart",
        },
        "caption": {
            "de": "Vergleichbare Zahlen über die Grenze hinweg sind die Grundlage guter Planung.",
            "en": "Comparable figures across the border are the basis of good planning.",
            "fr": "Des données comparables des deux côtés de la frontière fondent une bonne planification.",
            "nl": "Vergelijkbare cijfers over de grens heen vormen de basis van goede planning.",
        },
    },
    {
        "key": "mobilitaet",
        "title": "Verkehrswege über die Grenze",
        "kind": "routes",
        "palette": "river",
        "alt": {
            "de": "Gezeichnete Landschaft, durch die vier Linien mit Haltepunkten eine gestrichelte Grenze queren",
            "en": "Drawn landscape in which four lines with stops cross a dashed border",
            "fr": "Paysage dessiné où quatre lignes avec des arrêts traversent une frontière en pointillés",
            "nl": "Getekend landschap waarin vier lijnen met haltes een gestreepte grens kruisen",
        },
        "caption": {
            "de": "Täglich pendeln Hunderttausende über die Grenzen der IMeG-Regionen.",
            "en": "Every day, hundreds of thousands commute across the borders of the IMeG regions.",
            "fr": "Chaque jour, des centaines de milliers de personnes passent la frontière pour aller travailler.",
            "nl": "Elke dag pendelen honderdduizenden mensen over de grenzen van de IMeG-regio's.",
        },
    },
]

HOME = {
    "key": "home",
    "slug": {"en": "home", "fr": "home", "nl": "home"},
    "title": ORGANISATION_NAME,
    "seo_title": ORGANISATION_NAME,
    "search_description": {
        "de": "Der Initiativkreis Metropolitane Grenzregionen (IMeG) vertritt deutsche Regionen und Länder, "
        "deren Lebens- und Wirtschaftsräume über die Staatsgrenze reichen.",
        "en": "The Metropolitan Border Regions Initiative (IMeG) speaks for German regions and Länder whose "
        "economic and living areas reach across national borders.",
        "fr": "L'Initiative des régions métropolitaines transfrontalières (IMeG) représente des régions et "
        "Länder allemands dont le bassin de vie s'étend au-delà de la frontière.",
        "nl": "Het Initiatief Metropolitane Grensregio's (IMeG) behartigt de belangen van Duitse regio's en "
        "deelstaten waarvan het woon- en werkgebied over de landsgrens reikt.",
    },
    "intro": {
        "de": "<p>Im <b>Initiativkreis Metropolitane Grenzregionen (IMeG)</b> arbeiten deutsche Regionen und Länder "
        "zusammen, deren Lebens- und Wirtschaftsräume über die Staatsgrenze hinausreichen – von Aachen über das "
        "Saarland und den Oberrhein bis an den Bodensee. Gemeinsam setzen wir uns dafür ein, dass Grenzregionen "
        "in Deutschland und Europa als das gesehen werden, was sie sind: Verbindungsräume mit Zukunft.</p>",
        "en": "<p>In the <b>Metropolitan Border Regions Initiative (IMeG)</b>, German regions and Länder work "
        "together whose economies and daily lives reach across the national border – from Aachen through the "
        "Saarland and the Upper Rhine to Lake Constance. Together we make the case that border regions in "
        "Germany and Europe are what they really are: places that connect, with a future.</p>",
        "fr": "<p>Au sein de l'<b>Initiative des régions métropolitaines transfrontalières (IMeG)</b> coopèrent "
        "des régions et Länder allemands dont l'économie et la vie quotidienne dépassent la frontière – d'Aix-la-"
        "Chapelle au lac de Constance, en passant par la Sarre et le Rhin supérieur. Ensemble, nous défendons "
        "l'idée que les régions frontalières, en Allemagne comme en Europe, sont avant tout des espaces de "
        "liaison tournés vers l'avenir.</p>",
        "nl": "<p>In het <b>Initiatief Metropolitane Grensregio's (IMeG)</b> werken Duitse regio's en deelstaten "
        "samen waarvan de economie en het dagelijks leven over de landsgrens heen reiken – van Aken via het "
        "Saarland en de Boven-Rijn tot aan het Bodenmeer. Samen maken we duidelijk dat grensregio's in Duitsland "
        "en Europa zijn wat ze werkelijk zijn: verbindende gebieden met toekomst.</p>",
    },
    "teasers": [
        teaser(
            "initiativkreis",
            "initiativkreis",
            de=("Der Initiativkreis", "Wer wir sind, wie wir entstanden sind und was wir erreichen wollen."),
            en=("The Initiative", "Who we are, how we began and what we want to achieve."),
            fr=("L'Initiative", "Qui nous sommes, d'où nous venons et ce que nous voulons atteindre."),
            nl=("Het initiatief", "Wie we zijn, hoe we zijn ontstaan en wat we willen bereiken."),
        ),
        teaser(
            "metropolitane-grenzregionen",
            "grenzregionen",
            de=("Metropolitane Grenzregionen", "Was Regionen über Grenzen hinweg zu Metropolräumen macht."),
            en=("Metropolitan border regions", "What turns regions across a border into metropolitan areas."),
            fr=("Régions métropolitaines", "Ce qui fait de régions transfrontalières des espaces métropolitains."),
            nl=("Metropolitane grensregio's", "Wat regio's over een grens heen tot metropolitane gebieden maakt."),
        ),
        teaser(
            "aktivitaeten-themen",
            "aktivitaeten",
            de=("Aktivitäten & Themen", "Positionen, Veranstaltungen und die Themen, an denen wir arbeiten."),
            en=("Activities & topics", "Positions, events and the topics we work on."),
            fr=("Activités & thèmes", "Prises de position, événements et thèmes de travail."),
            nl=("Activiteiten & thema's", "Standpunten, bijeenkomsten en de thema's waaraan we werken."),
        ),
    ],
}

SETTINGS = {
    "organisation_name": ORGANISATION_NAME,
    "short_name": "IMeG",
    "address": {
        "de": "Geschäftsstelle des IMeG\nc/o Planungsbüro Grenzland\nAm Grenzpfad 7\n66111 Saarbrücken\nDeutschland",
        "en": "IMeG Secretariat\nc/o Planungsbüro Grenzland\nAm Grenzpfad 7\n66111 Saarbrücken\nGermany",
        "fr": "Secrétariat de l'IMeG\nc/o Planungsbüro Grenzland\nAm Grenzpfad 7\n66111 Sarrebruck\nAllemagne",
        "nl": "Secretariaat van IMeG\nc/o Planungsbüro Grenzland\nAm Grenzpfad 7\n66111 Saarbrücken\nDuitsland",
    },
    "email": "info@imeg-demo.eu",
    # Subscriber numbers never start with 0 in Germany, so this demo number reaches nobody.
    "phone": "+49 681 0000 100",
    "contact_email": "geschaeftsstelle@imeg-demo.eu",
    "social_links": [
        ("Mastodon", "https://mastodon.example/@imeg"),
        ("LinkedIn", "https://linkedin.example/company/imeg"),
    ],
    "footer_links": ["impressum", "datenschutz", "barrierefreiheit", "kontakt"],
}
