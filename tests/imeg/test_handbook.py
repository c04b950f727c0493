"""The editors' handbook: German chapters from the repository, rendered in the admin, raw HTML kept out."""

import re

import pytest
from django.urls import reverse

from imeg import handbook

TOPICS = {
    "meldung-schreiben": "Meldung",
    "bilder": "Alternativtext",
    "uebersetzen": "Übersetzen",
    "positionspapier-hochladen": "Positionspapier",
    "freigabe": "Freigabe",
    "zeitgesteuert-veroeffentlichen": "Zeitgesteuert",
}


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_the_handbook_covers_what_editors_do():
    titles = {chapter.slug: chapter.title for chapter in handbook.chapters()}

    for slug, word in TOPICS.items():
        assert word in titles[slug], slug


def test_links_between_chapters_lead_to_chapters_that_exist():
    slugs = {chapter.slug for chapter in handbook.chapters()}
    for chapter in handbook.chapters():
        for target in re.findall(r"\]\(([^)]+)\)", chapter.source):
            assert target.removesuffix(".md") in slugs, f"{chapter.slug} links to {target}"


def test_raw_html_and_script_links_are_shown_as_text():
    source = '<script>alert("x")</script>\n\n<img src=x onerror=alert(1)>\n\n[klick](javascript:alert(1))'
    html = handbook.render(source)

    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert "href" not in html


def test_chapter_links_become_admin_urls():
    html = handbook.render("Siehe [Freigabe](freigabe.md).")

    assert f'href="{reverse("imeg_handbook_chapter", args=["freigabe"])}"' in html


def test_an_editor_reads_every_chapter_in_the_admin(editor_client):
    index = editor_client.get(reverse("imeg_handbook"))
    assert index.status_code == 200
    for chapter in handbook.chapters():
        assert chapter.url in index.text
        response = editor_client.get(chapter.url)
        assert response.status_code == 200
        assert f"<title>{chapter.title}" in response.text
        assert 'lang="de"' in response.text


def test_the_table_of_the_images_chapter_is_a_table(editor_client):
    response = editor_client.get(reverse("imeg_handbook_chapter", args=["bilder"]))

    assert "<table>" in response.text and "<th>Angabe</th>" in response.text


def test_an_unknown_chapter_is_not_found(editor_client):
    assert editor_client.get("/admin/handbuch/gibt-es-nicht/").status_code == 404


def test_visitors_are_sent_to_the_login(client, db):
    response = client.get(reverse("imeg_handbook"))

    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_admin_menu_leads_to_the_handbook_instead_of_wagtails_english_guide(editor_client):
    response = editor_client.get("/admin/")

    assert "Handbuch" in response.text
    assert reverse("imeg_handbook") in response.text
    assert "guide.wagtail.org" not in response.text
