"""Issue 15.4: deploy/varnish/default.vcl in a real varnishd, and Wagtail's exact purges reaching it.

One varnishd per module on a free port, in front of a small backend in a thread that answers like
the app (Cache-Control public with s-maxage for shareable pages, Set-Cookie or private otherwise)
and counts what reaches it. A machine without varnishd skips the module and says why.
"""

import http.client
import re
import shutil
import subprocess
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from wagtail.models import Page

from imeg.page_cache.purge import language_urls
from tests.network_support import free_port

VCL = Path(django_settings.BASE_DIR) / "deploy" / "varnish" / "default.vcl"
SHARED = "public, max-age=0, s-maxage=600"
PURGER, STRANGER = "127.0.0.1", "127.0.0.2"


class AppLike(BaseHTTPRequestHandler):
    """Answers as the site does; `hits` counts the requests per method and path that got here."""

    hits = Counter()

    def log_message(self, *args):
        pass

    def answer(self):
        self.hits[(self.command, self.path)] += 1
        headers = {"Cache-Control": SHARED, "Content-Type": "text/html; charset=utf-8"}
        status = 200
        if self.path == "/":
            language = (self.headers.get("Accept-Language") or "de")[:2]
            status, headers["Location"], headers["Vary"] = 302, f"/{language}/", "Accept-Language"
        elif self.path.startswith("/cookie/"):
            headers["Set-Cookie"] = "sessionid=abc; HttpOnly"
        elif self.path.startswith("/private/"):
            headers["Cache-Control"] = "private"
        body = f"{self.path} #{self.hits[(self.command, self.path)]}".encode()
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_HEAD = do_POST = answer


@pytest.fixture(scope="module")
def varnish(tmp_path_factory):
    varnishd = shutil.which("varnishd") or shutil.which("/usr/sbin/varnishd")
    if varnishd is None:
        pytest.skip("varnishd is not installed (Debian package varnish; .ci/run installs it)")
    backend = ThreadingHTTPServer(("127.0.0.1", 0), AppLike)
    threading.Thread(target=backend.serve_forever, daemon=True).start()
    work = tmp_path_factory.mktemp("varnish")
    vcl = VCL.read_text()
    vcl = vcl.replace('.port = "8080";', f'.port = "{backend.server_address[1]}";')
    vcl = re.sub(r"\.interval = \d+s;", ".interval = 0.1s;", vcl)
    (work / "test.vcl").write_text(vcl)
    port = free_port()
    command = [varnishd, "-F", "-j", "none", "-n", str(work / "state"), "-a", f"127.0.0.1:{port}"]
    command += ["-f", str(work / "test.vcl"), "-s", "malloc,32m", "-p", "default_grace=0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # noqa: S603
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stdout.read().decode()
        try:
            if request(port, "GET", "/healthz")[0] == 200:
                break
        except OSError:
            pass
        time.sleep(0.1)
    else:
        pytest.fail("varnishd did not answer within 30 s")
    yield port
    process.terminate()
    process.wait(timeout=20)
    backend.shutdown()


def request(port, method, path, headers=None, source=PURGER):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(source, 0))
    try:
        connection.request(method, path, headers={"Host": "localhost", **(headers or {})})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def backend_hits(method, path):
    return AppLike.hits[(method, path)]


def test_an_anonymous_page_is_fetched_once_then_served_by_varnish(varnish):
    first = request(varnish, "GET", "/de/aktuelles/")
    second = request(varnish, "GET", "/de/aktuelles/")
    head = request(varnish, "HEAD", "/de/aktuelles/")

    assert first[1]["X-Varnish-Cache"] == "miss"
    assert second[1]["X-Varnish-Cache"] == head[1]["X-Varnish-Cache"] == "hit"
    assert second[2] == first[2]
    assert backend_hits("GET", "/de/aktuelles/") == 1


