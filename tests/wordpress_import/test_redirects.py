"""Every kind of old WordPress address answers 301 → the right new place, through the real middleware."""

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

OLD_URLS = {
    "page permalink": ("/initiativkreis/hintergrund/", "/de/initiativkreis/hintergrund/"),
    "page permalink without slash": ("/initiativkreis/hintergrund", "/de/initiativkreis/hintergrund/"),
    "top-level page": ("/metropolitane-grenzregionen/", "/de/metropolitane-grenzregionen/"),
    "post permalink": (
        "/2018/10/05/positionspapier-raumbeobachtung/",
        "/de/aktuelles/positionspapier-raumbeobachtung/",
    ),
    "event post permalink": (
        "/2019/01/30/grenzraeume-verbindungsraeume/",
        "/de/aktivitaeten-themen/veranstaltungen/grenzraeume-verbindungsraeume/",
    ),
    "?p= of a post": ("/?p=42", "/de/aktuelles/grenzraumakademie/"),
    "?p= of a page": ("/?p=12", "/de/initiativkreis/ziele/"),
    "?page_id=": ("/?page_id=11", "/de/initiativkreis/hintergrund/"),
    "percent-encoded umlaut slug": (
        "/metropolitane-grenzregionen/grenz%c3%bcberschreitende-r%c3%a4ume/",
        "/de/metropolitane-grenzregionen/grenz%C3%BCberschreitende-r%C3%A4ume/",
    ),
    "attachment page": (
        "/2018/10/05/positionspapier-raumbeobachtung/karte/",
        "/de/aktuelles/positionspapier-raumbeobachtung/",
    ),
    "?attachment_id= of an image": ("/?attachment_id=101", "/de/aktuelles/positionspapier-raumbeobachtung/"),
    "feed": ("/feed/", "/de/aktuelles/feed/rss/"),
}


@pytest.mark.parametrize("kind", OLD_URLS)
def test_old_address_answers_permanent_redirect(imported, client, kind):
    old, new = OLD_URLS[kind]
    response = client.get(old)
    assert response.status_code == 301, kind
    assert response["Location"] == new


def test_new_address_of_a_redirect_answers(imported, client):
    for old, _new in OLD_URLS.values():
        assert client.get(old, follow=True).status_code == 200, old


def test_uploaded_pdf_path_leads_to_the_document(imported, client, settings):
    settings.MEDIA_ROOT = imported.media
    document = get_document_model().objects.get(title="Positionspapier Raumbeobachtung")
    response = client.get("/wp-content/uploads/2018/10/positionspapier-raumbeobachtung-2018.pdf")
    assert response.status_code == 301
    assert response["Location"] == document.url
    assert client.get(document.url).status_code == 200


def test_uploaded_image_path_leads_to_the_image_file(imported, client):
    image = get_image_model().objects.get(title="Karte der Grenzregionen")
    response = client.get("/wp-content/uploads/2018/10/karte-der-grenzregionen.png")
    assert response.status_code == 301
    assert response["Location"] == image.file.url


def test_a_pdf_attachment_page_leads_to_the_post_it_belongs_to(imported, client):
    response = client.get("/?attachment_id=102")
    assert response.status_code == 301
    assert response["Location"] == "/de/aktuelles/positionspapier-raumbeobachtung/"


def test_root_without_a_known_query_still_chooses_the_language(imported, client):
    response = client.get("/?p=99999", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"
    assert client.get("/?utm_source=x").status_code == 302


def test_skipped_items_get_no_redirect(imported, client):
    assert client.get("/?p=33").status_code == 302  # the draft: / chooses a language as always
    assert client.get("/entwurf/").status_code == 404


@pytest.mark.parametrize(
    "copy",
    [
        "karte-der-grenzregionen-150x150.png",
        "karte-der-grenzregionen-300x200.png",
        "karte-der-grenzregionen-original.png",
    ],
)
def test_resized_copies_of_an_image_lead_to_the_image_file(imported, client, settings, copy):
    """The sizes (and the unscaled original) in `_wp_attachment_metadata`: old links to them answer 301."""
    settings.MEDIA_ROOT = imported.media
    image = get_image_model().objects.get(title="Karte der Grenzregionen")
    response = client.get(f"/wp-content/uploads/2018/10/{copy}")
    assert response.status_code == 301
    assert response["Location"] == image.file.url


def test_a_resized_copy_not_in_the_metadata_gets_no_redirect(imported, client):
    assert client.get("/wp-content/uploads/2018/10/karte-der-grenzregionen-1024x768.png").status_code == 404


def test_unsafe_names_in_the_attachment_metadata_get_no_redirect(imported):
    from wagtail.contrib.redirects.models import Redirect

    assert not Redirect.objects.filter(old_path__contains="passwd").exists()
    assert not Redirect.objects.filter(old_path__contains="..").exists()
