"""The member regions shown on the home page: the region slider (its hero) and the regions as cards.

Each function but `home_regions` is a section (docs/architecture.md, "Hooks"): registered in
regions/wagtail_hooks.py, it returns the template and its context, or None when there is nothing to show.
"""

from django.utils.functional import SimpleLazyObject

from imeg.lookup_cache import cached, first_live
from regions.models import RegionIndexPage


def home_regions(page):
    """The region index below the home page, whether it has slides and regions, and its slides and regions.

    The slides and regions are read (from the cache until a page changes, imeg.lookup_cache) only when
    they are used: the templates render them in cached fragments, which on most visits read nothing.
    Returns (None, (False, False), [], []) without an index.
    """
    index = first_live(RegionIndexPage, below=page)
    if index is None:
        return None, (False, False), [], []

    def slides_and_regions():
        return cached(f"home-regions:{index.pk}", lambda: (list(index.slides()), list(index.regions())))

    shown = cached(f"home-regions-shown:{index.pk}", lambda: tuple(bool(part) for part in slides_and_regions()))
    slides = SimpleLazyObject(lambda: slides_and_regions()[0])
    regions = SimpleLazyObject(lambda: slides_and_regions()[1])
    return index, shown, slides, regions


def region_slider(request, page):
    """The region slider: the home page's hero, full width above the introduction."""
    index, (has_slides, _has_regions), slides, _regions = home_regions(page)
    if not has_slides:
        return None
    return {
        "template": "components/region_home_hero.html",
        "head": "components/region_home_hero_head.html",
        "context": {"slides": slides, "index": index},
        "placement": "hero",
        "position": 0,
    }


def member_regions(request, page):
    """The member regions as cards, after the news, the next event and the latest publication."""
    index, (_has_slides, has_regions), _slides, regions = home_regions(page)
    if not has_regions:
        return None
    return {
        "template": "components/region_home_members.html",
        "context": {"regions": regions, "index": index},
        "position": 110,
    }
