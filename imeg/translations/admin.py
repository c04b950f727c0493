"""The translation workflow in Wagtail's admin: the report, the home panel, the explorer's languages."""

import json

from django.contrib import messages
from django.db.models import Prefetch
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.admin.widgets import Button
from wagtail.permission_policies.pages import PagePermissionPolicy

from imeg.translation_utils import DEFAULT_LANGUAGE, LANGUAGE_CODES
from imeg.translations import views
from imeg.translations.models import TranslationStatus
from imeg.translations.report import TranslationReportView, field_label
from imeg.translations.tracking import TARGET_LANGUAGES

Status = TranslationStatus.Status


@hooks.register("register_admin_urls")
def translation_urls():
    return [
        path("reports/translations/", TranslationReportView.as_view(), name="imeg_translation_report"),
        path(
            "reports/translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="imeg_translation_report_results",
        ),
        path("translations/xliff/export/", views.xliff_export, name="imeg_xliff_export"),
        path("translations/xliff/import/", views.xliff_import_pages, name="imeg_xliff_import_pages"),
        path("translations/xliff/import/<int:page_id>/", views.xliff_import, name="imeg_xliff_import"),
        path("translations/page/<int:page_id>/", views.page_status, name="imeg_translation_page_status"),
        path(
            "translations/reviewed/<int:page_id>/<str:language>/",
            views.mark_reviewed,
            name="imeg_translation_reviewed",
        ),
    ]


@hooks.register("register_page_header_buttons")
def xliff_header_buttons(page, user, view_name, next_url=None):
    if view_name == "index":
        # The explorer: the agency's file for the pages selected there (bulk action "Als XLIFF exportieren").
        yield Button(
            _("XLIFF mehrerer Seiten importieren"), reverse("imeg_xliff_import_pages"), icon_name="upload", priority=82
        )
    if page.depth > 1 and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Übersetzungsstatus"),
            reverse("imeg_translation_page_status", args=[page.pk]),
            icon_name="globe",
            priority=79,
        )
        yield Button(
            _("Als XLIFF exportieren"),
            f"{reverse('imeg_xliff_export')}?page={page.pk}",
            icon_name="download",
            priority=80,
        )
        yield Button(
            _("XLIFF importieren"), reverse("imeg_xliff_import", args=[page.pk]), icon_name="upload", priority=81
        )


class XliffExportBulkAction(PageBulkAction):
    """Select pages in the explorer, then choose the language: one XLIFF file for all of them."""

    display_name = gettext_lazy("Als XLIFF exportieren")
    action_type = "xliff_export"
    aria_label = gettext_lazy("Ausgewählte Seiten als XLIFF exportieren")
    template_name = "imeg/translations/bulk_xliff_export.html"
    action_priority = 80

    def check_perm(self, page):
        return page.permissions_for_user(self.request.user).can_edit()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["export_form"] = views.XliffExportForm()
        return context

    @classmethod
    def execute_action(cls, objects, **kwargs):
        # The confirmation form goes to the export view (a download), never back here.
        return 0, 0


hooks.register("register_bulk_action", XliffExportBulkAction)


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return MenuItem(
        gettext_lazy("Übersetzungen"),
        reverse("imeg_translation_report"),
        name="translations",
        icon_name="globe",
        order=50,
    )


def pages_needing_translation_count():
    """Pages with a language that is missing, incomplete or outdated: one query."""
    return (
        TranslationStatus.objects.filter(page__isnull=False)
        .exclude(status=Status.CURRENT)
        .values("page")
        .distinct()
        .count()
    )


class TranslationSummaryPanel(Component):
    """On the admin home of moderators: how many pages have translations to do, linked to the report."""

    name = "translation_summary"
    template_name = "imeg/translations/home_panel.html"
    order = 120

    def get_context_data(self, parent_context):
        return {
            "count": pages_needing_translation_count(),
            "report_url": reverse("imeg_translation_report"),
        }


@hooks.register("construct_homepage_panels")
def add_translation_panel(request, panels):
    if PagePermissionPolicy().user_has_permission(request.user, "publish"):
        panels.append(TranslationSummaryPanel())


@hooks.register("after_edit_page")
def warn_about_incomplete_translations(request, page):
    """Publishing goes ahead, but the moderator hears which languages still lack text."""
    if "action-publish" not in request.POST:
        return
    statuses = TranslationStatus.objects.filter(page=page, status=Status.INCOMPLETE).order_by("language")
    for status in statuses:
        messages.warning(
            request,
            _("Die Übersetzung (%(language)s) ist unvollständig: %(fields)s.")
            % {
                "language": status.language.upper(),
                "fields": ", ".join(field_label(page.specific_class, name) for name in status.missing_fields),
            },
        )


@hooks.register("insert_editor_js")
def language_toggle_labels():
    """Names of the languages in the admin's language for the editor's language toggles."""
    names = {code: str(get_language_info(code)["name_translated"]) for code in LANGUAGE_CODES}
    return format_html(
        '<script src="{}" data-language-names="{}" defer></script>',
        static("js/admin-language-toggles.js"),
        json.dumps(names),
    )


@hooks.register("insert_editor_js")
def translation_aids():
    """German beside the language being edited, "copy German text", "reviewed" from the status panel."""
    strings = {
        "pickerHeading": _("Felder anzeigen und bearbeiten in"),
        "besideToggle": _("Deutsch daneben zeigen"),
        "german": _("Deutsch"),
        "germanStream": _("Deutscher Text dieses Felds"),
        "empty": _("(kein deutscher Text)"),
        "copy": _("Deutschen Text übernehmen"),
        "copied": _("Deutscher Text übernommen"),
        "confirmReplace": _("Den Text in diesem Feld durch den deutschen Text ersetzen?"),
        "failed": _("Das hat nicht geklappt. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal."),
    }
    return format_html(
        '<script src="{}" data-strings="{}" data-languages="{}" data-source="{}" defer></script>',
        static("js/admin-translation-aids.js"),
        json.dumps(strings),
        json.dumps(TARGET_LANGUAGES),
        DEFAULT_LANGUAGE,
    )


@hooks.register("insert_global_admin_css")
def language_toggle_styles():
    return format_html(
        '<link rel="stylesheet" href="{}"><link rel="stylesheet" href="{}">',
        static("css/admin-language-toggles.css"),
        static("css/admin-translation-aids.css"),
    )


@hooks.register("construct_explorer_page_queryset")
def prefetch_translation_statuses(parent_page, pages, request):
    """The explorer shows each page's languages; one query for the whole listing."""
    return pages.prefetch_related(
        Prefetch("translation_statuses", queryset=TranslationStatus.objects.order_by("language"))
    )
