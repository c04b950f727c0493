"""The translation status inside the page editor: per language what is missing or outdated.

Reads the stored `TranslationStatus` rows of the page (one query) and, for a language with outdated
units, the German each translation was made from (one more query); the German of now comes from the
page the editor already holds. Nothing is tracked or computed for other pages.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import Panel

from imeg.translations.diff import word_diff
from imeg.translations.models import TranslationSource, TranslationStatus
from imeg.translations.report import BADGE_CLASSES, field_label, language_choices
from imeg.translations.units import text_hash, units

Status = TranslationStatus.Status


def outdated_diffs(instance, language, records):
    """Label and German then/now diff of each unit of `instance` whose German changed since its translation."""
    found = []
    for unit in units(instance, language):
        record = records.get(unit.key)
        if record is None or not (unit.has_source and unit.has_target):
            continue
        if record.source_hash != text_hash(unit.source):
            found.append({"label": unit.label, "diff": word_diff(record.source_text, unit.source, unit.kind)})
    return found


def editor_languages(page):
    """Per target language: name, stored status, the fields missing and outdated, diffs of outdated units."""
    statuses = {row.language: row for row in TranslationStatus.objects.filter(page_id=page.pk)}
    outdated_languages = [code for code, row in statuses.items() if row.outdated_fields]
    records = {}
    if outdated_languages:
        for row in TranslationSource.objects.filter(page_id=page.pk, language__in=outdated_languages):
            records.setdefault(row.language, {})[row.unit] = row
    model = page.specific_class or type(page)
    languages = []
    for code, name in language_choices():
        row = statuses.get(code)
        status = Status(row.status) if row else None
        languages.append(
            {
                "code": code,
                "name": name,
                "status": status,
                "badge_class": BADGE_CLASSES.get(status, ""),
                "missing": [field_label(model, field) for field in row.missing_fields] if row else [],
                "outdated": [field_label(model, field) for field in row.outdated_fields] if row else [],
                "diffs": outdated_diffs(page, code, records[code]) if code in records else [],
                "reviewed_url": reverse("imeg_translation_reviewed", args=[page.pk, code]),
            }
        )
    return languages


class TranslationStatusPanel(Panel):
    """At the top of a page's content tab: each language's status, the German changes, "reviewed"."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", gettext_lazy("Übersetzungen"))
        kwargs.setdefault("icon", "globe")
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "imeg/translations/status_panel.html"

        def is_shown(self):
            # A page being created has no translations to speak of yet.
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["languages"] = editor_languages(page)
            context["status_url"] = reverse("imeg_translation_page_status", args=[page.pk])
            context["edit_url"] = reverse("wagtailadmin_pages:edit", args=[page.pk])
            return context
