"""The news and events of the demo's scale set (`load_demo --scale`, hook `imeg_demo_scale`).

5,000 news and 500 events, spread over the topics, the regions and the years since 2008, with the
demo's pictures; about two in three are translated into English, one in two into French and one in
three into Dutch, so lists mix translated items and German fallbacks as the real site will.
"""

import datetime
import uuid
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.text import slugify

from imeg.models import TopicPage
from imeg.translation_utils import LANGUAGE_CODES
from news.models import EventPage, NewsPage
from regions.models import RegionPage

NEWS_COUNT = 5000
EVENT_COUNT = 500
FIRST_YEAR = 2008
NEWS_IMAGES = ("news-konferenz", "news-raumbeobachtung", "news-mobilitaet", None)
BERLIN = ZoneInfo("Europe/Berlin")
BLOCK_NAMESPACE = uuid.UUID("0b7e3c52-51d4-4d2f-a3c4-6c1e9f0d2a17")

NEWS_TITLES = {
    "de": ("{topic}: Neues aus der Region {region}", "Fachgespräch {topic} in der Region {region}"),
    "en": ("{topic}: news from {region}", "Expert talk on {topic} in {region}"),
    "fr": ("{topic} : du nouveau de {region}", "Rencontre d'experts {topic} – {region}"),
    "nl": ("{topic}: nieuws uit {region}", "Vakgesprek {topic} in {region}"),
}
NEWS_TEASERS = {
    "de": "Die Mitglieder des Initiativkreises tauschen sich über {topic} in der Region {region} aus.",
    "en": "The members of the Initiative exchange views on {topic} in {region}.",
    "fr": "Les membres de l'Initiative échangent sur le thème {topic} – {region}.",
    "nl": "De leden van het initiatief wisselen van gedachten over {topic} in {region}.",
}
NEWS_BODIES = {
    "de": "<p>Planung endet nicht an der Grenze. Verwaltung, Wirtschaft und Wissenschaft aus {region} berichten, "
    "was sich beim Thema {topic} bewegt, und verabreden die nächsten Schritte.</p>",
    "en": "<p>Planning does not stop at the border. Administrations, business and research from {region} report "
    "on {topic} and agree on the next steps.</p>",
    "fr": "<p>L'aménagement ne s'arrête pas à la frontière. Administrations, entreprises et chercheurs de "
    "{region} font le point sur le thème {topic}.</p>",
    "nl": "<p>Planning houdt niet op bij de grens. Overheden, bedrijven en onderzoekers uit {region} vertellen "
    "over {topic} en spreken de volgende stappen af.</p>",
}
EVENT_TITLES = {
    "de": ("Workshop {topic} in der Region {region}", "Konferenz: {topic} über Grenzen"),
    "en": ("Workshop on {topic} in {region}", "Conference: {topic} across borders"),
    "fr": ("Atelier {topic} – {region}", "Conférence : {topic} par-delà les frontières"),
    "nl": ("Workshop {topic} in {region}", "Conferentie: {topic} over grenzen heen"),
}
EVENT_TEASERS = {
    "de": "Fachleute aus {region} diskutieren über {topic}.",
    "en": "Experts from {region} discuss {topic}.",
    "fr": "Des experts de {region} débattent du thème {topic}.",
    "nl": "Deskundigen uit {region} bespreken {topic}.",
}


def languages_of(number):
    """The languages item `number` is written in: German always, the others for a share of the items."""
    shares = {"de": True, "en": number % 3 != 2, "fr": number % 2 == 0, "nl": number % 3 == 0}
    return [code for code in LANGUAGE_CODES if shares.get(code)]


def translated_name(page, code):
    return getattr(page, f"title_{code}", None) or page.title_de


def texts(templates, number, topic, region, languages):
    """{code: text} of a template set for the item's languages, one variant chosen by `number`."""
    result = {}
    for code in languages:
        template = templates[code]
        if isinstance(template, tuple):
            template = template[number % len(template)]
        result[code] = template.format(topic=translated_name(topic, code), region=translated_name(region, code))
    return result


