"""Reads a WordPress export (WXR 1.1 or 1.2) as a stream: one item at a time, in bounded memory.

Untrusted XML goes through defusedxml: a document type declaration (and with it every entity, the
"billion laughs" and external entities) is refused before anything is expanded.
"""

import datetime
from dataclasses import dataclass, field
from urllib.parse import unquote
from xml.etree.ElementTree import ParseError  # noqa: S405 - only the exception class; parsing is defusedxml's

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

WXR_NAMESPACES = {"1.1": "http://wordpress.org/export/1.1/", "1.2": "http://wordpress.org/export/1.2/"}
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
EXCERPT_NAMESPACES = ("http://wordpress.org/export/1.1/excerpt/", "http://wordpress.org/export/1.2/excerpt/")
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"


class WxrError(Exception):
    """The file is no WordPress export we can read; the message says why, for people."""


class WxrBroken(WxrError):
    """The XML stops being well-formed part-way; the items before the break were read."""


@dataclass
class Channel:
    version: str = ""
    language: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""
    title: str = ""


@dataclass
class Item:
    wp_id: int
    post_type: str
    status: str
    title: str = ""
    slug: str = ""
    link: str = ""
    guid: str = ""
    parent_id: int = 0
    menu_order: int = 0
    date: datetime.datetime | None = None
    date_gmt: datetime.datetime | None = None
    content: str = ""
    excerpt: str = ""
    attachment_url: str = ""
    terms: list = field(default_factory=list)  # (taxonomy, nicename, label)
    meta: dict = field(default_factory=dict)


@dataclass
class MalformedItem:
    """An <item> that cannot be read; `reason` says why, `wp_id` if it could be read at all."""

    reason: str
    wp_id: int | None = None
    title: str = ""


def _date(text):
    text = (text or "").strip()
    if not text or text.startswith("0000"):
        return None
    return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S")  # noqa: DTZ007 - naive by design (local / GMT)


def _int(text, default=0):
    text = (text or "").strip()
    return int(text) if text else default


class _Reader:
    def __init__(self, path):
        self.path = path
        self.channel = Channel()
        self.wp = None

    def tag(self, name):
        return f"{{{self.wp}}}{name}"

    def items(self):
        depth = 0
        channel = None
        try:
            for event, element in iterparse(str(self.path), events=("start", "end"), forbid_dtd=True):
                if event == "start":
                    depth += 1
                    if depth == 1 and element.tag != "rss":
                        raise WxrError(
                            f"This is no WordPress export: the file starts with <{_local(element.tag)}>, not <rss>."
                        )
                    if depth == 2:
                        channel = element
                    continue
                depth -= 1
                if depth != 2:
                    continue
                name = element.tag
                if self.wp is None and name.endswith("}wxr_version"):
                    self.set_version(element)
                elif name == "language":
                    self.channel.language = (element.text or "").strip()
                elif name == "title":
                    self.channel.title = (element.text or "").strip()
                elif name == "item":
                    if self.wp is None:
                        raise WxrError("This is no WordPress export: the file has items but no wp:wxr_version.")
                    yield self.item(element)
                elif self.wp and name == self.tag("base_site_url"):
                    self.channel.base_site_url = (element.text or "").strip().rstrip("/")
                elif self.wp and name == self.tag("base_blog_url"):
                    self.channel.base_blog_url = (element.text or "").strip().rstrip("/")
                # Everything read so far is done with: memory stays bounded by one item.
                channel.clear()
        except DefusedXmlException as error:
            raise WxrError(
                "The file declares a document type or entities (possibly an XML bomb or external entities); "
                f"WordPress exports never do, so it was not read ({type(error).__name__})."
            ) from None
        except ParseError as error:
            raise WxrBroken(f"The export is not well-formed XML: {error}.") from None
        if self.wp is None:
            raise WxrError("This is no WordPress export (WXR 1.1 or 1.2): it has no wp:wxr_version.")

    def set_version(self, element):
        version = (element.text or "").strip()
        namespace = element.tag[1:].split("}")[0]
        if version not in WXR_NAMESPACES or WXR_NAMESPACES[version] != namespace:
            raise WxrError(f"WXR version {version or '?'} is not supported; export again with WordPress 3.1 or later.")
        self.channel.version = version
        self.wp = namespace

    def text(self, element, name):
        child = element.find(self.tag(name))
        return (child.text or "") if child is not None else ""

    def item(self, element):
        title = (element.findtext("title") or "").strip()
        raw_id = self.text(element, "post_id").strip()
        if not raw_id.isdigit():
            return MalformedItem("it has no valid wp:post_id", title=title)
        wp_id = int(raw_id)
        post_type = self.text(element, "post_type").strip()
        if not post_type:
            return MalformedItem("it has no wp:post_type", wp_id, title)
        try:
            item = Item(
                wp_id=wp_id,
                post_type=post_type,
                status=self.text(element, "status").strip() or "publish",
                title=title,
                slug=unquote(self.text(element, "post_name").strip()),
                link=(element.findtext("link") or "").strip(),
                guid=(element.findtext("guid") or "").strip(),
                parent_id=_int(self.text(element, "post_parent")),
                menu_order=_int(self.text(element, "menu_order")),
                date=_date(self.text(element, "post_date")),
                date_gmt=_date(self.text(element, "post_date_gmt")),
                content=element.findtext(CONTENT) or "",
                excerpt=next(
                    (text for ns in EXCERPT_NAMESPACES if (text := element.findtext(f"{{{ns}}}encoded"))), ""
                ),
                attachment_url=self.text(element, "attachment_url").strip(),
            )
        except ValueError as error:
            return MalformedItem(f"a field cannot be read ({error})", wp_id, title)
        for category in element.findall("category"):
            item.terms.append(
                (category.get("domain", ""), category.get("nicename", ""), (category.text or "").strip())
            )
        for meta in element.findall(self.tag("postmeta")):
            key = self.text(meta, "meta_key").strip()
            if key:
                item.meta[key] = self.text(meta, "meta_value")
        return item


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def read_items(path):
    """(channel, iterator of Item | MalformedItem); the channel fills in as the stream is read.

    Raises WxrError for a file that is no WordPress export or stops being well-formed XML; items
    read before a break have already been yielded.
    """
    reader = _Reader(path)
    return reader.channel, reader.items()
