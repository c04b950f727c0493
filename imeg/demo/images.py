"""Calm, abstract pictures for the demo site, drawn with Pillow.

Every picture is seeded by its key, so a run draws the same bytes every time: landscapes with rivers and
borders, map-like mosaics, networks of cities. Colours come from a muted public-sector palette.
"""

import hashlib
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

SCALE = 2  # drawn at twice the size and scaled down, for smooth edges

PALETTES = {
    "river": {
        "sky": ("#9db7c9", "#ece6d6"),
        "land": ("#a9bfa8", "#7f9c8b", "#5f806f", "#46665a", "#2f4b44"),
        "water": "#d6e2ea",
        "accent": "#c8a25b",
        "ink": "#1f3a5f",
    },
    "dusk": {
        "sky": ("#aeb4cc", "#f1e0c8"),
        "land": ("#b3b3c4", "#8b8fa8", "#6c7390", "#4e5877", "#33405e"),
        "water": "#e4e3ec",
        "accent": "#d9a55f",
        "ink": "#24324f",
    },
    "sand": {
        "sky": ("#c3d3d8", "#f3ebdd"),
        "land": ("#d8c9a3", "#c0ab80", "#9c9270", "#76795d", "#4f5b4a"),
        "water": "#dde8ea",
        "accent": "#2e6f73",
        "ink": "#2b3a3a",
    },
    "slate": {
        "sky": ("#b9c6d2", "#eef0ec"),
        "land": ("#c5cfc9", "#9fb0b0", "#7a9199", "#5b6c7d", "#3c4a5c"),
        "water": "#e3ebf0",
        "accent": "#c8784f",
        "ink": "#1f3a5f",
    },
}


def seeded_random(key):
    return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))


def rgb(colour):
    if isinstance(colour, tuple):
        return colour
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def mix(a, b, t):
    a, b = rgb(a), rgb(b)
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def vertical_gradient(size, top, bottom):
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, rgb(bottom)), Image.new("RGB", size, rgb(top)), mask)


def wave(rng, width, base, amplitude, waves=3):
    """Points of a gentle horizon line: a sum of a few sine waves with seeded phases."""
    terms = [(rng.uniform(0.6, 2.8) * (i + 1), rng.uniform(0, math.tau), amplitude / (i + 1)) for i in range(waves)]
    steps = 96
    return [
        (width * s / steps, base + sum(a * math.sin(f * math.tau * s / steps + p) for f, p, a in terms))
        for s in range(steps + 1)
    ]


def curve(rng, start, end, wobble, steps=80, frequency=(1, 3.5)):
    """A meandering line from start to end, like a river or a border on a map."""
    (x0, y0), (x1, y1) = start, end
    length = math.hypot(x1 - x0, y1 - y0)
    nx, ny = (y0 - y1) / length, (x1 - x0) / length
    terms = [(rng.uniform(*frequency), rng.uniform(0, math.tau), wobble / (i + 1)) for i in range(3)]
    points = []
    for s in range(steps + 1):
        t = s / steps
        offset = sum(a * math.sin(f * math.tau * t + p) for f, p, a in terms) * math.sin(math.pi * t)
        points.append((x0 + (x1 - x0) * t + nx * offset, y0 + (y1 - y0) * t + ny * offset))
    return points


def dashed(draw, points, fill, width, dash, gap):
    """Draw a dashed line along a polyline: the way maps mark a national border."""
    drawing, remaining = True, dash
    for (xa, ya), (xb, yb) in zip(points, points[1:], strict=False):
        segment = math.hypot(xb - xa, yb - ya)
        position = 0.0
        while position < segment:
            step = min(remaining, segment - position)
            if drawing:
                t0, t1 = position / segment, (position + step) / segment
                draw.line(
                    [(xa + (xb - xa) * t0, ya + (yb - ya) * t0), (xa + (xb - xa) * t1, ya + (yb - ya) * t1)],
                    fill=fill,
                    width=width,
                )
            position += step
            remaining -= step
            if remaining <= 0:
                drawing = not drawing
                remaining = dash if drawing else gap


