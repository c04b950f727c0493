"""The German text then and now, word by word, for the editor's status panel."""

import difflib
import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe


def words(text, kind):
    plain = strip_tags(text) if kind == "html" else text
    return re.findall(r"\S+|\s+", plain or "")


def word_diff(then, now, kind="text"):
    """HTML of `now` with the words removed since `then` in <del> and the words added in <ins>."""
    old, new = words(then, kind), words(now, kind)
    parts = []
    for operation, old_start, old_end, new_start, new_end in difflib.SequenceMatcher(
        a=old, b=new, autojunk=False
    ).get_opcodes():
        if operation in ("delete", "replace"):
            parts.append(f"<del>{escape(''.join(old[old_start:old_end]))}</del>")
        if operation in ("insert", "replace"):
            parts.append(f"<ins>{escape(''.join(new[new_start:new_end]))}</ins>")
        if operation == "equal":
            parts.append(escape("".join(new[new_start:new_end])))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above
