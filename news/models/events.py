"""Events: the list "Veranstaltungen" with its calendar, and one page per event."""

import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import BooleanField, Case, F, Value, When
from django.db.models.functions import Coalesce
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index

from imeg.blocks import body_blocks
from imeg.listing import ListEntry, ListFilterForm, PageCards, count_key, years_of
from imeg.lookup_cache import cached
from imeg.models import BasePage, RoutableBasePage
from imeg.models.pages import collect_sections, image_field
from news.blocks import ProgrammeItemBlock
from news.fields import LanguageCodesField, language_names
from news.ical import calendar_response
from news.models.common import ListedPageQuerySet, NewsListIndex, page_language
from news.models.news import attachment_blocks

BERLIN = ZoneInfo("Europe/Berlin")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Findet statt")
    CANCELLED = "cancelled", _("Abgesagt")
    POSTPONED = "postponed", _("Verschoben")


SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
}


class EventQuerySet(ListedPageQuerySet):
    def with_timing(self, now=None):
        """Annotate `finish` (end, or start if none) and `ended` (finished before `now`)."""
        now = now or timezone.now()
        return self.annotate(finish=Coalesce("end", "start")).annotate(
            ended=Case(When(finish__lt=now, then=Value(True)), default=Value(False), output_field=BooleanField())
        )

    def upcoming(self, now=None):
        """Events not over yet (running or to come), soonest first."""
        return self.with_timing(now).filter(ended=False).order_by("start", "pk")

    def past(self, now=None):
        """Events that are over, latest first."""
        return self.with_timing(now).filter(ended=True).order_by("-start", "-pk")

    def upcoming_first(self, now=None):
        """Upcoming events soonest first, then the archive of past events, latest first."""
        return (
            self.with_timing(now)
            .annotate(upcoming_start=Case(When(ended=False, then=F("start")), default=None))
            .order_by("ended", F("upcoming_start").asc(nulls_last=True), "-start", "-pk")
        )


EventPageManager = PageManager.from_queryset(EventQuerySet)


class EventFilterForm(ListFilterForm):
    when = forms.ChoiceField(
        label=_("Zeitraum"),
        required=False,
        choices=[("", _("Alle")), ("upcoming", _("Kommende")), ("past", _("Vergangene"))],
    )

    field_order = ["when", "topic", "region", "year"]


