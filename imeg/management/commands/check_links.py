"""`manage.py check_links`: rebuild the broken-links report and check external links; for cron or a timer."""

from django.core.management.base import BaseCommand

from imeg.links.checker import check_external_links
from imeg.links.scan import check_all_pages
from imeg.links.tasks import check_external_links_task


class Command(BaseCommand):
    help = "Find broken internal links on all live pages and check external links (one request per host per second)."

    def add_arguments(self, parser):
        parser.add_argument("--internal-only", action="store_true", help="Only rebuild the index, check no addresses.")
        parser.add_argument(
            "--enqueue", action="store_true", help="Hand the external check to the task worker instead of running it."
        )
        parser.add_argument("--timeout", type=float, default=10, help="Seconds to wait for each address (default 10).")

    def handle(self, *args, internal_only, enqueue, timeout, **options):
        check_all_pages()
        self.stdout.write("Internal links checked on every live page.")
        if internal_only:
            return
        if enqueue:
            result = check_external_links_task.enqueue()
            self.stdout.write(f"External link check queued ({result.id}).")
            return
        checked, broken = check_external_links(timeout=timeout)
        self.stdout.write(f"{checked} external addresses checked, {broken} broken.")
