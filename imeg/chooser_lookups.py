"""Chooser blocks that, for a while, ask the database only for ids they have not asked for yet.

Wagtail converts a StreamField's stored ids (images, documents, pages) into objects lazily, one
`in_bulk` query per chooser block type and StreamField value. The WordPress import's catch-up reads
every imported page's StreamFields in every language (search index, reference index, site search):
the same few images were fetched again for each page, a query each time, and on the loaded database
that was the largest part of the search index's time (issue 14). Inside `shared_chooser_lookups()`
each id is fetched once; nothing the catch-up does changes images, documents or pages.

`imeg.patches` installs `bulk_to_python` on Wagtail's `ChooserBlock` (decision 69). Outside the block
(and in any other thread or task) it is Wagtail's own; inside, each use of an id gets its own copy of
the instance, as Wagtail gives each repeated id in a stream its own instance.
"""

import copy
from contextlib import contextmanager
from contextvars import ContextVar

from wagtail.blocks.field_block import ChooserBlock

wagtail_bulk_to_python = ChooserBlock.bulk_to_python

# model → {stored id: instance, or None for an id with no object}; None: not sharing.
_found = ContextVar("imeg_chooser_lookups", default=None)


def bulk_to_python(self, values):
    """ChooserBlock.bulk_to_python, answered from the lookups shared in this context when there are any."""
    found = _found.get()
    if found is None:
        return wagtail_bulk_to_python(self, values)
    known = found.setdefault(self.model_class, {})
    missing = [value for value in dict.fromkeys(values) if value not in known]
    if missing:
        objects = self.model_class.objects.in_bulk(missing)
        known.update((value, objects.get(value)) for value in missing)
    return [None if known[value] is None else copy.copy(known[value]) for value in values]


@contextmanager
def shared_chooser_lookups():
    """Within this block, chooser blocks fetch each stored id once (for data nothing changes meanwhile)."""
    token = _found.set({})
    try:
        yield
    finally:
        _found.reset(token)
