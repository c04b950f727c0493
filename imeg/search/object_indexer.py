"""Wagtail's search index (modelsearch, PostgreSQL) reading each indexed field of an object once.

modelsearch's `ObjectIndexer` builds five values of an index row (title, body, autocomplete and the
plain title and body texts), and each of them walks all of the model's search fields again, so every
field's value is read and turned into text five times; wagtail-modeltranslation adds one search field
per language, so a page's StreamField is read ten times or more. This indexer keeps what a field
yields for the object the first time and hands the same items to the other four: the rows are the
same, in the same order. Installed by `imeg.patches` (decision 68).
"""

from modelsearch.backends.database.postgres.postgres import ObjectIndexer


class OnePassObjectIndexer(ObjectIndexer):
    def prepare_field(self, obj, field):
        if obj is not self.obj:  # an object reached through RelatedFields: as modelsearch does it
            yield from super().prepare_field(obj, field)
            return
        prepared = self.__dict__.setdefault("_prepared_fields", {})
        if id(field) not in prepared:
            prepared[id(field)] = list(super().prepare_field(obj, field))
        yield from prepared[id(field)]
