"""WordPress post content → the StreamField blocks of imeg/blocks.py.

WordPress stores HTML with shortcodes (`[caption]`, Avada's `[fusion_…]`), Gutenberg block comments
and "automatic paragraphs" (blank lines). This turns it into headings, rich text limited to the
project's features (RICH_TEXT_FEATURES: bold, italic, links, lists), images, quotes, tables and
calls to action. Only what the whitelist below names is carried over: no script, style, iframe,
event handler or inline style ever reaches a page.
"""

import copy
import html
import re
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

# Builder wrappers: their content stays, the shortcode goes.
UNWRAP_SHORTCODES = {
    "fusion_builder_container",
    "fusion_builder_row",
    "fusion_builder_row_inner",
    "fusion_builder_column",
    "fusion_builder_column_inner",
    "fusion_text",
    "fusion_content_boxes",
    "fusion_content_box",
    "fusion_checklist",
    "fusion_li_item",
}
# Layout without content.
DROP_SHORTCODES = {"fusion_separator", "fusion_global", "fusion_section_separator"}
# Shortcodes that enclose content and become an element of their own.
PAIRED = re.compile(
    r"\[(caption|wp_caption|fusion_button|fusion_title|fusion_imageframe|embed)\b([^\]]*)\](.*?)\[/\1\]", re.S
)
GALLERY = re.compile(r"\[gallery\b([^\]]*)\]")
SHORTCODE = re.compile(r"\[(/?)([A-Za-z_][\w-]*)(?=[\s/\]])([^\]]*)\]")
ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))""")
GUTENBERG_COMMENT = re.compile(r"<!--\s*/?wp:.*?-->", re.S)
BLOCK_START = re.compile(
    r"<(?:p|h[1-6]|ul|ol|li|table|thead|tbody|tr|blockquote|figure|figcaption|div|section|pre|hr|img|wp-button|wp-gallery|address)\b",
    re.I,
)
SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.\w+$)")
WP_IMAGE_CLASS = re.compile(r"wp-image-(\d+)")
GALLERY_CLASSES = {"wp-block-gallery", "blocks-gallery-grid", "gallery"}
DROPPED_ELEMENTS = {"script", "style", "iframe", "noscript", "object", "embed", "form", "svg", "template", "video"}
CELLS = {"th", "td"}
LISTS = {"ul", "ol"}
SAFE_SCHEMES = {"http", "https", "mailto", "tel", ""}
CONTAINERS = {"div", "section", "article", "main", "header", "footer", "aside", "center", "span", "font", "body"}
# A link to an item later in the export is left out until that item's page exists. Meanwhile the rich
# text keeps it between these marks (Unicode noncharacters, `LaterLinks`): opening and closing, each
# with the link's number and an end, so that it is filled in at the end without converting again.
LATER_OPEN, LATER_CLOSE, LATER_END = "\ufdd0", "\ufdd1", "\ufdd2"
LATER_MARK = re.compile("([\ufdd0\ufdd1])(\\d+)\ufdd2")
# Content that holds these characters itself, or character references that may be them, is not marked.
LATER_CHARS = re.compile(r"[\ufdd0-\ufdd2]|&#(x0*fdd[0-2]|0*6497[6-8])", re.IGNORECASE)


@dataclass
class Notes:
    """What a conversion could not carry over, for the report."""

    unknown_shortcodes: set = field(default_factory=set)
    dangling_links: set = field(default_factory=set)
    missing_images: set = field(default_factory=set)
    pending_links: set = field(default_factory=set)


class Rich(NamedTuple):
    """A piece of rich text as it is now (links to later items left out) and with those links marked."""

    now: str
    marked: str


def both(function, *pieces):
    """Rich of `function` applied to the pieces' texts as they are now, and to their marked texts."""
    return Rich(*(function(*texts) for texts in zip(*pieces, strict=True))) if pieces else Rich("", "")


