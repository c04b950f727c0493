"""Fixtures shared by every test: a clean cache, throwaway media and a small translated site tree."""

from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connections, transaction
from django.test import Client, override_settings
from django.utils import translation
from wagtail.models import Page, Site

from tests.browser_support import chromium
from tests.factories import (
    ContentPageFactory,
    FormFieldFactory,
    FormPageFactory,
    HomePageFactory,
    SiteSettingsFactory,
    TopicIndexPageFactory,
    TopicPageFactory,
)
from tests.speedups import fast_avif_encoding

HOST = "localhost"

fast_avif_encoding()


def pytest_configure(config):
    # WhiteNoise looks for STATIC_ROOT, which only `collectstatic` creates; tests use the source folders.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings, tmp_path_factory):
    """On SQLite, a test database in a file of this test process, where a writer waits for the one before it.

    Django's default, an in-memory database in SQLite's shared-cache mode, locks table by table and fails
    at once ("database table is locked") when another connection holds the table: the live server's request
    threads and the test thread (Playwright's event loop gives it connections of its own) overlap whenever
    the Wagtail editor's background requests (editing-session pings, the release sent as the page closes)
    meet the test's writes, such as the flush after a transactional test. A file in write-ahead-log mode
    lets readers go on beside a writer, and a writer waits up to `timeout` seconds for the one before it.
    Transactions stay deferred: an immediate one would take the write lock for every test's own
    transaction (`db`), and a server thread of the test that writes (a rendition) would wait for it in vain.
    """
    database = connections["default"].settings_dict
    if database["ENGINE"] != "django.db.backends.sqlite3":
        return
    database["TEST"]["NAME"] = str(tmp_path_factory.mktemp("database") / "test_imeg.sqlite3")
    database["OPTIONS"] = {
        **database.get("OPTIONS", {}),
        "timeout": 30,
        # Throwaway data: nothing is synced to disk.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF",
    }


@pytest.fixture(autouse=True)
def _clear_cache():
    """The rate limit and Wagtail's site root paths live in the cache; no test sees another's."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """A request through the test client leaves its language active in the test's thread."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def browser():
    """A Chromium for one test (tests/site/browser/ keeps one for its whole package)."""
    with chromium() as browser:
        yield browser
    # Connections opened while Playwright's loop ran become unreachable once it stops; left open,
    # they would keep PostgreSQL from dropping the test database.
    connections.close_all()


@pytest.fixture
def client():
    """A visitor's browser, talking to the default site's host."""
    return Client(headers={"host": HOST})


@pytest.fixture
def site_tree(db):
    """Home → content pages → topics → topic pages, a contact form and a legal page (`build_site_tree`)."""
    return build_site_tree()


@contextmanager
def module_database(django_db_blocker, media):
    """The database for a module-scoped fixture: what it builds is rolled back when the module is done.

    Each test still runs in a transaction of its own inside this one (the `db` fixture), so a test's
    changes never reach the next test; `media` takes the files the fixture makes.
    """
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        yield
        transaction.set_rollback(True)


def make_home_site(**fields):
    """A home page (with `fields`) in place of Wagtail's welcome page, as the default site's root on HOST."""
    root = Page.get_first_root_node()
    welcome = Page.objects.get(depth=2)
    home = HomePageFactory(parent=root, **fields)
    site = Site.objects.get(is_default_site=True)
    site.root_page, site.hostname, site.port = home, HOST, 80
    site.save()
    welcome.delete()
    return site, home


