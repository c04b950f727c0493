"""Issue 15.1: media in S3-compatible object storage (MEDIA_STORAGE=s3), against moto's standalone server.

The server runs on 127.0.0.1 in a thread and speaks S3's HTTP API: every byte crosses a socket, as
with a real bucket. Each test gets buckets of its own.
"""

import hashlib
import secrets

import boto3
import pytest
from moto.server import ThreadedMotoServer
from wagtail.models import Collection, CollectionViewRestriction

from imeg.backup import create_backup, verify_archive
from publications.models import PdfInfo
from tests.database_support import postgresql_url, requires_postgresql
from tests.factories import CustomImageFactory
from tests.imeg.backup.test_backup import admin_sql, manage
from tests.network_support import free_port
from tests.publications.factories import make_document
from tests.publications.pdfs import valid_pdf

CREDENTIALS = {"aws_access_key_id": "imeg-test", "aws_secret_access_key": "imeg-test-secret"}
REGION = "eu-central-1"


@pytest.fixture(scope="module")
def endpoint():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


def new_bucket(endpoint):
    resource = boto3.resource("s3", endpoint_url=endpoint, region_name=REGION, **CREDENTIALS)
    bucket = resource.Bucket(f"imeg-{secrets.token_hex(6)}")
    bucket.create(CreateBucketConfiguration={"LocationConstraint": REGION})
    return bucket


def storage_environment(endpoint, bucket):
    """What production sets (docs/deployment.md): the same variables imeg/settings.py reads."""
    return {
        "MEDIA_STORAGE": "s3",
        "S3_BUCKET": bucket.name,
        "S3_ENDPOINT_URL": endpoint,
        "S3_REGION": REGION,
        "S3_ACCESS_KEY_ID": CREDENTIALS["aws_access_key_id"],
        "S3_SECRET_ACCESS_KEY": CREDENTIALS["aws_secret_access_key"],
    }


@pytest.fixture
def bucket(endpoint, settings):
    bucket = new_bucket(endpoint)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "imeg.storage.MediaStorage",
            "OPTIONS": {
                "bucket_name": bucket.name,
                "endpoint_url": endpoint,
                "region_name": REGION,
                "access_key": CREDENTIALS["aws_access_key_id"],
                "secret_key": CREDENTIALS["aws_secret_access_key"],
                "default_acl": None,
                "file_overwrite": False,
                "querystring_auth": False,
            },
        },
    }
    return bucket


def objects(bucket):
    return {summary.key: summary.get()["Body"].read() for summary in bucket.objects.all()}


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def local_files(settings):
    return [path for path in settings.MEDIA_ROOT.rglob("*") if path.is_file()]


def test_images_renditions_documents_and_covers_live_in_the_bucket(
    db, bucket, settings, django_capture_on_commit_callbacks
):
    image = CustomImageFactory()
    rendition = image.get_rendition("width-120")
    with django_capture_on_commit_callbacks(execute=True):  # reads the PDF and stores its cover
        document = make_document(valid_pdf(pages=2))
    cover = PdfInfo.objects.get(document=document).cover

    stored = objects(bucket)

    for name in (image.file.name, rendition.file.name, document.file.name, cover.file.name):
        assert name in stored, name
    assert stored[document.file.name].startswith(b"%PDF-")
    assert not local_files(settings)


def test_public_media_urls_stay_on_the_sites_own_origin(db, bucket):
    rendition = CustomImageFactory().get_rendition("width-120")

    # The proxy in front passes /media/ to the bucket; pages load nothing from another host.
    assert rendition.url == f"/media/{rendition.file.name}"


def test_a_document_is_streamed_from_the_bucket_by_the_serve_view(db, bucket, client):
    content = valid_pdf(pages=3)
    document = make_document(content, name="positionspapier.pdf")

    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert body(response) == content


def test_a_private_document_in_the_bucket_is_refused_to_visitors_and_served_to_editors(db, bucket, client, editor):
    collection = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    content = valid_pdf(pages=1)
    document = make_document(content, name="intern.pdf", collection=collection)

    refused = client.get(document.url)
    client.force_login(editor)
    allowed = client.get(document.url)

    assert refused.status_code == 302
    assert "/login/" in refused["Location"]
    assert b"%PDF" not in body(refused)
    assert allowed.status_code == 200
    assert body(allowed) == content


@requires_postgresql("backup and restore are pg_dump and pg_restore, into a new database on the PostgreSQL server")
def test_backup_and_restore_carry_the_bucket_objects_with_their_checksums(db, bucket, endpoint, tmp_path, monkeypatch):
    image = CustomImageFactory()
    document = make_document(valid_pdf(pages=2))
    stored = objects(bucket)

    result = create_backup(tmp_path / "site.tar.gz")

    members = verify_archive(result.path)["members"]
    for key, content in stored.items():
        assert members[f"media/{key}"] == {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
    assert f"media/{image.file.name}" in members and f"media/{document.file.name}" in members

    restored_bucket = new_bucket(endpoint)
    for name, value in storage_environment(endpoint, restored_bucket).items():
        monkeypatch.setenv(name, value)
    name = f"imeg_s3_restore_{secrets.token_hex(4)}"
    admin_sql("CREATE DATABASE {}", name)
    try:
        manage("manage.py", "restore", str(result.path), database_url=postgresql_url(name), media=tmp_path / "unused")
    finally:
        admin_sql("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)

    assert objects(restored_bucket) == stored
    assert not (tmp_path / "unused").exists()
