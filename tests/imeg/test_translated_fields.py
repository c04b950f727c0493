"""Every text a visitor reads is translatable, or is on the list of texts that are the same in every language."""

import pytest
from django.apps import apps
from django.db import models
from modeltranslation.fields import TranslationField
from modeltranslation.translator import translator
from wagtail.fields import RichTextField, StreamField

TEXT_FIELDS = (models.CharField, models.TextField, RichTextField, StreamField)
PROJECT_APPS = ("imeg", "news", "publications", "regions")

# Text fields no visitor reads, or whose text is the same in every language, and why.
LANGUAGE_NEUTRAL = {
    "imeg.FormField": {"clean_name": "form key", "field_type": "choice key"},
    "imeg.CustomImage": {
        "title": "editors' name of the file; visitors read alt text, caption and credit",
        "file_hash": "internal",
    },
    "imeg.CustomRendition": {"filter_spec": "internal", "focal_point_key": "internal"},
    "imeg.BrokenInternalLink": {
        "target_model": "admin report",
        "target_id": "admin report",
        "target_title": "admin report",
        "problem": "admin report",
        "field": "admin report",
    },
    "imeg.ExternalLink": {"url": "address", "error": "admin report"},
    "imeg.SearchEntry": {
        "language": "one row per language already",
        "title": "one row per language already",
        "summary": "one row per language already",
        "body": "one row per language already",
        "date_precision": "choice key",
    },
    "imeg.SiteSettings": {
        "short_name": "the network's acronym (IMeG)",
        "email": "address",
        "phone": "number",
        "contact_email": "address",
        "social_links": "platform names (LinkedIn, Mastodon) and addresses",
        # A link text of its own shows on German pages only; other languages show the linked page's
        # title in that language (FooterLinkValue.label).
        "footer_links": "page links named by the linked page's translated title",
    },
    "imeg.TranslationSource": {
        "language": "tracking",
        "unit": "tracking",
        "source_hash": "tracking",
        "source_text": "tracking",
        "target_hash": "tracking",
    },
    "imeg.TranslationStatus": {"language": "tracking", "status": "tracking"},
    "news.NewsPage": {"attachments": "document choosers; the documents' titles are the files' own"},
    "news.EventPage": {
        "status": "choice key",
        "online_url": "address",
        "interpretation_languages": "language codes, named by gettext",
        "registration_url": "address",
        "registration_email": "address",
        "documents": "document choosers; the documents' titles are the files' own",
    },
    "publications.PdfInfo": {
        "file_hash": "internal",
        "status": "internal",
        "title": "read from the PDF, in the PDF's language",
        "author": "read from the PDF, in the PDF's language",
        "subject": "read from the PDF, in the PDF's language",
        "keywords": "read from the PDF, in the PDF's language",
        "text": "read from the PDF, in the PDF's language",
        "error": "admin",
    },
    "publications.PublicationPage": {
        "publication_type": "choice key",
        "date_precision": "choice key",
        "authors": "names of people and organisations, as printed on the paper",
        "external_url": "address",
    },
    "publications.PublicationFile": {"language": "language code", "kind": "choice key"},
    "regions.KeyFigure": {"indicator": "choice key", "source_url": "address"},
    "regions.MemberOrganisation": {"url": "address"},
    "regions.RegionPage": {
        "countries": "ISO codes, named by pycountry",
        "cross_border_body_url": "address",
        "outline": "map geometry",
    },
}


def untranslated_text_fields():
    """{model label: [field names]}: the project's own text fields that have no column per language."""
    found = {}
    registered = set(translator.get_registered_models(abstract=False))
    for app_label in PROJECT_APPS:
        for model in apps.get_app_config(app_label).get_models():
            translated = set(translator.get_options_for_model(model).all_fields) if model in registered else set()
            names = [
                field.name
                for field in model._meta.get_fields()
                if isinstance(field, TEXT_FIELDS)
                and not isinstance(field, TranslationField)
                and field.model is model
                and field.name not in translated
            ]
            if names:
                found[model._meta.label] = names
    return found


def test_every_visitor_facing_text_field_is_translated_or_declared_language_neutral():
    undeclared = {
        label: [name for name in names if name not in LANGUAGE_NEUTRAL.get(label, {})]
        for label, names in untranslated_text_fields().items()
    }
    undeclared = {label: names for label, names in undeclared.items() if names}
    assert not undeclared, (
        "These text fields have no translation and are not declared language-neutral: register them in the "
        f"app's translation.py (with a migration) or add them to LANGUAGE_NEUTRAL with the reason: {undeclared}"
    )


def test_the_language_neutral_list_names_only_fields_that_exist_untranslated():
    actual = untranslated_text_fields()
    stale = {
        label: [name for name in names if name not in actual.get(label, [])]
        for label, names in LANGUAGE_NEUTRAL.items()
    }
    assert not {label: names for label, names in stale.items() if names}


@pytest.mark.django_db
def test_a_footer_link_text_of_its_own_shows_on_german_pages_only(client, site_tree):
    site_tree.settings.footer_links = [("link", {"page": site_tree.imprint, "text": "Impressum und Kontakt"})]
    site_tree.settings.save()

    german = client.get("/de/").content.decode()
    english = client.get("/en/").content.decode()

    assert "Impressum und Kontakt" in german
    assert "Impressum und Kontakt" not in english
    assert "Legal notice</a>" in english
