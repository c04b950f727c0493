"""RSS 2.0 and Atom feeds of new publications, one per language (served by PublicationIndexPage's routes)."""

import datetime

from django.utils import timezone
from django.utils.feedgenerator import Enclosure
from django.utils.translation import gettext_lazy as _

from imeg.feeds import AtomFeedMixin, IndexPageFeed


class PublicationFeed(IndexPageFeed):
    """The latest publications of a library that have their own title in the active language."""

    default_description = _("Neue Veröffentlichungen des Initiativkreises Metropolitane Grenzregionen")

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))

    def item_categories(self, item):
        return [item.get_publication_type_display(), *(topic.title for topic in item.topics.all())]

    def item_enclosures(self, item):
        file = item.main_file
        if file is None or not file.document.file_size:
            return []
        url = self.request.build_absolute_uri(file.document.url)
        return [Enclosure(url, str(file.document.file_size), "application/pdf")]


class PublicationAtomFeed(AtomFeedMixin, PublicationFeed):
    pass
