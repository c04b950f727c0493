"""Pass 3: WordPress posts, into news articles or events as the map file says."""

import datetime

from django.utils.translation import gettext as _

from imeg.models import TopicPage
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from wordpress_import.content import plain_text
from wordpress_import.importer.common import BERLIN


class Posts:
    """Posts into news articles or events, filed under their topics."""

    def import_post(self, item):
        target, topic_slugs = self.mapping.post_target(item.terms)
        if target == "skip":
            self.report.count("post", "skipped")
            self.report.add("skipped", item, _("seine Kategorie ist in der Map-Datei auf skip gesetzt"))
            return
        fields = self.common_fields(item)
        teaser = plain_text(item.excerpt, 500) or plain_text(item.content, 300) or fields["title_de"]
        fields.update(teaser_de=teaser, lead_image_id=self.featured_image(item))
        topics = list(TopicPage.objects.filter(slug__in=topic_slugs)) if topic_slugs else []
        missing = set(topic_slugs) - {topic.slug for topic in topics}
        for slug in sorted(missing & set(self.mapping_topic_rules())):
            self.report.add("notes", item, _("Das Thema „%(slug)s“ aus der Map-Datei gibt es nicht") % {"slug": slug})
        date = item.date or datetime.datetime.now()  # noqa: DTZ005 - WordPress's local time
        if target == "event":
            parent = self.section(EventIndexPage, "Veranstaltungen", "veranstaltungen", self.events_parent())
            start = datetime.datetime.combine(date.date(), datetime.time(), tzinfo=BERLIN)
            fields.update(start=start, all_day=True, venue_name=self.mapping.event_venue)
            model = EventPage
        else:
            parent = self.section(NewsIndexPage, "Aktuelles", "aktuelles")
            fields.update(date=date.date())
            model = NewsPage

        def update(page):
            page.topics.set(topics)

        def build():
            fields["body_de"] = self.convert(item)
            return fields, update

        self.save_page(item, target, model, parent, build, extra=[topic.pk for topic in topics])

    def mapping_topic_rules(self):
        rules = list(self.mapping.categories.values()) + list(self.mapping.tags.values())
        return [rule.removeprefix("topic:") for rule in rules if rule.startswith("topic:")]
