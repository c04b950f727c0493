"""SPEC §5 Security: CSP and the other security headers on every page type; the admin's CSP only under its path."""

import pytest
from django.test import Client

from tests.imeg.security.conftest import ADMIN_CSP, PUBLIC_CSP, parse_csp

HOST = "localhost"
# What Django's SecurityMiddleware and ours add to every response (HSTS only in production, tested there).
COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
DENIED_FEATURES = {"camera", "microphone", "geolocation", "browsing-topics", "payment", "usb"}


def assert_security_headers(response, expected_csp, label):
    assert "Content-Security-Policy" in response, f"{label}: no CSP"
    assert parse_csp(response["Content-Security-Policy"]) == expected_csp, label
    for name, value in COMMON_HEADERS.items():
        assert response.get(name) == value, f"{label}: {name} is {response.get(name)!r}"
    features = dict(item.strip().split("=", 1) for item in response["Permissions-Policy"].split(","))
    assert {feature for feature, allow in features.items() if allow == "()"} >= DENIED_FEATURES, label


def test_every_public_page_type_has_the_strict_policy_and_security_headers(client, every_page):
    for label, url in every_page.urls.items():
        response = client.get(url)

        assert response.status_code == 200, f"{label} {url}: {response.status_code}"
        assert_security_headers(response, PUBLIC_CSP, f"{label} {url}")


def test_the_policy_allows_nothing_inline_and_no_nonce(client, site_tree):
    policy = client.get("/de/")["Content-Security-Policy"]

    for word in ("unsafe-inline", "unsafe-eval", "nonce-", "strict-dynamic", "data:", "*"):
        assert word not in policy


@pytest.mark.parametrize(
    "url",
    ["/de/gibt-es-nicht/", "/xx/", "/", "/robots.txt", "/healthz"],
    ids=["404 page", "unknown language", "language redirect", "robots.txt", "health"],
)
def test_error_pages_redirects_and_plain_files_have_the_same_headers(client, site_tree, url):
    response = client.get(url)

    assert response.status_code in (200, 302, 404)
    assert_security_headers(response, PUBLIC_CSP, url)


def test_the_contact_forms_answer_to_a_post_has_the_same_headers(client, site_tree):
    response = client.post(
        site_tree.contact.url, {"name": "Anna", "e_mail": "anna@example.org"}, HTTP_ORIGIN=f"http://{HOST}"
    )

    assert response.status_code in (200, 400)
    assert_security_headers(response, PUBLIC_CSP, "contact POST")


def test_a_cached_page_keeps_the_security_headers(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = True
    first = client.get("/de/initiativkreis/")
    second = client.get("/de/initiativkreis/")

    assert second.get("X-Page-Cache", "").lower().startswith("hit"), second.get("X-Page-Cache")
    assert first.content == second.content
    assert_security_headers(second, PUBLIC_CSP, "cached page")


def test_the_admin_gets_its_relaxed_policy_only_under_its_path(site_tree, superuser):
    client = Client(headers={"host": HOST})
    client.force_login(superuser)

    admin = client.get("/admin/")
    edit = client.get(f"/admin/pages/{site_tree.network.pk}/edit/")
    public = client.get("/de/initiativkreis/")

    assert admin.status_code == edit.status_code == public.status_code == 200
    assert_security_headers(admin, ADMIN_CSP, "admin home")
    assert_security_headers(edit, ADMIN_CSP, "page editor")
    # The same editor, logged in, on the public site: the strict policy.
    assert_security_headers(public, PUBLIC_CSP, "public page for a logged-in editor")
    assert admin["X-Robots-Tag"] == "noindex, nofollow"
    assert "X-Robots-Tag" not in public


def test_the_admins_login_page_also_has_the_admin_policy(client, db):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert_security_headers(response, ADMIN_CSP, "admin login")


def test_a_path_that_only_starts_like_the_admin_gets_the_strict_policy(client, site_tree):
    response = client.get("/administration/")

    assert response.status_code == 404
    assert parse_csp(response["Content-Security-Policy"]) == PUBLIC_CSP
