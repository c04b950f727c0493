"""Importing an XLIFF file with many pages (the bulk export): a draft per page, a refusal per <file>.

The bad files that every import refuses as a whole are tested for this view too, in test_xliff.py.
"""

import xml.etree.ElementTree as ET  # noqa: S405 - joins files our own export wrote

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from wagtail.models import Page

from imeg.translations import xliff
from tests.imeg.translations.xliff_support import EXPORT, post_pages, translate

pytestmark = pytest.mark.django_db


def export_pages(client, *pages, language="en"):
    response = client.get(EXPORT, {"page": [each.pk for each in pages], "language": language})
    assert response.status_code == 200
    return response.content


def combine(*documents):
    """One XLIFF document with the <file> elements of all."""
    roots = [ET.fromstring(document) for document in documents]  # noqa: S314 - our own export
    for root in roots[1:]:
        roots[0].extend(root)
    return ET.tostring(roots[0], encoding="utf-8", xml_declaration=True)


def sections(response):
    """{original: (outcome, text, {unit: outcome})} of the result page, one per <file> of the upload."""
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return {
        section["data-original"]: (
            section["data-outcome"],
            section.get_text(" ", strip=True),
            {row["data-unit"]: row["data-outcome"] for row in section.select("tr[data-outcome]")},
        )
        for section in html.select("section[data-original]")
    }


def draft(of_page):
    return Page.objects.get(pk=of_page.pk).get_latest_revision_as_object()


def test_each_page_of_the_file_gets_a_draft_of_its_own(admin_client, page, site_tree):
    mobility = site_tree.mobility
    revisions = {page.pk: page.revisions.count(), mobility.pk: mobility.revisions.count()}

    found = sections(post_pages(admin_client, translate(export_pages(admin_client, page, mobility))))

    assert {original: outcome for original, (outcome, _text, _units) in found.items()} == {
        f"page/{page.pk}": "imported",
        f"page/{mobility.pk}": "imported",
    }
    assert set(found[f"page/{page.pk}"][2].values()) == {"imported"}
    assert draft(page).title_en == "[en] Satzung"
    assert draft(mobility).title_en.startswith("[en] ")
    for each in (page, mobility):
        assert each.revisions.count() == revisions[each.pk] + 1
        each.refresh_from_db()
        assert each.has_unpublished_changes  # drafts only: nothing published


def test_units_are_reported_per_page(admin_client, page, site_tree):
    translated = translate(export_pages(admin_client, page, site_tree.mobility))
    page.intro_de = "Die neuen Regeln des Netzwerks."
    page.save()

    found = sections(post_pages(admin_client, translated))

    assert found[f"page/{page.pk}"][2]["intro"] == "outdated"
    assert found[f"page/{page.pk}"][2]["title"] == "imported"
    assert found[f"page/{site_tree.mobility.pk}"][2]["title"] == "imported"


def test_a_page_that_does_not_exist_is_refused_and_the_others_imported(admin_client, page, site_tree):
    data = translate(export_pages(admin_client, page, site_tree.mobility))
    data = data.replace(f'original="page/{site_tree.mobility.pk}"'.encode(), b'original="page/999999"')

    found = sections(post_pages(admin_client, data))

    outcome, text, units = found["page/999999"]
    assert outcome == "refused"
    assert "Die Seite „page/999999“ gibt es auf dieser Website nicht" in text
    assert units == {}
    assert found[f"page/{page.pk}"][0] == "imported"


@pytest.mark.parametrize("original", ["page/abc", "page/99999999999999999999", "index.html", ""])
def test_a_file_element_naming_no_page_of_the_site_is_refused(admin_client, page, original):
    data = translate(export_pages(admin_client, page)).replace(
        f'original="page/{page.pk}"'.encode(), f'original="{original}"'.encode()
    )
    revisions = page.revisions.count()

    found = sections(post_pages(admin_client, data))

    assert found[original][0] == "refused"
    assert "gibt es auf dieser Website nicht" in found[original][1]
    assert page.revisions.count() == revisions


