"""The home page's region slider and members overview, contributed through `imeg_home_sections`."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from tests.factories import CustomImageFactory
from tests.regions.factories import HomeSlideFactory, RegionPageFactory

LANGUAGES = ["de", "en", "fr", "nl"]


def home(client, language="de"):
    return BeautifulSoup(client.get(f"/{language}/").content, "html.parser")


def test_home_page_lists_every_slide_in_order_without_javascript(regions_tree, client):
    soup = home(client)

    slides = soup.select("[data-slider] [data-slider-slide]")

    assert [slide.select_one(".hero__region").get_text(strip=True) for slide in slides] == [
        "Trinationale Metropolregion Oberrhein",
        "Großregion",
    ]
    assert soup.select_one("[data-slider] ol.hero__slides") is not None
    # The buttons only make sense with slider.js, which unhides them.
    assert soup.select_one("[data-slider-controls]").has_attr("hidden")


def test_slides_show_image_caption_and_credit_with_fallbacks(regions_tree, client):
    slides = home(client).select("[data-slider-slide]")

    first, second = (
        " ".join(part.get_text(strip=True) for part in slide.select(".hero__text, .hero__credit")) for slide in slides
    )

    # The first slide has no image of its own: the region's photo and its credit are shown.
    assert slides[0].img["alt"] == regions_tree.oberrhein.hero_image.alt_text
    assert first == "Vauban in Freiburg Foto: Anna Muster"
    assert second == "Luxemburg Foto: Anna Muster"


def test_slide_links_lead_to_the_region_pages(regions_tree, client):
    links = [slide.select_one(".hero__region a")["href"] for slide in home(client).select("[data-slider-slide]")]

    assert links == [regions_tree.oberrhein.url, regions_tree.grossregion.url]
    assert all(client.get(link).status_code == 200 for link in links)


def test_slider_and_members_overview_show_a_changed_region_with_their_cache_warm(regions_tree, client, settings):
    """Both are cached fragments (decision 84): a change of a region renders them anew."""
    settings.FRAGMENT_CACHE_ENABLED = True
    assert "Großregion" in home(client).select_one("[data-slider]").get_text()

    regions_tree.grossregion.title_de = "Großregion SaarLorLux"
    regions_tree.grossregion.save_revision().publish()
    soup = home(client)

    assert [slide.select_one(".hero__region").get_text(strip=True) for slide in soup.select("[data-slider-slide]")][
        1
    ] == "Großregion SaarLorLux"
    overview = [item.h3.get_text(strip=True) for item in soup.select(".region-members-overview .region-card")]
    assert "Großregion SaarLorLux" in overview


@pytest.mark.parametrize("language", LANGUAGES)
def test_slider_and_members_overview_render_in_every_language(regions_tree, client, language):
    soup = home(client, language)

    with translation.override(language):
        titles = [regions_tree.oberrhein.title, regions_tree.grossregion.title]
    overview = [item.h3.get_text(strip=True) for item in soup.select(".region-members-overview .region-card")]
    assert overview == titles
    assert len(soup.select("[data-slider-slide]")) == 2


def test_members_overview_names_the_member_organisations(regions_tree, client):
    card = home(client).select_one(".region-card")

    assert "Regionalverband Mittlerer Oberrhein, Regionalverband Südlicher Oberrhein" in card.get_text()
    assert "Deutschland, Frankreich, Schweiz" in card.get_text()


def test_slides_of_unpublished_regions_are_left_out(regions_tree, client):
    regions_tree.grossregion.unpublish()

    slides = home(client).select("[data-slider-slide]")

    assert len(slides) == 1


def test_home_page_without_region_index_has_no_slider(site_tree, client):
    soup = home(client)

    assert soup.select_one("[data-slider]") is None


def count_home_queries(client):
    client.get("/de/")  # renditions are created on the first view
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/de/").status_code == 200
    return len(queries)


def test_home_slider_queries_do_not_grow_with_slides(regions_tree, client):
    before = count_home_queries(client)

    for number in range(3):
        region = RegionPageFactory(parent=regions_tree.index, title_de=f"Weitere Region {number}")
        HomeSlideFactory(page=regions_tree.index, region=region, image=CustomImageFactory(), sort_order=10 + number)
    after = count_home_queries(client)

    assert after == before


def test_slider_is_the_hero_above_the_page_title(regions_tree, client):
    soup = home(client)

    main = soup.select_one("main")
    hero, title = main.select_one("[data-slider]"), main.select_one("h1")
    assert hero.find_next("h1") is title
    assert "hero" in hero["class"]
    # Full width: outside the page's .container.
    assert hero.find_parent(class_="container") is None


def test_first_slide_is_loaded_eagerly_and_preloaded_with_the_same_renditions(regions_tree, client):
    soup = home(client)

    first, *others = soup.select("[data-slider-slide] img")
    assert first["loading"] == "eager"
    assert first["fetchpriority"] == "high"
    assert all(image["loading"] == "lazy" for image in others)
    preload = soup.select_one('head link[rel="preload"][as="image"]')
    avif = soup.select_one('[data-slider-slide] source[type="image/avif"]')
    assert preload["imagesrcset"] == avif["srcset"]
    assert preload["imagesizes"] == avif["sizes"]
    assert preload["fetchpriority"] == "high"
    assert "fill-1600x800" in preload["imagesrcset"]


def test_members_overview_comes_after_the_hero(regions_tree, client):
    soup = home(client)

    overview = soup.select_one(".region-members-overview")
    assert soup.select_one("h1").find_next(class_="region-members-overview") is overview
