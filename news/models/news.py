"""News: the list "Aktuelles" with its feeds, and one page per news item."""

import datetime

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.routable_page.models import path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from imeg.blocks import body_blocks
from imeg.feeds import FeedIndex
from imeg.listing import years_of
from imeg.models import BasePage, RoutableBasePage
from imeg.models.pages import image_field
from news.feeds import NewsAtomFeed, NewsFeed
from news.models.common import ListedPageManager, NewsListIndex, page_language

FEED_LENGTH = 20


def attachment_blocks():
    return [("document", DocumentChooserBlock(label=_("Dokument")))]


class NewsIndexPage(NewsListIndex, FeedIndex, RoutableBasePage):
    """ "Aktuelles": the news of the network, newest first, with filters and RSS/Atom feeds."""

    intro = models.TextField(_("Einleitung"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    search_summary_fields = ("intro",)

    parent_page_types = ["imeg.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Nachrichtenübersicht")

    def news_items(self, filters=None):
        """The published news of this index, newest first, narrowed by topic, region and year."""
        items = NewsPage.objects.child_of(self).published().narrowed(filters or {})
        return items.for_listing().order_by("-date", "-pk")

    def years(self):
        """The years that have news, newest first."""
        return years_of(f"news:{self.pk}", lambda: NewsPage.objects.child_of(self).published())

    def list_items(self, filters):
        return self.news_items(filters)

    def feed_items(self):
        """The latest news with their own text in the active language, for RSS and Atom."""
        return self.news_items().translated()[:FEED_LENGTH]

    @path("feed/rss/", name="rss")
    def rss(self, request):
        return NewsFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        return NewsAtomFeed(self)(request)


class NewsPage(BasePage):
    """A news item: what happened or what the network published, with its date, teaser and lead image."""

    date = models.DateField(
        _("Datum"),
        default=datetime.date.today,
        db_index=True,
        help_text=_("Erscheint über der Meldung; sortiert die Liste."),
    )
    teaser = models.TextField(
        _("Teaser"),
        max_length=500,
        help_text=_("Zwei, drei Sätze für die Liste, die Startseite und die Feeds."),
    )
    lead_image = image_field(
        help_text=_("Bild über der Meldung und in Listen; Unterschrift und Nachweis kommen vom Bild.")
    )
    body = StreamField(body_blocks(), blank=True, verbose_name=_("Inhalt"))
    attachments = StreamField(
        attachment_blocks(),
        blank=True,
        verbose_name=_("Anhänge"),
        help_text=_("Dokumente zur Meldung, z. B. eine Stellungnahme als PDF."),
    )
    topics = ParentalManyToManyField("imeg.TopicPage", blank=True, related_name="news_pages", verbose_name=_("Themen"))
    regions = ParentalManyToManyField(
        "regions.RegionPage", blank=True, related_name="news_pages", verbose_name=_("Regionen")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("teaser"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        FieldPanel("attachments"),
        MultipleChooserPanel(
            "related_publication_links",
            chooser_field_name="publication",
            heading=_("Verwandte Veröffentlichungen"),
            label=_("Veröffentlichung"),
            help_text=_(
                "Positionspapiere oder Stellungnahmen, um die es in der Meldung geht; im Auswahlfenster suchen."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Einordnung"),
            help_text=_("Die Meldung erscheint auch auf diesen Themen- und Regionenseiten."),
        ),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    search_summary_fields = ("teaser",)
    search_body_fields = ("body",)
    share_image_field = "lead_image"
    og_type = "article"
    search_type = "news"
    search_type_label = _("Meldung")

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    objects = ListedPageManager()

    class Meta:
        verbose_name = _("Nachricht")
        verbose_name_plural = _("Nachrichten")

    @property
    def published_at(self):
        """The news date as a moment (midnight in Berlin), for feeds and structured data."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    def structured_data(self, request):
        """schema.org NewsArticle of the page."""
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.teaser,
            "datePublished": self.published_at.isoformat(),
            "inLanguage": page_language(self),
            "url": self.get_full_url(request),
            "mainEntityOfPage": self.get_full_url(request),
            "publisher": {"@type": "Organization", "name": "Initiativkreis Metropolitane Grenzregionen"},
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        rendition = self.lead_image.get_rendition_or_none("fill-1200x630|format-jpeg") if self.lead_image else None
        if rendition:
            data["image"] = [request.build_absolute_uri(rendition.url)]
        return data

    def search_date(self):
        return self.date

    def get_index(self):
        return NewsIndexPage.objects.ancestor_of(self).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = self.get_index()
        context["index_page"] = index_page
        context["feed_urls"] = index_page.feed_urls(request) if index_page else {}
        context["related_publications"] = self.related_publications()
        return context

    def related_publications(self):
        """The live, public publications the editor chose, in the editor's order."""
        links = self.related_publication_links
        publications = links.model._meta.get_field("publication").related_model.objects.live().public()
        if "related_publication_links" in getattr(self, "_cluster_related_objects", {}):
            # A preview: the editor's unsaved choices are held in memory, not in the database.
            order = [link.publication_id for link in links.all()]
            chosen = sorted(publications.filter(pk__in=order), key=lambda publication: order.index(publication.pk))
        else:
            chosen = publications.filter(news_links__page=self).order_by("news_links__sort_order")
        return list({publication.pk: publication for publication in chosen}.values())  # each once


class NewsRelatedPublication(Orderable):
    """A publication a news item is about, chosen with the searchable page chooser."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_publication_links")
    publication = models.ForeignKey(
        "publications.PublicationPage",
        on_delete=models.CASCADE,
        related_name="news_links",
        verbose_name=_("Veröffentlichung"),
    )

    panels = [FieldPanel("publication")]

    class Meta(Orderable.Meta):
        verbose_name = _("Verwandte Veröffentlichung")
        verbose_name_plural = _("Verwandte Veröffentlichungen")
