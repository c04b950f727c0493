"""Cached pages and the generation tokens that invalidate them.

An entry's key is made of its path, its normalised query string and the current tokens of the
whole site, of every path prefix ("/de/", "/de/aktuelles/", …) and of the path itself. A purge
replaces one token with a fresh random one: all entries made under the old token (every query
variant) can no longer be reached and expire by themselves. A purge is one cache write, whatever
the number of entries; no keys are scanned. A token that the cache evicted is recreated as a new
random value, so an eviction can only make entries unreachable, never bring old ones back.
"""

import hashlib
import secrets
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse

PREFIX = "pagecache"
SITE_TOKEN = f"{PREFIX}:site"
# Under it: cached lookups and fragments (imeg.lookup_cache).
DATA_TOKEN = f"{PREFIX}:data"
# Headers a cached response keeps; the middleware above the cache adds the others (CSP, HSTS, …) again.
STORED_HEADERS = {"content-type", "content-disposition", "content-language", "last-modified", "link", "x-robots-tag"}
# Called without arguments when the cache did not take a purge: imeg.page_cache.missed notes it in the database.
purge_missed = []


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _hash(text):
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def path_token_key(path):
    return f"{PREFIX}:path:{_hash(path)}"


def tree_token_key(prefix):
    return f"{PREFIX}:tree:{_hash(prefix)}"


def prefixes(path):
    """'/de/a/b/' → ['/de/', '/de/a/', '/de/a/b/']; a path without a trailing slash keeps its last part out."""
    parts = path.split("/")[1:-1]
    return ["/" + "/".join(parts[: index + 1]) + "/" for index in range(len(parts))]


def token_keys(path):
    return [SITE_TOKEN] + [tree_token_key(prefix) for prefix in prefixes(path)] + [path_token_key(path)]


def normalise_query(query_string):
    """The query string with its parameters sorted; None if it is too long or odd to be worth a cache entry."""
    if not query_string:
        return ""
    if len(query_string) > settings.PAGE_CACHE_MAX_QUERY_LENGTH:
        return None
    try:
        pairs = parse_qsl(
            query_string,
            keep_blank_values=True,
            strict_parsing=False,
            max_num_fields=settings.PAGE_CACHE_MAX_QUERY_PARAMETERS,
            errors="strict",
        )
    except (ValueError, UnicodeDecodeError):
        return None
    return urlencode(sorted(pairs))


def _entry_key(host, path, query, tokens):
    # The host is part of the key: pages hold absolute URLs built from it (canonical, og:image), and a
    # request with an odd but allowed Host (another port) must not put its URLs into everyone's page.
    return f"{PREFIX}:entry:{_hash(host + path + '?' + query + '#' + ':'.join(tokens))}"


def _current_tokens(path, create=False):
    keys = token_keys(path)
    store = cache()
    found = store.get_many(keys)
    if len(found) < len(keys) and create:
        for key in keys:
            if key not in found:
                store.add(key, secrets.token_hex(8), timeout=None)
        found = store.get_many(keys)
    if len(found) < len(keys):
        return None
    return [found[key] for key in keys]


def get(host, path, query):
    """The cached response for the host, path and normalised query, or None."""
    tokens = _current_tokens(path)
    if tokens is None:
        return None
    entry = cache().get(_entry_key(host, path, query, tokens))
    if entry is None:
        return None
    status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response.headers[name] = value
    return response


def put(host, path, query, response):
    """Keep the response; a path keeps at most PAGE_CACHE_MAX_VARIANTS query variants per generation."""
    tokens = _current_tokens(path, create=True)
    if tokens is None:
        return False
    store = cache()
    if query:
        counter = f"{PREFIX}:variants:{_hash(path + '#' + ':'.join(tokens))}"
        store.add(counter, 0, timeout=settings.PAGE_CACHE_TIMEOUT)
        try:
            if store.incr(counter) > settings.PAGE_CACHE_MAX_VARIANTS:
                return False
        except ValueError:  # evicted between add and incr
            return False
    headers = [(name, value) for name, value in response.headers.items() if name.lower() in STORED_HEADERS]
    store.set(
        _entry_key(host, path, query, tokens),
        (response.status_code, headers, response.content),
        settings.PAGE_CACHE_TIMEOUT,
    )
    return True


def purge_path(path):
    """Forget the path with every query string."""
    purge_paths([path])


def purge_paths(paths):
    if paths:
        replace_tokens([path_token_key(path) for path in paths])


def purge_tree(prefix):
    """Forget every path that starts with the prefix (a page and all pages below it)."""
    replace_tokens([tree_token_key(prefix)])


def purge_site():
    """Forget every page: for changes every page shows (menu, footer, site settings)."""
    replace_tokens([SITE_TOKEN])


def forget_everything(note_failure=True):
    """Forget every page, fragment and lookup."""
    return replace_tokens([SITE_TOKEN, DATA_TOKEN], note_failure=note_failure)


def replace_tokens(keys, note_failure=True):
    """Give the keys new random tokens; if the cache is down, note it for imeg.page_cache.missed. True on success."""
    if not cache().set_many({key: secrets.token_hex(8) for key in keys}, timeout=None):
        return True
    if note_failure:
        for note in purge_missed:
            note()
    return False
