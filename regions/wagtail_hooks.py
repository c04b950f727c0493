"""The region app's contributions to the home page and to the demo site."""

from wagtail import hooks

from imeg.lookup_cache import cached, first_live
from regions.demo import build_regions
from regions.models import RegionIndexPage


def home_regions(page):
    """The region index below the home page, its slides and its regions (or None without an index)."""
    index = first_live(RegionIndexPage, below=page)
    if index is None:
        return None, [], []
    # Kept in the cache until a page changes (imeg.lookup_cache): the home page's query budget.
    slides, regions = cached(f"home-regions:{index.pk}", lambda: (list(index.slides()), list(index.regions())))
    return index, slides, regions


@hooks.register("imeg_home_sections")
def region_slider(request, page):
    """The region slider: the home page's hero, full width above the introduction."""
    index, slides, regions = home_regions(page)
    if not slides:
        return None
    return {
        "template": "regions/home_hero.html",
        "head": "components/region_hero_head.html",
        "context": {"slides": slides},
        "placement": "hero",
        "position": 0,
    }


@hooks.register("imeg_home_sections")
def member_regions(request, page):
    """The member regions as cards, after the news, the next event and the latest publication."""
    index, slides, regions = home_regions(page)
    if not regions:
        return None
    return {
        "template": "regions/home_members.html",
        "context": {"regions": regions, "index": index},
        "position": 110,
    }


@hooks.register("imeg_demo_content")
def add_demo_regions(builder):
    """The index "IMeG-Regionen", the four member regions and the home slides (manage.py load_demo)."""
    build_regions(builder)
