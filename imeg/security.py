"""Security headers, the visitor's address behind a proxy, rate limits and the production start check.

See docs/security.md for the policy and docs/deployment.md for the proxy in front.
"""

import hashlib
import ipaddress
import math

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from imeg.cache import CacheUnavailable

RATE_LIMIT_WINDOW = 3600  # seconds


def admin_prefix():
    return f"/{settings.ADMIN_PATH}"


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or what the trusted proxies in front put into X-Forwarded-For.

    With TRUSTED_PROXY_COUNT proxies, each of which appends the address it received the request
    from, the address added by the outermost one is the visitor's; anything further left was sent
    by the client and cannot be trusted. A malformed or too short header falls back to REMOTE_ADDR.
    """
    remote_addr = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote_addr
    forwarded = [part.strip() for part in request.headers.get("x-forwarded-for", "").split(",")]
    if len(forwarded) < proxies:
        return remote_addr
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote_addr


def within_rate_limit(request, scope, limit):
    """Count this request against `limit` per client address and hour; only a hash of the address is kept.

    While the cache is down nothing can be counted and the request is allowed (fail open, decision 44).
    """
    digest = hashlib.sha256(client_ip(request).encode()).hexdigest()[:32]
    key = f"rate:{scope}:{digest}"
    cache.add(key, 0, timeout=RATE_LIMIT_WINDOW)
    try:
        count = cache.incr(key)
    except CacheUnavailable:
        return True
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=RATE_LIMIT_WINDOW)
        count = 1
    return count <= limit


def rate_limited(request):
    """429 with a page for people and Retry-After for machines; standalone, like the 500 page."""
    content = loader.render_to_string("security/rate_limited.html", {"LANGUAGE_CODE": translation.get_language()})
    response = HttpResponse(content, status=429)
    response["Retry-After"] = str(RATE_LIMIT_WINDOW)
    add_never_cache_headers(response)
    return response


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login (AXES_LOCKOUT_CALLABLE): 429 with a page that says why."""
    cool_off = settings.AXES_COOLOFF_TIME.total_seconds()
    context = {"LANGUAGE_CODE": translation.get_language(), "cooloff_minutes": math.ceil(cool_off / 60)}
    response = HttpResponse(loader.render_to_string("security/lockout.html", context), status=429)
    response["Retry-After"] = str(int(cool_off))
    add_never_cache_headers(response)
    return response


class SecurityHeadersMiddleware(CSPMiddleware):
    """CSP (strict on the site, relaxed under the admin path), Permissions-Policy, CORP, admin rate limits.

    Django's SecurityMiddleware adds HSTS, nosniff, Referrer-Policy and COOP. This sits near the top
    of MIDDLEWARE, above WhiteNoise and the page cache, so that static files and cached pages get
    the same headers as fresh responses.
    """

    def __call__(self, request):
        if (
            request.method == "POST"
            and request.path_info == f"{admin_prefix()}password_reset/"
            and not within_rate_limit(request, "password-reset", settings.PASSWORD_RESET_RATE_LIMIT)
        ):
            return self.process_response(request, rate_limited(request))
        return super().__call__(request)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(admin_prefix()):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        if request.path_info.startswith(admin_prefix()):
            response.headers.setdefault("X-Robots-Tag", "noindex, nofollow")
        return response


def require_production_secret_key():
    """Refuse to serve with DEBUG off unless SECRET_KEY is set to a key of the site's own (imeg/wsgi.py)."""
    if settings.DEBUG or settings.TESTING:
        return
    try:
        key = settings.SECRET_KEY
    except ImproperlyConfigured:  # Django refuses an empty key when it is read
        key = ""
    if not key or key.startswith("django-insecure"):
        raise ImproperlyConfigured(
            "SECRET_KEY is not set: with DEBUG off (production) the site does not start without a secret key "
            "of its own. Set SECRET_KEY in the environment or .env (see .env.example), or DEBUG=1 for development."
        )