class EventIndexPage(NewsListIndex, RoutableBasePage):
    """ "Veranstaltungen": upcoming events first, then the archive, with filters and a calendar feed."""

    intro = models.TextField(_("Einleitung"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    search_summary_fields = ("intro",)

    parent_page_types = ["imeg.ContentPage", "imeg.HomePage"]
    subpage_types = ["news.EventPage"]
    max_count = 1

    filter_form_class = EventFilterForm

    class Meta:
        verbose_name = _("Veranstaltungsübersicht")

    def event_items(self, filters=None):
        """The published events of this index, upcoming first, narrowed by time, topic, region and year."""
        filters = filters or {}
        items = EventPage.objects.child_of(self).published().narrowed(filters, date_field="start")
        when = filters.get("when")
        if when == "upcoming":
            items = items.upcoming()
        elif when == "past":
            items = items.past()
        else:
            items = items.upcoming_first()
        return items.for_listing()

    def years(self):
        """The years that have events, latest first."""
        return years_of(f"events:{self.pk}", lambda: EventPage.objects.child_of(self).published(), "start")

    def list_items(self, filters):
        return self.event_items(filters)

    def list_page(self, request, filters):
        """The page of the list, ordered as `event_items` orders it, from the events' dates in the lookup cache.

        Which events are upcoming changes with the clock, not with pages: the dates of the events that
        match the other filters are kept until a page changes, and ordered and grouped on each request.
        """
        entries = self.timeline(filters, timezone.now())
        page = Paginator(entries, self.page_size).get_page(request.GET.get("page") or 1)
        cards = PageCards(lambda: self.list_items(filters), [pk for pk, _ended in page.object_list])
        page.object_list = [ListEntry(pk, cards, ended=ended) for pk, ended in page.object_list]
        return page

    def timeline(self, filters, now):
        """(id, ended) of the events `event_items(filters)` lists, in its order, at the time `now`."""
        narrowing = {name: value for name, value in filters.items() if name != "when"}

        def build():
            events = EventPage.objects.child_of(self).published().narrowed(narrowing, date_field="start")
            return list(events.with_timing().order_by("start", "pk").values_list("start", "pk", "finish"))

        dates = cached(f"event-dates:{count_key(self, narrowing)}", build)
        upcoming = [(start, pk) for start, pk, finish in dates if not finish < now]
        past = [pk for _start, pk, finish in reversed(dates) if finish < now]  # latest first
        when = filters.get("when")
        if when == "upcoming":
            return [(pk, False) for _start, pk in upcoming]
        if when == "past":
            return [(pk, True) for pk in past]
        # EventQuerySet.upcoming_first: the soonest first, among events of the same start the newest.
        upcoming.sort(key=lambda event: (event[0], -event[1]))
        return [(pk, False) for _start, pk in upcoming] + [(pk, True) for pk in past]

    def calendar_url(self, request):
        return self.get_full_url(request) + self.reverse_subpage("ical")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["calendar_url"] = self.calendar_url(request)
        return context

    @path("ical/", name="ical")
    def ical(self, request):
        """All upcoming events as an iCalendar file."""
        events = EventPage.objects.child_of(self).published().upcoming()
        return calendar_response(events, request, self.title, "imeg-events.ics")


class EventPage(RoutableBasePage):
    """An event of the network: a conference, workshop or meeting, on site or online."""

    start = models.DateTimeField(
        _("Beginn"), db_index=True, help_text=_("Datum und Uhrzeit in deutscher Zeit (Europe/Berlin).")
    )
    end = models.DateTimeField(
        _("Ende"), null=True, blank=True, help_text=_("Leer lassen, wenn das Ende offen ist. Deutsche Zeit.")
    )
    all_day = models.BooleanField(
        _("Ganztägig"), default=False, help_text=_("Nur die Tage zählen; die Uhrzeiten werden nicht angezeigt.")
    )
    status = models.CharField(
        _("Status"),
        max_length=20,
        choices=EventStatus,
        default=EventStatus.SCHEDULED,
        help_text=_("„Abgesagt“ und „Verschoben“ erscheinen gut sichtbar auf der Seite, in Listen und im Kalender."),
    )
    status_note = models.CharField(
        _("Hinweis zum Status"),
        max_length=255,
        blank=True,
        help_text=_("z. B. „Ein neuer Termin wird bekanntgegeben.“"),
    )
    teaser = models.TextField(_("Teaser"), max_length=500, help_text=_("Zwei, drei Sätze für Listen und Kalender."))
    lead_image = image_field(help_text=_("Bild über der Seite und in Listen."))
    body = StreamField(body_blocks(), blank=True, verbose_name=_("Inhalt"))
    venue_name = models.CharField(
        _("Veranstaltungsort"), max_length=255, blank=True, help_text=_("z. B. „Vertretung des Saarlandes“.")
    )
    venue_address = models.TextField(_("Adresse"), blank=True, help_text=_("Straße, PLZ, Ort – eine Angabe je Zeile."))
    online = models.BooleanField(
        _("Online"), default=False, help_text=_("Findet (auch) online statt; ein Ort ist dann nicht nötig.")
    )
    online_url = models.URLField(
        _("Link zur Online-Teilnahme"), blank=True, help_text=_("Nur eintragen, wenn der Link öffentlich sein darf.")
    )
    organisers = models.TextField(_("Veranstalter"), blank=True, help_text=_("Ein Veranstalter je Zeile."))
    interpretation_languages = LanguageCodesField(
        _("Dolmetschung"), blank=True, help_text=_("Sprachen, in die gedolmetscht wird.")
    )
    registration_url = models.URLField(_("Link zur Anmeldung"), blank=True)
    registration_email = models.EmailField(
        _("E-Mail für die Anmeldung"), blank=True, help_text=_("Wenn die Anmeldung per E-Mail geht.")
    )
    registration_deadline = models.DateField(_("Anmeldeschluss"), null=True, blank=True)
    programme = StreamField([("item", ProgrammeItemBlock())], blank=True, verbose_name=_("Programm"))
    documents = StreamField(
        attachment_blocks(),
        blank=True,
        verbose_name=_("Dokumente"),
        help_text=_("Programm als PDF, Präsentationen, Dokumentation."),
    )
    topics = ParentalManyToManyField(
        "imeg.TopicPage", blank=True, related_name="event_pages", verbose_name=_("Themen")
    )
    regions = ParentalManyToManyField(
        "regions.RegionPage", blank=True, related_name="event_pages", verbose_name=_("Regionen")
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("Termin"),
        ),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_note")], heading=_("Status")),
        FieldPanel("teaser"),
        FieldPanel("lead_image"),
        MultiFieldPanel(
            [FieldPanel("venue_name"), FieldPanel("venue_address"), FieldPanel("online"), FieldPanel("online_url")],
            heading=_("Ort"),
        ),
        FieldPanel("organisers"),
        FieldPanel("interpretation_languages", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("registration_email"), FieldPanel("registration_deadline")],
            heading=_("Anmeldung"),
        ),
        FieldPanel("body"),
        FieldPanel("programme"),
        FieldPanel("documents"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Einordnung"),
            help_text=_("Die Veranstaltung erscheint auch auf diesen Themen- und Regionenseiten."),
        ),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.FilterField("start"),
    ]
    search_summary_fields = ("teaser",)
    search_body_fields = ("body", "programme", "venue_name", "venue_address", "organisers", "status_note")
    share_image_field = "lead_image"
    search_type = "event"
    search_type_label = _("Veranstaltung")

    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []

    objects = EventPageManager()

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Das Ende liegt vor dem Beginn.")})
        if not self.online and not self.venue_name:
            raise ValidationError({"venue_name": _("Bitte einen Ort angeben oder „Online“ ankreuzen.")})

    def save(self, *args, **kwargs):
        if self.all_day and self.start:
            # An all-day event lasts until the end of its last day in Berlin, so it stays "upcoming" all day.
            first = timezone.localtime(self.start, BERLIN).date()
            last = timezone.localtime(self.end, BERLIN).date() if self.end else first
            self.start = datetime.datetime.combine(first, datetime.time(), tzinfo=BERLIN)
            self.end = datetime.datetime.combine(max(first, last), datetime.time(23, 59, 59), tzinfo=BERLIN)
        return super().save(*args, **kwargs)

    @property
    def local_start(self):
        return timezone.localtime(self.start, BERLIN)

    @property
    def local_end(self):
        return timezone.localtime(self.end, BERLIN) if self.end else None

    @property
    def single_day(self):
        return self.local_end is None or self.local_end.date() == self.local_start.date()

    @property
    def is_past(self):
        return (self.end or self.start) < timezone.now()

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_postponed(self):
        return self.status == EventStatus.POSTPONED

    def when_text(self):
        """The date, and for timed events the times, in the active language's format."""
        start, end = self.local_start, self.local_end

        def day(value):
            return formats.date_format(value, "DATE_FORMAT")

        def clock(value):
            return formats.time_format(value, "TIME_FORMAT")

        if self.all_day:
            return day(start) if self.single_day else f"{day(start)} – {day(end)}"
        if end is None:
            return f"{day(start)}, {clock(start)}"
        if self.single_day:
            return f"{day(start)}, {clock(start)}–{clock(end)}"
        return f"{day(start)}, {clock(start)} – {day(end)}, {clock(end)}"

    def organiser_list(self):
        return [line.strip() for line in (self.organisers or "").splitlines() if line.strip()]

    def address_lines(self):
        return [line.strip() for line in (self.venue_address or "").splitlines() if line.strip()]

    def interpretation_language_names(self):
        return language_names(self.interpretation_languages)

    def location_text(self):
        """Where the event takes place, in one line (calendar files, cards)."""
        place = ", ".join([self.venue_name, *self.address_lines()] if self.venue_name else self.address_lines())
        if self.online:
            return f"{place} / Online" if place else "Online"
        return place

    def registration_open(self):
        if self.is_past or self.is_cancelled:
            return False
        if self.registration_deadline is None:
            return True
        return self.registration_deadline >= timezone.localdate(timezone=BERLIN)

    def structured_data(self, request):
        """schema.org Event of the page, with its status and its place or virtual location."""
        url = self.get_full_url(request)
        if self.all_day:
            start = self.local_start.date().isoformat()
            end = self.local_end.date().isoformat() if self.end else None
        else:
            start = self.local_start.isoformat()
            end = self.local_end.isoformat() if self.end else None
        locations = []
        if self.venue_name or self.venue_address:
            locations.append(
                {
                    "@type": "Place",
                    "name": self.venue_name or self.location_text(),
                    "address": ", ".join(self.address_lines()) or self.venue_name,
                }
            )
        if self.online:
            locations.append({"@type": "VirtualLocation", "url": self.online_url or url})
        if self.online and locations[:-1]:
            mode = "https://schema.org/MixedEventAttendanceMode"
        elif self.online:
            mode = "https://schema.org/OnlineEventAttendanceMode"
        else:
            mode = "https://schema.org/OfflineEventAttendanceMode"
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.teaser,
            "startDate": start,
            "eventStatus": SCHEMA_STATUS.get(self.status, SCHEMA_STATUS[EventStatus.SCHEDULED]),
            "eventAttendanceMode": mode,
            "location": locations[0] if len(locations) == 1 else locations,
            "inLanguage": page_language(self),
            "url": url,
            "organizer": [{"@type": "Organization", "name": name} for name in self.organiser_list()]
            or {"@type": "Organization", "name": "Initiativkreis Metropolitane Grenzregionen"},
        }
        if end:
            data["endDate"] = end
        rendition = self.lead_image.get_rendition_or_none("fill-1200x630|format-jpeg") if self.lead_image else None
        if rendition:
            data["image"] = [request.build_absolute_uri(rendition.url)]
        return data

    def search_date(self):
        return self.local_start.date() if self.start else None

    def get_index(self):
        return EventIndexPage.objects.ancestor_of(self).first()

    def calendar_url(self, request):
        return self.get_full_url(request) + self.reverse_subpage("ical")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["index_page"] = self.get_index()
        context["calendar_url"] = self.calendar_url(request)
        # Apps list the event's documents of record (publications) through `imeg_event_sections`.
        context["event_sections"] = collect_sections("imeg_event_sections", request, self)
        return context

    @path("ical/", name="ical")
    def ical(self, request):
        """The event as an iCalendar file to add to a calendar."""
        return calendar_response([self], request, self.title, f"{self.slug}.ics")
