"""The handbook's admin views: the list of chapters and one chapter."""

from django.http import Http404
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from imeg import handbook

TITLE = _("Handbuch für die Redaktion")


class HandbookIndexView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "imeg/handbook/index.html"
    page_title = TITLE
    header_icon = "help"
    breadcrumbs_items = [*WagtailAdminTemplateMixin.breadcrumbs_items, {"url": "", "label": TITLE}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(chapters=handbook.chapters(), **kwargs)


class HandbookChapterView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "imeg/handbook/chapter.html"
    header_icon = "help"

    def dispatch(self, request, *args, slug, **kwargs):
        self.chapter = handbook.chapter(slug)
        if self.chapter is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.chapter.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse_lazy("imeg_handbook"), "label": TITLE},
            {"url": "", "label": self.chapter.title},
        ]

    def get_context_data(self, **kwargs):
        chapters = handbook.chapters()
        position = chapters.index(self.chapter)
        return super().get_context_data(
            chapter=self.chapter,
            previous_chapter=chapters[position - 1] if position else None,
            next_chapter=chapters[position + 1] if position + 1 < len(chapters) else None,
            **kwargs,
        )
