"""The core page types: home, content pages and topics."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from imeg.blocks import RICH_TEXT_FEATURES, TeaserBlock, body_blocks
from imeg.models.base import BasePage


def image_field(help_text=""):
    return models.ForeignKey(
        "imeg.CustomImage",
        verbose_name=_("Bild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


def collect_sections(hook_name, request, page):
    """Sections other apps contribute to a page (slider, latest news, …), ordered by their "position"."""
    sections = [section for hook in hooks.get_hooks(hook_name) if (section := hook(request, page))]
    return sorted(sections, key=lambda section: section.get("position", 100))


class HomePage(BasePage):
    """The start page: introduction, teaser boxes and what is new in the network."""

    intro = RichTextField(_("Einleitung"), features=RICH_TEXT_FEATURES, blank=True)
    teasers = StreamField(
        [("teaser", TeaserBlock())],
        blank=True,
        verbose_name=_("Teaser-Boxen"),
        help_text=_("Kästen mit „Mehr Infos“-Link zu wichtigen Seiten; drei wirken am besten."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("teasers")]

    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    search_summary_fields = ("intro",)
    search_body_fields = ("teasers",)

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("Startseite")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Apps add the region slider, latest news, next event and latest publication through the
        # `imeg_home_sections` hook: {"template": …, "context": {…}, "position": … (default 100)}.
        # A section with "placement": "hero" opens the page, full width, above the title; its
        # optional "head" template goes into <head> (a preload, say).
        sections = collect_sections("imeg_home_sections", request, self)
        context["home_hero"] = [section for section in sections if section.get("placement") == "hero"]
        context["home_sections"] = [section for section in sections if section.get("placement") != "hero"]
        return context


class ContentPage(BasePage):
    """A page of text with the shared content blocks: the network, its goals, legal pages."""

    intro = models.TextField(
        _("Einleitung"), blank=True, help_text=_("Ein, zwei Sätze; erscheinen auch in Teasern und Suchergebnissen.")
    )
    image = image_field(help_text=_("Optionales Titelbild; Bildunterschrift und Nachweis kommen vom Bild."))
    body = StreamField(body_blocks(), blank=True, verbose_name=_("Inhalt"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("image"), FieldPanel("body")]

    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_summary_fields = ("intro",)
    search_body_fields = ("body",)
    share_image_field = "image"

    parent_page_types = ["imeg.HomePage", "imeg.ContentPage"]

    class Meta:
        verbose_name = _("Inhaltsseite")

    def child_pages(self):
        """Published, public subpages for the child-page teasers, in menu order."""
        return self.get_children().live().public().specific()


class TopicIndexPage(BasePage):
    """The list of the network's topics."""

    intro = models.TextField(_("Einleitung"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    search_summary_fields = ("intro",)

    parent_page_types = ["imeg.HomePage", "imeg.ContentPage"]
    subpage_types = ["imeg.TopicPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Themenübersicht")

    def topics(self):
        return TopicPage.objects.child_of(self).live().public().select_related("image")


class TopicPage(BasePage):
    """A topic of the network; news, events and publications refer to it."""

    intro = models.TextField(_("Einleitung"), help_text=_("Worum es bei dem Thema geht, in ein, zwei Sätzen."))
    image = image_field()
    body = StreamField(body_blocks(), blank=True, verbose_name=_("Inhalt"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("image"), FieldPanel("body")]

    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_summary_fields = ("intro",)
    search_body_fields = ("body",)
    share_image_field = "image"
    search_type = "topic"
    search_type_label = _("Thema")

    parent_page_types = ["imeg.TopicIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Thema")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Apps list the topic's news, events and publications through the `imeg_topic_sections` hook.
        context["topic_sections"] = collect_sections("imeg_topic_sections", request, self)
        return context
