"""Public pages never show German text as if it were the visitor's language."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import formats, translation

from tests.factories import ContentPageFactory, CustomImageFactory

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def english_notice():
    with translation.override("en"):
        return translation.gettext(
            "Diese Seite ist noch nicht in Ihre Sprache übersetzt. Sie sehen die deutsche Fassung."
        )


@pytest.fixture
def half_translated(site_tree):
    """English title and intro, German body only: the issue's example of a page published as "translated"."""
    return ContentPageFactory(
        parent=site_tree.network,
        title_de="Satzung",
        title_en="Statutes",
        intro_de="Die Regeln des Netzwerks.",
        intro_en="The network's rules.",
        body_de=[("paragraph", "<p>Der Initiativkreis gibt sich eine Satzung.</p>")],
    )


def test_a_page_without_its_body_in_the_language_shows_the_fallback_notice(client, half_translated):
    with translation.override("en"):
        url = half_translated.url
    html = parse(client.get(url))

    assert html.html["lang"] == "en"
    assert english_notice() in html.select_one(".notice--language").get_text()


def test_a_body_falling_back_to_german_is_marked_german(client, half_translated):
    with translation.override("en"):
        url = half_translated.url
    html = parse(client.get(url))

    assert html.select_one(".stream")["lang"] == "de"
    assert "Satzung" in html.select_one(".stream").get_text()
    assert not html.select_one(".lead").has_attr("lang")


def test_an_intro_falling_back_to_german_is_marked_german(client, site_tree):
    # The background page has an English title, but its intro only in German.
    with translation.override("en"):
        url = site_tree.background.url
    html = parse(client.get(url))

    assert html.select_one(".lead")["lang"] == "de"
    assert html.select_one(".notice--language") is not None


def test_a_complete_translation_has_no_notice_and_no_german_marks(client, half_translated):
    half_translated.body_en = [("paragraph", "<p>The network adopts statutes.</p>")]
    half_translated.save()
    with translation.override("en"):
        url = half_translated.url
    html = parse(client.get(url))

    assert html.select_one(".notice--language") is None
    assert html.select("main [lang]") == []


def test_the_german_page_is_never_marked(client, half_translated):
    html = parse(client.get(half_translated.url))

    assert html.select_one(".notice--language") is None
    assert html.select("main [lang]") == []


def test_image_credits_are_translated_and_marked_where_they_fall_back(client, site_tree):
    translated = CustomImageFactory(credit_de="Foto: Stadt Aachen", credit_en="Photo: City of Aachen")
    german_only = CustomImageFactory(caption_de="Die Maas", credit_de="Foto: Anna Muster")
    page = ContentPageFactory(
        parent=site_tree.network,
        title_de="Bilder",
        title_en="Pictures",
        intro_de="Zwei Bilder.",
        intro_en="Two pictures.",
        body_de=[("image", {"image": translated}), ("image", {"image": german_only})],
        body_en=[("image", {"image": translated}), ("image", {"image": german_only})],
    )
    with translation.override("en"):
        url = page.url
    credits = parse(client.get(url)).select(".figure__credit")
    captions = parse(client.get(url)).select(".figure__text")

    assert [(credit.get_text(), credit.get("lang")) for credit in credits] == [
        ("Photo: City of Aachen", None),
        ("Foto: Anna Muster", "de"),
    ]
    assert [(caption.get_text(), caption.get("lang")) for caption in captions] == [
        ("Blick über die Grenze", "de"),
        ("Die Maas", "de"),
    ]


def test_english_dates_use_the_european_order():
    moment = datetime.datetime(2027, 1, 17, 9, 30)
    with translation.override("en"):
        assert formats.date_format(moment.date(), "DATE_FORMAT") == "17 January 2027"
        assert formats.time_format(moment.time(), "TIME_FORMAT") == "09:30"
        assert formats.date_format(moment, "DATETIME_FORMAT") == "17 January 2027, 09:30"
