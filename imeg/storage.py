"""Media in S3-compatible object storage (MEDIA_STORAGE=s3), served from the site's own origin.

Images, renditions and PDF covers are public: their URLs stay under MEDIA_URL (`/media/…`), which
the proxy in front passes to the bucket (deploy/nginx), so pages keep loading only from their own
origin (CSP `img-src 'self'`, no request to another host). Documents are private objects: they are
only ever streamed by Wagtail's serve view after its permission checks (WAGTAILDOCS_SERVE_METHOD),
and the proxy refuses `/media/documents/`.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage


class MediaStorage(S3Storage):
    """django-storages' S3 backend with URLs on the site's own origin instead of the bucket's."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return urljoin(settings.MEDIA_URL, filepath_to_uri(name))
