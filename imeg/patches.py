"""Every change this site makes to Wagtail's and wagtail-modeltranslation's internals, in one place.

`install()` (called once the apps are ready) assigns our replacements to the libraries' classes;
the replacements themselves live beside the code they serve (`imeg/routing.py`,
`imeg/page_cache/lookups.py`, `imeg/forms.py`). Each patch has a decision record and lists the
library code it was written against with a fingerprint of that code's syntax tree:
tests/imeg/test_patches.py fails when an upgrade renames or changes any of it, so an upgrade cannot
silently drop or outdate a patch. After re-reading the changed code and adapting the replacement,
update the fingerprint with `fingerprint("module:Qualified.name")`.
"""

import ast
import hashlib
import importlib.util
from dataclasses import dataclass

from modelsearch.backends.database.postgres import postgres as modelsearch_postgres
from wagtail.blocks.field_block import ChooserBlock
from wagtail.contrib.frontend_cache import tasks as frontend_cache_tasks
from wagtail.models import Page, Site, get_page_models
from wagtail.query import PageQuerySet
from wagtail_modeltranslation import wagtail_hooks as modeltranslation_hooks

from imeg import chooser_lookups, routing
from imeg.forms import CopyFormWithFreeSlugs
from imeg.page_cache import lookups
from imeg.search.object_indexer import OnePassObjectIndexer

# Wagtail purges Varnish (FRONTEND_CACHE_URL) from a task. With a worker, a publish also enqueues the
# reference index and search updates; the purge goes first, so visitors see the change as soon as
# the worker is free (docs/operations.md, "Stack drill"). django-tasks-db hands out by priority.
PURGE_PRIORITY = 50


@dataclass(frozen=True)
class Patch:
    name: str
    decision: int
    # "module:Qualified.name" of each library function the replacement copies or stands in for,
    # with the fingerprint of the version it was written against.
    originals: dict
    recheck: str


