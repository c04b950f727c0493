"""Admin behaviour of the site core."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks

from imeg.translation_utils import slug_clashes

# The translation workflow's report, home panel and explorer languages register their own hooks.
from imeg.translations import admin as translation_admin  # noqa: F401


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
