"""Demo news and events (manage.py load_demo), written from the public facts about the network.

Some items are left untranslated in French or Dutch (and a few in English), so the German fallback shows.
The upcoming events are dated relative to today, so the demo always has a next event.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.text import slugify

from imeg.demo.content import paragraph
from news.models import EventIndexPage, EventPage, EventStatus, NewsIndexPage, NewsPage

BERLIN = ZoneInfo("Europe/Berlin")

IMAGES = [
    {
        "key": "news-konferenz",
        "title": "Demo: Konferenzsaal",
        "kind": "network",
        "alt": {
            "de": "Grafik: Verbindungslinien zwischen Städten beiderseits einer Grenze",
            "en": "Graphic: lines connecting towns on both sides of a border",
            "fr": "Graphique : des lignes relient des villes des deux côtés d'une frontière",
            "nl": "Grafiek: lijnen tussen steden aan weerszijden van een grens",
        },
        "caption": {"de": "Netzwerk über Grenzen", "en": "A network across borders"},
    },
    {
        "key": "news-raumbeobachtung",
        "title": "Demo: Raumbeobachtung",
        "kind": "chart",
        "alt": {
            "de": "Balkendiagramm mit Kennzahlen von vier Grenzregionen",
            "en": "Bar chart with key figures of four border regions",
            "fr": "Diagramme en barres des chiffres clés de quatre régions frontalières",
            "nl": "Staafdiagram met kerncijfers van vier grensregio's",
        },
        "caption": {"de": "Daten über die Grenze hinweg", "en": "Data across the border"},
    },
    {
        "key": "news-mobilitaet",
        "title": "Demo: Mobilität",
        "kind": "routes",
        "alt": {
            "de": "Karte mit Verkehrswegen, die eine Grenze kreuzen",
            "en": "Map of transport routes crossing a border",
            "fr": "Carte des voies de transport qui traversent une frontière",
            "nl": "Kaart met verkeersroutes die een grens kruisen",
        },
        "caption": {"de": "Wege über die Grenze", "en": "Routes across the border"},
    },
]

INDEX_NEWS = {
    "title": {"de": "Aktuelles", "en": "News", "fr": "Actualités", "nl": "Nieuws"},
    "slug": {"en": "news", "fr": "actualites", "nl": "nieuws"},
    "intro": {
        "de": "Was der Initiativkreis tut, veröffentlicht und plant.",
        "en": "What the Initiative does, publishes and plans.",
        "fr": "Ce que l'Initiative fait, publie et prépare.",
        "nl": "Wat het initiatief doet, publiceert en plant.",
    },
}

INDEX_EVENTS = {
    "title": {"de": "Veranstaltungen", "en": "Events", "fr": "Manifestations", "nl": "Bijeenkomsten"},
    "slug": {"en": "events", "fr": "manifestations", "nl": "bijeenkomsten"},
    "intro": {
        "de": "Konferenzen, Workshops und Treffen des Initiativkreises – kommende zuerst.",
        "en": "Conferences, workshops and meetings of the Initiative – upcoming ones first.",
        "fr": "Conférences, ateliers et rencontres de l'Initiative – les prochaines d'abord.",
        "nl": "Conferenties, workshops en bijeenkomsten van het initiatief – de komende eerst.",
    },
}


def news(key, date, title, teaser, body, *, topics=(), regions=(), image=None):
    return {
        "key": key,
        "date": date,
        "title": title,
        "teaser": teaser,
        "body": body,
        "topics": topics,
        "regions": regions,
        "image": image,
    }


NEWS = [
    news(
        "konferenz-luxemburg-2012",
        datetime.date(2012, 11, 21),
        {
            "de": "Europäische Konferenz in Luxemburg",
            "en": "European conference in Luxembourg",
            "fr": "Conférence européenne à Luxembourg",
            "nl": "Europese conferentie in Luxemburg",
        },
        {
            "de": "Rund 120 Gäste aus ganz Europa diskutierten in Luxemburg über metropolitane Grenzregionen.",
            "en": "Some 120 guests from across Europe discussed metropolitan border regions in Luxembourg.",
            "fr": "Quelque 120 participants venus de toute l'Europe ont débattu à Luxembourg des régions "
            "métropolitaines transfrontalières.",
            "nl": "Zo'n 120 gasten uit heel Europa spraken in Luxemburg over metropolitane grensregio's.",
        },
        {
            "de": "<p>Zwei Tage lang tauschten sich Fachleute aus Planung, Politik und Wissenschaft aus – "
            "gedolmetscht "
            "auf Deutsch, Englisch und Französisch. Die Dokumentation erscheint in drei Sprachen.</p>",
            "en": "<p>For two days, experts from planning, politics and research exchanged views, with interpretation "
            "into German, English and French. The proceedings will appear in three languages.</p>",
        },
        topics=("eu-politik",),
        regions=("grossregion",),
        image="news-konferenz",
    ),
    news(
        "stellungnahme-bundesverkehrswegeplan",
        datetime.date(2016, 1, 28),
        {
            "de": "Stellungnahme zum Bundesverkehrswegeplan 2030",
            "en": "Statement on the Federal Transport Infrastructure Plan 2030",
            "fr": "Avis sur le plan fédéral des infrastructures de transport 2030",
        },
        {
            "de": "Der Initiativkreis fordert, grenzüberschreitende Verbindungen im Bundesverkehrswegeplan angemessen "
            "zu berücksichtigen.",
            "en": "The Initiative asks for cross-border links to be given due weight in the federal transport plan.",
            "fr": "L'Initiative demande que les liaisons transfrontalières soient dûment prises en compte "
            "dans le plan "
            "fédéral.",
        },
        {
            "de": "<p>Wer in Grenzregionen pendelt, ist auf Schiene und Straße über die Grenze angewiesen. Die "
            "Stellungnahme nennt Lücken und schlägt Prioritäten vor.</p>",
            "en": "<p>Commuters in border regions depend on rail and road links across the border. The statement "
            "points out gaps and suggests priorities.</p>",
        },
        topics=("mobilitaet",),
        image="news-mobilitaet",
    ),
    news(
        "grenzueberschreitende-raumbeobachtung",
        datetime.date(2016, 2, 15),
        {
            "de": "Grenzüberschreitende Raumbeobachtung stärken",
            "en": "Strengthening cross-border spatial monitoring",
        },
        {
            "de": "Ohne vergleichbare Daten bleiben Grenzregionen auf Karten und in Statistiken oft weiß.",
            "en": "Without comparable data, border regions often remain blank on maps and in statistics.",
        },
        {
            "de": "<p>Der Initiativkreis wirbt bei Bund und Ländern für eine Raumbeobachtung, die an der Grenze nicht "
            "endet.</p>",
            "en": "<p>The Initiative urges the federal government and the Länder to support spatial monitoring that "
            "does not stop at the border.</p>",
        },
        topics=("raumbeobachtung",),
        image="news-raumbeobachtung",
    ),
    news(
        "treffen-metropolregionen-muenchen",
        datetime.date(2016, 4, 12),
        {"de": "Treffen mit den Metropolregionen in München", "en": "Meeting the metropolitan regions in Munich"},
        {
            "de": "In München tauschte sich der Initiativkreis mit dem Netzwerk europäischer Metropolregionen aus.",
            "en": "In Munich, the Initiative met the network of European metropolitan regions.",
        },
        {
            "de": "<p>Themen waren gemeinsame Positionen zur europäischen Kohäsionspolitik und der Austausch von "
            "Daten.</p>"
        },
        topics=("eu-politik",),
    ),
    news(
        "kongress-krakau",
        datetime.date(2017, 3, 29),
        {
            "de": "Europäischer Kongress der Kommunen in Krakau",
            "en": "European Congress of Local Governments in Kraków",
            "fr": "Congrès européen des collectivités locales à Cracovie",
            "nl": "Europees congres van lokale overheden in Krakau",
        },
        {
            "de": "Der Initiativkreis stellte die Anliegen metropolitaner Grenzregionen in Krakau vor.",
            "en": "The Initiative presented the concerns of metropolitan border regions in Kraków.",
            "fr": "L'Initiative a présenté à Cracovie les préoccupations des régions métropolitaines "
            "transfrontalières.",
            "nl": "Het initiatief presenteerde in Krakau de zorgen van metropolitane grensregio's.",
        },
        {"de": "<p>Im Mittelpunkt stand die Frage, wie europäische Politik Grenzräume besser erreicht.</p>"},
        topics=("eu-politik",),
    ),
    news(
        "netzwerktreffen-hamburg",
        datetime.date(2017, 5, 18),
        {"de": "Netzwerktreffen in Hamburg", "en": "Network meeting in Hamburg"},
        {
            "de": "Mitglieder und Partner trafen sich in Hamburg, um die nächsten Schritte abzustimmen.",
            "en": "Members and partners met in Hamburg to agree on the next steps.",
        },
        {"de": "<p>Vereinbart wurden ein Arbeitsprogramm und ein Workshop zur Raumbeobachtung.</p>"},
    ),
    news(
        "workshop-karlsruhe",
        datetime.date(2018, 1, 19),
        {
            "de": "Workshop in Karlsruhe: Ergebnisse der Raumbeobachtung",
            "en": "Workshop in Karlsruhe: results of the spatial monitoring",
            "fr": "Atelier à Karlsruhe : résultats de l'observation territoriale",
        },
        {
            "de": "Die Ergebnisse des Modellvorhabens „Raumbeobachtung“ wurden in Karlsruhe vorgestellt und "
            "diskutiert.",
            "en": "The results of the spatial monitoring pilot project were presented and discussed in Karlsruhe.",
            "fr": "Les résultats du projet pilote d'observation territoriale ont été présentés à Karlsruhe.",
        },
        {"de": "<p>Fachleute aus vier Grenzregionen verglichen Daten zu Bevölkerung, Pendeln und Wirtschaft.</p>"},
        topics=("raumbeobachtung",),
        regions=("trinationale-metropolregion-oberrhein",),
        image="news-raumbeobachtung",
    ),
    news(
        "positionspapier-raumbeobachtung",
        datetime.date(2018, 10, 10),
        {
            "de": "Neues Positionspapier zur Raumbeobachtung",
            "en": "New position paper on spatial monitoring",
            "fr": "Nouveau document de position sur l'observation territoriale",
            "nl": "Nieuw standpunt over ruimtelijke monitoring",
        },
        {
            "de": "Das Positionspapier zeigt, was eine Raumbeobachtung für Deutschland und die angrenzenden Regionen "
            "leisten muss.",
            "en": "The position paper sets out what spatial monitoring for Germany and its neighbouring regions must "
            "achieve.",
            "fr": "Le document expose ce que doit apporter une observation territoriale de l'Allemagne et des régions "
            "voisines.",
            "nl": "Het standpunt beschrijft wat ruimtelijke monitoring voor Duitsland en de buurregio's moet bieden.",
        },
        {
            "de": "<p>Der Volltext erscheint auf Deutsch, Zusammenfassungen auf Englisch und Französisch.</p>",
            "en": "<p>The full text is in German, with summaries in English and French.</p>",
        },
        topics=("raumbeobachtung",),
    ),
    news(
        "grenzraeume-verbindungsraeume",
        datetime.date(2019, 1, 31),
        {
            "de": "„Grenzräume sind Verbindungsräume“",
            "en": "“Border areas are connecting areas”",
            "fr": "« Les espaces frontaliers sont des espaces de liaison »",
            "nl": "„Grensgebieden zijn verbindingsgebieden”",
        },
        {
            "de": "In Brüssel ging es um Mobilität und Siedlungsentwicklung in metropolitanen Grenzregionen.",
            "en": "In Brussels, the topic was mobility and settlement development in metropolitan border regions.",
            "fr": "À Bruxelles, il a été question de mobilité et d'urbanisation dans les régions métropolitaines "
            "transfrontalières.",
            "nl": "In Brussel ging het over mobiliteit en verstedelijking in metropolitane grensregio's.",
        },
        {"de": "<p>Eine Posterausstellung zeigte Beispiele aus allen Mitgliedsregionen.</p>"},
        topics=("mobilitaet",),
        regions=("euregio-maas-rhein",),
        image="news-mobilitaet",
    ),
    news(
        "workshops-pandemie",
        datetime.date(2020, 12, 2),
        {
            "de": "Online-Workshops: Grenzregionen in Zeiten der Pandemie",
            "en": "Online workshops: border regions in times of the pandemic",
        },
        {
            "de": "Geschlossene Grenzen trafen Pendlerinnen und Pendler hart. Die Workshops sammelten Erfahrungen.",
            "en": "Closed borders hit commuters hard. The workshops gathered experiences.",
        },
        {"de": "<p>Aus den Ergebnissen entsteht ein Positionspapier.</p>"},
        topics=("eu-politik", "mobilitaet"),
        regions=("grossregion", "bodenseeregion"),
    ),
    news(
        "grenzraumakademie-berlin",
        datetime.date(2023, 4, 24),
        {
            "de": "Grenzraumakademie in Berlin",
            "en": "Border Region Academy in Berlin",
            "fr": "Académie des régions frontalières à Berlin",
            "nl": "Grensregio-academie in Berlijn",
        },
        {
            "de": "Rund 130 Gäste; der Initiativkreis gestaltete eine Sitzung zur Krisenfestigkeit von Grenzregionen.",
            "en": "Some 130 guests; the Initiative ran a session on the crisis resilience of border regions.",
            "fr": "Environ 130 invités ; l'Initiative a animé une session sur la résilience des régions frontalières.",
            "nl": "Zo'n 130 gasten; het initiatief leidde een sessie over de crisisbestendigheid van grensregio's.",
        },
        {
            "de": "<p>Die Folien der Sitzung stehen bei den Veröffentlichungen bereit.</p>",
            "en": "<p>The slides of the session are available among the publications.</p>",
        },
        topics=("eu-politik",),
        image="news-konferenz",
    ),
    news(
        "positionspapier-pandemie",
        datetime.date(2023, 6, 15),
        {
            "de": "Positionspapier „Grenzregionen und Pandemie“",
            "en": "Position paper “Border regions and the pandemic”",
        },
        {
            "de": "Was Bund, Länder und Europa aus der Pandemie für Grenzregionen lernen sollten.",
            "en": "What the federal government, the Länder and Europe should learn from the pandemic for border "
            "regions.",
        },
        {"de": "<p>Kernforderung: Grenzen dürfen nie wieder ohne Abstimmung mit den Nachbarn geschlossen werden.</p>"},
        topics=("eu-politik", "mobilitaet"),
    ),
]


def berlin(*args):
    return datetime.datetime(*args, tzinfo=BERLIN)


def upcoming(days, hour, minute=0):
    """A moment `days` from today at a Berlin clock time: the demo always has events to come."""
    day = timezone.localdate(timezone=BERLIN) + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BERLIN)


def events():
    return [
        {
            "key": "konferenz-luxemburg",
            "title": {
                "de": "Metropolitane Grenzregionen in Europa",
                "en": "Metropolitan border regions in Europe",
                "fr": "Régions métropolitaines transfrontalières en Europe",
                "nl": "Metropolitane grensregio's in Europa",
            },
            "teaser": {
                "de": "Europäische Konferenz mit rund 120 Teilnehmenden.",
                "en": "European conference with some 120 participants.",
                "fr": "Conférence européenne avec quelque 120 participants.",
                "nl": "Europese conferentie met zo'n 120 deelnemers.",
            },
            "start": berlin(2012, 11, 19),
            "end": berlin(2012, 11, 20),
            "all_day": True,
            "venue_name": {"de": "Luxemburg", "fr": "Luxembourg", "en": "Luxembourg", "nl": "Luxemburg"},
            "interpretation_languages": ["de", "en", "fr"],
            "topics": ("eu-politik",),
            "regions": ("grossregion",),
        },
        {
            "key": "workshop-raumbeobachtung-karlsruhe",
            "title": {
                "de": "Workshop: Ergebnisse der Raumbeobachtung",
                "en": "Workshop: results of the spatial monitoring",
            },
            "teaser": {
                "de": "Die Ergebnisse des Modellvorhabens im Gespräch.",
                "en": "Discussing the results of the pilot project.",
            },
            "start": berlin(2018, 1, 17, 10),
            "end": berlin(2018, 1, 17, 16),
            "venue_name": {"de": "Regionalverband Mittlerer Oberrhein"},
            "venue_address": {"de": "Karlsruhe"},
            "topics": ("raumbeobachtung",),
            "regions": ("trinationale-metropolregion-oberrhein",),
        },
        {
            "key": "mobilitaet-siedlungsentwicklung-bruessel",
            "title": {
                "de": "Mobilität und Siedlungsentwicklung in metropolitanen Grenzregionen",
                "en": "Mobility and settlement development in metropolitan border regions",
                "fr": "Mobilité et urbanisation dans les régions métropolitaines transfrontalières",
                "nl": "Mobiliteit en verstedelijking in metropolitane grensregio's",
            },
            "teaser": {
                "de": "Fachveranstaltung mit Posterausstellung in Brüssel.",
                "en": "Expert event with a poster exhibition in Brussels.",
                "fr": "Rencontre d'experts avec exposition de posters à Bruxelles.",
                "nl": "Vakbijeenkomst met posterexpositie in Brussel.",
            },
            "start": berlin(2019, 1, 30, 10),
            "end": berlin(2019, 1, 30, 16, 30),
            "venue_name": {"de": "Landesvertretung in Brüssel", "en": "Representation of a Land in Brussels"},
            "venue_address": {"de": "Brüssel", "en": "Brussels", "fr": "Bruxelles", "nl": "Brussel"},
            "interpretation_languages": ["de", "fr", "nl"],
            "registration_email": "info@imeg.example",
            "registration_deadline": datetime.date(2018, 12, 15),
            "topics": ("mobilitaet",),
            "regions": ("euregio-maas-rhein",),
        },
        {
            "key": "workshops-pandemie-online",
            "title": {"de": "Grenzregionen in Zeiten der Pandemie", "en": "Border regions in times of the pandemic"},
            "teaser": {
                "de": "Online-Workshops zu Erfahrungen mit geschlossenen Grenzen.",
                "en": "Online workshops on experiences with closed borders.",
            },
            "start": berlin(2020, 12, 1, 9, 30),
            "end": berlin(2020, 12, 1, 13),
            "online": True,
            "topics": ("eu-politik", "mobilitaet"),
        },
        {
            "key": "grenzraumakademie-2023",
            "title": {
                "de": "Grenzraumakademie: Grenzregionen Deutschlands mit seinen Nachbarländern",
                "en": "Border Region Academy: Germany's border regions and its neighbours",
                "fr": "Académie des régions frontalières : l'Allemagne et ses voisins",
            },
            "teaser": {
                "de": "Zwei Tage mit rund 130 Gästen; IMeG-Sitzung zur Krisenfestigkeit.",
                "en": "Two days with some 130 guests; IMeG session on crisis resilience.",
                "fr": "Deux jours avec environ 130 invités ; session de l'IMeG sur la résilience.",
            },
            "start": berlin(2023, 4, 20),
            "end": berlin(2023, 4, 21),
            "all_day": True,
            "venue_name": {"de": "Berlin"},
            "topics": ("eu-politik",),
        },
        {
            "key": "fachgespraech-grenzpendeln",
            "title": {"de": "Fachgespräch Grenzpendeln", "en": "Expert talk on cross-border commuting"},
            "teaser": {
                "de": "Ein Austausch über Daten zu Pendelströmen in den Mitgliedsregionen.",
                "en": "An exchange on commuter flow data in the member regions.",
            },
            "start": upcoming(12, 14),
            "end": upcoming(12, 17),
            "status": EventStatus.CANCELLED,
            "status_note": {
                "de": "Das Fachgespräch entfällt; ein neuer Termin wird bekanntgegeben.",
                "en": "The talk will not take place; a new date will be announced.",
            },
            "online": True,
            "topics": ("mobilitaet", "raumbeobachtung"),
        },
        {
            "key": "jahrestreffen",
            "title": {
                "de": "Jahrestreffen des Initiativkreises",
                "en": "Annual meeting of the Initiative",
                "fr": "Rencontre annuelle de l'Initiative",
                "nl": "Jaarlijkse bijeenkomst van het initiatief",
            },
            "teaser": {
                "de": "Mitglieder und Gäste beraten über Raumbeobachtung und Mobilität über die Grenze.",
                "en": "Members and guests discuss spatial monitoring and cross-border mobility.",
                "fr": "Membres et invités débattent d'observation territoriale et de mobilité transfrontalière.",
                "nl": "Leden en gasten bespreken ruimtelijke monitoring en grensoverschrijdende mobiliteit.",
            },
            "start": upcoming(45, 9, 30),
            "end": upcoming(45, 16),
            "venue_name": {"de": "Haus der Großregion", "fr": "Maison de la Grande Région"},
            "venue_address": {"de": "Luxemburg", "en": "Luxembourg", "fr": "Luxembourg", "nl": "Luxemburg"},
            "online": True,
            "organisers": {
                "de": "Initiativkreis Metropolitane Grenzregionen\nGeschäftsstelle Saarbrücken",
                "en": "Metropolitan Border Regions Initiative\nSecretariat, Saarbrücken",
                "fr": "Initiative des régions métropolitaines transfrontalières\nSecrétariat, Sarrebruck",
                "nl": "Initiatief Metropolitane Grensregio's\nSecretariaat, Saarbrücken",
            },
            "interpretation_languages": ["de", "fr"],
            "registration_email": "info@imeg.example",
            "registration_deadline_days": 30,
            "programme": {
                "de": [
                    {"time": "09:30", "title": "Ankommen und Kaffee"},
                    {"time": "10:00", "title": "Begrüßung durch die Sprecher"},
                    {"time": "10:30–12:30", "title": "Raumbeobachtung: neue Zahlen aus vier Regionen"},
                    {"time": "14:00–16:00", "title": "Mobilität über die Grenze"},
                ],
                "en": [
                    {"time": "09:30", "title": "Arrival and coffee"},
                    {"time": "10:00", "title": "Welcome by the spokespersons"},
                    {"time": "10:30–12:30", "title": "Spatial monitoring: new figures from four regions"},
                    {"time": "14:00–16:00", "title": "Mobility across the border"},
                ],
            },
            "topics": ("raumbeobachtung", "mobilitaet"),
            "regions": ("grossregion",),
        },
    ]


def _slugs(data):
    """A slug from the title in each translated language; German uses the key."""
    return {code: slugify(title) for code, title in data["title"].items() if code != "de"}


def _pages(builder, keys):
    return [builder.pages[key] for key in keys if key in builder.pages]


def _programme(items):
    return [
        {"type": "item", "value": {"speakers": "", "description": "", **item}, "id": f"programme-{n}"}
        for n, item in enumerate(items)
    ]


def build_news_and_events(builder):
    for data in IMAGES:
        builder.generated_image(
            data["key"], data["title"], kind=data["kind"], alt=data["alt"], caption=data["caption"]
        )
    home = builder.page("home")
    news_index = builder.get_or_create_page(
        home, NewsIndexPage, "aktuelles", before="kontakt", show_in_menus=True, **INDEX_NEWS
    )
    for data in NEWS:
        fields = {"date": data["date"], "title": data["title"], "teaser": data["teaser"], "slug": _slugs(data)}
        fields["body"] = builder.stream(data["key"], [paragraph(**data["body"])])
        if data["image"]:
            fields["lead_image"] = builder.image(data["image"])
        page = builder.get_or_create_page(news_index, NewsPage, data["key"], **fields)
        _classify(page, builder, data)

    activities = builder.page("aktivitaeten-themen")
    event_index = builder.get_or_create_page(
        activities, EventIndexPage, "veranstaltungen", show_in_menus=True, **INDEX_EVENTS
    )
    for data in events():
        fields = {
            name: value
            for name, value in data.items()
            if name not in ("key", "topics", "regions", "programme", "registration_deadline_days")
        }
        if "registration_deadline_days" in data:
            fields["registration_deadline"] = timezone.localdate() + datetime.timedelta(
                days=data["registration_deadline_days"]
            )
        if "programme" in data:
            fields["programme"] = {code: _programme(items) for code, items in data["programme"].items()}
        fields["slug"] = _slugs(data)
        page = builder.get_or_create_page(event_index, EventPage, data["key"], **fields)
        _classify(page, builder, data)
        if data["start"] > timezone.now() and page.is_past:
            # A demo loaded long ago: its upcoming events move forward again, or the site has none.
            page.start, page.end = data["start"], data["end"]
            page.save_revision().publish()


def _classify(page, builder, data):
    """Set topics and regions on a page made in this run (a page found again is left as it is)."""
    topics, regions = _pages(builder, data.get("topics", ())), _pages(builder, data.get("regions", ()))
    if page.topics.exists() or page.regions.exists() or not (topics or regions):
        return
    page.topics.set(topics)
    page.regions.set(regions)
    page.save_revision().publish()
