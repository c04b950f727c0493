"""The region app's contributions to the home page and to the demo site."""

from wagtail import hooks

from regions import sections
from regions.demo import build_regions

hooks.register("imeg_home_sections", sections.region_slider)
hooks.register("imeg_home_sections", sections.member_regions)


@hooks.register("imeg_demo_content")
def add_demo_regions(builder):
    """The index "IMeG-Regionen", the four member regions and the home slides (manage.py load_demo)."""
    build_regions(builder)
