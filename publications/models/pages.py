"""The library: "Veröffentlichungen" and one page per position paper, statement, study or talk."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.utils import translation
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.documents import get_document_model_string
from wagtail.images import get_image_model
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from imeg import listing
from imeg.feeds import FeedIndex
from imeg.models import BasePage, RoutableBasePage
from imeg.models.pages import image_field
from imeg.translation_utils import DEFAULT_LANGUAGE
from publications.choices import FILE_LANGUAGES, DatePrecision, FileKind, PublicationType
from publications.feeds import PublicationAtomFeed, PublicationFeed
from publications.filters import PublicationFilterForm
from publications.models.documents import PdfInfo
from publications.panels import PdfStatusPanel

PAGE_SIZE = 12
FEED_LENGTH = 20
FILTER_PARAMETERS = ("type", "year", "topic", "region")
ORGANISATION = "Initiativkreis Metropolitane Grenzregionen"
DATE_ISO_FORMATS = {DatePrecision.DAY: "%Y-%m-%d", DatePrecision.MONTH: "%Y-%m", DatePrecision.YEAR: "%Y"}


def cover_images():
    return get_image_model().objects.prefetch_renditions()


class PublicationQuerySet(listing.ListedPageQuerySet):
    """Publications as lists, feeds and the home, topic, region and event pages ask for them."""

    def newest_first(self):
        return self.order_by("-date", "-pk")

    def related_to(self, page):
        """The publications filed under a topic or region page, or belonging to an event."""
        return self.filter(Q(topics=page.pk) | Q(regions=page.pk) | Q(related_event=page.pk)).distinct()

    def card_prefetches(self):
        """A card shows the topics, the cover with its renditions and the files."""
        files = PublicationFile.objects.select_related("document", "document__pdf_info").prefetch_related(
            Prefetch("document__pdf_info__cover", queryset=cover_images())
        )
        return [
            *super().card_prefetches(),
            Prefetch("cover", queryset=cover_images()),
            Prefetch("files", queryset=files),
        ]


PublicationManager = PageManager.from_queryset(PublicationQuerySet)


class PublicationIndexPage(listing.ListIndex, FeedIndex, RoutableBasePage):
    """ "Veröffentlichungen": the library of position papers, statements and studies, with filters and feeds."""

    intro = models.TextField(_("Einleitung"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["imeg.HomePage"]
    subpage_types = ["publications.PublicationPage"]
    max_count = 1

    page_size = PAGE_SIZE
    filter_parameters = FILTER_PARAMETERS

    class Meta:
        verbose_name = _("Veröffentlichungsübersicht")

    filter_form_class = PublicationFilterForm

    def publications(self, filters=None):
        """The published publications of this library, newest first, narrowed by type, year, topic, region."""
        filters = filters or {}
        items = PublicationPage.objects.child_of(self).published().narrowed(filters)
        if filters.get("type"):
            items = items.filter(publication_type=filters["type"])
        return items.for_listing().newest_first()

    def years(self):
        """The years that have publications, newest first."""
        return listing.years_of(f"publications:{self.pk}", lambda: PublicationPage.objects.child_of(self).published())

    def list_items(self, filters):
        return self.publications(filters)

    def feed_items(self):
        return self.publications().translated()[:FEED_LENGTH]

    @path("feed/rss/", name="rss")
    def rss(self, request):
        return PublicationFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        return PublicationAtomFeed(self)(request)


class PublicationPage(BasePage):
    """A publication of the network: its type, date, authors, summary and the PDF files to download."""

    publication_type = models.CharField(
        _("Art"), max_length=20, choices=PublicationType, default=PublicationType.POSITION_PAPER
    )
    date = models.DateField(
        _("Datum"),
        default=datetime.date.today,
        db_index=True,
        help_text=_("Erscheinungsdatum; ist nur das Jahr bekannt, ein beliebiges Datum in dem Jahr eingeben."),
    )
    date_precision = models.CharField(
        _("Genauigkeit des Datums"),
        max_length=5,
        choices=DatePrecision,
        default=DatePrecision.DAY,
        help_text=_("„Nur Jahr“ zeigt z. B. „2018“ statt eines Tages."),
    )
    authors = models.TextField(
        _("Autorinnen und Autoren"),
        blank=True,
        help_text=_("Eine Person oder Organisation pro Zeile, z. B. „Initiativkreis Metropolitane Grenzregionen“."),
    )
    summary = models.TextField(
        _("Zusammenfassung"), help_text=_("Worum es geht, in drei bis fünf Sätzen; erscheint in Listen und Feeds.")
    )
    cover = image_field(
        help_text=_("Leer lassen: Das Titelbild wird aus der ersten Seite des ersten Volltext-PDFs erzeugt.")
    )
    topics = ParentalManyToManyField(
        "imeg.TopicPage", blank=True, related_name="publication_pages", verbose_name=_("Themen")
    )
    regions = ParentalManyToManyField(
        "regions.RegionPage", blank=True, related_name="publication_pages", verbose_name=_("Regionen")
    )
    related_event = models.ForeignKey(
        "news.EventPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
        verbose_name=_("Zugehörige Veranstaltung"),
        help_text=_("Z. B. die Konferenz, die eine Dokumentation festhält."),
    )
    citation = models.TextField(
        _("Zitiervorschlag"),
        blank=True,
        help_text=_("Wie die Veröffentlichung zitiert werden soll, mit Autoren, Jahr, Titel und Ort."),
    )
    external_url = models.URLField(
        _("Externer Link"),
        blank=True,
        help_text=_("Nur für Veröffentlichungen, die anderswo liegen, z. B. beim BBSR."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("publication_type"),
                FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")]),
                FieldPanel("authors"),
            ],
            heading=_("Angaben"),
        ),
        FieldPanel("summary"),
        InlinePanel(
            "files",
            heading=_("Dateien"),
            label=_("Datei"),
            help_text=_("PDFs in der Reihenfolge, in der sie erscheinen: zuerst der Volltext."),
        ),
        PdfStatusPanel(heading=_("Gelesene PDFs")),
        FieldPanel("cover"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_event"),
            ],
            heading=_("Einordnung"),
            help_text=_("Die Veröffentlichung erscheint auch auf diesen Themen-, Regionen- und Veranstaltungsseiten."),
        ),
        MultiFieldPanel([FieldPanel("citation"), FieldPanel("external_url")], heading=_("Zitieren und verlinken")),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("authors"),
        index.SearchField("pdf_text"),
        index.FilterField("date"),
        index.FilterField("publication_type"),
    ]
    search_summary_fields = ("summary",)
    search_body_fields = ("authors", "citation")
    share_image_field = "cover_image"
    og_type = "article"
    search_type = "publication"
    search_type_label = _("Veröffentlichung")

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    objects = PublicationManager()

    class Meta:
        verbose_name = _("Veröffentlichung")
        verbose_name_plural = _("Veröffentlichungen")

    @property
    def display_date(self):
        if self.date_precision == DatePrecision.YEAR:
            return str(self.date.year)
        if self.date_precision == DatePrecision.MONTH:
            return date_format(self.date, "YEAR_MONTH_FORMAT")
        return date_format(self.date, "DATE_FORMAT")

    @property
    def date_iso(self):
        """The date as precise as it is known: "2018", "2018-10" or "2018-10-05"."""
        return self.date.strftime(DATE_ISO_FORMATS[self.date_precision])

    @property
    def author_list(self):
        return [line.strip() for line in self.authors.splitlines() if line.strip()]

    @cached_property
    def ordered_files(self):
        """The files, full texts first."""
        files = self.files.all()
        if isinstance(files, models.QuerySet) and "files" not in getattr(self, "_prefetched_objects_cache", {}):
            # The page itself, not a list: its documents and what was read from them in one query.
            files = files.select_related("document", "document__pdf_info", "document__pdf_info__cover")
        return sorted(files, key=lambda file: file.kind != FileKind.FULL_TEXT)

    @property
    def main_file(self):
        return next(iter(self.ordered_files), None)

    @property
    def cover_image(self):
        """The editor's cover, else the cover rendered from the first PDF that has one."""
        if self.cover_id:
            return self.cover
        for file in self.ordered_files:
            if file.info and file.info.cover_id:
                return file.info.cover
        return None

    def languages(self):
        """The languages of the files, as (code, name), in file order."""
        seen = {}
        for file in self.ordered_files:
            seen.setdefault(file.language, file.get_language_display())
        return list(seen.items())

    def pdf_text(self):
        """The text of the current PDFs, for the site search."""
        return "\n".join(file.info.text for file in self.ordered_files if file.info)

    def search_content(self):
        content = super().search_content()
        content["body"].append(self.search_pdf_text(translation.get_language()))
        content["date_precision"] = self.date_precision
        return content

    def search_pdf_text(self, language):
        """The text of the current PDFs in the language, for the site search; the German entry also
        takes the PDFs in languages the page is not translated into. PDFs in private collections stay out."""
        languages = {language}
        if language == DEFAULT_LANGUAGE:
            languages |= {code for code, _name in FILE_LANGUAGES if not self.is_translated(code)}
        files = [file for file in self.ordered_files if file.info and file.language in languages]
        return "\n".join(
            file.info.text for file in files if not file.document.collection.get_view_restrictions().exists()
        )

    def structured_data(self, request):
        """schema.org Report (or ScholarlyArticle) of the publication, with its PDFs."""
        kind = "ScholarlyArticle" if self.publication_type == PublicationType.ARTICLE else "Report"
        data = {
            "@context": "https://schema.org",
            "@type": kind,
            "name": self.title,
            "headline": self.title[:110],
            "description": self.summary,
            "datePublished": self.date_iso,
            "inLanguage": translation.get_language() if self.is_translated() else DEFAULT_LANGUAGE,
            "url": self.get_full_url(request),
            "genre": self.get_publication_type_display(),
            "author": [{"@type": "Organization", "name": name} for name in self.author_list]
            or [{"@type": "Organization", "name": ORGANISATION}],
            "publisher": {"@type": "Organization", "name": ORGANISATION},
        }
        files = [file.structured_data(request) for file in self.ordered_files]
        if files:
            data["encoding"] = files
            data["associatedMedia"] = files
        cover = self.cover_image
        rendition = cover.get_rendition_or_none("width-1200|format-jpeg") if cover is not None else None
        if rendition is not None:
            data["image"] = request.build_absolute_uri(rendition.url)
        if self.external_url:
            data["sameAs"] = self.external_url
        if self.citation:
            data["citation"] = self.citation
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        return {key: value for key, value in data.items() if value not in (None, "", [])}

    def search_date(self):
        return self.date

    @classmethod
    def search_dependencies(cls):
        return [
            ("publications.PdfInfo", lambda info: cls.objects.filter(files__document=info.document_id).distinct()),
            (get_document_model_string(), lambda document: cls.objects.filter(files__document=document).distinct()),
        ]

    def clean(self):
        super().clean()
        if self.date and self.date_precision == DatePrecision.YEAR:
            self.date = self.date.replace(month=1, day=1)
        elif self.date and self.date_precision == DatePrecision.MONTH:
            self.date = self.date.replace(day=1)

    def get_index(self):
        return PublicationIndexPage.objects.ancestor_of(self).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = self.get_index()
        context["index_page"] = index_page
        context["feed_urls"] = index_page.feed_urls(request) if index_page else {}
        return context


