"""The admin home of this site: shortcuts to the pages editors add most, above Wagtail's own panels.

Wagtail's panels already show the pages awaiting the user's approval, the user's pages in the
workflow and the recent edits; this adds only what is ours.
"""

from django.apps import apps
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page

# Page types by label (the core does not import the apps), with the shortcut's text.
SHORTCUTS = (
    ("news.NewsPage", _("Neue Meldung")),
    ("news.EventPage", _("Neue Veranstaltung")),
    ("publications.PublicationPage", _("Neue Veröffentlichung")),
)


def add_url(user, model):
    """The add view of `model` under the first parent where `user` may add it, or None."""
    parent_types = [parent for parent in model.allowed_parent_page_models() if parent is not Page]
    parents = Page.objects.type(*parent_types).order_by("path") if parent_types else Page.objects.none()
    for parent in parents.specific():
        allowed = model in parent.specific_class.allowed_subpage_models()
        if allowed and parent.permissions_for_user(user).can_add_subpage():
            return reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))
    return None


class ShortcutsPanel(Component):
    name = "site_shortcuts"
    template_name = "imeg/admin/shortcuts_panel.html"
    order = 10

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        shortcuts = []
        for label, text in SHORTCUTS:
            model = apps.get_model(label)
            if url := add_url(user, model):
                shortcuts.append({"text": text, "url": url})
        return {"shortcuts": shortcuts}

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        return render_to_string(self.template_name, context) if context["shortcuts"] else ""
