"""The admin's document form: every upload checked as a safe, readable PDF (publications.upload)."""

from wagtail.documents.forms import BaseDocumentForm

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
