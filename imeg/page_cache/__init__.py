"""Full-page cache for anonymous visitors with exact invalidation.

- `store`: cache entries keyed by path, normalised query and generation tokens; a purge replaces a
  token, so every query variant of a path (or of a subtree, or of the whole site) goes at once.
- `middleware.PageCacheMiddleware`: serves and stores anonymous GET/HEAD responses.
- `backend.PageCacheBackend`: the store as a Wagtail frontend-cache backend, so Wagtail's purges reach it.
- `purge`: which URLs a change affects (every language, feeds, listings, related pages) and the signals.
- `lookups`: a request's site and view restrictions from the lookup cache (`imeg.lookup_cache`),
  installed over Wagtail's own methods by `imeg.patches`.

See docs/performance.md.
"""