def test_a_language_the_site_lacks_is_refused_per_file_element(admin_client, page, site_tree):
    english = translate(export_pages(admin_client, page))
    spanish = english.replace(b'target-language="en"', b'target-language="es"')
    french = translate(export_pages(admin_client, site_tree.mobility, language="fr"), prefix="[fr] ")
    data = combine(spanish, french)  # the Spanish <file> of the page, then the French one of another page

    found = sections(post_pages(admin_client, data))

    assert found[f"page/{page.pk}"][0] == "refused"
    assert "Zielsprache „es“ gibt es auf dieser Website nicht" in found[f"page/{page.pk}"][1]
    assert found[f"page/{site_tree.mobility.pk}"][0] == "imported"
    assert draft(site_tree.mobility).title_fr.startswith("[fr] ")


def test_a_source_language_other_than_german_is_refused_per_file_element(admin_client, page):
    data = translate(export_pages(admin_client, page)).replace(b'source-language="de"', b'source-language="en"')

    found = sections(post_pages(admin_client, data))

    assert found[f"page/{page.pk}"][0] == "refused"
    assert "Ausgangssprache" in found[f"page/{page.pk}"][1]


def test_the_same_page_twice_is_imported_once(admin_client, page, site_tree):
    once = translate(export_pages(admin_client, page))
    data = combine(once, once)
    revisions = page.revisions.count()

    response = post_pages(admin_client, data)

    html = BeautifulSoup(response.content, "html.parser")
    outcomes = [section["data-outcome"] for section in html.select("section[data-original]")]
    assert outcomes == ["imported", "refused"]
    assert "mehr als einmal" in html.select("section[data-original]")[1].get_text()
    assert page.revisions.count() == revisions + 1


def test_a_page_that_fails_to_save_is_rolled_back_alone(admin_client, page, site_tree, monkeypatch):
    """A transaction per page: the failing page keeps no revision, the other page has its draft."""
    save_revision = Page.save_revision

    def failing(self, *args, **kwargs):
        revision = save_revision(self, *args, **kwargs)  # written, then refused: must be rolled back
        if self.pk == page.pk:
            raise ValidationError("Der Titel passt nicht.")
        return revision

    monkeypatch.setattr(Page, "save_revision", failing)
    revisions = page.revisions.count()

    found = sections(post_pages(admin_client, translate(export_pages(admin_client, page, site_tree.mobility))))

    assert found[f"page/{page.pk}"][0] == "refused"
    assert "Der Titel passt nicht." in found[f"page/{page.pk}"][1]
    assert page.revisions.count() == revisions
    assert draft(page).title_en in ("", None)
    assert found[f"page/{site_tree.mobility.pk}"][0] == "imported"
    assert draft(site_tree.mobility).title_en.startswith("[en] ")


def test_pages_the_user_may_not_edit_are_refused(client, django_user_model, page):
    group = Group.objects.create(name="Admin only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user(username="translator", password=None)
    user.groups.add(group)
    client.force_login(user)
    revisions = page.revisions.count()

    data = translate(xliff.export_pages([page], "en"))
    found = sections(post_pages(client, data))

    assert found[f"page/{page.pk}"][0] == "refused"
    assert "nicht bearbeiten" in found[f"page/{page.pk}"][1]
    assert page.revisions.count() == revisions


def test_the_import_is_reachable_from_the_report_and_the_explorer(admin_client, site_tree):
    for url in ("/admin/reports/translations/", f"/admin/pages/{site_tree.network.pk}/"):
        html = BeautifulSoup(admin_client.get(url).content, "html.parser")
        assert html.select_one('a[href="/admin/translations/xliff/import/"]') is not None, url


def test_the_import_form_is_shown(admin_client):
    response = admin_client.get("/admin/translations/xliff/import/")

    assert response.status_code == 200
    assert 'type="file"' in response.content.decode()


def test_a_file_without_pages_is_refused(admin_client):
    response = post_pages(admin_client, b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>')

    assert response.status_code == 400
    assert "keine Seite" in BeautifulSoup(response.content, "html.parser").select_one(".error-message").get_text()