@dataclass
class LaterLinks:
    """What an item's blocks become once the later items it links to are pages (`fill`).

    `marked`: block index → that paragraph's rich text with the links marked; `hrefs`: the links, by
    number. The marks stand where the links' tags will be, so the rich text is trimmed (`tidy_inline`)
    the same with marks as with tags: filling them in gives what converting again would.
    """

    blocks: list
    marked: dict
    hrefs: list

    def fill(self, link):
        """The blocks with the links, if each of them now leads to a page; None if one does not."""
        targets = [link(href) for href in self.hrefs]
        if any(target is None or target[0] != "page" for target in targets):
            return None

        def tag(match):
            return f'<a linktype="page" id="{targets[int(match[2])][1]}">' if match[1] == LATER_OPEN else "</a>"

        return [
            {**block, "value": LATER_MARK.sub(tag, self.marked[index])} if index in self.marked else block
            for index, block in enumerate(self.blocks)
        ]


def tidy_inline(text):
    """A paragraph's content without spaces and line breaks at its start and end."""
    return re.sub(r"^(<br/>\s*)+|(<br/>\s*)+$", "", text.strip())


def attributes(text):
    return {match[0].lower(): match[1] or match[2] or match[3] for match in ATTRIBUTE.findall(text or "")}


def clean_text(text):
    return re.sub(r"\s+", " ", html.unescape(text or "").replace("\xa0", " ")).strip()


def _paired(match):
    name, attrs, inner = match[1], attributes(match[2]), match[3]
    if name in ("caption", "wp_caption"):
        # [caption id="attachment_12"]<img …> Text der Bildunterschrift[/caption]
        image = re.search(r"(<a\b[^>]*>\s*)?<img\b[^>]*>(\s*</a>)?", inner, re.I)
        text = inner[image.end() :] if image else inner
        img = image[0] if image else ""
        return f"<figure>{img}<figcaption>{text.strip()}</figcaption></figure>"
    if name == "fusion_button":
        return f'<wp-button href="{html.escape(attrs.get("link", ""))}">{inner}</wp-button>'
    if name == "fusion_title":
        level = attrs.get("size", "2")
        level = level if level in "123456" and level else "2"
        return f"<h{level}>{inner}</h{level}>"
    if name == "fusion_imageframe":
        if "<img" in inner.lower():
            return inner
        image_id = attrs.get("image_id", "").split("|")[0]
        alt = html.escape(attrs.get("alt", ""))
        return f'<img src="{html.escape(inner.strip())}" alt="{alt}" class="wp-image-{image_id}">'
    url = html.escape(inner.strip())  # embed
    return f'<p><a href="{url}">{url}</a></p>'


def autop(text):
    """WordPress's automatic paragraphs: a blank line separates paragraphs, a single newline is a line break."""
    parts = []
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        chunk = chunk.strip()
        if not chunk:
            continue
        if BLOCK_START.match(chunk):
            parts.append(chunk)
        else:
            parts.append("<p>" + chunk.replace("\n", "<br>\n") + "</p>")
    return "\n".join(parts)