def build_site_tree():
    """Home → content pages → topics → topic pages, a contact form and a legal page.

    Every page is in German and English; the background, spatial monitoring, contact and
    legal pages are left untranslated in French and Dutch, so the German fallback shows there.
    """
    site, home = make_home_site(
        title_de="Startseite",
        title_en="Home",
        title_fr="Accueil",
        title_nl="Startpagina",
        slug_de="startseite",
        slug_en="home",
        slug_fr="accueil",
        slug_nl="startpagina",
        intro_de="<p>Willkommen beim Initiativkreis.</p>",
        intro_en="<p>Welcome to the network.</p>",
        intro_fr="<p>Bienvenue au réseau.</p>",
        intro_nl="<p>Welkom bij het netwerk.</p>",
    )

    network = ContentPageFactory(
        parent=home,
        show_in_menus=True,
        title_de="Initiativkreis",
        title_en="The network",
        title_fr="Le réseau",
        title_nl="Het netwerk",
        slug_de="initiativkreis",
        slug_en="network",
        slug_fr="reseau",
        slug_nl="netwerk",
        intro_de="Wer wir sind.",
        intro_en="Who we are.",
        intro_fr="Qui nous sommes.",
        intro_nl="Wie we zijn.",
        body_de=[("child_page_teasers", {"title": ""})],
        body_en=[("child_page_teasers", {"title": ""})],
        body_fr=[("child_page_teasers", {"title": ""})],
        body_nl=[("child_page_teasers", {"title": ""})],
    )
    background = ContentPageFactory(
        parent=network, title_de="Hintergrund", title_en="Background", intro_de="Wie alles begann."
    )
    goals = ContentPageFactory(
        parent=network,
        title_de="Ziele",
        title_en="Goals",
        title_fr="Objectifs",
        title_nl="Doelen",
        intro_de="Was wir erreichen wollen.",
    )
    activities = ContentPageFactory(
        parent=home,
        show_in_menus=True,
        title_de="Aktivitäten & Themen",
        title_en="Activities & topics",
        title_fr="Activités et thèmes",
        title_nl="Activiteiten en thema's",
        slug_de="aktivitaeten-themen",
        slug_en="activities-topics",
        slug_fr="activites-themes",
        slug_nl="activiteiten-themas",
    )
    topics = TopicIndexPageFactory(
        parent=activities,
        title_de="Themen",
        title_en="Topics",
        title_fr="Thèmes",
        title_nl="Thema's",
        slug_de="themen",
        slug_en="topics",
        slug_fr="themes",
        slug_nl="themas",
    )
    mobility = TopicPageFactory(
        parent=topics,
        title_de="Mobilität",
        title_en="Mobility",
        title_fr="Mobilité",
        title_nl="Mobiliteit",
        slug_de="mobilitaet",
        slug_en="mobility",
        slug_fr="mobilite",
        slug_nl="mobiliteit",
        intro_de="Über die Grenze zur Arbeit.",
        intro_en="Commuting across the border.",
        intro_fr="Travailler de l'autre côté de la frontière.",
        intro_nl="Over de grens naar het werk.",
    )
    monitoring = TopicPageFactory(
        parent=topics,
        title_de="Raumbeobachtung",
        title_en="Spatial monitoring",
        intro_de="Daten über Grenzen hinweg.",
        intro_en="Data across borders.",
    )
    contact = FormPageFactory(
        parent=home,
        show_in_menus=True,
        title_de="Kontakt",
        title_en="Contact",
        slug_de="kontakt",
        slug_en="contact",
        intro_de="<p>Schreiben Sie der Geschäftsstelle.</p>",
        thank_you_text_de="<p>Wir melden uns bald.</p>",
        subject_de="Nachricht über das Kontaktformular",
    )
    FormFieldFactory(page=contact, sort_order=0, label_de="Name", label_en="Name", field_type="singleline")
    FormFieldFactory(page=contact, sort_order=1, label_de="E-Mail", label_en="E-mail", field_type="email")
    FormFieldFactory(page=contact, sort_order=2, label_de="Nachricht", label_en="Message", field_type="multiline")
    imprint = ContentPageFactory(parent=home, title_de="Impressum", title_en="Legal notice")
    site_settings = SiteSettingsFactory(site=site)
    return SimpleNamespace(
        site=site,
        settings=site_settings,
        home=home,
        network=network,
        background=background,
        goals=goals,
        activities=activities,
        topics=topics,
        mobility=mobility,
        monitoring=monitoring,
        contact=contact,
        imprint=imprint,
    )


def _user_in_group(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username=username, password=None, email=f"{username}@example.org")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(django_user_model):
    return _user_in_group(django_user_model, "editor", "Editors")


@pytest.fixture
def moderator(django_user_model):
    return _user_in_group(django_user_model, "moderator", "Moderators")


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(username="admin", password=None, email="admin@example.org")


# The modules that build the demo site or a large tree take minutes each. Run first, they keep both
# test processes busy to the end instead of leaving one alone with a long module at the end (pytest-xdist
# hands out whole modules in collection order with --no-loadscope-reorder, as the Makefile runs it); every
# other module keeps pytest-randomly's order.
LONG_MODULES = (
    "tests/imeg/backup/test_backup.py",
    "tests/imeg/test_load_demo.py",
    "tests/imeg/test_preview_all_pages.py",
    "tests/news/test_query_counts.py",
    "tests/publications/test_query_counts.py",
    "tests/regions/test_demo.py",
    "tests/imeg/seo/test_metadata.py",
    "tests/site/bad_input/test_requests.py",
    "tests/site/browser/test_accessibility.py",
)


def run_order(item):
    """Browser tests and tests with servers last, long modules first within each part.

    A browser test (like a test whose servers must see committed data) is transactional: it empties
    the database when it ends (its `serialized_rollback` refills it only when the next such test
    starts), so after it a test process runs no other kind of test. pytest-xdist hands out modules
    in this order, so each process gets its transactional modules only once every other module has
    been handed out.
    """
    transactional = item.get_closest_marker("browser") or item.get_closest_marker("servers")
    return (transactional is not None, item.nodeid.split("::")[0] not in LONG_MODULES)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    items.sort(key=run_order)
