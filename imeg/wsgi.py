"""WSGI entry point for gunicorn and other WSGI servers."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imeg.settings")

application = get_wsgi_application()

# In production (DEBUG off) the site does not start without a secret key of its own.
from imeg.security import require_production_secret_key  # noqa: E402 (needs the settings configured)

require_production_secret_key()

# A purge missed while the cache was down, by a process that has gone since, is replayed now.
from imeg.page_cache.missed import replay_at_start  # noqa: E402

replay_at_start()
