"""Wagtail's search index (modelsearch, PostgreSQL) reading each indexed field of an object once.

modelsearch's `ObjectIndexer` builds five values of an index row (title, body, autocomplete and the
plain title and body texts), and each of them walks all of the model's search fields again, so every
field's value is read and turned into text five times; wagtail-modeltranslation adds one search field
per language, so a page's StreamField is read ten times or more. This indexer keeps what a field
yields for the object the first time and hands the same items to the other four: the rows are the
same, in the same order.

Each of the three search vectors of a row is, in modelsearch, a tree of Django expressions (one
`SearchVector` per text, joined with `||`) that `add_items` resolves and compiles for every object;
that took as long as reading the fields. `CompiledVector` writes the same SQL with the same
parameters from a template compiled once per search configuration and sequence of weights.
Installed by `imeg.patches` (decision 68).
"""

from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db.models import Expression, TextField, Value
from modelsearch.backends.database.postgres.postgres import EMPTY_VECTOR, ObjectIndexer
from modelsearch.utils import ADD


class OnePassObjectIndexer(ObjectIndexer):
    def prepare_field(self, obj, field):
        if obj is not self.obj:  # an object reached through RelatedFields: as modelsearch does it
            yield from super().prepare_field(obj, field)
            return
        prepared = self.__dict__.setdefault("_prepared_fields", {})
        if id(field) not in prepared:
            prepared[id(field)] = list(super().prepare_field(obj, field))
        yield from prepared[id(field)]

    def as_vector(self, texts, for_autocomplete=False):
        """modelsearch's vector of these (text, weight) pairs, as a `CompiledVector`."""
        texts = [(text.strip(), weight) for text, weight in texts]
        texts = [(text, weight) for text, weight in texts if text]
        if not texts:
            return EMPTY_VECTOR
        config = self.autocomplete_config if for_autocomplete else self.config
        return CompiledVector([text for text, _weight in texts], tuple(weight for _text, weight in texts), config)


class _Slot(str):
    """Stands for the text at `index` while a template is compiled; TextField passes it on unchanged."""

    def __new__(cls, index):
        slot = super().__new__(cls, f"<text {index}>")
        slot.index = index
        return slot


class CompiledVector(Expression):
    """The SQL and parameters of modelsearch's `ADD([SearchVector(Value(text), weight=…, config=…), …])`,
    filled in from a template: the expression tree is built, resolved and compiled once per database,
    configuration and sequence of weights, not once per object."""

    output_field = SearchVectorField()
    templates = {}  # (vendor, config, weights) → (sql, params: a _Slot where a text goes)

    def __init__(self, texts, weights, config):
        super().__init__()
        self.texts = texts
        self.weights = weights
        self.config = config

    def resolve_expression(self, *args, **kwargs):
        return self  # values only: nothing to resolve

    def as_sql(self, compiler, connection):
        key = (connection.vendor, self.config, self.weights)
        if key not in self.templates:
            self.templates[key] = self.template(compiler, connection)
        sql, params = self.templates[key]
        return sql, [self.texts[param.index] if isinstance(param, _Slot) else param for param in params]

    def template(self, compiler, connection):
        """modelsearch's expression (`ObjectIndexer.as_vector`) compiled as `add_items` does, texts as slots."""
        vector = ADD(
            [
                SearchVector(Value(_Slot(index), output_field=TextField()), weight=weight, config=self.config)
                for index, weight in enumerate(self.weights)
            ]
        )
        vector = vector.resolve_expression(compiler.query, allow_joins=False, for_save=True)
        sql, params = vector.as_sql(compiler, connection)
        slots = sorted(param.index for param in params if isinstance(param, _Slot))
        if slots != list(range(len(self.weights))):
            raise ValueError(f"Each text should be one parameter of the search vector: {sql}")
        return sql, tuple(params)
