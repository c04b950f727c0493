"""The editors' handbook: German Markdown chapters kept with the code and shown in the admin.

Each chapter is a file `chapters/<nn>-<slug>.md`; `nn` orders them, the first line (`# Title`) is the
chapter's title. Links between chapters are written as `slug.md`, so the files read well in the
repository too. Raw HTML in a chapter is shown as text, never passed through.
"""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.urls import reverse
from django.utils.safestring import mark_safe
from markdown_it import MarkdownIt

CHAPTERS = Path(__file__).with_name("chapters")
FILE_NAME = re.compile(r"^(?P<order>\d+)-(?P<slug>[a-z0-9-]+)\.md$")
CHAPTER_LINK = re.compile(r"^(?P<slug>[a-z0-9-]+)\.md(?P<anchor>#[\w-]+)?$")


@dataclass(frozen=True)
class Chapter:
    slug: str
    title: str
    source: str

    @property
    def url(self):
        return reverse("imeg_handbook_chapter", args=[self.slug])

    def html(self):
        return mark_safe(render(self.source))  # noqa: S308 (markdown-it escapes all text and drops raw HTML)


def _chapter_links(tokens):
    """`uebersetzen.md#abschnitt` becomes the admin URL of that chapter."""
    for token in tokens:
        for child in token.children or ():
            href = child.attrGet("href") if child.type == "link_open" else None
            if href and (match := CHAPTER_LINK.match(href)):
                child.attrSet("href", reverse("imeg_handbook_chapter", args=[match["slug"]]) + (match["anchor"] or ""))


def _markdown():
    # CommonMark with tables; "html": False shows raw HTML as text, validateLink refuses javascript: links.
    parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")
    parser.core.ruler.push("chapter_links", lambda state: _chapter_links(state.tokens))
    return parser


def render(source):
    """The chapter's HTML, without its first heading (the admin shows the title in its header)."""
    body = source.split("\n", 1)[1] if source.startswith("# ") else source
    return _markdown().render(body)


@cache
def chapters():
    """All chapters in their order; read once per process, like the templates."""
    found = []
    for path in CHAPTERS.iterdir():
        if match := FILE_NAME.match(path.name):
            source = path.read_text(encoding="utf-8")
            title = source.splitlines()[0].removeprefix("# ").strip()
            found.append((int(match["order"]), Chapter(slug=match["slug"], title=title, source=source)))
    return [chapter for _order, chapter in sorted(found, key=lambda item: item[0])]


def chapter(slug):
    return next((chapter for chapter in chapters() if chapter.slug == slug), None)
