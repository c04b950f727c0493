"""The library's contributions to the home page, topic pages and the demo site."""

from wagtail import hooks

from imeg.lookup_cache import cached, first_live
from publications.covers import cover_collections
from publications.models import PublicationIndexPage, PublicationPage

RELATED_PUBLICATIONS = 3


@hooks.register("imeg_home_sections")
def latest_publication(request, page):
    # Kept in the cache until a page changes (imeg.lookup_cache): the home page's query budget.
    publication = cached(
        f"home-publication:{page.pk}",
        lambda: PublicationPage.objects.descendant_of(page).published().for_listing().newest_first().first(),
    )
    if publication is None:
        return None
    index_page = first_live(PublicationIndexPage)
    return {
        "template": "components/publication_home.html",
        "context": {"publication": publication, "index_page": index_page},
    }


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


@hooks.register("imeg_topic_sections")
def topic_publications(request, page):
    return related_section(request, page, "topics")


@hooks.register("imeg_region_sections")
def region_publications(request, page):
    return related_section(request, page, "regions")


@hooks.register("imeg_event_sections")
def event_publications(request, page):
    return related_section(request, page, "related_event")


@hooks.register("imeg_demo_content")
def add_demo_publications(builder):
    """ "Veröffentlichungen" with the network's publications and their generated PDFs (manage.py load_demo)."""
    from publications.demo import build_publications

    build_publications(builder)


@hooks.register("imeg_demo_scale")
def add_scale_publications(scale):
    """1,000 publications sharing one PDF for the scale set (manage.py load_demo --scale)."""
    from publications.demo.scale import build_scale_publications

    build_scale_publications(scale)


@hooks.register("construct_image_chooser_queryset")
def hide_pdf_covers(images, request):
    """Covers come from the PDFs by themselves: they stay out of "Neueste Bilder" and the chooser's search.

    Choosing their collection in the chooser's filter still shows them.
    """
    covers = cover_collections()
    if request.GET.get("collection_id") in {str(pk) for pk in covers.values_list("pk", flat=True)}:
        return images
    return images.exclude(collection__in=covers)
