"""Item 7: an import started in the admin is run by a real `manage.py db_worker` (django-tasks-db)."""

import pytest
from django.test import Client
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from tests.wordpress_import.admin_support import START, upload_form, uploads_zip
from tests.wordpress_import.conftest import empty_site
from tests.worker_support import DATABASE_TASKS, db_worker, requires_a_shared_database, wait_for
from wordpress_import.models import ImportRun

# Serialized rollback brings back the root page and default site that Wagtail's migrations create.
pytestmark = [
    pytest.mark.servers,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    requires_a_shared_database,
]


def test_the_worker_runs_the_import_and_the_result_page_shows_it(superuser, tmp_path, settings):
    settings.TASKS = DATABASE_TASKS
    empty_site()
    client = Client()
    client.force_login(superuser)
    with db_worker(
        tmp_path / "worker.log",
        "wordpress-worker",
        MEDIA_ROOT=settings.MEDIA_ROOT,
        WORDPRESS_IMPORT_ROOT=settings.WORDPRESS_IMPORT_ROOT,
    ) as worker:
        response = client.post(START, upload_form(uploads=uploads_zip(tmp_path)))
        run = ImportRun.objects.get()
        assert response["Location"] == f"{START}{run.pk}/"
        assert DBTaskResult.objects.filter(task_path="wordpress_import.tasks.run_import").exists()

        done = wait_for(lambda: ImportRun.objects.filter(pk=run.pk, status__in=["done", "failed"]).first(), worker)
        # Wagtail's own tasks the import queued (search, references) finish before the database is emptied.
        wait_for(lambda: not (DBTaskResult.objects.ready() | DBTaskResult.objects.running()).exists(), worker)

    assert (done.status, done.error) == ("done", "")
    assert Page.objects.filter(slug_de="hintergrund").exists()
    page = client.get(f"{START}{run.pk}/").content.decode()
    assert "Der Import ist fertig." in page
    assert "<td>angelegt 3</td>" in page
