"""The default share image: committed, 1200×630, and what imeg.seo.share_image draws."""

from django.contrib.staticfiles import finders
from PIL import Image, ImageChops

from imeg.seo import share_image
from imeg.seo.metadata import DEFAULT_SHARE_IMAGE


def test_default_share_image_is_the_drawn_1200_by_630_png():
    path = finders.find(DEFAULT_SHARE_IMAGE["path"])

    with Image.open(path) as committed:
        assert committed.format == "PNG"
        assert committed.size == (DEFAULT_SHARE_IMAGE["width"], DEFAULT_SHARE_IMAGE["height"]) == (1200, 630)
        assert ImageChops.difference(committed.convert("RGB"), share_image.draw()).getbbox() is None
