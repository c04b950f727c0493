"""The fixed choices of publications and their files, apart from the models so forms, structured data
and the demo can use them without importing the page models."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from imeg.languages import by_code


class PublicationType(models.TextChoices):
    POSITION_PAPER = "position_paper", _("Positionspapier")
    STATEMENT = "statement", _("Stellungnahme")
    STUDY = "study", _("Studie/Abschlussbericht")
    DOCUMENTATION = "documentation", _("Dokumentation")
    PRESENTATION = "presentation", _("Präsentation")
    ARTICLE = "article", _("Fachartikel")


class DatePrecision(models.TextChoices):
    DAY = "day", _("Tag, Monat und Jahr")
    MONTH = "month", _("Monat und Jahr")
    YEAR = "year", _("Nur Jahr")


class FileKind(models.TextChoices):
    FULL_TEXT = "full_text", _("Volltext")
    SUMMARY = "summary", _("Zusammenfassung")


# The languages a publication's file can be in, as (code, German label): imeg/languages.py.
FILE_LANGUAGES = list(by_code("file_label").items())
