"""The external link check as a django-tasks task, for sites that run a worker (`manage.py db_worker`)."""

from django_tasks import task

from imeg.links.checker import check_external_links


@task()
def check_external_links_task():
    checked, broken = check_external_links()
    return {"checked": checked, "broken": broken}
