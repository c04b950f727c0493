"""The admin report "Übersetzungen", the moderators' home panel and the languages in the page explorer."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.users.models import UserProfile

from tests.factories import ContentPageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translations/"


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def rows(response):
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return {
        row.select_one("td.title a").get_text(strip=True): [
            cell.get_text(" ", strip=True) for cell in row.select("td")
        ]
        for row in html.select("tbody tr")
    }


def counts(response):
    html = BeautifulSoup(response.content, "html.parser")
    return {
        (block["data-language"], item["data-status"]): int(item.select_one(".translation-counts__count").get_text())
        for block in html.select(".translation-counts__language")
        for item in block.select("dd")
    }


def test_the_report_lists_every_page_with_its_status_per_language(admin_client, site_tree):
    listed = rows(admin_client.get(REPORT))

    # German title in a German admin; English, French, Dutch columns after title, type and live.
    assert listed["Hintergrund"][3:6][0].startswith("unvollständig")
    assert listed["Hintergrund"][4].startswith("fehlt")
    assert listed["Mobilität"][3:6] == ["aktuell", "aktuell", "aktuell"]


def test_the_report_names_the_fields_to_translate(admin_client, site_tree):
    listed = rows(admin_client.get(REPORT))

    assert "Fehlt: Einleitung" in listed["Hintergrund"][3]


def test_the_report_counts_pages_per_language_and_status(admin_client, site_tree):
    found = counts(admin_client.get(REPORT))

    # Background, spatial monitoring, contact and legal notice have no French title (tests/conftest.py).
    assert found[("fr", "missing")] == 4
    assert sum(found[("en", status)] for status in ("missing", "incomplete", "outdated", "current")) == 10


def test_the_status_filter_applies_to_the_chosen_language(admin_client, site_tree):
    listed = rows(admin_client.get(REPORT, {"language": "nl", "status": "missing"}))

    assert "Hintergrund" in listed
    assert "Mobilität" not in listed


def test_outdated_pages_are_found_after_the_german_changed(admin_client, site_tree):
    site_tree.mobility.intro_de = "Täglich über die Grenze zur Arbeit."
    site_tree.mobility.save()

    listed = rows(admin_client.get(REPORT, {"status": "outdated"}))

    assert list(listed) == ["Mobilität"]
    assert "Veraltet: Einleitung" in listed["Mobilität"][3]


def test_the_section_filter_keeps_pages_below_the_section(admin_client, site_tree):
    listed = rows(admin_client.get(REPORT, {"section": site_tree.activities.pk}))

    assert set(listed) == {"Aktivitäten & Themen", "Themen", "Mobilität", "Raumbeobachtung"}


def test_the_page_type_filter(admin_client, site_tree):
    content_type = site_tree.mobility.content_type_id

    assert set(rows(admin_client.get(REPORT, {"content_type": content_type}))) == {"Mobilität", "Raumbeobachtung"}


def test_the_live_filter_finds_drafts(admin_client, site_tree):
    draft = ContentPageFactory(parent=site_tree.network, title_de="Entwurf", live=False)

    assert set(rows(admin_client.get(REPORT, {"live": "false"}))) == {draft.title_de}


def test_rows_link_to_the_editor(admin_client, site_tree):
    html = BeautifulSoup(admin_client.get(REPORT).content, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in html.select("tbody td.title a")}

    assert links["Mobilität"] == f"/admin/pages/{site_tree.mobility.pk}/edit/"


def test_the_report_exports_a_spreadsheet(admin_client, site_tree):
    response = admin_client.get(REPORT, {"export": "csv"})
    table = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))

    background = next(row for row in table if row["Titel"] == "Hintergrund")
    assert background["Französisch"] == "fehlt"
    assert background["Englisch: Felder"] == "Fehlt: Einleitung"
    assert admin_client.get(REPORT, {"export": "xlsx"}).status_code == 200


def export_csv(client, **params):
    response = client.get(REPORT, {"export": "csv", **params})
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_the_spreadsheet_export_keeps_the_filters_and_names_outdated_fields(admin_client, site_tree):
    site_tree.mobility.intro_de = "Täglich über die Grenze zur Arbeit."
    site_tree.mobility.save()

    table = export_csv(admin_client, status="outdated")

    assert [row["Titel"] for row in table] == ["Mobilität"]
    assert table[0]["Englisch"] == "veraltet"
    assert table[0]["Englisch: Felder"] == "Veraltet: Einleitung"
    assert table[0]["Seitentyp"] == "Thema"
    assert table[0]["Pfad"].endswith("/mobilitaet/")


def test_the_spreadsheet_export_is_in_the_admin_s_language(admin_client, superuser, site_tree):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()

    table = export_csv(admin_client)

    background = next(row for row in table if row["Title"] == "Hintergrund")
    assert background["French"] == "missing"
    assert background["English: fields"] == "Missing: Introduction"


def test_the_spreadsheet_export_costs_the_same_queries_for_many_pages(admin_client, site_tree):
    export_csv(admin_client)  # the content types and the session are cached from here on
    with CaptureQueriesContext(connection) as few:
        export_csv(admin_client)
    for number in range(30):
        TopicPageFactory(parent=site_tree.topics, title_de=f"Thema {number}", title_en=f"Topic {number}")
    export_csv(admin_client)
    with CaptureQueriesContext(connection) as many:
        rows = export_csv(admin_client)

    assert len(rows) > 30
    assert len(many) == len(few) <= 5  # 3 of them the session, the user and their admin profile


def test_the_report_costs_the_same_queries_for_many_pages(admin_client, site_tree):
    admin_client.get(REPORT)  # the content types and the session are cached from here on
    with CaptureQueriesContext(connection) as few:
        admin_client.get(REPORT)
    for number in range(30):
        TopicPageFactory(parent=site_tree.topics, title_de=f"Thema {number}", title_en=f"Topic {number}")
    admin_client.get(REPORT)  # a saved page empties the lookup cache (site settings for the admin's name)
    with CaptureQueriesContext(connection) as many:
        admin_client.get(REPORT)

    assert len(many) == len(few)
    assert len(many) <= 13  # 3 of them the session, the user and their admin profile


def test_editors_see_only_pages_they_may_edit(client, editor, site_tree):
    client.force_login(editor)

    assert client.get(REPORT).status_code == 200


def test_moderators_see_the_pages_needing_translation_on_the_admin_home(client, moderator, site_tree):
    client.force_login(moderator)
    html = client.get("/admin/").content.decode()

    assert "Seiten haben veraltete oder fehlende Übersetzungen" in html


def test_editors_do_not_get_the_panel(client, editor, site_tree):
    client.force_login(editor)

    assert "veraltete oder fehlende Übersetzungen" not in client.get("/admin/").content.decode()


def test_the_page_explorer_shows_each_page_s_languages(admin_client, site_tree):
    html = BeautifulSoup(admin_client.get(f"/admin/pages/{site_tree.network.pk}/").content, "html.parser")
    badges = [badge.get_text(strip=True) for badge in html.select(".translation-languages .w-status")]

    # Background: English title without the intro, no French; goals: titles without the intro.
    assert badges == ["EN: unvollständig", "FR: fehlt", "NL: fehlt"] + [
        "EN: unvollständig",
        "FR: unvollständig",
        "NL: unvollständig",
    ]


def test_the_report_exports_its_pages_as_xliff(admin_client, site_tree):
    html = BeautifulSoup(admin_client.get(REPORT, {"section": site_tree.activities.pk}).content, "html.parser")
    form = html.select_one("form.translation-export")
    pages = [field["value"] for field in form.select('input[name="page"]')]

    response = admin_client.get(form["action"], {"page": pages, "language": "nl"})

    assert response.status_code == 200
    assert response.content.count(b"<file ") == 4
