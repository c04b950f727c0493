"""Rich text ⇄ XLIFF placeholders, the same in XLIFF 1.2 and 2.1.

A rich text's elements are numbered in document order from 1; elements with content (paragraphs,
links, emphasis) become paired placeholders (1.2's `<g>`, 2's `<pc>`), empty ones (line breaks,
embedded images) void ones (1.2's `<x/>`, 2's `<ph/>`). Their attributes (a link's target) never leave
the site: on import they are restored from the German text. A source's signature (its text and
placeholder order) tells whether the German text changed since the export.
"""

import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

from django.utils.translation import gettext as _

from imeg.translations.units import HTML
from imeg.translations.xliff.document import NAMESPACE, q

VOID_TAGS = frozenset({"br", "embed", "img", "hr", "wbr"})


@dataclass
class Node:
    tag: str
    attrs: list
    children: list = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("", [])
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs)
        self.stack[-1].children.append(node)
        if tag not in VOID_TAGS:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, attrs))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def html_tree(html):
    builder = _TreeBuilder()
    builder.feed(html or "")
    builder.close()
    return builder.root


def placeholders(root):
    """{id: Node} of the elements of a rich text, numbered in document order from 1."""
    found = {}

    def visit(node):
        for child in node.children:
            if isinstance(child, Node):
                found[str(len(found) + 1)] = child
                visit(child)

    visit(root)
    return found


def append_text(element, text):
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def write_inline(element, root, paired, void):
    """Fill an XLIFF <source>/<target> with a rich text's content, markup as placeholders.

    `paired(parent, number, node)` and `void(…)` make the placeholder elements: XLIFF 1.2's <g>/<x/>
    (`export12`), XLIFF 2's <pc>/<ph/> (`export21`).
    """
    numbers = {id(node): number for number, node in placeholders(root).items()}

    def visit(parent, node):
        for child in node.children:
            if isinstance(child, str):
                append_text(parent, child)
            elif child.tag in VOID_TAGS:
                void(parent, numbers[id(child)], child)
            else:
                visit(paired(parent, numbers[id(child)], child), child)

    visit(element, root)


def signature_of_tree(root):
    """The text and placeholder order of a rich text, to compare an exported source with today's German."""
    numbers = {id(node): number for number, node in placeholders(root).items()}
    parts = []

    def visit(node):
        for child in node.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag in VOID_TAGS:
                parts.append(f"<x{numbers[id(child)]}/>")
            else:
                parts.append(f"<g{numbers[id(child)]}>")
                visit(child)
                parts.append(f"</g{numbers[id(child)]}>")

    visit(root)
    return normalise("".join(parts))


def signature_of_element(element):
    parts = [element.text or ""]
    for child in element:
        name = child.tag.removeprefix(f"{{{NAMESPACE}}}")
        if name == "x":
            parts.append(f"<x{child.get('id')}/>")
        elif name == "g":
            parts.append(f"<g{child.get('id')}>{signature_of_element(child)}</g{child.get('id')}>")
        elif name == "mrk":
            parts.append(signature_of_element(child))
        else:
            parts.append(f"<{name}/>")
        parts.append(child.tail or "")
    return normalise("".join(parts))


def normalise(text):
    return re.sub(r"\s+", " ", text).strip()


class BrokenUnit(Exception):
    """A unit whose target cannot be turned back into this site's text."""


def restore_html(element, source_placeholders):
    """The HTML of a <target>, its placeholders replaced by the German text's elements."""
    used = set()

    def attributes(node):
        return "".join(f' {name}="{escape(value or "", quote=True)}"' for name, value in node.attrs)

    def render(parent):
        html = [escape(parent.text or "", quote=False)]
        for child in parent:
            name = child.tag.removeprefix(f"{{{NAMESPACE}}}")
            if name == "mrk":
                html.append(render(child))
            elif name in ("g", "x"):
                number = child.get("id")
                node = source_placeholders.get(number)
                if node is None or number in used or (name == "x") != (node.tag in VOID_TAGS):
                    raise BrokenUnit(_("unbekannter oder doppelter Platzhalter %(id)s") % {"id": number})
                used.add(number)
                if name == "x":
                    html.append(f"<{node.tag}{attributes(node)}/>")
                else:
                    html.append(f"<{node.tag}{attributes(node)}>{render(child)}</{node.tag}>")
            else:
                raise BrokenUnit(_("nicht unterstütztes Element <%(name)s>") % {"name": name})
            html.append(escape(child.tail or "", quote=False))
        return "".join(html)

    return render(element)


def restore_text(element):
    if len(element) and any(child.tag != q("mrk") for child in element):
        raise BrokenUnit(_("Platzhalter in einem Feld ohne Formatierung"))
    return "".join(element.itertext())


def write_text(element, text, kind, paired, void):
    """A unit's text into a <source>/<target>: rich text with placeholders, plain text as it is."""
    if kind == HTML:
        write_inline(element, html_tree(text), paired, void)
    else:
        element.text = text
