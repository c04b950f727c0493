"""The contact form's consent hint links to the privacy notice, in the visitor's language (issue 12)."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import ContentPageFactory, FormFieldFactory

LINK_TEXTS = {"de": "Datenschutzerklärung lesen", "en": "Read the privacy notice"}


@pytest.fixture
def contact(site_tree):
    privacy = ContentPageFactory(
        parent=site_tree.home, title_de="Datenschutz", title_en="Privacy", slug_de="datenschutz", slug_en="privacy"
    )
    FormFieldFactory(
        page=site_tree.contact,
        sort_order=3,
        label_de="Ich bin einverstanden, dass meine Angaben gespeichert werden.",
        label_en="I agree that my details will be stored.",
        help_text_de="Einzelheiten finden Sie in der Datenschutzerklärung.",
        help_text_en="You will find the details in our privacy notice.",
        field_type="checkbox",
        required=True,
    )
    site_tree.contact.privacy_page = privacy
    site_tree.contact.save_revision().publish()
    return site_tree.contact


def consent_hint(client, url):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    checkbox = html.select_one('form.form input[type="checkbox"]')
    return html.find(id=checkbox["aria-describedby"].split()[0])


@pytest.mark.parametrize(
    ("language", "url", "privacy_url"),
    [("de", "/de/kontakt/", "/de/datenschutz/"), ("en", "/en/contact/", "/en/privacy/")],
)
def test_the_consent_hint_links_to_the_privacy_notice_in_the_visitors_language(
    contact, client, language, url, privacy_url
):
    hint = consent_hint(client, url)

    link = hint.find("a")
    assert link["href"] == privacy_url
    assert link.get_text(strip=True) == LINK_TEXTS[language]


def test_without_a_privacy_page_the_hint_stays_plain_text(contact, client):
    contact.privacy_page = None
    contact.save_revision().publish()

    hint = consent_hint(client, "/de/kontakt/")

    assert hint.get_text(strip=True) == "Einzelheiten finden Sie in der Datenschutzerklärung."
    assert hint.find("a") is None


def test_an_unpublished_privacy_page_is_not_linked(contact, client):
    contact.privacy_page.unpublish()

    assert consent_hint(client, "/de/kontakt/").find("a") is None
