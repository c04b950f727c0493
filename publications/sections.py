"""The library shown on other pages: the latest publication on the home page, a topic's, region's or
event's latest publications.

Each function is a section (docs/architecture.md, "Hooks"): registered in publications/wagtail_hooks.py,
it returns the template and its context, or None when there is nothing to show.
"""

from imeg.listing import CachedCards, ListEntry
from imeg.lookup_cache import cached, first_live
from publications.models import PublicationIndexPage, PublicationPage

RELATED_PUBLICATIONS = 3


def latest_publication(request, page):
    """The newest publication below the page: its id from the cache until a page changes (imeg.lookup_cache),
    its page read (from the cache too) only when its card is missing from the fragment cache
    (imeg.listing.CachedCards)."""

    def publications():
        return PublicationPage.objects.descendant_of(page).published()

    cards = CachedCards(
        f"home-publication-card:{page.pk}", lambda: [publications().for_listing().newest_first().first()]
    )
    publication_id = cached(f"home-publication-id:{page.pk}", lambda: getattr(cards.all()[0], "pk", None))
    if publication_id is None:
        return None
    index_page = first_live(PublicationIndexPage)
    publication = ListEntry(publication_id, cards)
    return {
        "template": "components/publication_home.html",
        "context": {"publication": publication, "index_page": index_page},
    }


def topic_publications(request, page):
    return related_section(request, page, "topics")


def region_publications(request, page):
    return related_section(request, page, "regions")


def event_publications(request, page):
    return related_section(request, page, "related_event")


def related_section(request, page, relation):
    """The latest publications of a topic, region or event page; `relation` names the list filter."""
    if page.pk is None:
        return None  # a new page in preview: nothing refers to it yet
    # Kept in the cache until a page changes (imeg.lookup_cache): the query budget of the pages showing it.
    publications = cached(
        f"related-publications:{relation}:{page.pk}",
        lambda: list(
            PublicationPage.objects.published()
            .filter(**{relation: page.pk})
            .for_listing()
            .newest_first()[:RELATED_PUBLICATIONS]
        ),
    )
    if not publications:
        return None
    index_page = first_live(PublicationIndexPage)
    filter_name = {"topics": "topic", "regions": "region"}.get(relation)
    list_url = None
    if index_page is not None and filter_name:
        list_url = f"{index_page.get_url(request)}?{filter_name}={page.pk}"
    context = {"publications": publications, "list_url": list_url}
    return {"template": "components/publication_related.html", "context": context}
