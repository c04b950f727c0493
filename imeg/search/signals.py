"""Wagtail and model signals that keep the search index current: a background task once the change is committed."""

from functools import partial

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from imeg.search import tasks


def _later(task, *args):
    # After the commit: a rolled-back publish changes nothing, a worker sees the committed change,
    # and a page being deleted with its restrictions is gone by then instead of getting fresh rows
    # that block its deletion.
    transaction.on_commit(partial(task.enqueue, *args))


def page_changed(sender, instance, **kwargs):
    _later(tasks.update_pages, [instance.pk])


def page_moved(sender, instance, **kwargs):
    _later(tasks.update_subtree, instance.pk)


def restriction_changed(sender, instance, **kwargs):
    _later(tasks.update_subtree, instance.page_id)


def dependency_changed(find_pages, sender, instance, **kwargs):
    # Asked now: after a deletion the relation that leads to the pages may be gone.
    page_ids = list(find_pages(instance).values_list("pk", flat=True))
    if page_ids:
        _later(tasks.update_pages, page_ids)


def connect():
    page_published.connect(page_changed, dispatch_uid="imeg_search_published")
    page_unpublished.connect(page_changed, dispatch_uid="imeg_search_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="imeg_search_moved")
    post_save.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="imeg_search_restriction_saved")
    post_delete.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid="imeg_search_restriction_deleted"
    )
    # Content outside the page that its search text includes, e.g. the text read from a PDF.
    for page_model in get_page_models():
        dependencies = getattr(page_model, "search_dependencies", None)
        for label, find_pages in dependencies() if dependencies else []:
            model = apps.get_model(label)
            handler = partial(dependency_changed, find_pages)
            uid = f"imeg_search_{page_model._meta.label_lower}_{model._meta.label_lower}"
            post_save.connect(handler, sender=model, weak=False, dispatch_uid=f"{uid}_saved")
            post_delete.connect(handler, sender=model, weak=False, dispatch_uid=f"{uid}_deleted")