def localized_fields(**fields):
    return {f"{name}_{code}": value for name, values in fields.items() for code, value in values.items()}


def foreign_slugs(titles, key):
    """Slugs of the translated languages from their titles; the key's number keeps them apart."""
    number = key.rsplit("-", 1)[1]
    return {code: f"{slugify(title)[:60]}-{number}" for code, title in titles.items() if code != "de"}


def spread_date(number, count):
    """Dates from January of FIRST_YEAR to today, evenly over the items, newest last."""
    first = datetime.date(FIRST_YEAR, 1, 1)
    span = (timezone.localdate() - first).days
    return first + datetime.timedelta(days=span * number // count)


def build_scale_news(scale):
    topics, regions = list(TopicPage.objects.order_by("path")), list(RegionPage.objects.order_by("path"))
    if not topics or not regions:
        return
    index = scale.builder.page("aktuelles")
    count = scale.count(NEWS_COUNT)
    images = [scale.builder.images.get(key) if key else None for key in NEWS_IMAGES]
    pages = []
    for key in scale.missing_keys(index, "massendaten-meldung", count):
        number = int(key.rsplit("-", 1)[1])
        topic, region = topics[number % len(topics)], regions[(number // len(topics)) % len(regions)]
        languages = languages_of(number)
        titles = texts(NEWS_TITLES, number, topic, region, languages)
        bodies = texts(NEWS_BODIES, number, topic, region, languages)
        body = {
            code: [{"type": "paragraph", "value": html, "id": str(uuid.uuid5(BLOCK_NAMESPACE, f"{key}:{code}"))}]
            for code, html in bodies.items()
        }
        page = NewsPage(
            date=spread_date(number, count),
            lead_image=images[number % len(images)],
            **localized_fields(
                title=titles,
                teaser=texts(NEWS_TEASERS, number, topic, region, languages),
                body=body,
                slug=foreign_slugs(titles, key),
            ),
            slug_de=key,
        )
        page.scale_topic, page.scale_region = topic, region
        pages.append(page)
    pages = scale.add_children(index, pages)
    scale.link(pages, "topics", lambda page: [page.scale_topic])
    scale.link(pages, "regions", lambda page: [page.scale_region])


def build_scale_events(scale):
    topics, regions = list(TopicPage.objects.order_by("path")), list(RegionPage.objects.order_by("path"))
    if not topics or not regions:
        return
    index = scale.builder.page("veranstaltungen")
    count = scale.count(EVENT_COUNT)
    pages = []
    for key in scale.missing_keys(index, "massendaten-veranstaltung", count):
        number = int(key.rsplit("-", 1)[1])
        topic, region = topics[number % len(topics)], regions[(number // len(topics)) % len(regions)]
        languages = languages_of(number)
        titles = texts(EVENT_TITLES, number, topic, region, languages)
        # One in ten lies ahead, so the list of upcoming events is long as well.
        day = spread_date(number, count) + datetime.timedelta(days=400 if number % 10 == 0 else 0)
        start = datetime.datetime.combine(day, datetime.time(10), tzinfo=BERLIN)
        page = EventPage(
            start=start,
            end=start + datetime.timedelta(hours=6),
            online=number % 4 == 0,
            **localized_fields(
                title=titles,
                teaser=texts(EVENT_TEASERS, number, topic, region, languages),
                venue_name={"de": translated_name(region, "de")},
                slug=foreign_slugs(titles, key),
            ),
            slug_de=key,
        )
        page.scale_topic, page.scale_region = topic, region
        pages.append(page)
    pages = scale.add_children(index, pages)
    scale.link(pages, "topics", lambda page: [page.scale_topic])
    scale.link(pages, "regions", lambda page: [page.scale_region])
