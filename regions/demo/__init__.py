"""The IMeG regions of the demo site (hook `imeg_demo_content`): index, four regions, home slides.

Built with the core's `DemoBuilder`, so a second run finds every page and image and changes nothing.
"""

from imeg.demo.builder import Later, localized
from regions.demo.content import INDEX, PARENT_KEY, REGIONS
from regions.models import HomeSlide, KeyFigure, MemberOrganisation, RegionIndexPage, RegionPage

PAGE_FIELDS = (
    "title",
    "slug",
    "search_description",
    "intro",
    "short_name",
    "full_name",
    "participating_areas",
    "core_cities",
    "cross_border_body",
    "cross_border_body_seat",
    "cross_border_body_url",
    "countries",
    "founding_year",
    "outline",
)


def build_regions(builder):
    """The index "IMeG-Regionen" under "Metropolitane Grenzregionen", its regions and the slides."""
    parent = builder.page(PARENT_KEY)
    for region in REGIONS:
        image = region["image"]
        builder.generated_image(
            image["key"],
            image["title"],
            kind=image["kind"],
            palette=image["palette"],
            alt=image["alt"],
            caption=image["caption"],
        )
    index = builder.get_or_create_page(
        parent,
        RegionIndexPage,
        INDEX["key"],
        show_in_menus=True,
        home_slides=Later(lambda: slides(builder)),
        **{name: INDEX[name] for name in ("title", "slug", "search_description", "intro", "data_note")},
    )
    for region in REGIONS:
        builder.get_or_create_page(
            index, RegionPage, region["key"], show_in_menus=True, **region_fields(builder, region)
        )


def region_fields(builder, region):
    fields = {name: region[name] for name in PAGE_FIELDS if name in region}
    fields["hero_image"] = builder.image(region["image"]["key"])
    fields["body"] = builder.stream(region["key"], region["body"])
    fields["member_organisations"] = [
        MemberOrganisation(sort_order=position, url=url, **localized(name=name))
        for position, (name, url) in enumerate(region["members"])
    ]
    fields["key_figures"] = [
        KeyFigure(indicator=indicator, year=year, value=value, source_url=url, **localized(source=source))
        for indicator, year, value, source, url in region["figures"]
    ]
    return fields


def slides(builder):
    return [
        HomeSlide(sort_order=position, region=builder.page(region["key"]), **localized(**region["slide"]))
        for position, region in enumerate(REGIONS)
    ]
