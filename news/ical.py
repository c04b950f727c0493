"""iCalendar (RFC 5545) files of events, built with the `icalendar` library."""

import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.http import HttpResponse
from django.utils import timezone, translation
from icalendar import Calendar, Event

BERLIN = ZoneInfo("Europe/Berlin")
ICAL_STATUS = {"scheduled": "CONFIRMED", "cancelled": "CANCELLED", "postponed": "TENTATIVE"}


def event_component(page, request, stamp):
    url = page.get_full_url(request)
    event = Event()
    # The UID stays the same across languages and edits, so a calendar updates the entry it has.
    event.add("uid", f"event-{page.pk}@{urlsplit(url).hostname or 'imeg'}")
    event.add("dtstamp", stamp)
    if page.last_published_at:
        event.add("last-modified", page.last_published_at.astimezone(datetime.UTC))
    event.add("summary", page.title)
    if page.all_day:
        event.add("dtstart", page.local_start.date())
        last = page.local_end.date() if page.end else page.local_start.date()
        event.add("dtend", last + datetime.timedelta(days=1))
    else:
        event.add("dtstart", page.local_start)
        if page.end:
            event.add("dtend", page.local_end)
    event.add("status", ICAL_STATUS.get(page.status, "CONFIRMED"))
    location = page.location_text()
    if location:
        event.add("location", location)
    event.add("url", url)
    description = page.teaser
    if page.status_note:
        description = f"{page.get_status_display()}: {page.status_note}\n\n{description}"
    event.add("description", f"{description}\n\n{url}")
    return event


def build_calendar(events, request, name):
    calendar = Calendar()
    calendar.add("prodid", "-//IMeG//Initiativkreis Metropolitane Grenzregionen//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Berlin")
    stamp = timezone.now().astimezone(datetime.UTC).replace(microsecond=0)
    for page in events:
        calendar.add_component(event_component(page, request, stamp))
    calendar.add_missing_timezones()
    return calendar


def calendar_response(events, request, name, filename):
    calendar = build_calendar(events, request, name)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Content-Language"] = translation.get_language()
    return response
