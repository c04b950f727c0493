"""The broken-links report in the admin (Berichte → Defekte Links)."""

from itertools import groupby

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from imeg.links.checker import INTERNAL_ADDRESS
from imeg.models import BrokenInternalLink, ExternalLink

TITLE = _("Defekte Links")


class BrokenLinksReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "imeg/admin/broken_links.html"
    page_title = TITLE
    header_icon = "warning"
    breadcrumbs_items = [*WagtailAdminTemplateMixin.breadcrumbs_items, {"url": "", "label": TITLE}]

    def internal_links(self):
        """One row per broken target, with the pages (and fields) that link to it; newest first."""
        rows = (
            BrokenInternalLink.objects.select_related("source_page")
            .order_by("target_model", "target_id", "source_page__title")
            .iterator()
        )
        entries = []
        for (_model, _target_id), group in groupby(rows, key=lambda row: (row.target_model, row.target_id)):
            group = list(group)
            link = group[0]
            kind = _("Dokument") if link.target_model == "document" else _("Seite")
            entries.append(
                {
                    "target": f"{kind} „{link.target_title or link.target_id}“",
                    "result": link.get_problem_display(),
                    "found_at": link.found_at,
                    "sources": [(row.source_page, row.field) for row in group],
                }
            )
        return sorted(entries, key=lambda entry: entry["found_at"], reverse=True)

    def external_links(self):
        """One row per unreachable address, with the pages it stands on; most recently checked first."""
        links = ExternalLink.objects.filter(broken=True).prefetch_related("pages").order_by("-checked_at", "url")
        return [
            {
                "url": link.url,
                "result": self.external_result(link),
                "checked_at": link.checked_at,
                "sources": [(page, "") for page in link.pages.all()],
            }
            for link in links
        ]

    @staticmethod
    def external_result(link):
        if link.status_code:
            return _("Antwort %(code)s") % {"code": link.status_code}
        if link.error == INTERNAL_ADDRESS:
            return _("Nicht geprüft: die Adresse führt ins interne Netz des Servers")
        return f"{_('Keine Antwort')}: {link.error}" if link.error else _("Keine Antwort")

    def get_context_data(self, **kwargs):
        last_check = ExternalLink.objects.exclude(checked_at=None).order_by("-checked_at").first()
        return super().get_context_data(
            internal_links=self.internal_links(),
            external_links=self.external_links(),
            last_check=last_check.checked_at if last_check else None,
            **kwargs,
        )
