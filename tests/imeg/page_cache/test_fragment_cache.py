"""Issue #8: rendered page bodies, cards and the footer are kept between changes, never beyond one."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.test.utils.form_data import rich_text, streamfield

from tests.page_forms import edit_form_data, preview_url

NETWORK = "/de/initiativkreis/"


@pytest.fixture(autouse=True)
def _fragment_cache(settings):
    settings.PAGE_CACHE_ENABLED = False  # every request renders; only the fragments may come from the cache
    settings.FRAGMENT_CACHE_ENABLED = True


def body_of(response):
    html = response.content.decode()
    return html[html.index('<div class="stream">') : html.index("</main>")]


def footer_of(response):
    html = response.content.decode()
    return html[html.index('<footer class="site-footer">') :]


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_a_second_request_renders_the_body_from_the_cache_with_fewer_queries(site_tree, client):
    with CaptureQueriesContext(connection) as first_queries:
        first = client.get(NETWORK)
    with CaptureQueriesContext(connection) as second_queries:
        second = client.get(NETWORK)

    assert second.content == first.content
    # The teasers of the subpages (a query) and the footer's links (another) come with the fragments.
    assert len(second_queries) < len(first_queries)
    assert "Hintergrund" in body_of(second)


def test_a_published_change_of_the_body_shows_at_once(site_tree, client):
    client.get(NETWORK)

    publish(site_tree.network, body_de=[("paragraph", "<p>Neu: Grenzpendler im Blick.</p>")])

    assert "Grenzpendler im Blick" in body_of(client.get(NETWORK))


def test_a_renamed_subpage_shows_at_once_in_the_parents_teasers(site_tree, client):
    assert "Hintergrund" in body_of(client.get(NETWORK))

    publish(site_tree.background, title_de="Geschichte")

    body = body_of(client.get(NETWORK))
    assert "Geschichte" in body
    assert "Hintergrund" not in body


def test_each_language_has_its_own_body(site_tree, client):
    german = body_of(client.get(NETWORK))
    english = body_of(client.get("/en/network/"))

    assert "Hintergrund" in german and "Background" in english
    assert "Background" not in german


def test_a_changed_site_setting_shows_at_once_in_the_footer(site_tree, client):
    assert "Initiativkreis Metropolitane Grenzregionen" in footer_of(client.get(NETWORK))

    site_tree.settings.organisation_name_de = "Netzwerk der Grenzregionen"
    site_tree.settings.save()

    assert "Netzwerk der Grenzregionen" in footer_of(client.get(NETWORK))


def test_the_preview_shows_the_draft_not_the_cached_live_body(site_tree, client, superuser):
    client.get(NETWORK)
    admin = Client(headers={"host": "localhost"})
    admin.force_login(superuser)
    page = site_tree.network
    live_body = list(page.body_de.raw_data)
    data = edit_form_data(page, body_de=streamfield([("paragraph", rich_text("<p>Nur ein Entwurf.</p>"))]))

    assert admin.post(preview_url(page), data).json()["is_valid"] is True
    preview = admin.get(preview_url(page), {"mode": "de"})

    assert "Nur ein Entwurf" in preview.content.decode()
    assert "Nur ein Entwurf" not in client.get(NETWORK).content.decode()
    assert list(Page.objects.get(pk=page.pk).specific.body_de.raw_data) == live_body  # previewing saves nothing
