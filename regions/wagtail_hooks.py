"""The region app's contributions to the home page and to the demo site."""

from wagtail import hooks

from imeg.page_cache.lookups import cached, first_live
from regions.demo import build_regions
from regions.models import RegionIndexPage


@hooks.register("imeg_home_sections")
def region_slider(request, page):
    """The region slider and, below it, the members overview on the home page."""
    index = first_live(RegionIndexPage, below=page)
    if index is None:
        return None
    # Kept in the cache until a page changes (imeg.page_cache.lookups): the home page's query budget.
    slides, regions = cached(f"home-regions:{index.pk}", lambda: (list(index.slides()), list(index.regions())))
    if not slides and not regions:
        return None
    return {
        "template": "regions/home_section.html",
        "context": {"slides": slides, "regions": regions, "index": index},
        "position": 0,  # the slider opens the home page
    }


@hooks.register("imeg_demo_content")
def add_demo_regions(builder):
    """The index "IMeG-Regionen", the four member regions and the home slides (manage.py load_demo)."""
    build_regions(builder)
