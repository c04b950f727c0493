"""The broken-links report: internal links found at once, external links checked politely against a local server."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from imeg.links import scan
from imeg.links.checker import HostThrottle, check_external_links, check_url, interleaved_by_host
from imeg.models import BrokenInternalLink, ExternalLink, LinkProblem
from tests.factories import ContentPageFactory


class Handler(BaseHTTPRequestHandler):
    """/ok answers 200, /gone 404, /no-head refuses HEAD, /slow answers after a second."""

    requests = []

    def _answer(self):
        type(self).requests.append((self.command, self.path, time.monotonic()))
        if self.path == "/slow":
            time.sleep(1)
        status = {"/ok": 200, "/gone": 404, "/slow": 200, "/elsewhere": 302}.get(self.path, 200)
        if self.path == "/no-head":
            status = 405 if self.command == "HEAD" else 200
        self.send_response(status)
        if self.path == "/elsewhere":  # another loopback address, not let through
            self.send_header("Location", f"http://127.0.0.2:{self.server.server_address[1]}/ok")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_HEAD = do_GET = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server(settings):
    """A server on 127.0.0.1, which the checker may contact (it would refuse every other internal address)."""
    settings.LINK_CHECK_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    Handler.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def linked(site_tree, local_server):
    """A published page linking to two pages (rich text, call to action), a document and two external addresses."""
    document = get_document_model().objects.create(title="Jahresbericht", file=ContentFile(b"%PDF-1.4", name="jb.pdf"))
    source = ContentPageFactory(
        parent=site_tree.network,
        title_de="Quelle",
        body_de=[
            (
                "paragraph",
                f'<p>Siehe <a linktype="page" id="{site_tree.goals.pk}">Ziele</a> und '
                f'<a href="{local_server}/gone">die alte Studie</a>.</p>',
            ),
            ("call_to_action", {"title": "Mehr", "page": site_tree.mobility, "external_url": ""}),
            ("downloads", {"title": "Dokumente", "documents": [document]}),
            ("paragraph", f'<p>Unsere <a href="{local_server}/ok">Partner</a>.</p>'),
        ],
    )
    source.save_revision().publish()
    return source, document


def problems():
    return {(row.target_title, row.problem, row.source_page.title) for row in BrokenInternalLink.objects.all()}


def test_a_page_without_broken_links_adds_nothing_to_the_report(linked):
    assert problems() == set()


def test_unpublishing_a_linked_page_shows_at_once_and_republishing_clears_it(linked, site_tree):
    site_tree.goals.unpublish()

    assert problems() == {("Ziele", LinkProblem.PAGE_UNPUBLISHED, "Quelle")}

    site_tree.goals.save_revision().publish()
    assert problems() == set()


def test_deleting_a_linked_page_or_document_shows_with_its_title(
    linked, site_tree, django_capture_on_commit_callbacks
):
    source, document = linked
    with django_capture_on_commit_callbacks(execute=True):
        site_tree.mobility.delete()
        document.delete()

    assert problems() == {
        ("Mobilität", LinkProblem.PAGE_DELETED, "Quelle"),
        ("Jahresbericht", LinkProblem.DOCUMENT_DELETED, "Quelle"),
    }
    # A check of the whole site (`manage.py check_links`) keeps them: the choosers are empty now.
    scan.check_all_pages()
    assert len(problems()) == 2
    # Published again without the links, the page has nothing left to report.
    source.refresh_from_db()
    source.body_de = [("paragraph", "<p>Ohne Links.</p>")]
    source.save_revision().publish()
    assert problems() == set()


def test_a_private_page_counts_as_broken_until_its_restriction_goes(linked, site_tree):
    restriction = PageViewRestriction.objects.create(page=site_tree.topics, restriction_type="login")

    assert problems() == {("Mobilität", LinkProblem.PAGE_PRIVATE, "Quelle")}

    restriction.delete()
    assert problems() == set()


def test_a_page_taken_offline_no_longer_reports_its_own_links(linked, site_tree):
    source, _document = linked
    site_tree.goals.unpublish()
    source.unpublish()

    assert problems() == set()
    assert not ExternalLink.objects.filter(pages=source).exists()


def test_fixing_the_link_and_publishing_clears_the_entry(linked, site_tree):
    source, _document = linked
    site_tree.goals.unpublish()
    source.body_de = [("paragraph", "<p>Ohne Link.</p>")]
    source.save_revision().publish()

    assert problems() == set()


def test_external_links_are_collected_from_text_and_rich_text(linked, local_server):
    source, _document = linked

    assert set(ExternalLink.objects.filter(pages=source).values_list("url", flat=True)) == {
        f"{local_server}/gone",
        f"{local_server}/ok",
    }


def test_new_pages_take_an_address_another_process_added_meanwhile(site_tree):
    """The import's catch-up runs in two processes (decision 83): between reading which addresses are
    known and adding the new ones, the other process may add the same address."""
    page = ContentPageFactory(
        parent=site_tree.network,
        title_de="Neu",
        body_de=[("paragraph", '<p><a href="https://example.org/a">A</a></p>')],
    )
    page.save_revision().publish()
    ExternalLink.objects.all().delete()

    added = []

    def the_other_process_first(execute, sql, params, many, context):
        # PostgreSQL: INSERT INTO … ON CONFLICT DO NOTHING; SQLite: INSERT OR IGNORE INTO …
        if sql.startswith("INSERT") and ' INTO "imeg_externallink"' in sql and not added:
            added.append("https://example.org/a")
            ExternalLink.objects.create(url="https://example.org/a")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(the_other_process_first):
        scan.check_new_pages([page], [])

    assert added
    assert list(ExternalLink.objects.get(url="https://example.org/a").pages.values_list("pk", flat=True)) == [page.pk]


def test_the_check_stores_status_and_marks_errors_broken(linked, local_server):
    for path in ("/no-head", "/slow"):
        ExternalLink.objects.create(url=local_server + path).pages.add(linked[0])

    checked, broken = check_external_links(timeout=0.3, throttle=HostThrottle(interval=0))

    links = {link.url.removeprefix(local_server): link for link in ExternalLink.objects.all()}
    assert (checked, broken) == (4, 2)
    assert links["/ok"].status_code == 200 and not links["/ok"].broken
    assert links["/gone"].status_code == 404 and links["/gone"].broken
    assert links["/no-head"].status_code == 200 and not links["/no-head"].broken  # HEAD refused, GET answered
    assert links["/slow"].status_code is None and links["/slow"].broken and "timed out" in links["/slow"].error
    assert all(link.checked_at for link in links.values())


@pytest.mark.parametrize(
    "address",
    [
        "http://127.0.0.1:{port}/ok",
        "http://localhost:{port}/ok",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:{port}/",
    ],
)
def test_internal_addresses_are_never_requested(local_server, settings, address):
    settings.LINK_CHECK_ALLOWED_NETWORKS = []
    url = address.format(port=local_server.rsplit(":", 1)[1])

    assert check_url(url, HostThrottle(interval=0), timeout=0.5) == (None, "internal address")
    assert Handler.requests == []


def test_a_redirect_to_an_internal_address_is_not_followed(local_server):
    assert check_url(local_server + "/elsewhere", HostThrottle(interval=0), timeout=2) == (None, "internal address")
    assert [path for _method, path, _moment in Handler.requests] == ["/elsewhere"]


def test_requests_to_one_host_are_spaced_out(local_server, db):
    links = [ExternalLink.objects.create(url=f"{local_server}/ok?{number}") for number in range(3)]

    check_external_links(links, throttle=HostThrottle(interval=0.2))

    times = [moment for _method, _path, moment in Handler.requests]
    assert len(times) == 3
    assert all(later - earlier >= 0.19 for earlier, later in zip(times, times[1:], strict=False))


def test_the_throttle_waits_a_second_per_host_only():
    now = [100.0]
    slept = []
    throttle = HostThrottle(
        clock=lambda: now[0], sleep=lambda seconds: (slept.append(seconds), now.__setitem__(0, now[0] + seconds))
    )

    throttle.wait("a.example")
    throttle.wait("b.example")
    now[0] += 0.25
    throttle.wait("a.example")

    assert slept == [pytest.approx(0.75)]


def test_hosts_take_turns():
    urls = ["https://a.example/1", "https://a.example/2", "https://b.example/1"]

    assert interleaved_by_host(urls) == ["https://a.example/1", "https://b.example/1", "https://a.example/2"]


def test_the_command_rebuilds_the_report_and_checks_external_links(linked, local_server, capsys):
    BrokenInternalLink.objects.all().delete()
    ExternalLink.objects.all().delete()

    call_command("check_links", "--timeout", "2")

    output = capsys.readouterr().out
    assert "2 external addresses checked, 1 broken." in output
    assert ExternalLink.objects.get(url=f"{local_server}/gone").broken


def test_the_report_lists_each_broken_link_with_its_pages(linked, site_tree, local_server, client, editor):
    source, _document = linked
    site_tree.goals.unpublish()
    check_external_links(throttle=HostThrottle(interval=0))
    client.force_login(editor)

    response = client.get(reverse("imeg_broken_links"))

    html = response.text
    assert response.status_code == 200
    assert "„Ziele“" in html and "Seite nicht veröffentlicht" in html
    assert f"{local_server}/gone" in html and "Antwort 404" in html
    assert f"{local_server}/ok" not in html
    assert html.count(reverse("wagtailadmin_pages:edit", args=[source.pk])) == 2
    assert "Defekte Links" in client.get("/admin/").text


def test_the_report_names_an_internal_address_in_the_editors_language(linked, client, editor, settings):
    settings.LINK_CHECK_ALLOWED_NETWORKS = []
    check_external_links(throttle=HostThrottle(interval=0))
    client.force_login(editor)

    response = client.get(reverse("imeg_broken_links"), HTTP_ACCEPT_LANGUAGE="de")

    assert "Nicht geprüft: die Adresse führt ins interne Netz des Servers" in response.content.decode()
    assert "internal address" not in response.content.decode()
