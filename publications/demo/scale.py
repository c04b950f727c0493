"""The publications of the demo's scale set (`load_demo --scale`, hook `imeg_demo_scale`).

1,000 publications of every type, spread over topics, regions and the years since 2008. They share
one generated PDF, read by the pipeline like an upload, so each has a full text, a page count and a
cover without a thousand files.
"""

import datetime

from django.utils.text import slugify

from imeg.models import TopicPage
from imeg.translation_utils import LANGUAGE_CODES
from publications.demo import demo_document
from publications.models import DatePrecision, FileKind, PublicationFile, PublicationPage, PublicationType
from regions.models import RegionPage

PUBLICATION_COUNT = 1000
FIRST_YEAR = 2008
SHARED_PDF = {
    "title": {"de": "Massendaten: Beispiel-Veröffentlichung"},
    "summary": {"de": "Ein gemeinsames PDF der Veröffentlichungen aus dem Massendatensatz."},
    "year": 2020,
}
TITLES = {
    "de": "{kind}: {topic} in der Region {region}",
    "en": "{topic} in {region}",
    "fr": "{topic} – {region}",
    "nl": "{topic} in {region}",
}
SUMMARIES = {
    "de": "Was die Region {region} beim Thema {topic} erreicht hat und was Bund, Länder und EU tun sollten.",
    "en": "What {region} has achieved on {topic} and what federal, state and EU policy should do.",
    "fr": "Ce que {region} a accompli dans le domaine {topic} et ce que les politiques devraient faire.",
    "nl": "Wat {region} heeft bereikt op het gebied van {topic} en wat het beleid zou moeten doen.",
}


def languages_of(number):
    shares = {"de": True, "en": number % 2 == 0, "fr": number % 3 == 0, "nl": number % 4 == 0}
    return [code for code in LANGUAGE_CODES if shares.get(code)]


def name(page, code):
    return getattr(page, f"title_{code}", None) or page.title_de


def build_scale_publications(scale):
    topics, regions = list(TopicPage.objects.order_by("path")), list(RegionPage.objects.order_by("path"))
    if not topics or not regions:
        return
    index = scale.builder.page("veroeffentlichungen")
    count = scale.count(PUBLICATION_COUNT)
    keys = scale.missing_keys(index, "massendaten-veroeffentlichung", count)
    if not keys:
        return
    document = demo_document(scale.builder, SHARED_PDF, "de", FileKind.FULL_TEXT, 2)
    types = list(PublicationType)
    last_year = datetime.date.today().year
    pages = []
    for key in keys:
        number = int(key.rsplit("-", 1)[1])
        topic, region = topics[number % len(topics)], regions[(number // len(topics)) % len(regions)]
        kind = types[number % len(types)]
        fields = {}
        for code in languages_of(number):
            values = {"topic": name(topic, code), "region": name(region, code), "kind": kind.label}
            fields[f"title_{code}"] = TITLES[code].format(**values)
            fields[f"summary_{code}"] = SUMMARIES[code].format(**values)
            if code != "de":
                fields[f"slug_{code}"] = f"{slugify(fields[f'title_{code}'])[:60]}-{number:04d}"
        page = PublicationPage(
            slug_de=key,
            publication_type=kind,
            date=datetime.date(FIRST_YEAR + number % (last_year - FIRST_YEAR + 1), 1, 1),
            date_precision=DatePrecision.YEAR,
            authors="Initiativkreis Metropolitane Grenzregionen (IMeG)",
            **fields,
        )
        page.scale_topic, page.scale_region = topic, region
        pages.append(page)
    pages = scale.add_children(index, pages)
    scale.link(pages, "topics", lambda page: [page.scale_topic])
    scale.link(pages, "regions", lambda page: [page.scale_region])
    PublicationFile.objects.bulk_create(
        [PublicationFile(page_id=page.pk, document=document, sort_order=0) for page in pages], batch_size=500
    )
