"""Search index updates as background tasks (django-tasks), run by the worker in production."""

from django_tasks import task

from imeg.search import index


@task()
def update_pages(page_ids):
    """Index the pages (ids) again in every language, or drop their rows if they are no longer public."""
    index.update_pages(page_ids)


@task()
def update_subtree(page_id):
    """Index the page and every page below it again (a move, a changed view restriction)."""
    index.update_subtree_by_id(page_id)
