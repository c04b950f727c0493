"""Make the tests' image renditions cheap without changing what they produce.

Pillow encodes AVIF at speed 6 by default: about half a second for one picture of a page, and a
test run renders hundreds (each test has its own media folder). At speed 10 the same file type,
size and quality take a tenth of that; only the compression ratio differs, which no test reads.
Production keeps Pillow's default.
"""

from PIL import Image

TEST_AVIF_SPEED = 10


def fast_avif_encoding():
    """Encode AVIF at TEST_AVIF_SPEED unless the caller asks for a speed; once per process."""
    Image.init()  # registers the format plugins, AVIF among them
    original = Image.SAVE.get("AVIF")
    if original is None or getattr(original, "fast_for_tests", False):
        return

    def save(image, fp, filename):
        image.encoderinfo.setdefault("speed", TEST_AVIF_SPEED)
        return original(image, fp, filename)

    save.fast_for_tests = True
    Image.register_save("AVIF", save)
