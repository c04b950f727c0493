"""gunicorn.conf.py as shipped: its workers survive sustained load instead of being recycled.

With max_requests=1000 every worker was replaced every few seconds under load; each new one spends
seconds of CPU loading Django, which halved throughput and put p99 at seconds (issue 16, decision
21). This drill sends more requests than the old limit to one worker and counts worker boots;
`make loadtest` shows the effect on throughput and p99 for the whole site.
"""

import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")
WORKERS = 1
REQUESTS = 1_200  # more than the old max_requests: 1,000 plus up to 100 of jitter


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def shipped_environment(port):
    """Production mode; no GUNICORN_* from this shell, so gunicorn.conf.py's own defaults apply."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GUNICORN_", "PYTEST_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="imeg.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS=str(WORKERS),
        GUNICORN_ACCESS_LOG="off",
    )
    return env


def healthz(port):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", "/healthz")
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def test_workers_are_not_recycled_under_sustained_load(tmp_path):
    port = free_port()
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [str(GUNICORN), "--config", "gunicorn.conf.py"],
            cwd=ROOT,
            env=shipped_environment(port),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                assert healthz(port) == 200
                break
            except OSError:
                assert server.poll() is None, log.read_text()
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)

        statuses = [healthz(port) for _ in range(REQUESTS)]
    finally:
        server.terminate()
        server.wait(timeout=60)

    assert statuses.count(200) == REQUESTS
    text = log.read_text()
    assert text.count("Booting worker") == WORKERS, text
    assert "Autorestarting worker" not in text
