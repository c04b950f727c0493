"""Admin behaviour of the site core."""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from imeg.admin_home import ShortcutsPanel
from imeg.handbook.views import HandbookChapterView, HandbookIndexView
from imeg.links.views import BrokenLinksReportView
from imeg.translation_utils import slug_clashes

# The translation workflow's report, home panel and explorer languages register their own hooks.
from imeg.translations import admin as translation_admin  # noqa: F401

# Wagtail's help menu items that lead to its English guide and release notes; our handbook replaces them.
WAGTAIL_HELP_ITEMS = ("editor-guide", "whats-new-in-wagtail")


@hooks.register("before_move_page")
def refuse_move_with_slug_clash(request, page_to_move, destination):
    """Wagtail checks the slug of one language only; a clash in another would fail on save."""
    clashes = slug_clashes(page_to_move, destination)
    if not clashes:
        return None
    messages.error(
        request,
        _("Die Seite kann nicht dorthin verschoben werden: Die Kurztitel (Slugs) %(slugs)s sind dort schon vergeben.")
        % {"slugs": ", ".join(f"„{slug}“ ({code})" for code, slug in clashes)},
    )
    return redirect("wagtailadmin_pages:move", page_to_move.id)


@hooks.register("register_admin_urls")
def handbook_urls():
    return [
        path("handbuch/", HandbookIndexView.as_view(), name="imeg_handbook"),
        path("handbuch/<slug:slug>/", HandbookChapterView.as_view(), name="imeg_handbook_chapter"),
        path("berichte/defekte-links/", BrokenLinksReportView.as_view(), name="imeg_broken_links"),
    ]


@hooks.register("register_admin_menu_item")
def handbook_menu_item():
    return MenuItem(gettext_lazy("Handbuch"), reverse("imeg_handbook"), name="handbook", icon_name="help", order=10900)


@hooks.register("register_help_menu_item")
def handbook_help_menu_item():
    label = gettext_lazy("Handbuch für die Redaktion")
    return MenuItem(label, reverse("imeg_handbook"), name="handbook", icon_name="help", order=1)


@hooks.register("construct_help_menu")
def without_wagtails_english_guide(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(WAGTAIL_HELP_ITEMS)]


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("construct_homepage_panels")
def site_shortcuts(request, panels):
    panels.insert(0, ShortcutsPanel())


@hooks.register("register_reports_menu_item")
def broken_links_menu_item():
    label = gettext_lazy("Defekte Links")
    return MenuItem(label, reverse("imeg_broken_links"), name="broken-links", icon_name="warning")


@hooks.register("insert_global_admin_js")
def autosave_after_manual_save():
    """Stops autosave once the editor saves or publishes, and says so when autosave really fails (decision 38)."""
    failed = _(
        "Automatisches Speichern ist angehalten. Ihre Eingaben sind noch da: "
        "Bitte speichern Sie mit „Entwurf speichern“."
    )
    return format_html('<script src="{}" data-failed="{}"></script>', static("js/admin-autosave.js"), failed)
