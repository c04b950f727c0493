"""Factories for news and events; `bulk_news` and `bulk_events` create thousands of pages quickly."""

import datetime

import factory
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from tests.factories import FiledPageFactory, TranslatedPageFactory


class NewsIndexPageFactory(TranslatedPageFactory):
    title_de = "Aktuelles"
    slug_de = "aktuelles"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(FiledPageFactory):
    title_de = factory.Sequence(lambda n: f"Meldung {n}")
    teaser_de = factory.LazyAttribute(lambda page: f"Worum es in „{page.title_de}“ geht.")
    date = datetime.date(2023, 4, 21)

    class Meta:
        model = NewsPage


class EventIndexPageFactory(TranslatedPageFactory):
    title_de = "Veranstaltungen"
    slug_de = "veranstaltungen"

    class Meta:
        model = EventIndexPage


class EventPageFactory(FiledPageFactory):
    title_de = factory.Sequence(lambda n: f"Veranstaltung {n}")
    teaser_de = "Ein Treffen der Mitglieder."
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    venue_name_de = "Haus der Großregion"
    venue_address_de = "Luxemburg"

    class Meta:
        model = EventPage


def _bulk_children(parent, model, rows, topics=()):
    """Add many live children to `parent` with a few INSERTs: treebeard's add_child saves one by one.

    Django cannot bulk-create a model with multi-table inheritance, so the Page rows come first and
    the rows of the page type's own table are inserted with their pointers.
    """
    last = parent.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last is not None else 0
    content_type = ContentType.objects.get_for_model(model)
    pages, children = [], []
    for offset, fields in enumerate(rows, start=1):
        slug = slugify(fields["title_de"])
        url_path = f"{parent.url_path}{slug}/"
        base = {
            "path": parent.path + Page._int2str(step + offset).rjust(Page.steplen, "0"),
            "depth": parent.depth + 1,
            "numchild": 0,
            "live": True,
            "title": fields["title_de"],
            "title_de": fields["title_de"],
            "slug": slug,
            "slug_de": slug,
            "url_path": url_path,
            "url_path_de": url_path,
            "content_type": content_type,
            "locale_id": parent.locale_id,
            "first_published_at": timezone.now(),
            "last_published_at": timezone.now(),
        }
        pages.append(Page(**base))
        children.append(fields)
    pages = Page.objects.bulk_create(pages)
    objects = [model(page_ptr_id=page.pk, **fields) for page, fields in zip(pages, children, strict=True)]
    model._base_manager.all()._batched_insert(objects, model._meta.local_concrete_fields, batch_size=500)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    parent.numchild += len(pages)
    if topics:
        through = model.topics.through
        through.objects.bulk_create(
            [
                through(
                    **{
                        through._meta.get_field("topicpage").attname: topics[n % len(topics)].pk,
                        through._meta.get_field(model._meta.model_name).attname: page.pk,
                    }
                )
                for n, page in enumerate(pages)
            ]
        )
    return pages


def bulk_news(index, count, *, images=(), topics=(), first_date=datetime.date(2026, 1, 1)):
    rows = [
        {
            "title_de": f"Massenmeldung {n}",
            "teaser_de": f"Kurzfassung der Meldung {n}.",
            "date": first_date - datetime.timedelta(days=n),
            "lead_image": images[n % len(images)] if images else None,
        }
        for n in range(count)
    ]
    return _bulk_children(index, NewsPage, rows, topics)


def bulk_events(index, count, *, images=(), topics=()):
    now = timezone.now()
    rows = [
        {
            "title_de": f"Massenveranstaltung {n}",
            "teaser_de": f"Kurzfassung der Veranstaltung {n}.",
            "start": now + datetime.timedelta(days=n - count // 2),
            "venue_name_de": "Karlsruhe",
            "lead_image": images[n % len(images)] if images else None,
        }
        for n in range(count)
    ]
    return _bulk_children(index, EventPage, rows, topics)