PATCHES = (
    Patch(
        name="route",
        decision=12,
        originals={
            "wagtail.models.pages:AbstractPage.route": "a35a30554c215846",
            "wagtail.contrib.routable_page.models:RoutablePageMixin.route": "24a8a672f22d6e5c",
            "wagtail_modeltranslation.patch_wagtailadmin:_new_route": "c449a9738508cccd",
        },
        recheck="imeg.routing.route replaces the route of every page model: does it still do what "
        "these do (subpage routes of RoutablePageMixin, the child by slug, 404 for a draft)?",
    ),
    Patch(
        name="private_q",
        decision=54,
        originals={"wagtail.query:PageQuerySet.private_q": "a9626036242b69c8"},
        recheck="imeg.page_cache.lookups.private_q answers PageQuerySet.private_q from the cached "
        "restricted paths: does Wagtail still mean 'the page with a view restriction and its subtree'?",
    ),
    Patch(
        name="get_view_restrictions",
        decision=54,
        originals={"wagtail.models.pages:AbstractPage.get_view_restrictions": "f80ab186e2cc9e79"},
        recheck="imeg.page_cache.lookups.get_view_restrictions skips the query for a page outside "
        "every restricted subtree and an alias: do restrictions still come only from the page, its "
        "ancestors and an alias's source?",
    ),
    Patch(
        name="find_for_request",
        decision=55,
        originals={
            "wagtail.models.sites:Site._find_for_request": "219a6297baf027a4",
            "wagtail.models.sites:Site.find_for_request": "6c6121e4ef1efa94",
        },
        recheck="imeg.page_cache.lookups.find_site_for_request caches Site._find_for_request by "
        "host and port: does find_for_request still call it, and does the site still depend only "
        "on host and port?",
    ),
    Patch(
        name="copy_form",
        decision=56,
        originals={
            "wagtail_modeltranslation.wagtail_hooks:before_copy_page": "9a5862f251128a8f",
            "wagtail_modeltranslation.patch_wagtailadmin_forms:PatchedCopyForm": "67b83bd0a0a4df93",
        },
        recheck="imeg.forms.CopyFormWithFreeSlugs replaces the form wagtail-modeltranslation's "
        "before_copy_page hook builds from its module-level name PatchedCopyForm: does the hook "
        "still look that name up when it runs, and do the form's new_slug_<language> fields remain?",
    ),
    Patch(
        name="purge_priority",
        decision=60,
        originals={
            "wagtail.contrib.frontend_cache.utils:purge_urls_from_cache": "db188773d666508d",
            "wagtail.contrib.frontend_cache.tasks:purge_urls_from_cache_task": "549660ea75c650ff",
        },
        recheck="imeg.patches.install replaces wagtail.contrib.frontend_cache.tasks.purge_urls_from_cache_task "
        "with the same task at PURGE_PRIORITY: does purge_urls_from_cache still look the task up in that "
        "module each time it enqueues it, and is the purge still that one task?",
    ),
    Patch(
        name="object_indexer",
        decision=68,
        originals={
            "modelsearch.backends.database.postgres.postgres:ObjectIndexer": "7a7563f961179654",
            "modelsearch.backends.database.postgres.postgres:PostgresIndex.add_items": "e9fb47ea14bf742f",
        },
        recheck="imeg.search.object_indexer.OnePassObjectIndexer keeps what prepare_field yields for each "
        "search field of the object: do title, body, autocomplete, title_text and body_text still only read "
        "the fields through self.prepare_field(self.obj, field), and does add_items still look ObjectIndexer "
        "up in its module? Its as_vector returns a CompiledVector: does as_vector still build "
        "ADD(SearchVector(Value(text), weight, config)) of the stripped, non-empty texts, and does add_items "
        "still compile each vector with compiler.prepare_value and as_sql?",
    ),
    Patch(
        name="shared_chooser_lookups",
        decision=69,
        originals={"wagtail.blocks.field_block:ChooserBlock.bulk_to_python": "899c9786989a7337"},
        recheck="imeg.chooser_lookups.bulk_to_python answers ChooserBlock.bulk_to_python from lookups shared "
        "within shared_chooser_lookups(): does Wagtail's still return, in order, the model_class instance for "
        "each id from in_bulk (None for a missing one), each repeated id its own copy, and do the chooser "
        "blocks (image, document, page, snippet) still inherit it?",
    ),
)


def fingerprint(original):
    """A short hash of the syntax tree of "module:Qualified.name", read from the library's source file.

    Read from the file rather than the live object, which after install() is our replacement.
    None when the module, class or function no longer exists.
    """
    module, _, qualified_name = original.partition(":")
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return None
    with open(spec.origin, encoding="utf-8") as source:
        node = ast.parse(source.read())
    for name in qualified_name.split("."):
        node = next(
            (
                child
                for child in node.body
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and child.name == name
            ),
            None,
        )
        if node is None:
            return None
    return hashlib.sha256(ast.dump(node, include_attributes=False).encode()).hexdigest()[:16]


def install():
    """Assign our replacements; called once from ImegConfig.ready, after wagtail-modeltranslation's own patches."""
    for model in get_page_models():
        model.route = routing.route
    PageQuerySet.private_q = lookups.private_q
    Page.get_view_restrictions = lookups.get_view_restrictions
    Site._find_for_request = staticmethod(lookups.find_site_for_request)
    # wagtail-modeltranslation's copy hook builds its form from this module-level name.
    modeltranslation_hooks.PatchedCopyForm = CopyFormWithFreeSlugs
    # wagtail.contrib.frontend_cache.utils looks the task up in this module each time it enqueues it.
    frontend_cache_tasks.purge_urls_from_cache_task = frontend_cache_tasks.purge_urls_from_cache_task.using(
        priority=PURGE_PRIORITY
    )
    # add_items makes its indexers from this module-level name.
    modelsearch_postgres.ObjectIndexer = OnePassObjectIndexer
    # Wagtail's own unless inside chooser_lookups.shared_chooser_lookups() (the WordPress import's catch-up).
    ChooserBlock.bulk_to_python = chooser_lookups.bulk_to_python