class Converter:
    """Converts one item's content; `resolver` knows the imported pages, documents and images.

    resolver.link(url) → ("page" | "document", pk) | ("pending", None) | ("dangling", None) | None (external)
    resolver.image(wp_id, url) → (image pk, caption) | None
    """

    def __init__(self, resolver, mark_later=True):
        self.resolver = resolver
        self.notes = Notes()
        self.mark_later = mark_later
        self.later_hrefs = []  # the links to later items, numbered as their marks
        self.marked = {}  # block index → the paragraph with its links to later items marked
        self.later_fillable = True  # False where those links change more than a paragraph's text

    # Text → HTML tree

    def prepare(self, text):
        text = GUTENBERG_COMMENT.sub("\n\n", text or "")
        text = GALLERY.sub(self._gallery, text)
        text = PAIRED.sub(_paired, text)

        def single(match):
            name = match[2]
            if name not in UNWRAP_SHORTCODES and name not in DROP_SHORTCODES:
                self.notes.unknown_shortcodes.add(name)
            return "\n\n" if name in UNWRAP_SHORTCODES else ""

        text = SHORTCODE.sub(single, text)
        return autop(text)

    def _gallery(self, match):
        """[gallery ids="12,34" columns="3" link="file"]: its images, one block each (no gallery block
        exists; columns and link have nothing to become). Without ids WordPress shows the post's
        attached images, which the content alone does not name: reported as unknown."""
        attrs = attributes(match[1])
        ids = [part.strip() for part in (attrs.get("ids") or attrs.get("include") or "").split(",") if part.strip()]
        if not ids:
            self.notes.unknown_shortcodes.add("gallery")
            return ""
        return f'\n\n<wp-gallery ids="{html.escape(",".join(ids))}"></wp-gallery>\n\n'

    def convert(self, text):
        """The raw StreamField data (a list of {"type", "value"}) for the content."""
        if LATER_CHARS.search(text or ""):
            self.mark_later = False  # its links to later items are completed by converting again
        soup = BeautifulSoup(self.prepare(text), "html.parser")
        for element in tags(soup, DROPPED_ELEMENTS):
            element.decompose()
        self.blocks, self.rich, self.inline = [], [], []
        self.walk(soup.children)
        self.flush()
        return self.blocks

    def versions(self, content, finish):
        """`finish(text)` of the content with the links to later items left out, and with them marked."""
        return Rich(finish(LATER_MARK.sub("", content) if self.mark_later else content), finish(content))

    def later_links(self):
        """How the blocks are completed once the later items are pages; None: by converting again."""
        if not self.later_fillable or not self.later_hrefs:
            return None
        # A copy: the page's StreamField gives the blocks it was given ids when it is saved.
        return LaterLinks(copy.deepcopy(self.blocks), self.marked, self.later_hrefs)

    # Block level

    def walk(self, nodes):
        for node in list(nodes):
            if isinstance(node, Comment):
                continue
            if isinstance(node, NavigableString):
                if node.strip():
                    self.inline.append(node)
                continue
            name = node.name
            if name == "wp-gallery":
                self.add_gallery_ids(node.get("ids", ""))
            elif is_gallery(node):
                self.add_gallery(node)
            elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.add_heading(node)
            elif name == "p":
                self.add_paragraph(node)
            elif name in ("ul", "ol"):
                self.end_inline()
                if (content := self.list_html(node)).marked:
                    self.rich.append(content)
            elif name == "blockquote":
                self.add_quote(node)
            elif name == "table":
                self.add_table(node)
            elif name == "img" or (name == "figure" and first_tag(node, "img")):
                self.add_image(node)
            elif name == "a" and first_tag(node, "img") and not node.get_text(strip=True):
                self.add_image(first_tag(node, "img"))
            elif name == "wp-button":
                self.add_button(node)
            elif name == "hr":
                self.flush()
            elif name == "pre":
                self.end_inline()
                text = f"<p>{html.escape(clean_text(node.get_text()))}</p>"
                self.rich.append(Rich(text, text))
            elif name in CONTAINERS or name in ("li", "dl", "dd", "dt", "figure", "figcaption", "address", "tbody"):
                if name == "span" or name == "font":
                    self.inline.append(node)
                else:
                    self.end_inline()
                    self.walk(node.children)
                    self.end_inline()
            else:
                self.inline.append(node)

    def end_inline(self):
        if self.inline:
            content = "".join(self.inline_html(node) for node in self.inline)
            piece = self.versions(content, lambda text: f"<p>{text}</p>" if (text := tidy_inline(text)) else "")
            if piece.marked:
                self.rich.append(piece)
            self.inline = []

    def flush(self):
        self.end_inline()
        if self.rich:
            now, marked = both(lambda *texts: "".join(texts), *self.rich)
            if not now:
                # Only a marked link with nothing but a line break in it: the block is not there yet.
                self.later_fillable = False
            else:
                if marked != now:
                    self.marked[len(self.blocks)] = marked
                self.blocks.append({"type": "paragraph", "value": now})
            self.rich = []

    def add_heading(self, node):
        text = clean_text(node.get_text())[:200]
        if not text:
            return
        self.flush()
        level = "h2" if node.name in ("h1", "h2") else "h3"
        self.blocks.append({"type": "heading", "value": {"text": text, "level": level}})

    def add_paragraph(self, node):
        images = tags(node, {"img"})
        for image in images:
            (image.parent if image.parent.name == "a" and not image.parent.get_text(strip=True) else image).extract()
        self.end_inline()
        self.inline = list(node.children)
        self.end_inline()
        for image in images:
            self.add_image(image)

    def add_quote(self, node):
        cite = first_tag(node, "cite")
        source = clean_text(cite.get_text())[:200] if cite else ""
        if cite:
            cite.decompose()
        text = "\n\n".join(clean_text(part.get_text()) for part in tags(node, {"p"})) or clean_text(node.get_text())
        if text:
            self.flush()
            self.blocks.append({"type": "quote", "value": {"text": text, "source": source}})

    def add_table(self, node):
        rows = []
        for row in tags(node, {"tr"}):
            cells = [clean_text(cell.get_text())[:255] for cell in tags(row, CELLS)]
            if any(cells):
                rows.append(cells)
        if not rows:
            return
        self.flush()
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        header = first_tag(node, "thead") or (
            rows and all(cell.name == "th" for cell in tags(first_tag(node, "tr"), CELLS))
        )
        headings = rows.pop(0) if header and len(rows) > 1 else [""] * width
        caption = first_tag(node, "caption")
        caption_text = clean_text(caption.get_text()) if caption else ""
        table = {
            "columns": [{"type": "text", "heading": heading} for heading in headings],
            "rows": [{"values": row} for row in rows],
            "caption": "",
        }
        self.blocks.append(
            {"type": "facts_table", "value": {"caption": caption_text or "Tabelle", "table": table, "source": ""}}
        )

    def add_image(self, node):
        img = node if node.name == "img" else first_tag(node, "img")
        if img is None:
            return
        caption_node = first_tag(node, "figcaption") if node.name == "figure" else None
        caption = clean_text(caption_node.get_text())[:255] if caption_node else ""
        match = WP_IMAGE_CLASS.search(" ".join(img.get("class", [])))
        wp_id = match[1] if match else img.get("data-id", "")
        found = self.resolver.image(int(wp_id) if wp_id.isdigit() else None, img.get("src", ""))
        if found is None:
            self.notes.missing_images.add(img.get("src", "") or "?")
            return
        self.flush()
        image_pk, _ = found
        self.blocks.append({"type": "image", "value": {"image": image_pk, "caption": caption}})

    def add_gallery_ids(self, ids):
        for wp_id in ids.split(","):
            found = self.resolver.image(int(wp_id), "") if wp_id.isdigit() else None
            if found is None:
                self.notes.dangling_links.add(f"[gallery] #{wp_id}")
                continue
            self.flush()
            self.blocks.append({"type": "image", "value": {"image": found[0], "caption": ""}})

    def add_gallery(self, node):
        """A Gutenberg gallery: each image (with its own caption) a block, the gallery's caption a paragraph."""
        caption = node.find("figcaption", class_="blocks-gallery-caption", recursive=False)
        if caption:
            caption.extract()
        for img in tags(node, {"img"}):
            figure = img.find_parent("figure")
            self.add_image(figure if figure is not None and figure is not node else img)
        if caption and clean_text(caption.get_text()):
            text = f"<p>{html.escape(clean_text(caption.get_text()), quote=False)}</p>"
            self.rich.append(Rich(text, text))

    def add_button(self, node):
        text = clean_text(node.get_text())[:120] or "Mehr erfahren"
        href = node.get("href", "")
        target = self.resolver.link(href) if href else None
        value = {"title": text, "text": "", "page": None, "external_url": "", "text_link": ""}
        if target and target[0] == "pending":
            self.notes.pending_links.add(href)
            self.later_fillable = False  # the page makes it a block of its own: converted again
        if target and target[0] == "page":
            value["page"] = target[1]
        elif target is None and urlsplit(href).scheme in ("http", "https"):
            value["external_url"] = href
        elif target and target[0] == "document":
            self.inline.append(node)  # a document link reads best as a link in the text
            return
        else:
            self.inline.append(NavigableString(text))
            return
        self.flush()
        self.blocks.append({"type": "call_to_action", "value": value})

    # Inline level: the rich-text whitelist

    def list_html(self, node):
        """The list (Rich: now, and with the links to later items marked)."""

        def list_item(content, *nested):
            inner = "".join(nested)
            return f"<li>{content}{inner}</li>" if content or inner else ""

        items = []
        for item in tags(node, {"li"}, recursive=False):
            nested = [self.list_html(child) for child in tags(item, LISTS, recursive=False)]
            for child in tags(item, LISTS, recursive=False):
                child.extract()
            content = self.versions("".join(self.inline_html(child) for child in item.children), str.strip)
            items.append(both(list_item, content, *nested))
        tag = "ol" if node.name == "ol" else "ul"
        return both(lambda *texts: f"<{tag}>{''.join(texts)}</{tag}>" if any(texts) else "", *items)

    def inline_html(self, node):
        if isinstance(node, Comment):
            return ""
        if isinstance(node, NavigableString):
            return html.escape(re.sub(r"\s+", " ", str(node).replace("\xa0", " ")), quote=False)
        if not isinstance(node, Tag):
            return ""
        inner = "".join(self.inline_html(child) for child in node.children)
        name = node.name
        if name == "br":
            return "<br/>"
        if name in ("b", "strong"):
            return f"<b>{inner}</b>" if inner.strip() else inner
        if name in ("i", "em"):
            return f"<i>{inner}</i>" if inner.strip() else inner
        if name in ("a", "wp-button"):
            return self.link_html(node.get("href", ""), inner)
        if name == "img":
            return ""
        return inner

    def link_html(self, href, inner):
        href = (href or "").strip()
        if not inner.strip() or not href:
            return inner
        target = self.resolver.link(href)
        if target is None:
            if urlsplit(href).scheme.lower() not in SAFE_SCHEMES or href.startswith("//"):
                return inner
            return f'<a href="{html.escape(href)}">{inner}</a>'
        kind, pk = target
        if kind == "url":
            return f'<a href="{html.escape(pk)}">{inner}</a>'
        if kind in ("page", "document"):
            return f'<a linktype="{kind}" id="{pk}">{inner}</a>'
        if kind == "pending":
            self.notes.pending_links.add(href)
            if self.mark_later:
                self.later_hrefs.append(href)
                number = len(self.later_hrefs) - 1
                return f"{LATER_OPEN}{number}{LATER_END}{inner}{LATER_CLOSE}{number}{LATER_END}"
        else:
            self.notes.dangling_links.add(href)
        return inner


