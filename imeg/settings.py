"""Settings for the IMeG website, read from the environment (see .env.example)."""

import datetime
import os
from pathlib import Path

import environ

from imeg.languages import LANGUAGE_TABLE

# Paths
BASE_DIR = Path(__file__).resolve().parent.parent

# Environment
env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
TESTING = "PYTEST_VERSION" in os.environ
# Production is DEBUG off: without SECRET_KEY the key stays empty, Django refuses to sign anything
# with it and imeg/wsgi.py refuses to serve (imeg.security); build commands (check, collectstatic) still run.
DEVELOPMENT_SECRET_KEY = "django-insecure-development-key-not-for-production"
SECRET_KEY = env("SECRET_KEY", default="") or (DEVELOPMENT_SECRET_KEY if DEBUG or TESTING else "")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")

# Applications and middleware
INSTALLED_APPS = [
    # wagtail_modeltranslation must come before the apps whose models it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "imeg",
    "regions",
    "news",
    "publications",
    # Imports into all of the above (manage.py import_wordpress, docs/migration-from-wordpress.md).
    "wordpress_import",
    "imeg.page_cache",
    "wagtail.contrib.forms",
    # Its admin script (static files) drives the facts table block; without it no page with a body can be saved.
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    # Its tables hold the queue whatever TASKS_BACKEND says; `imeg` above overrides its db_worker command.
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First, to time and log every response; the outage page right below anything that may query
    # the database (docs/operations.md).
    "imeg.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # CSP, Permissions-Policy, CORP: above WhiteNoise and the page cache, so every response gets them.
    "imeg.security.SecurityHeadersMiddleware",
    "imeg.middleware.RefuseTraceMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses pages below WhiteNoise, which serves static files pre-compressed (docs/performance.md).
    "imeg.middleware.CompressionMiddleware",
    "imeg.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "imeg.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Answers a locked-out login with imeg.security.lockout_response (settings "Admin protection").
    "axes.middleware.AxesMiddleware",
    # Last, so that a cached page passes back through every middleware above (headers) and
    # nothing below it runs (docs/performance.md, "Page cache").
    "imeg.page_cache.middleware.PageCacheMiddleware",
]

ROOT_URLCONF = "imeg.urls"
WSGI_APPLICATION = "imeg.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database and cache
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The in-process default holds a whole site's pages and lookups (Django's default of 300 entries
# would evict them in turn); production shares Redis between workers (CACHE_URL=redis://…).
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://imeg?MAX_ENTRIES=10000")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # Redis may fail without taking the site down (imeg/cache.py, docs/operations.md): short socket
    # timeouts, no retries inside a request, then the cache is skipped for CACHE_RETRY_AFTER seconds.
    CACHES["default"]["BACKEND"] = "imeg.cache.ResilientRedisCache"
    CACHES["default"]["OPTIONS"] = {
        "socket_connect_timeout": env.float("CACHE_CONNECT_TIMEOUT", default=0.25),
        "socket_timeout": env.float("CACHE_SOCKET_TIMEOUT", default=0.5),
        "RETRY_AFTER": env.float("CACHE_RETRY_AFTER", default=5),
        **CACHES["default"].get("OPTIONS", {}),
    }
