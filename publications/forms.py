"""Forms of the library: the checked document upload of the admin and the filters of the list."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from imeg.listing import ListFilterForm
from publications.models import PublicationType
from publications.pipeline import is_new_upload, readable_file_name, validate_pdf_upload


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


class PublicationFilterForm(ListFilterForm):
    """The library's filters from the query string: the type, then year, topic and region (imeg.listing)."""

    type = forms.ChoiceField(label=_("Art"), required=False, choices=[("", _("Alle Arten")), *PublicationType.choices])

    field_order = ["type", "year", "topic", "region"]
