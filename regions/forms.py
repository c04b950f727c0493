"""The admin form of region pages: checks across the rows of the key figures."""

from django.utils.translation import gettext as _

from imeg.page_form import BasePageForm
from regions.indicators import Indicator


class RegionPageForm(BasePageForm):
    """The editor's form of a region page, with its checks across key figure rows."""

    def clean(self):
        cleaned_data = super().clean()
        self.check_one_value_per_year()
        return cleaned_data

    def check_one_value_per_year(self):
        """One value per indicator and year; checked here, not by a unique index, so rows can swap years."""
        formset = self.formsets.get("key_figures")
        if formset is None or not formset.is_valid():
            return
        seen = set()
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if data.get("DELETE") or not data.get("indicator") or data.get("year") is None:
                continue
            key = (data["indicator"], data["year"])
            if key in seen:
                form.add_error(
                    "year",
                    _("%(indicator)s hat für %(year)s schon einen Wert: bitte nur einen Wert je Jahr eintragen.")
                    % {"indicator": Indicator(data["indicator"]).label, "year": data["year"]},
                )
            seen.add(key)
