"""Keep the broken-links report current as pages and documents are published, unpublished, restricted or deleted."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from imeg.links import scan
from imeg.models import LinkProblem


def page_was_published(sender, instance, **kwargs):
    scan.check_page(instance)
    scan.recheck_links_to(instance)


def page_was_unpublished(sender, instance, **kwargs):
    scan.check_page(instance)  # its own links no longer count: visitors do not see them
    scan.mark_links_to(instance, LinkProblem.PAGE_UNPUBLISHED)


def _after_deletion(kind, instance, problem):
    # The links are read now, while the reference index still has them, and recorded once the
    # deletion is committed: the pages that hold them may be deleted in the same operation.
    links = scan.links_to(instance)
    if links:
        target_id, title = instance.pk, instance.title
        transaction.on_commit(lambda: scan.mark_links(kind, target_id, title, problem, links))


def page_will_be_deleted(sender, instance, **kwargs):
    _after_deletion("page", instance, LinkProblem.PAGE_DELETED)


def document_will_be_deleted(sender, instance, **kwargs):
    _after_deletion("document", instance, LinkProblem.DOCUMENT_DELETED)


def restriction_changed(sender, instance, **kwargs):
    """A view restriction hides a page and its subpages from visitors, or shows them again."""
    pages = Page.objects.filter(path__startswith=instance.page.path, live=True)
    restricted = kwargs.get("signal") is post_save
    for page in pages:
        if restricted:
            scan.mark_links_to(page, LinkProblem.PAGE_PRIVATE)
        else:
            scan.recheck_links_to(page)


def connect():
    page_published.connect(page_was_published, dispatch_uid="links_page_published")
    page_unpublished.connect(page_was_unpublished, dispatch_uid="links_page_unpublished")
    pre_delete.connect(page_will_be_deleted, sender=Page, dispatch_uid="links_page_deleted")
    pre_delete.connect(document_will_be_deleted, sender=get_document_model(), dispatch_uid="links_document_deleted")
    post_save.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="links_restriction_saved")
    post_delete.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="links_restriction_deleted")
