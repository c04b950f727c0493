"""Check the external links of live pages: politely (one request per host per second), with a timeout.

Each address gets a HEAD request (GET where a server refuses HEAD); redirects are followed. An
answer of 400 or more, a timeout or a connection error marks the link broken; the result is kept
with the time of the check.

Only public addresses are fetched: a link (or a redirect) to a host that resolves to a loopback,
private, link-local or otherwise non-global address is reported as "internal address" and never
requested, so an editor's link cannot make the server probe its own network (docs/security.md,
"Link checker"). `LINK_CHECK_ALLOWED_NETWORKS` lets chosen networks through (the tests' local server).
"""

import ipaddress
import logging
import socket
import time
import urllib.error
import urllib.request
from collections import defaultdict
from itertools import chain, zip_longest
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone

from imeg.models import ExternalLink

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 10
PER_HOST_INTERVAL = 1.0
USER_AGENT = "IMeG-Linkpruefung/1.0 (+{site}; checks that links on the site still work)"
# Servers that do not answer HEAD properly; they get a GET.
RETRY_WITH_GET = {403, 405, 501}
INTERNAL_ADDRESS = "internal address"


class InternalAddressError(urllib.error.URLError):
    """The host resolves to an address the checker must not contact."""

    def __init__(self):
        super().__init__(INTERNAL_ADDRESS)


def is_public_host(host):
    """Whether every address `host` resolves to is global (or in LINK_CHECK_ALLOWED_NETWORKS)."""
    allowed = [ipaddress.ip_network(network) for network in settings.LINK_CHECK_ALLOWED_NETWORKS]
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return True  # Unresolvable: the request itself fails and reports why.
    for *_rest, sockaddr in infos:
        address = ipaddress.ip_address(sockaddr[0].split("%")[0])
        if not address.is_global and not any(address in network for network in allowed):
            return False
    return True


class PublicRedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows redirects to public hosts only."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in {"http", "https"} or not is_public_host(urlsplit(newurl).hostname or ""):
            raise InternalAddressError
        return super().redirect_request(req, fp, code, msg, headers, newurl)


OPENER = urllib.request.build_opener(PublicRedirectHandler)


class HostThrottle:
    """At most one request per host per `interval` seconds; the clock and sleep are replaceable for tests."""

    def __init__(self, interval=PER_HOST_INTERVAL, clock=time.monotonic, sleep=time.sleep):
        self.interval, self.clock, self.sleep = interval, clock, sleep
        self.last = {}

    def wait(self, host):
        if host in self.last:
            remaining = self.last[host] + self.interval - self.clock()
            if remaining > 0:
                self.sleep(remaining)
        self.last[host] = self.clock()


def interleaved_by_host(urls):
    """Round-robin over hosts, so that waiting for one host rarely holds up the others."""
    by_host = defaultdict(list)
    for url in sorted(urls):
        by_host[urlsplit(url).hostname or ""].append(url)
    return [url for url in chain.from_iterable(zip_longest(*by_host.values())) if url]


def _request(url, method, timeout):
    agent = USER_AGENT.format(site=getattr(settings, "WAGTAILADMIN_BASE_URL", ""))
    request = urllib.request.Request(url, method=method, headers={"User-Agent": agent, "Accept": "*/*"})
    with OPENER.open(request, timeout=timeout) as response:  # http(s) to public hosts only, see check_url
        return response.status


def check_url(url, throttle, timeout=TIMEOUT_SECONDS):
    """(status code or None, error text) of one address."""
    if urlsplit(url).scheme not in {"http", "https"}:
        return None, "unsupported scheme"
    host = urlsplit(url).hostname or ""
    if not is_public_host(host):
        return None, INTERNAL_ADDRESS
    for method in ("HEAD", "GET"):
        throttle.wait(host)
        try:
            return _request(url, method, timeout), ""
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in RETRY_WITH_GET:
                continue
            return error.code, ""
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            return None, (str(reason) or error.__class__.__name__)[:255]
    return None, "no answer"


def check_external_links(links=None, *, timeout=TIMEOUT_SECONDS, throttle=None):
    """Check the given ExternalLinks (all by default) and store each result; return (checked, broken)."""
    throttle = throttle or HostThrottle()
    links = {link.url: link for link in (links if links is not None else ExternalLink.objects.all())}
    broken = 0
    for url in interleaved_by_host(links):
        status, error = check_url(url, throttle, timeout)
        link = links[url]
        link.status_code, link.error = status, error
        link.broken = status is None or status >= 400
        link.checked_at = timezone.now()
        link.save(update_fields=["status_code", "error", "broken", "checked_at"])
        broken += link.broken
        if link.broken:
            logger.info("Broken external link %s: %s", url, status or error)
    return len(links), broken
