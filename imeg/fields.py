"""A model field for a list of short codes (languages, countries), stored as "de,fr,nl"."""

from django.db import models


class CodeListField(models.CharField):
    """Codes stored as comma-separated text and used as a list in Python; `normalise` tidies each code."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 100)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == 100:
            del kwargs["max_length"]
        return name, path, args, kwargs

    def normalise(self, code):
        return code

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if not value:
            return []
        if isinstance(value, str):
            return [self.normalise(code.strip()) for code in value.split(",") if code.strip()]
        return list(value)

    def get_prep_value(self, value):
        # Not CharField's: it would turn the joined text back into a list through to_python().
        value = models.Field.get_prep_value(self, value)
        if isinstance(value, list | tuple):
            return ",".join(value)
        return value or ""

    def value_to_string(self, obj):
        return ",".join(self.value_from_object(obj) or [])
