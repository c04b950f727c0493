"""XLIFF 1.2 exchange with translation agencies: export, the round trip, and every bad file.

Every import test runs twice: through a page's own import view and through the import of files with
many pages (the `post` fixture), since both read files the same way. What only files with many pages can do
is in test_xliff_pages.py.
"""

import xml.etree.ElementTree as ET  # noqa: S405 - parses the files our own export wrote
from pathlib import Path

import pytest
import xmlschema
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.users.models import UserProfile

from imeg.translations.models import TranslationStatus
from tests.imeg.translations.xliff_support import (
    EXPORT,
    NS,
    error_text,
    export,
    post_to_page,
    translate,
    units_of,
)

pytestmark = pytest.mark.django_db

SCHEMA_PATH = Path(__file__).parent / "schemas" / "xliff-core-1.2-strict.xsd"


@pytest.fixture(scope="module")
def schema():
    # Offline: xmlschema resolves the XML namespace (xml:lang) from its own copy.
    return xmlschema.XMLSchema10(str(SCHEMA_PATH), allow="local")


# Export


def test_the_export_is_valid_xliff_1_2(admin_client, page, schema):
    schema.validate(export(admin_client, page).decode())


def test_many_pages_export_valid_xliff_with_a_file_per_page(admin_client, page, site_tree, schema):
    response = admin_client.get(EXPORT, {"page": [page.pk, site_tree.mobility.pk], "language": "fr"})
    schema.validate(response.content.decode())

    root = ET.fromstring(response.content)  # noqa: S314 - our own export
    files = root.findall("x:file", NS)
    assert [(file.get("original"), file.get("target-language")) for file in files] == [
        (f"page/{page.pk}", "fr"),
        (f"page/{site_tree.mobility.pk}", "fr"),
    ]


def test_units_have_stable_ids_sources_targets_and_notes(admin_client, page, site_tree):
    first, second = units_of(export(admin_client, page)), units_of(export(admin_client, page))
    heading_id = page.body_de[0].id

    assert list(first) == list(second)
    assert {"title", "intro", f"body.{heading_id}.text"} <= set(first)
    heading = first[f"body.{heading_id}.text"]
    assert heading.find("x:source", NS).text == "Zweck"
    assert heading.find("x:target", NS).get("state") == "needs-translation"
    note = heading.find("x:note", NS).text
    assert "Inhalt › Überschrift › Text" in note
    assert "http://localhost/de/initiativkreis/satzung/" in note


def test_rich_text_markup_becomes_placeholders(admin_client, page):
    paragraph = units_of(export(admin_client, page))[f"body.{page.body_de[1].id}"].find("x:source", NS)

    placeholders = [
        (element.tag.split("}")[1], element.get("ctype")) for element in paragraph.iter() if element is not paragraph
    ]
    assert placeholders == [("g", "x-p"), ("g", "link"), ("g", "bold"), ("g", "italic"), ("x", "lb")]
    assert "linktype" not in ET.tostring(paragraph, encoding="unicode")


def test_the_current_translation_is_the_target(admin_client, page):
    page.title_en = "Statutes"
    page.save()

    title = units_of(export(admin_client, page))["title"].find("x:target", NS)
    assert (title.text, title.get("state")) == ("Statutes", "translated")


def test_export_without_a_language_asks_for_it(admin_client, page):
    response = admin_client.get(EXPORT, {"page": page.pk})

    assert response.status_code == 200
    assert 'name="language"' in response.content.decode()


def test_export_for_a_language_the_site_lacks_is_refused(admin_client, page):
    assert admin_client.get(EXPORT, {"page": page.pk, "language": "es"}).status_code == 400


def test_the_explorer_offers_the_export_as_a_bulk_action(admin_client, page, site_tree):
    response = admin_client.get(
        "/admin/bulk/wagtailcore/page/xliff_export/",
        {"id": [page.pk, site_tree.goals.pk], "next": "/admin/pages/"},
    )

    html = BeautifulSoup(response.content, "html.parser")
    form = html.select_one(f'form[action="{EXPORT}"]')
    assert sorted(int(field["value"]) for field in form.select('input[name="page"]')) == sorted(
        [page.pk, site_tree.goals.pk]
    )


# Round trip


def test_round_trip_puts_the_translation_into_a_draft_and_keeps_links_and_emphasis(
    admin_client, page, site_tree, post
):
    translated = translate(export(admin_client, page))

    response = post(admin_client, page, translated)

    assert response.status_code == 200
    page.refresh_from_db()
    assert page.title_en in ("", None)  # a draft only: nothing published
    assert page.has_unpublished_changes
    page.get_latest_revision().publish()
    page.refresh_from_db()
    with translation.override("en"):
        html = BeautifulSoup(admin_client.get(page.url).content, "html.parser")
    assert html.h1.get_text() == "[en] Satzung"
    assert html.select_one(".lead").get_text() == "[en] Die Regeln des Netzwerks."
    paragraph = html.select(".stream p")[0]
    with translation.override("en"):
        assert paragraph.a["href"] == site_tree.mobility.url
    assert paragraph.a.get_text() == "[en] Thema Mobilität"
    assert paragraph.b.get_text() == "[en] verbindlich"
    assert paragraph.i.get_text() == "[en] offen"
    assert paragraph.br is not None
    assert html.select_one(".notice--language") is None
    assert TranslationStatus.objects.get(page=page, language="en").status == "current"


def test_the_import_reports_what_changed(admin_client, page, post):
    response = post(admin_client, page, translate(export(admin_client, page)))

    rows = BeautifulSoup(response.content, "html.parser").select("tr[data-outcome]")
    assert {row["data-outcome"] for row in rows} == {"imported"}
    assert len(rows) == 4  # title, intro, heading, paragraph


