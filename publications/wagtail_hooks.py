"""The library's contributions to the home page, topic, region and event pages, the demo site and the image chooser."""

from wagtail import hooks

from publications import sections
from publications.covers import cover_collections
from publications.demo import build_publications
from publications.demo.scale import build_scale_publications

hooks.register("imeg_home_sections", sections.latest_publication)
hooks.register("imeg_topic_sections", sections.topic_publications)
hooks.register("imeg_region_sections", sections.region_publications)
hooks.register("imeg_event_sections", sections.event_publications)


@hooks.register("imeg_demo_content")
def add_demo_publications(builder):
    """ "Veröffentlichungen" with the network's publications and their generated PDFs (manage.py load_demo)."""
    build_publications(builder)


@hooks.register("imeg_demo_scale")
def add_scale_publications(scale):
    """1,000 publications sharing one PDF for the scale set (manage.py load_demo --scale)."""
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