class PublicationFile(Orderable):
    """One PDF of a publication: the full text or a summary, in one language."""

    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        get_document_model_string(), on_delete=models.PROTECT, related_name="+", verbose_name=_("PDF")
    )
    language = models.CharField(_("Sprache"), max_length=5, choices=FILE_LANGUAGES, default=DEFAULT_LANGUAGE)
    kind = models.CharField(_("Art"), max_length=10, choices=FileKind, default=FileKind.FULL_TEXT)

    panels = [FieldPanel("document"), FieldRowPanel([FieldPanel("language"), FieldPanel("kind")])]

    class Meta(Orderable.Meta):
        verbose_name = _("Datei")
        verbose_name_plural = _("Dateien")

    def __str__(self):
        return f"{self.document} ({self.language})"

    @cached_property
    def info(self):
        """What the pipeline read from the document's current file, or None while it is being read."""
        try:
            info = self.document.pdf_info
        except PdfInfo.DoesNotExist:
            return None
        return info if info.is_current else None

    def structured_data(self, request):
        """schema.org MediaObject of the file, for its publication's structured data."""
        document = self.document
        data = {
            "@type": "MediaObject",
            "name": document.title,
            "contentUrl": request.build_absolute_uri(document.url),
            "encodingFormat": "application/pdf",
            "inLanguage": self.language,
        }
        if document.file_size:
            data["contentSize"] = f"{document.file_size} B"
        if self.info and self.info.page_count:
            data["numberOfPages"] = self.info.page_count
        return data

    def clean(self):
        super().clean()
        if self.document_id and not self.document.filename.lower().endswith(".pdf"):
            raise ValidationError({"document": _("Bitte ein PDF wählen.")})
