"""System checks of the deployment (`manage.py check --deploy`): what settings alone cannot show."""

from urllib.parse import urlsplit

from django.core import checks
from django.db import DatabaseError, connection
from wagtail.models import Site

# Wagtail's migrations create the default Site as localhost:80; development serves it there.
LOOPBACK_HOSTS = {"", "localhost", "127.0.0.1", "::1", "[::1]"}
HTTPS_PORT = 443


def address_from_url(url):
    """(hostname, port) of an absolute URL such as WAGTAILADMIN_BASE_URL; the scheme's port if none is given."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url!r} ist keine http(s)-Adresse mit Hostnamen")
    return parts.hostname, parts.port or (HTTPS_PORT if parts.scheme == "https" else 80)


def register():
    checks.register(check_default_site_address, checks.Tags.sites, deploy=True)


def check_default_site_address(app_configs, **kwargs):
    """The default Site builds every absolute URL (canonical, hreflang, sitemaps, robots.txt, feeds)."""
    try:
        if Site._meta.db_table not in connection.introspection.table_names():
            return []  # not migrated yet: `migrate` comes first, and creates the Site
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError as error:
        return [
            checks.Warning(
                f"Die Website (wagtailcore_site) ließ sich nicht lesen: {error.__class__.__name__}.",
                hint="check --deploy mit der Datenbank der Produktion ausführen (DATABASE_URL).",
                id="imeg.W002",
            )
        ]
    if site is None:
        return [checks.Warning("Es gibt keine Standard-Website (Site).", hint=SET_SITE_HINT, id="imeg.W001")]
    if site.hostname.lower() in LOOPBACK_HOSTS or site.port != HTTPS_PORT:
        return [
            checks.Warning(
                f"Die Standard-Website hat noch die Adresse {site.root_url}: kanonische URLs, hreflang, "
                "Sitemaps, robots.txt und Feeds zeigen dorthin.",
                hint=SET_SITE_HINT,
                id="imeg.W001",
            )
        ]
    return []


SET_SITE_HINT = (
    "python manage.py set_site (übernimmt Host und Port aus WAGTAILADMIN_BASE_URL) oder "
    "python manage.py set_site --hostname www.example.org --port 443 (docs/deployment.md)."
)
