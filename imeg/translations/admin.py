"""The translation workflow in Wagtail's admin: the report, the home panel, the explorer's languages."""

from django.db.models import Prefetch
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from imeg.translations.models import TranslationStatus
from imeg.translations.report import TranslationReportView

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
    ]


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return MenuItem(
        _("Übersetzungen"), reverse("imeg_translation_report"), name="translations", icon_name="globe", order=50
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


@hooks.register("construct_explorer_page_queryset")
def prefetch_translation_statuses(parent_page, pages, request):
    """The explorer shows each page's languages; one query for the whole listing."""
    return pages.prefetch_related(
        Prefetch("translation_statuses", queryset=TranslationStatus.objects.order_by("language"))
    )
