"""Validators for what editors type into region pages."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

FIRST_YEAR = 1900


def validate_year(year):
    """A reference or founding year between 1900 and next year (figures may be announced early)."""
    last = timezone.now().year + 1
    if year is not None and not FIRST_YEAR <= year <= last:
        raise ValidationError(
            _("Das Jahr %(year)s ist nicht möglich: bitte ein Jahr zwischen %(first)s und %(last)s angeben."),
            code="impossible_year",
            params={"year": year, "first": FIRST_YEAR, "last": last},
        )
