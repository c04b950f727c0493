"""The library's filter form (the shared list filters of imeg.listing, plus the publication type)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from imeg.listing import ListFilterForm
from publications.choices import PublicationType


class PublicationFilterForm(ListFilterForm):
    """The library's filters from the query string: the type, then year, topic and region (imeg.listing)."""

    type = forms.ChoiceField(label=_("Art"), required=False, choices=[("", _("Alle Arten")), *PublicationType.choices])

    field_order = ["type", "year", "topic", "region"]