def tags(node, names, recursive=True):
    """The elements named one of `names` within `node` (or among its children), in document order.

    What `find_all` with tag names finds, in one loop: bs4 builds and runs a SoupStrainer on each call,
    several Python layers per element, and the converter asks a few times per element of the content.
    This halved the time of a whole conversion, parsing included.
    """
    elements = node.descendants if recursive else node.children
    return [element for element in elements if isinstance(element, Tag) and element.name in names]


def first_tag(node, name):
    """The first element of that name within `node`, or None: `find(name)`, see `tags`."""
    return next((element for element in node.descendants if isinstance(element, Tag) and element.name == name), None)


def is_gallery(node):
    """A Gutenberg gallery (`<figure class="wp-block-gallery">`, older: a `<ul class="blocks-gallery-grid">`)
    or any figure or list holding more than one image."""
    if node.name not in ("figure", "ul", "div"):
        return False
    classes = set(node.get("class", []))
    return bool(classes & GALLERY_CLASSES) or (node.name == "figure" and len(tags(node, {"img"})) > 1)


def plain_text(text, limit=None):
    """The text of some HTML (an excerpt, a caption), without tags, shortcodes or entities."""
    text = SHORTCODE.sub(" ", GUTENBERG_COMMENT.sub(" ", text or ""))
    text = clean_text(BeautifulSoup(text, "html.parser").get_text(" "))
    if limit and len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text


def resized_original(path):
    """/wp-content/uploads/2018/10/karte-300x200.jpg → …/karte.jpg (WordPress's resized copies)."""
    return SIZE_SUFFIX.sub("", path)
