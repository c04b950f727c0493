"""The default Site's address: `manage.py set_site`, and `check --deploy` while it is still localhost:80."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from imeg.checks import check_default_site_address


def default_site():
    return Site.objects.get(is_default_site=True)


def set_site(*args):
    output = io.StringIO()
    call_command("set_site", *args, stdout=output)
    return output.getvalue()


def warnings():
    return [message.id for message in check_default_site_address(None)]


def test_the_migrated_default_site_is_reported_by_the_deploy_check(db):
    assert (default_site().hostname, default_site().port) == ("localhost", 80)

    assert warnings() == ["imeg.W001"]


def test_set_site_takes_the_address_from_wagtailadmin_base_url(db, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://www.imeg.example"

    output = set_site()

    assert (default_site().hostname, default_site().port) == ("www.imeg.example", 443)
    assert "https://www.imeg.example/" in output
    assert warnings() == []


def test_set_site_with_a_hostname_and_port(db):
    set_site("--hostname", "WWW.IMEG.example", "--port", "443", "--site-name", "IMeG")

    site = default_site()
    assert (site.hostname, site.port, site.site_name) == ("www.imeg.example", 443, "IMeG")
    assert site.root_url == "https://www.imeg.example"


def test_absolute_urls_follow_the_site_address(db, client):
    set_site("--hostname", "www.imeg.example")

    assert "Sitemap: https://www.imeg.example/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_a_port_other_than_443_is_warned_about(db):
    output = set_site("--hostname", "www.imeg.example", "--port", "8443")

    assert "8443" in output and "443 ist https" in output
    assert warnings() == ["imeg.W001"]


@pytest.mark.parametrize(
    ("args", "base_url"),
    [
        ((), "http://127.0.0.1:8000"),
        ((), "not a url"),
        (("--hostname", "https://www.imeg.example/"), "https://www.imeg.example"),
        (("--hostname", "www.imeg.example", "--port", "0"), "https://www.imeg.example"),
    ],
)
def test_set_site_refuses_what_is_no_public_address_and_changes_nothing(db, settings, args, base_url):
    settings.WAGTAILADMIN_BASE_URL = base_url

    with pytest.raises(CommandError):
        set_site(*args)

    assert (default_site().hostname, default_site().port) == ("localhost", 80)
