"""The broken-links report in the admin (Berichte → Defekte Links)."""

from itertools import groupby

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from imeg.models import BrokenInternalLink, ExternalLink

TITLE = _("Defekte Links")


class BrokenLinksReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "imeg/admin/broken_links.html"
    page_title = TITLE
    header_icon = "warning"
    breadcrumbs_items = [*WagtailAdminTemplateMixin.breadcrumbs_items, {"url": "", "label": TITLE}]

    def internal_links(self):
        """One entry per broken target, with the pages that link to it."""
        rows = (
            BrokenInternalLink.objects.select_related("source_page")
            .order_by("target_model", "target_id", "source_page__title")
            .iterator()
        )
        entries = []
        for (_model, _target_id), group in groupby(rows, key=lambda row: (row.target_model, row.target_id)):
            group = list(group)
            entries.append({"link": group[0], "sources": [(row.source_page, row.field) for row in group]})
        return sorted(entries, key=lambda entry: entry["link"].found_at, reverse=True)

    def external_links(self):
        return ExternalLink.objects.filter(broken=True).prefetch_related("pages").order_by("-checked_at", "url")

    def get_context_data(self, **kwargs):
        last_check = ExternalLink.objects.exclude(checked_at=None).order_by("-checked_at").first()
        return super().get_context_data(
            internal_links=self.internal_links(),
            external_links=self.external_links(),
            last_check=last_check.checked_at if last_check else None,
            **kwargs,
        )