# Full pages for anonymous visitors (imeg/page_cache): purged exactly when content changes; the
# timeout bounds how long time-dependent content (upcoming events) may lag. Off in the tests unless a
# test turns it on; PAGE_CACHE=0 turns it off (the benchmark's cold runs).
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE", default="PYTEST_VERSION" not in os.environ)
PAGE_CACHE_ALIAS = "default"
# Rendered page bodies, teasers, cards and the footer (imeg/templatetags/fragment_tags.py), kept until
# any content changes, for requests the page cache does not answer. Off in the tests unless a test turns it on.
FRAGMENT_CACHE_ENABLED = env.bool("FRAGMENT_CACHE", default="PYTEST_VERSION" not in os.environ)
PAGE_CACHE_TIMEOUT = env.int("PAGE_CACHE_TIMEOUT", default=600)  # seconds
PAGE_CACHE_MAX_VARIANTS = 50  # query strings kept per path (filters, pages of a list)
PAGE_CACHE_MAX_QUERY_LENGTH = 300
PAGE_CACHE_MAX_QUERY_PARAMETERS = 10
# Purges reach our page cache and, if FRONTEND_CACHE_URL is set, a Varnish (or any cache that
# accepts HTTP PURGE) in front of the site.
WAGTAILFRONTENDCACHE = {"page_cache": {"BACKEND": "imeg.page_cache.backend.PageCacheBackend"}}
if env("FRONTEND_CACHE_URL", default=""):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_URL"),
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. LANGUAGES is code, not configuration: each language adds database columns.
LANGUAGE_CODE = "de"
# Every language's facts are in imeg/languages.py.
LANGUAGES = [(language.code, language.name) for language in LANGUAGE_TABLE]
LOCALE_PATHS = [BASE_DIR / "locale"]
# English dates as Europe writes them (17 January 2027, 09:30): imeg/formats/en/formats.py.
FORMAT_MODULE_PATH = ["imeg.formats"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("de",)
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True
# The languages an editor chose to see in the page editor stay chosen after saving (admin only).
WAGTAILMODELTRANSLATION_LOCALE_PICKER_RESTORE = True

# Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Hashed, compressed names need `collectstatic`; development and tests (TESTING) read the source folders.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or TESTING
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# MEDIA_STORAGE=s3 keeps uploads in an S3-compatible bucket (imeg/storage.py, docs/deployment.md), which
# every app server shares; without it they live under MEDIA_ROOT on this machine.
MEDIA_STORAGE = env("MEDIA_STORAGE", default="local")
if MEDIA_STORAGE == "s3":
    STORAGES["default"] = {
        "BACKEND": "imeg.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": env("S3_BUCKET"),
            "endpoint_url": env("S3_ENDPOINT_URL", default=None),
            "region_name": env("S3_REGION", default=None),
            "access_key": env("S3_ACCESS_KEY_ID", default=None),
            "secret_key": env("S3_SECRET_ACCESS_KEY", default=None),
            "default_acl": None,  # the bucket's policy decides: images public, documents private
            "file_overwrite": False,
            "querystring_auth": False,
        },
    }
WHITENOISE_USE_FINDERS = DEBUG
FILE_UPLOAD_PERMISSIONS = 0o644

# Wagtail
WAGTAIL_SITE_NAME = "IMeG"
WAGTAILIMAGES_IMAGE_MODEL = "imeg.CustomImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "imeg.forms.ImageForm"
WAGTAIL_I18N_ENABLED = False  # translations are field-level (modeltranslation), not page copies
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # slugs in ASCII, German letters as ae, oe, ue, ss (imeg/slugs.py)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "jpeg", "gif": "png", "tiff": "jpeg", "heic": "jpeg"}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail: console in development, SMTP (EMAIL_URL) in production.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="webmaster@localhost")

# Site behaviour
CONTACT_FORM_RATE_LIMIT = env.int("CONTACT_FORM_RATE_LIMIT", default=5)  # submissions per address and hour
# The link checker (`manage.py check_links`) fetches public addresses only; networks listed here are let
# through too (code, not configuration: the tests' local server on 127.0.0.1).
LINK_CHECK_ALLOWED_NETWORKS = []

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "imeg.logging.JsonFormatter"}},
    "filters": {"info_without_traceback": {"()": "imeg.logging.InfoWithoutTraceback"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "json": {"class": "logging.StreamHandler", "formatter": "json"},
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Background tasks (search index, reference index) log every run at INFO.
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        # A Host not in ALLOWED_HOSTS (scanners; nginx's catch-all server drops most): one INFO line, no traceback.
        "django.security.DisallowedHost": {"filters": ["info_without_traceback"]},
        # One JSON line per request (imeg.middleware.RequestLogMiddleware); WARNING keeps only server errors.
        "imeg.request": {
            "handlers": ["json"],
            "level": env("REQUEST_LOG_LEVEL", default="INFO"),
            "propagate": False,
        },
    },
}

