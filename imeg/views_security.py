"""/.well-known/security.txt (RFC 9116): where to report a vulnerability."""

import datetime

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from imeg.languages import LANGUAGE_TABLE

PREFERRED_LANGUAGES = ", ".join(language.code for language in LANGUAGE_TABLE)


def contact_uri(value):
    """An e-mail address becomes a mailto: URI; URIs (https:, mailto:, tel:) stay as they are."""
    value = value.strip()
    if ":" not in value and "@" in value:
        return f"mailto:{value}"
    return value


@require_safe
def security_txt(request):
    """Contact from SECURITY_CONTACT, an expiry computed from now, the languages and the canonical URL.

    Without a contact there is nothing to publish: RFC 9116 requires one, so the file is not found.
    """
    contacts = [contact_uri(value) for value in settings.SECURITY_CONTACT if value.strip()]
    if not contacts:
        raise Http404("SECURITY_CONTACT is not set")
    expires = timezone.now().replace(microsecond=0) + datetime.timedelta(days=settings.SECURITY_TXT_EXPIRES_DAYS)
    lines = [f"Contact: {contact}" for contact in contacts]
    lines += [
        f"Expires: {expires.astimezone(datetime.UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        f"Preferred-Languages: {PREFERRED_LANGUAGES}",
        f"Canonical: {request.build_absolute_uri('/.well-known/security.txt')}",
    ]
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    patch_cache_control(response, public=True, max_age=24 * 3600)
    return response