def ribbon(points, start_width, end_width):
    """A polygon around a polyline that narrows towards its end: a river seen in perspective."""
    left, right = [], []
    for i, (x, y) in enumerate(points):
        xa, ya = points[max(i - 1, 0)]
        xb, yb = points[min(i + 1, len(points) - 1)]
        length = math.hypot(xb - xa, yb - ya) or 1
        half = (start_width + (end_width - start_width) * i / (len(points) - 1)) / 2
        nx, ny = (ya - yb) / length * half, (xb - xa) / length * half
        left.append((x + nx, y + ny))
        right.append((x - nx, y - ny))
    return left + right[::-1]


def city(draw, centre, radius, fill, ring):
    x, y = centre
    draw.ellipse((x - radius * 2.2, y - radius * 2.2, x + radius * 2.2, y + radius * 2.2), fill=ring)
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)


def landscape(rng, size, palette, river=True, border=True):
    """Sky and hills fading into haze, a river winding towards the horizon, a dotted border across."""
    width, height = size
    image = vertical_gradient(size, *palette["sky"]).convert("RGBA")
    glow = Image.new("RGBA", size, (*rgb("#fff7e6"), 0))
    sun = (rng.uniform(0.15, 0.85) * width, rng.uniform(0.12, 0.3) * height)
    for r, alpha in ((height * 0.16, 50), (height * 0.08, 90), (height * 0.045, 200)):
        ImageDraw.Draw(glow).ellipse((sun[0] - r, sun[1] - r, sun[0] + r, sun[1] + r), fill=(*rgb("#fff7e6"), alpha))
    image = Image.alpha_composite(image, glow.filter(ImageFilter.GaussianBlur(height * 0.02))).convert("RGB")
    draw = ImageDraw.Draw(image, "RGBA")
    layers = palette["land"]
    horizon = height * rng.uniform(0.38, 0.48)
    river_shape = None
    for i, colour in enumerate(layers):
        base = horizon + (height - horizon) * (i / len(layers)) ** 1.2
        line = wave(rng, width, base, height * (0.05 - i * 0.006))
        draw.polygon([*line, (width, height), (0, height)], fill=rgb(colour))
        if river and i == 1:
            # The river rises behind the second ridge and runs over every nearer one, so it is drawn last.
            source = (rng.uniform(0.35, 0.65) * width, base + height * 0.02)
            mouth = (rng.uniform(0.2, 0.8) * width, height * 1.05)
            path = curve(rng, source, mouth, width * 0.07, frequency=(0.4, 1.1))
            river_shape = ribbon(path, width * 0.006, width * 0.11)
    if river_shape:
        draw.polygon(river_shape, fill=(*rgb(palette["water"]), 235))
    if border:
        start = (-width * 0.05, horizon + rng.uniform(0, 0.1) * height)
        path = curve(rng, start, (width * 1.05, rng.uniform(0.7, 0.95) * height), height * 0.06, frequency=(0.8, 2))
        dashed(draw, path, (*rgb(palette["accent"]), 220), max(4, width // 300), width // 60, width // 90)
    return image


def mosaic(rng, size, palette, columns=9, rows=6):
    """Map-like fields: a jittered grid of parcels in the palette's land colours, with thin boundaries."""
    width, height = size
    image = Image.new("RGB", size, rgb(mix(palette["sky"][1], "#ffffff", 0.3)))
    draw = ImageDraw.Draw(image, "RGBA")
    cw, ch = width / columns, height / rows
    grid = [
        [
            (
                x * cw + (rng.uniform(-0.3, 0.3) * cw if 0 < x < columns else 0),
                y * ch + (rng.uniform(-0.3, 0.3) * ch if 0 < y < rows else 0),
            )
            for x in range(columns + 1)
        ]
        for y in range(rows + 1)
    ]
    tones = [*palette["land"][:3], palette["sky"][0], mix(palette["land"][0], "#ffffff", 0.4)]
    outline = (*rgb("#ffffff"), 150)
    for y in range(rows):
        for x in range(columns):
            cell = [grid[y][x], grid[y][x + 1], grid[y + 1][x + 1], grid[y + 1][x]]
            tone = mix(rng.choice(tones), "#ffffff", rng.uniform(0.15, 0.5))
            draw.polygon(cell, fill=tone, outline=outline, width=max(2, width // 600))
    return image


def map_picture(rng, size, palette):
    """A mosaic crossed by a river and a dashed border, with cities linked across it."""
    width, height = size
    image = mosaic(rng, size, palette)
    draw = ImageDraw.Draw(image, "RGBA")
    river = curve(
        rng,
        (rng.uniform(0.1, 0.4) * width, -height * 0.05),
        (rng.uniform(0.5, 0.9) * width, height * 1.05),
        width * 0.1,
    )
    draw.line(river, fill=(*rgb(palette["water"]), 255), width=width // 45, joint="curve")
    draw.line(river, fill=(*rgb(mix(palette["water"], palette["ink"], 0.15)), 255), width=width // 300, joint="curve")
    border = curve(
        rng,
        (-width * 0.05, rng.uniform(0.2, 0.5) * height),
        (width * 1.05, rng.uniform(0.5, 0.9) * height),
        height * 0.15,
    )
    dashed(draw, border, (*rgb(palette["ink"]), 200), max(4, width // 250), width // 50, width // 80)
    network(draw, rng, size, palette, count=rng.randint(5, 7))
    return image


def network(draw, rng, size, palette, count=7):
    """Cities as dots, each linked to its nearest neighbours: the network of the members."""
    width, height = size
    cities = [(rng.uniform(0.1, 0.9) * width, rng.uniform(0.15, 0.85) * height) for _ in range(count)]
    for i, a in enumerate(cities):
        nearest = sorted(cities[:i] + cities[i + 1 :], key=lambda b: math.dist(a, b))[:2]
        for b in nearest:
            draw.line([a, b], fill=(*rgb(palette["ink"]), 120), width=max(3, width // 400))
    for centre in cities:
        city(draw, centre, width / 130, rgb(palette["accent"]), (*rgb("#ffffff"), 170))


def network_picture(rng, size, palette):
    image = landscape(rng, size, palette, river=False, border=False)
    image = image.filter(ImageFilter.GaussianBlur(size[0] / 200))
    network(ImageDraw.Draw(image, "RGBA"), rng, size, palette, count=7)
    return image


def stars_picture(rng, size, palette):
    """A ring of twelve points over a map: Europe's shared policy, abstracted."""
    width, height = size
    image = mosaic(rng, size, palette, columns=8, rows=5)
    draw = ImageDraw.Draw(image, "RGBA")
    draw.rectangle((0, 0, width, height), fill=(*rgb(palette["ink"]), 150))
    cx, cy, radius = width * rng.uniform(0.4, 0.6), height / 2, height * 0.3
    for i in range(12):
        angle = math.tau * i / 12
        city(
            draw,
            (cx + radius * math.sin(angle), cy - radius * math.cos(angle)),
            width / 110,
            rgb(palette["accent"]),
            (0, 0, 0, 0),
        )
    return image


def chart_picture(rng, size, palette):
    """Columns of figures rising over a map: comparing regions by their key figures."""
    width, height = size
    image = mosaic(rng, size, palette, columns=10, rows=6)
    draw = ImageDraw.Draw(image, "RGBA")
    bars, baseline = 7, height * 0.85
    slot = width * 0.7 / bars
    for i in range(bars):
        x = width * 0.15 + i * slot
        top = baseline - height * rng.uniform(0.2, 0.6)
        draw.rectangle((x + slot * 0.15, top, x + slot * 0.85, baseline), fill=(*rgb(palette["ink"]), 170))
    draw.line([(width * 0.12, baseline), (width * 0.88, baseline)], fill=rgb(palette["ink"]), width=width // 400)
    return image


def routes_picture(rng, size, palette):
    """Lines of travel crossing a border: commuters, trains and buses between two countries."""
    width, height = size
    image = landscape(rng, size, palette, river=False, border=False)
    draw = ImageDraw.Draw(image, "RGBA")
    border = curve(
        rng, (width * rng.uniform(0.4, 0.6), -10), (width * rng.uniform(0.4, 0.6), height + 10), width * 0.05
    )
    dashed(draw, border, (*rgb("#ffffff"), 230), max(4, width // 250), width // 50, width // 80)
    for i in range(4):
        start = (-20, height * (0.45 + 0.13 * i) + rng.uniform(-20, 20))
        end = (width + 20, height * (0.35 + 0.16 * i) + rng.uniform(-20, 20))
        line = curve(rng, start, end, height * 0.05)
        draw.line(
            line, fill=(*rgb(palette["accent"] if i % 2 else palette["ink"]), 210), width=width // 160, joint="curve"
        )
        for t in (0.2, 0.75):
            city(draw, line[int(t * (len(line) - 1))], width / 160, rgb("#ffffff"), (*rgb(palette["ink"]), 200))
    return image


def font(size):
    # The font bundled with Pillow, laid out without Raqm, draws the same pixels on every machine.
    return ImageFont.load_default(size=size).font_variant(layout_engine=ImageFont.Layout.BASIC)


def emblem(draw, box, palette):
    """Two overlapping circles joined across a dashed line: two regions, one border, one voice."""
    x0, y0, x1, y1 = box
    size = y1 - y0
    r = size * 0.32
    cy = y0 + size / 2
    left, right = x0 + size * 0.36, x0 + size * 0.64
    draw.ellipse((left - r, cy - r, left + r, cy + r), fill=(*rgb(palette["land"][2]), 230))
    draw.ellipse((right - r, cy - r, right + r, cy + r), fill=(*rgb(palette["ink"]), 210))
    dashed(
        draw,
        [(x0 + size / 2, y0 + size * 0.06), (x0 + size / 2, y1 - size * 0.06)],
        rgb(palette["accent"]),
        max(3, int(size / 28)),
        size / 12,
        size / 16,
    )


def logo_picture(rng, size, palette):
    width, height = size
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image, "RGBA")
    emblem(draw, (0, 0, height, height), palette)
    draw.text(
        (height * 1.08, height * 0.5), "IMeG", font=font(int(height * 0.56)), fill=rgb(palette["ink"]), anchor="lm"
    )
    return image


def share_picture(rng, size, palette):
    """The picture shown when a page is shared: a map, the emblem and the network's name."""
    width, height = size
    image = map_picture(rng, size, palette).filter(ImageFilter.GaussianBlur(width / 250))
    draw = ImageDraw.Draw(image, "RGBA")
    band = (0, height * 0.58, width, height * 0.92)
    draw.rectangle(band, fill=(*rgb("#ffffff"), 225))
    emblem(
        draw,
        (width * 0.05, band[1] + height * 0.04, width * 0.05 + (band[3] - band[1]) * 0.78, band[3] - height * 0.04),
        palette,
    )
    text_x = width * 0.05 + (band[3] - band[1]) * 0.9
    draw.text(
        (text_x, band[1] + height * 0.1),
        "Initiativkreis Metropolitane Grenzregionen",
        font=font(int(height * 0.06)),
        fill=rgb(palette["ink"]),
        anchor="lm",
    )
    draw.text(
        (text_x, band[1] + height * 0.23),
        "IMeG",
        font=font(int(height * 0.09)),
        fill=rgb(palette["land"][3]),
        anchor="lm",
    )
    return image


PAINTERS = {
    "landscape": landscape,
    "map": map_picture,
    "network": network_picture,
    "stars": stars_picture,
    "chart": chart_picture,
    "routes": routes_picture,
    "logo": logo_picture,
    "share": share_picture,
}


def render_image(key, kind="landscape", size=(1600, 1000), palette=None):
    """The picture for `key` as (bytes, file extension): JPEG for pictures, PNG for the logo."""
    rng = seeded_random(key)
    colours = PALETTES[palette] if palette else PALETTES[rng.choice(sorted(PALETTES))]
    large = (size[0] * SCALE, size[1] * SCALE)
    image = PAINTERS[kind](rng, large, colours).resize(size, Image.Resampling.LANCZOS)
    output = io.BytesIO()
    if image.mode == "RGBA":
        image.save(output, "PNG", optimize=True)
        return output.getvalue(), "png"
    image.save(output, "JPEG", quality=86, optimize=True, progressive=True)
    return output.getvalue(), "jpg"
