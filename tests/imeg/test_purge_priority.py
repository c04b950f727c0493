"""Issue 15.6: Wagtail's purge task is handed out before the index updates a publish also enqueues.

With one worker and TASKS_BACKEND=database the drill saw a published change reach visitors through
Varnish only after the worker had run the reference index and search updates first (docs/operations.md,
"Stack drill"); imeg.patches gives the purge a higher priority, and django-tasks-db hands out by it.
"""

import pytest
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from imeg.patches import PURGE_PRIORITY
from imeg.search.tasks import update_pages


@pytest.mark.django_db
def test_a_purge_enqueued_after_an_index_update_is_handed_out_first(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    update_pages.enqueue([1])
    purge_urls_from_cache(["http://localhost/de/"])

    first = DBTaskResult.objects.ready().first()  # the model's ordering is the worker's
    assert first.task_path == "wagtail.contrib.frontend_cache.tasks.purge_urls_from_cache_task"
    assert first.priority == PURGE_PRIORITY
    assert DBTaskResult.objects.count() == 2