# Publications: every document upload is checked before it is stored (publications/upload.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "publications.forms.DocumentForm"
PUBLICATIONS_MAX_PDF_SIZE = env.int("PUBLICATIONS_MAX_PDF_SIZE", default=50 * 1024 * 1024)  # bytes
# Limits of the process reading a PDF, over publications.pdf_runner.DEFAULT_LIMITS (memory_bytes, cpu_seconds,
# wall_seconds, output_bytes, max_pages, inflate_bytes); code, not configuration: a test may lower one.
PUBLICATIONS_PDF_LIMITS = {}
PUBLICATIONS_RETRY_SECONDS = 30  # pause before reading a PDF again after a failure, times the attempt
# The WordPress import in the admin keeps uploaded exports and zips here, outside MEDIA_ROOT (never
# public); the task worker must see the same folder (docs/migration-from-wordpress.md).
WORDPRESS_IMPORT_ROOT = Path(env("WORDPRESS_IMPORT_ROOT", default=str(BASE_DIR / "private" / "wordpress-import")))
# On PostgreSQL the import catches up its indexes in a second process while it goes on (decision 83).
WORDPRESS_IMPORT_WORKER = env.bool("WORDPRESS_IMPORT_WORKER", default=True)
# Background tasks (django-tasks): PDF reading, covers, search index updates, Wagtail's purges.
# TASKS_BACKEND=immediate (the default, `make run`) runs a task in the request that enqueues it;
# production sets TASKS_BACKEND=database (django-tasks-db) and runs `manage.py db_worker` beside the
# web server (docs/operations.md, "Background worker"). A dotted backend path is taken as it is.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = env("TASKS_BACKEND", default="immediate")
TASKS = {"default": {"BACKEND": TASK_BACKENDS.get(TASKS_BACKEND, TASKS_BACKEND)}}

# Security (docs/security.md, docs/deployment.md). Production (DEBUG off) runs behind a proxy that
# terminates TLS and sets X-Forwarded-Proto; `manage.py check --deploy` is clean with these values.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not (DEBUG or TESTING))
# Load balancers probe the application port over plain HTTP (docs/operations.md).
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # the admin's preview views allow their own frames
# How many proxies in front append to X-Forwarded-For (nginx: 1); 0 uses REMOTE_ADDR (imeg.security.client_ip).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# The public site loads only its own files: no inline scripts or styles, no nonces (pages are cached).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}
# Under ADMIN_PATH only: what Wagtail's admin and its preview need beyond that (inline scripts of
# panels and widgets, inline styles, data:/blob: images, the preview frame).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "frame-src": ["'self'"],
    }
}
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)
# Contact line(s) of /.well-known/security.txt (RFC 9116): e-mail addresses or https URLs, comma-separated.
SECURITY_CONTACT = env.list("SECURITY_CONTACT", default=[])
SECURITY_TXT_EXPIRES_DAYS = env.int("SECURITY_TXT_EXPIRES_DAYS", default=180)

# Admin protection: the admin's path, lockout after failed logins (django-axes), password reset limit.
ADMIN_PATH = (env("ADMIN_PATH", default="admin/").strip("/") or "admin") + "/"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)  # failed logins per username and address
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "imeg.security.client_ip"
AXES_LOCKOUT_CALLABLE = "imeg.security.lockout_response"
AXES_VERBOSE = False
# No avatars from gravatar.com, no update check: the admin loads nothing from other hosts (SPEC §5, CSP).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
PASSWORD_RESET_RATE_LIMIT = env.int("PASSWORD_RESET_RATE_LIMIT", default=5)  # requests per address and hour