def test_importing_the_same_file_twice_changes_nothing_the_second_time(admin_client, page, post):
    translated = translate(export(admin_client, page))
    post(admin_client, page, translated)
    revisions = page.revisions.count()

    response = post(admin_client, page, translate(export(admin_client, page)))

    assert page.revisions.count() == revisions
    assert "Nichts geändert" in response.content.decode()


def test_units_whose_german_changed_since_the_export_are_not_imported(admin_client, page, post):
    translated = translate(export(admin_client, page))
    page.intro_de = "Die neuen Regeln des Netzwerks."
    page.save()

    response = post(admin_client, page, translated)

    outcomes = {
        row["data-unit"]: row["data-outcome"]
        for row in BeautifulSoup(response.content, "html.parser").select("tr[data-outcome]")
    }
    assert outcomes["intro"] == "outdated"
    assert outcomes["title"] == "imported"
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert draft.intro_en in ("", None)
    assert draft.title_en == "[en] Satzung"


# Bad files: a clear message, nothing written, never a 500


def assert_refused(client, page, data, message, post):
    revisions = page.revisions.count()
    response = post(client, page, data)
    assert response.status_code == 400
    assert message in error_text(response)
    assert page.revisions.count() == revisions
    return response


def test_a_file_that_is_not_xml_is_refused(admin_client, page, post):
    assert_refused(admin_client, page, b"%PDF-1.7 not xml at all", "kein gültiges XML", post)


def test_billion_laughs_is_refused(admin_client, page, post):
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">&lol3;</xliff>'
    )
    assert_refused(admin_client, page, bomb, "DTD oder Entitäten", post)


def test_external_entities_are_refused(admin_client, page, post):
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        b'<file original="x">&secret;</file></xliff>'
    )
    assert_refused(admin_client, page, xxe, "DTD oder Entitäten", post)


def test_a_50_mb_file_is_refused(admin_client, page, post):
    huge = b'<?xml version="1.0"?><xliff version="1.2">' + b" " * (50 * 1024 * 1024) + b"</xliff>"
    assert_refused(admin_client, page, huge, "zu groß", post)


def test_a_file_for_another_page_is_refused(admin_client, page, site_tree):
    other = translate(export(admin_client, site_tree.mobility))
    assert_refused(admin_client, page, other, "gehört zu einer anderen Seite", post_to_page)


def test_a_target_language_the_site_lacks_is_refused(admin_client, page):
    data = translate(export(admin_client, page)).replace(b'target-language="en"', b'target-language="es"')
    assert_refused(admin_client, page, data, "Zielsprache „es“ gibt es auf dieser Website nicht", post_to_page)


def test_a_file_that_is_no_xliff_is_refused(admin_client, page, post):
    assert_refused(admin_client, page, b"<html><body>Hallo</body></html>", "keine XLIFF-Datei", post)


def test_the_message_is_in_the_editor_s_language(admin_client, superuser, page, post):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()

    response = post(admin_client, page, b"not xml")

    assert response.status_code == 400
    assert "not valid XML" in error_text(response)


def outcomes_after(client, page, edit, post):
    data = translate(export(client, page)).decode()
    response = post(client, page, edit(data).encode())
    assert response.status_code == 200
    return {
        row["data-unit"]: (row["data-outcome"], row.get_text(" ", strip=True))
        for row in BeautifulSoup(response.content, "html.parser").select("tr[data-outcome]")
    }


def test_a_unit_with_a_script_element_is_refused_and_the_rest_imported(admin_client, page, post):
    found = outcomes_after(
        admin_client,
        page,
        lambda data: data.replace("[en] Die Regeln des Netzwerks.", "<script>alert(1)</script>", 1),
        post,
    )

    assert found["intro"][0] == "refused"
    assert found["title"][0] == "imported"
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().intro_en in ("", None)


def test_a_unit_with_script_text_is_refused(admin_client, page, post):
    found = outcomes_after(
        admin_client, page, lambda data: data.replace("[en] Zweck", "&lt;script&gt;alert(1)&lt;/script&gt;", 1), post
    )

    assert found[f"body.{page.body_de[0].id}.text"][0] == "refused"
    assert "Skript" in found[f"body.{page.body_de[0].id}.text"][1]


def test_a_unit_with_an_unknown_placeholder_is_refused(admin_client, page, post):
    paragraph = f"body.{page.body_de[1].id}"
    found = outcomes_after(
        admin_client,
        page,
        lambda data: data.replace(
            '<g id="3" ctype="bold">[en] verbindlich', '<g id="99" ctype="bold">[en] verbindlich', 1
        ),
        post,
    )

    assert found[paragraph][0] == "refused"
    assert "Platzhalter" in found[paragraph][1]


def test_a_unit_with_an_unknown_id_is_reported_and_the_rest_imported(admin_client, page, post):
    found = outcomes_after(admin_client, page, lambda data: data.replace('id="intro"', 'id="nonexistent"', 1), post)

    assert found["nonexistent"][0] == "unknown"
    assert found["title"][0] == "imported"


def test_a_too_long_translation_is_refused(admin_client, page, post):
    found = outcomes_after(admin_client, page, lambda data: data.replace("[en] Zweck", "x" * 300, 1), post)

    assert found[f"body.{page.body_de[0].id}.text"][0] == "refused"


def test_editors_cannot_import_into_pages_they_may_not_edit(client, django_user_model, page, post):
    user = django_user_model.objects.create_user(username="reader", password=None)
    client.force_login(user)

    assert post(client, page, b"<xliff/>").status_code in (302, 403)
