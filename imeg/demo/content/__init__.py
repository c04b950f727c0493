"""Texts of the demo site, in German, English, French and Dutch.

A page is a dict: `key` (its German slug), per-language `title`, `slug`, `intro`, `search_description`
({"de": …, "en": …}; a language left out stays untranslated and falls back to German), an optional
`image` (an image key) and a `body` of blocks made with the helpers below. Block texts are keyword
arguments per language; rich text is HTML.
"""


def heading(level="h2", **texts):
    return ("heading", {code: {"text": text, "level": level} for code, text in texts.items()})


def paragraph(**html):
    return ("paragraph", html)


def quote(**texts):
    """Each language's value is (quotation, source)."""
    return ("quote", {code: {"text": text, "source": source} for code, (text, source) in texts.items()})


def image(key, **captions):
    if not captions:
        return ("image", None, {"image": key})
    return ("image", {code: {"caption": caption} for code, caption in captions.items()}, {"image": key})


def call_to_action(page, **texts):
    """Each language's value is (title, text, link text)."""
    return (
        "call_to_action",
        {code: {"title": title, "text": text, "text_link": link} for code, (title, text, link) in texts.items()},
        {"page": page},
    )


def facts_table(columns, rows, **texts):
    """A table whose `rows` hold text per column; a cell or heading may be given per language as a dict.

    Each language's value in `texts` is (caption, source).
    """

    def pick(cell, code):
        return cell.get(code, cell["de"]) if isinstance(cell, dict) else cell

    return (
        "facts_table",
        {
            code: {
                "caption": caption,
                "table": {
                    "columns": [{"type": "text", "heading": pick(column, code)} for column in columns],
                    "rows": [{"values": [pick(cell, code) for cell in row]} for row in rows],
                    "caption": "",
                },
                "source": source,
            }
            for code, (caption, source) in texts.items()
        },
    )


def child_page_teasers(**titles):
    """The subpages as cards; each language's value is the heading above them."""
    return ("child_page_teasers", {code: {"title": title} for code, title in titles.items()})


def teaser(page, image_key, **texts):
    """A home page teaser; each language's value is (title, text)."""
    return (
        "teaser",
        {code: {"title": title, "text": text} for code, (title, text) in texts.items()},
        {"page": page, "image": image_key},
    )