def test_cookies_other_than_the_sites_do_not_bypass_the_cache(varnish):
    request(varnish, "GET", "/de/themen/")

    response = request(varnish, "GET", "/de/themen/", {"Cookie": "_pk_id=123; theme=dark"})

    assert response[1]["X-Varnish-Cache"] == "hit"


@pytest.mark.parametrize("cookie", ["sessionid=editor", "csrftoken=abc", "messages=xyz"])
def test_requests_with_a_session_csrf_or_messages_cookie_always_reach_the_app(varnish, cookie):
    path = f"/de/mit-{cookie.split('=')[0]}/"
    request(varnish, "GET", path)
    for _ in range(2):
        assert request(varnish, "GET", path, {"Cookie": f"other=1; {cookie}"})[1]["X-Varnish-Cache"] == "miss"

    assert backend_hits("GET", path) == 3


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/admin/pages/3/edit/preview/?mode=de"),
        ("GET", "/documents/4/positionspapier.pdf"),
        ("POST", "/de/kontakt/"),
        ("GET", "/cookie/sets-one/"),
        ("GET", "/private/page/"),
    ],
)
def test_admin_preview_documents_post_and_responses_with_cookies_or_private_are_never_cached(varnish, method, path):
    for _ in range(3):
        status, headers, _body = request(varnish, method, path)
        assert status == 200
        assert headers["X-Varnish-Cache"] == "miss"

    assert backend_hits(method, path) == 3


def test_the_language_redirect_of_the_root_varies_on_accept_language(varnish):
    french = request(varnish, "GET", "/", {"Accept-Language": "fr-FR,fr;q=0.9"})
    english = request(varnish, "GET", "/", {"Accept-Language": "en-GB,en;q=0.8"})
    french_again = request(varnish, "GET", "/", {"Accept-Language": "fr-FR,fr;q=0.9"})

    assert (french[0], french[1]["Location"]) == (302, "/fr/")
    assert english[1]["Location"] == "/en/"
    assert french_again[1]["Location"] == "/fr/"
    assert french_again[1]["X-Varnish-Cache"] == "hit"


def test_purge_is_accepted_only_from_the_allowed_addresses(varnish):
    request(varnish, "GET", "/de/purge-me/")

    refused = request(varnish, "PURGE", "/de/purge-me/", source=STRANGER)
    still = request(varnish, "GET", "/de/purge-me/")
    accepted = request(varnish, "PURGE", "/de/purge-me/")
    after = request(varnish, "GET", "/de/purge-me/")

    assert refused[0] == 405
    assert still[1]["X-Varnish-Cache"] == "hit"
    assert accepted[0] == 200
    assert after[1]["X-Varnish-Cache"] == "miss"


def change(action, page, site_tree):
    if action == "publish":
        page.title_de = f"{page.title_de} (neu)"
        page.save_revision().publish()
    elif action == "unpublish":
        page.unpublish()
    elif action == "move":
        page.move(site_tree.activities, pos="last-child")
    else:
        page.delete()


@pytest.mark.parametrize("action", ["publish", "unpublish", "move", "delete"])
def test_wagtail_purges_the_page_from_varnish_in_all_four_languages(varnish, site_tree, settings, action):
    settings.WAGTAILFRONTENDCACHE = {
        **settings.WAGTAILFRONTENDCACHE,
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{varnish}",
        },
    }
    page = Page.objects.get(pk=site_tree.goals.pk).specific
    paths = [path for _root, path in language_urls(page)]
    unrelated = f"/de/impressum/?{action}"
    assert len(set(paths)) == 4 and "/en/network/" in paths[1]
    for path in [*paths, unrelated]:
        request(varnish, "GET", path)
        assert request(varnish, "GET", path)[1]["X-Varnish-Cache"] == "hit"

    change(action, page, site_tree)

    for path in paths:
        assert request(varnish, "GET", path)[1]["X-Varnish-Cache"] == "miss", path
    assert request(varnish, "GET", unrelated)[1]["X-Varnish-Cache"] == "hit"
