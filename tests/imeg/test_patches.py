"""Each library patch (imeg/patches.py) is installed and still matches the library code it was written against."""

import pytest
from django.conf import settings
from wagtail.contrib.frontend_cache import tasks as frontend_cache_tasks
from wagtail.models import Page, Site, get_page_models
from wagtail.query import PageQuerySet
from wagtail_modeltranslation import wagtail_hooks as modeltranslation_hooks

from imeg import routing
from imeg.forms import CopyFormWithFreeSlugs
from imeg.page_cache import lookups
from imeg.patches import PATCHES, PURGE_PRIORITY, fingerprint


@pytest.mark.parametrize("patch", PATCHES, ids=lambda patch: patch.name)
def test_patched_library_code_is_unchanged(patch):
    for original, expected in patch.originals.items():
        found = fingerprint(original)

        assert found is not None, (
            f"Library patch '{patch.name}' (docs/decisions.md §{patch.decision}): {original} no longer exists "
            f"after an upgrade. {patch.recheck} Adapt the patch in imeg/patches.py or remove it."
        )
        assert found == expected, (
            f"Library patch '{patch.name}' (docs/decisions.md §{patch.decision}): {original} changed after an "
            f"upgrade (fingerprint {found}, patched against {expected}). {patch.recheck} Then set its "
            "fingerprint in imeg/patches.py to the new value."
        )


def test_every_patch_names_a_decision():
    decisions = (settings.BASE_DIR / "docs" / "decisions.md").read_text(encoding="utf-8")

    for patch in PATCHES:
        assert f"\n## {patch.decision}. " in decisions, patch.name


def test_fingerprint_of_a_renamed_method_is_none():
    assert fingerprint("wagtail.query:PageQuerySet.private_q_renamed") is None
    assert fingerprint("wagtail.no_such_module:Page.route") is None


def test_every_page_model_routes_by_translated_slug():
    assert all(model.route is routing.route for model in get_page_models())


def test_view_restrictions_come_from_the_cached_paths():
    assert PageQuerySet.private_q is lookups.private_q
    assert Page.get_view_restrictions is lookups.get_view_restrictions


def test_site_for_a_request_comes_from_the_cache():
    assert Site._find_for_request is lookups.find_site_for_request


def test_copy_hook_builds_the_copy_form_with_free_slugs():
    assert modeltranslation_hooks.PatchedCopyForm is CopyFormWithFreeSlugs


def test_wagtails_purge_task_is_enqueued_first():
    assert frontend_cache_tasks.purge_urls_from_cache_task.priority == PURGE_PRIORITY
