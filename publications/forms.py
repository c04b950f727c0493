"""Forms of the library: the checked document upload of the admin and the filters of the list."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from publications.choices import PublicationType
from publications.upload import is_new_upload, readable_file_name, validate_pdf_upload


class DocumentForm(BaseDocumentForm):
    """Every document upload of the admin (single, multiple, replacement): only safe, readable PDFs."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if is_new_upload(file):
            validate_pdf_upload(file)
            file.name = readable_file_name(file.name)
        return file

    def _update_errors(self, errors):
        # Once clean_file has refused the upload, the document has no file, and Wagtail's model check of
        # the file name's extension (Document.clean) would add "Dateiendung „“ ist nicht erlaubt" to it.
        if self.has_error("file") and hasattr(errors, "error_dict"):
            errors.error_dict.pop("file", None)
        super()._update_errors(errors)


class PublicationFilterForm(forms.Form):
    """The library's filters from the query string: a bad value is reported and ignored, never raised."""

    type = forms.ChoiceField(label=_("Art"), required=False)
    year = forms.TypedChoiceField(label=_("Jahr"), required=False, coerce=int, empty_value=None)
    topic = forms.TypedChoiceField(label=_("Thema"), required=False, coerce=int, empty_value=None)
    region = forms.TypedChoiceField(label=_("Region"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, years, **kwargs):
        from imeg.models import TopicPage
        from regions.models import RegionPage

        super().__init__(data, **kwargs)
        topics = sorted(TopicPage.objects.live().public(), key=lambda page: page.title.lower())
        regions = sorted(RegionPage.objects.live().public(), key=lambda page: page.title.lower())
        self.fields["type"].choices = [("", _("Alle Arten")), *PublicationType.choices]
        self.fields["year"].choices = [("", _("Alle Jahre")), *((str(year), str(year)) for year in years)]
        self.fields["topic"].choices = [("", _("Alle Themen")), *((str(page.pk), page.title) for page in topics)]
        self.fields["region"].choices = [("", _("Alle Regionen")), *((str(page.pk), page.title) for page in regions)]

    def filters(self):
        """The valid filters: a bad value drops its own filter, the others still apply."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: value for name, value in cleaned.items() if value not in (None, "")}
