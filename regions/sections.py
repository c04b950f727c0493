"""The member regions shown on the home page: the region slider (its hero) and the regions as cards.

Each function but `home_regions` is a section (docs/architecture.md, "Hooks"): registered in
regions/wagtail_hooks.py, it returns the template and its context, or None when there is nothing to show.
"""

from imeg.lookup_cache import cached, first_live
from regions.models import RegionIndexPage


def home_regions(page):
    """The region index below the home page, its slides and its regions (or None without an index)."""
    index = first_live(RegionIndexPage, below=page)
    if index is None:
        return None, [], []
    # Kept in the cache until a page changes (imeg.lookup_cache): the home page's query budget.
    slides, regions = cached(f"home-regions:{index.pk}", lambda: (list(index.slides()), list(index.regions())))
    return index, slides, regions


def region_slider(request, page):
    """The region slider: the home page's hero, full width above the introduction."""
    index, slides, regions = home_regions(page)
    if not slides:
        return None
    return {
        "template": "components/region_home_hero.html",
        "head": "components/region_home_hero_head.html",
        "context": {"slides": slides},
        "placement": "hero",
        "position": 0,
    }


def member_regions(request, page):
    """The member regions as cards, after the news, the next event and the latest publication."""
    index, slides, regions = home_regions(page)
    if not regions:
        return None
    return {
        "template": "components/region_home_members.html",
        "context": {"regions": regions, "index": index},
        "position": 110,
    }
