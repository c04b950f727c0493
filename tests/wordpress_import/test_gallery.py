"""Galleries: `[gallery ids=…]` and Gutenberg's gallery block become one image block per imported image."""

import pytest
from wagtail.models import Page

from tests.wordpress_import.conftest import empty_site, run_import
from tests.wordpress_import.exports import BASE, attachment, item, png, small_export, write_export
from wordpress_import.content import Converter


class Resolver:
    """Images 12 and 34 were imported (as 501 and 502), and the file …/c.png (as 503)."""

    images = {12: 501, 34: 502}

    def image(self, wp_id, src):
        if wp_id in self.images:
            return self.images[wp_id], ""
        return (503, "") if src.endswith("/c.png") else None

    def link(self, url):
        return None


def convert(text):
    converter = Converter(Resolver())
    return converter.convert(text), converter.notes


def images(blocks):
    return [(block["value"]["image"], block["value"]["caption"]) for block in blocks if block["type"] == "image"]


def test_a_gallery_shortcode_becomes_an_image_block_per_id():
    blocks, notes = convert('[gallery ids="12,34" columns="3" link="file"]')

    assert images(blocks) == [(501, ""), (502, "")]
    assert [block["type"] for block in blocks] == ["image", "image"]
    assert not notes.unknown_shortcodes
    assert not notes.dangling_links


def test_text_around_a_gallery_stays_in_its_place():
    blocks, _notes = convert('Vorher [gallery link="none" ids="34, 12"] nachher.\n\nEin Absatz.')

    assert [block["type"] for block in blocks] == ["paragraph", "image", "image", "paragraph"]
    assert blocks[0]["value"] == "<p>Vorher</p>"
    assert images(blocks) == [(502, ""), (501, "")]
    assert blocks[3]["value"] == "<p>nachher.</p><p>Ein Absatz.</p>"


def test_gallery_ids_that_were_not_imported_are_reported_as_dangling():
    blocks, notes = convert('[gallery ids="12,99,abc"]')

    assert images(blocks) == [(501, "")]
    assert notes.dangling_links == {"[gallery] #99", "[gallery] #abc"}


def test_a_gallery_without_ids_is_reported_as_unknown():
    blocks, notes = convert('<p>Fotos:</p>\n\n[gallery columns="2"]')

    assert images(blocks) == []
    assert notes.unknown_shortcodes == {"gallery"}


GUTENBERG_GALLERY = f"""<!-- wp:gallery {{"linkTo":"none"}} -->
<figure class="wp-block-gallery has-nested-images columns-default is-cropped">
<!-- wp:image {{"id":12}} -->
<figure class="wp-block-image size-large"><img src="{BASE}/wp-content/uploads/2018/10/a-1024x768.png" alt="" \
class="wp-image-12"/><figcaption class="wp-element-caption">Die Brücke</figcaption></figure>
<!-- /wp:image -->
<!-- wp:image {{"id":34}} -->
<figure class="wp-block-image size-large"><img src="{BASE}/wp-content/uploads/2018/10/b.png" alt="" \
class="wp-image-34"/></figure>
<!-- /wp:image -->
<figcaption class="blocks-gallery-caption wp-element-caption">Jahrestreffen 2018</figcaption></figure>
<!-- /wp:gallery -->"""

OLD_GUTENBERG_GALLERY = f"""<!-- wp:gallery {{"ids":[34,77],"columns":2}} -->
<figure class="wp-block-gallery columns-2 is-cropped"><ul class="blocks-gallery-grid">\
<li class="blocks-gallery-item"><figure><img src="{BASE}/wp-content/uploads/2018/10/b.png" data-id="34"/>\
</figure></li>\
<li class="blocks-gallery-item"><figure><img src="{BASE}/wp-content/uploads/2018/10/c.png" data-id="77"/>\
<figcaption class="blocks-gallery-item__caption">Karte</figcaption></figure></li>\
<li class="blocks-gallery-item"><figure><img src="{BASE}/wp-content/uploads/2018/10/weg.png" data-id="78"/>\
</figure></li>\
</ul></figure>
<!-- /wp:gallery -->"""


def test_a_gutenberg_gallery_becomes_its_images_with_their_captions():
    blocks, notes = convert(GUTENBERG_GALLERY)

    assert images(blocks) == [(501, "Die Brücke"), (502, "")]
    assert blocks[-1] == {"type": "paragraph", "value": "<p>Jahrestreffen 2018</p>"}
    assert not notes.missing_images


def test_an_older_gutenberg_gallery_finds_its_images_by_data_id_or_file():
    blocks, notes = convert(OLD_GUTENBERG_GALLERY)

    assert images(blocks) == [(502, ""), (503, "Karte")]
    assert notes.missing_images == {f"{BASE}/wp-content/uploads/2018/10/weg.png"}


@pytest.mark.django_db
def test_an_imported_gallery_refers_to_the_imported_images(tmp_path):
    empty_site()
    xml, files = small_export(
        extra=[
            attachment(103, "Foto", "2018/10/foto.png", alt="Ein Foto"),
            item(50, "Galerie", slug="galerie", content='<p>Bilder:</p>\n\n[gallery ids="101,103,999" columns="2"]'),
        ]
    )
    export, uploads = write_export(tmp_path, xml, {**files, "2018/10/foto.png": png(color=(200, 40, 40))})

    _output, report, _csv = run_import(export, "--uploads", str(uploads), folder=tmp_path)

    body = Page.objects.get(slug_de="galerie").specific.body_de
    titles = [block.value["image"].title for block in body if block.block_type == "image"]
    assert titles == ["Karte", "Foto"]
    assert "#50 „Galerie“: [gallery] #999" in report
    assert "Unbekannte Shortcodes" not in report
