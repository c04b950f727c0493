"""Downloads go through Wagtail's serve view: right headers, and private collections stay private."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

from publications import reading
from publications.models import PdfInfo
from tests.publications.factories import make_document
from tests.publications.pdfs import valid_pdf


@pytest.fixture
def document(db):
    return make_document(valid_pdf(pages=2), title="Luxemburger Thesen", name="luxemburger-thesen.pdf")


@pytest.fixture
def private_document(db):
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Intern")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return make_document(valid_pdf(), title="Intern", name="intern.pdf", collection=collection), restriction


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_a_download_is_a_pdf_with_a_readable_name_and_nosniff(document, client):
    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert 'filename="luxemburger-thesen.pdf"' in response["Content-Disposition"]
    assert body(response).startswith(b"%PDF-")


def test_a_download_is_sent_as_stored_without_a_content_encoding(document, client):
    """Wagtail's sendfile path set a literal `Content-Encoding: None`, even with gzip accepted."""
    response = client.get(document.url, HTTP_ACCEPT_ENCODING="gzip, br")

    assert "Content-Encoding" not in response
    assert int(response["Content-Length"]) == document.file.size
    assert body(response) == document.file.open("rb").read()


@pytest.mark.parametrize("method", ["PUT", "DELETE", "POST"])
def test_a_document_is_downloaded_with_get_and_head_only(document, client, method):
    assert client.head(document.url).status_code == 200
    response = client.generic(method, document.url)

    assert response.status_code == 405
    assert b"%PDF" not in body(response)


def test_a_document_url_with_another_file_name_is_not_found(document, client):
    assert client.get(f"/documents/{document.pk}/anderer-name.pdf").status_code == 404


def test_a_private_document_is_not_served_to_anonymous_visitors(private_document, client):
    document, _restriction = private_document

    response = client.get(document.url)

    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert b"%PDF" not in body(response)


def test_a_conditional_request_for_a_private_document_gets_no_304(private_document, client):
    document, _restriction = private_document

    response = client.get(document.url, HTTP_IF_NONE_MATCH=f'"{document.file_hash}"')

    assert response.status_code == 302
    assert b"%PDF" not in body(response)


def test_a_password_protected_document_shows_the_password_form_not_the_file(private_document, client):
    document, restriction = private_document
    restriction.restriction_type = CollectionViewRestriction.PASSWORD
    restriction.password = "geheim"
    restriction.save()

    for headers in ({}, {"HTTP_IF_NONE_MATCH": f'"{document.file_hash}"'}):
        response = client.get(document.url, **headers)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/html")
        assert b"%PDF" not in body(response)


def test_a_group_restricted_document_is_served_to_its_group_only(private_document, client, editor):
    document, restriction = private_document
    restriction.restriction_type = CollectionViewRestriction.GROUPS
    restriction.save()
    restriction.groups.set([Group.objects.get(name="Moderators")])

    client.force_login(editor)
    response = client.get(document.url)

    assert response.status_code in (302, 403, 404)
    assert b"%PDF" not in body(response)


def test_a_private_document_is_served_to_a_logged_in_editor(private_document, client, editor):
    document, _restriction = private_document
    client.force_login(editor)

    response = client.get(document.url)

    assert response.status_code == 200
    assert body(response).startswith(b"%PDF-")


def test_a_private_document_gets_no_public_cover(private_document):
    document, _restriction = private_document
    reading.read_document(document.pk, document.file_hash)

    info = PdfInfo.objects.get(document=document)
    assert info.page_count == 3
    assert info.cover is None
