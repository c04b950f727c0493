"""An admin panel that shows editors what the PDF pipeline read from a publication's files."""

from wagtail.admin.panels import Panel


class PdfStatusPanel(Panel):
    """Per file: being read, its page count and cover, or why it could not be read."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "publications/admin/pdf_status_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            files = list(page.files.select_related("document", "document__pdf_info")) if page.pk else []
            context["files"] = files
            return context
