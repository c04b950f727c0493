"""gunicorn's settings for the IMeG website (`make serve`, docs/deployment.md).

gunicorn reads this file from the working directory by itself; each value can be changed from the
environment with the GUNICORN_* variables below (see .env.example).
"""

import os
import sys


def setting(name, default):
    """GUNICORN_<NAME> from the environment; unset or empty keeps the default."""
    return os.environ.get(f"GUNICORN_{name}") or default


wsgi_app = "imeg.wsgi:application"

# Behind nginx on the same machine; GUNICORN_BIND=unix:/run/imeg/gunicorn.sock for a socket.
bind = setting("BIND", "127.0.0.1:8000").split(",")

# Synchronous workers: twice the cores plus one, as gunicorn recommends for requests that wait on
# the database. Each one holds a Django process (about 100 MB). They never see a slow client: nginx
# reads whole requests and buffers responses, and this port stays private (docs/deployment.md).
workers = int(setting("WORKERS", 2 * (os.cpu_count() or 1) + 1))
worker_class = "sync"

# Workers are not recycled (decision 21). A new worker spends about 3 s of CPU loading Django and
# Wagtail; with max_requests=1000 under load each worker restarted every few seconds, which halved
# throughput and pushed p99 to seconds. The load drill shows flat worker memory; should a leak
# appear, GUNICORN_MAX_REQUESTS=100000 with GUNICORN_MAX_REQUESTS_JITTER=10000 costs about 1 %.
max_requests = int(setting("MAX_REQUESTS", 0))
max_requests_jitter = int(setting("MAX_REQUESTS_JITTER", 0))

# A request that takes longer than this is killed and logged (uploads are read by nginx first, and
# PDFs are read in the background), a stopping worker gets as long to finish its request.
timeout = int(setting("TIMEOUT", 30))
graceful_timeout = int(setting("GRACEFUL_TIMEOUT", 30))
keepalive = 5

# The heartbeat files in memory, not on a disk that may stall.
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"

# Only the proxy in front may set X-Forwarded-Proto (Django's SECURE_PROXY_SSL_HEADER reads it).
forwarded_allow_ips = setting("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# One line per request on stdout, without personal data: no address, user, referrer, user agent or
# query string (it can hold search words): time, method, path, status, bytes, duration in ms.
# GUNICORN_ACCESS_LOG=off leaves it to the request log of Django (REQUEST_LOG_LEVEL).
accesslog = None if setting("ACCESS_LOG", "-") == "off" else setting("ACCESS_LOG", "-")
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)s'
errorlog = "-"
loglevel = setting("LOG_LEVEL", "info")
capture_output = True
proc_name = "imeg"

# No control socket in the home directory: systemd (or `kill -HUP`) manages the processes.
control_socket_disable = True


def on_starting(server):
    # The workers would each fail the same way; say it once, before any of them starts.
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imeg.settings")
    from imeg.security import require_production_secret_key

    require_production_secret_key()
