"""The default image shown when a page without its own image is shared: the logo's motif, 1200×630.

Run `python -m imeg.seo.share_image` to redraw static/img/share-default.png after changing it.
"""

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = (1200, 630)
PATH = Path(__file__).resolve().parent.parent.parent / "static" / "img" / "share-default.png"

# The colours and shapes of static/img/logo.svg (a 44×44 view box).
PETROL = (11, 79, 108)
PETROL_DARK = (8, 58, 80)
YELLOW = (244, 201, 93)
WHITE = (255, 255, 255)
CURVE = [((8, 30), (14, 20), (20, 16), (26, 22)), ((26, 22), (32, 28), (34, 24), (36, 16))]
DOTS = [(14, 15), (30, 28)]
STROKE, DOT_RADIUS = 3, 3
SUPERSAMPLING = 4


def bezier(points, steps=200):
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
    for i in range(steps + 1):
        t = i / steps
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
        yield (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)


def draw():
    """The image, drawn large and scaled down so that its edges are smooth."""
    width, height = (side * SUPERSAMPLING for side in SIZE)
    image = Image.new("RGB", (width, height), PETROL_DARK)
    canvas = ImageDraw.Draw(image)
    # The logo's tile, centred on a darker field.
    scale = height * 0.8 / 44
    left, top = (width - 44 * scale) / 2, (height - 44 * scale) / 2
    canvas.rounded_rectangle([left, top, left + 44 * scale, top + 44 * scale], radius=6 * scale, fill=PETROL)

    def at(x, y):
        return left + x * scale, top + y * scale

    radius = STROKE * scale / 2
    for segment in CURVE:
        for x, y in (at(*point) for point in bezier(segment)):
            canvas.ellipse([x - radius, y - radius, x + radius, y + radius], fill=YELLOW)
    for x, y in (at(*dot) for dot in DOTS):
        r = DOT_RADIUS * scale
        canvas.ellipse([x - r, y - r, x + r, y + r], fill=WHITE)
    return image.resize(SIZE, Image.Resampling.LANCZOS)


if __name__ == "__main__":
    draw().save(PATH, optimize=True)
