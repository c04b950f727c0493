"""The generated hero image of a demo region: key, title, painter, palette, alt text and caption."""


def image(key, title, kind, palette, alt, caption):
    return {"key": key, "title": title, "kind": kind, "palette": palette, "alt": alt, "caption": caption}
