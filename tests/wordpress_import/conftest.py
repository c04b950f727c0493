"""The old site's export imported once per module into the fixture tree."""

import io
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.test import TestCase

from tests.conftest import make_home_site, module_database
from tests.factories import TopicIndexPageFactory, TopicPageFactory
from tests.wordpress_import.exports import IMEG_MAP, imeg_export, write_export


def empty_site():
    """A home page and one topic, as before moving in: what the import finds on the new site."""
    site, home = make_home_site(title_de="Startseite", slug_de="startseite", title_en="Home")
    topics = TopicIndexPageFactory(parent=home, title_de="Themen", slug_de="themen")
    monitoring = TopicPageFactory(
        parent=topics, title_de="Raumbeobachtung", slug_de="raumbeobachtung", intro_de="Daten über Grenzen."
    )
    return SimpleNamespace(site=site, home=home, topics=topics, monitoring=monitoring)


def run_import(export, *options, folder):
    """Run the command; return (its output, the report's text, the CSV's text)."""
    output = io.StringIO()
    report, csv = folder / "report.txt", folder / "redirects.csv"
    call_command("import_wordpress", str(export), *options, "--report", str(report), "--csv", str(csv), stdout=output)
    return output.getvalue(), report.read_text(encoding="utf-8"), csv.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def imported(django_db_setup, django_db_blocker, tmp_path_factory):
    """The site tree with the old site imported: the tree, the command's output, report and CSV, the paths."""
    folder = tmp_path_factory.mktemp("wordpress")
    with module_database(django_db_blocker, folder / "media"):
        tree = empty_site()
        xml, files = imeg_export()
        export, uploads = write_export(folder, xml, files)
        map_file = folder / "map.toml"
        map_file.write_text(IMEG_MAP, encoding="utf-8")
        # As after a real run's commits: the search index, the PDF reading task.
        with TestCase.captureOnCommitCallbacks(execute=True):
            output, report, csv = run_import(export, "--uploads", str(uploads), "--map", str(map_file), folder=folder)
        yield SimpleNamespace(
            tree=tree,
            output=output,
            report=report,
            csv=csv,
            export=export,
            uploads=uploads,
            map_file=map_file,
            folder=folder,
            media=folder / "media",
        )


@pytest.fixture(autouse=True)
def _private_import_root(settings, tmp_path):
    """The admin's uploaded exports and zips go to a folder of the test's own (never MEDIA_ROOT)."""
    settings.WORDPRESS_IMPORT_ROOT = tmp_path / "private"
