"""Production mode from the environment: `check --deploy` is clean, and the site refuses to start without a key."""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.database_support import database_url_for_subprocess

ROOT = Path(__file__).resolve().parents[3]


def production_env(**overrides):
    """The environment of a production process: no DEBUG, no pytest, no .env leftovers of this shell."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in (
            "PYTEST_VERSION",
            "DEBUG",
            "SECRET_KEY",
            "SECURE_SSL_REDIRECT",
            "ADMIN_PATH",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        )
        and not key.startswith(("SECURE_HSTS", "PYTEST_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="imeg.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="www.example.org",
        CSRF_TRUSTED_ORIGINS="https://www.example.org",
        WAGTAILADMIN_BASE_URL="https://www.example.org",
    )
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def run(args, env):
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_check_deploy_is_clean_in_production_mode(tmp_path):
    """Settings only: in an empty database the Site check has nothing to read (tests/imeg/test_set_site.py)."""
    env = production_env(DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


def test_check_deploy_notices_the_development_key():
    """The check above can fail: with the development key it warns."""
    env = production_env(SECRET_KEY="django-insecure-development-key-not-for-production")

    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], env)

    assert result.returncode != 0
    assert "security.W009" in result.stdout + result.stderr


def test_check_deploy_warns_while_the_default_site_is_still_localhost(db, tmp_path):
    """Deploying without set_site left every absolute URL at http://localhost/ (issue 16)."""
    env = production_env(DATABASE_URL=database_url_for_subprocess(tmp_path))

    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], env)

    assert result.returncode != 0
    assert "imeg.W001" in result.stderr + result.stdout
    assert "http://localhost" in result.stderr + result.stdout
    assert "set_site" in result.stderr + result.stdout


@pytest.mark.parametrize("key", [None, "", "django-insecure-development-key-not-for-production"])
def test_the_wsgi_application_refuses_to_start_in_production_without_a_key_of_its_own(key):
    result = run(["-c", "import imeg.wsgi"], production_env(SECRET_KEY=key))

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_the_wsgi_application_starts_in_production_with_a_key_and_in_development_without():
    production = run(["-c", "import imeg.wsgi"], production_env())
    development = run(["-c", "import imeg.wsgi"], production_env(DEBUG="1", SECRET_KEY=None))

    assert production.returncode == 0, production.stderr
    assert development.returncode == 0, development.stderr


def test_production_settings_are_strict():
    code = (
        "from django.conf import settings as s; "
        "print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SECURE_HSTS_SECONDS, s.SECURE_PROXY_SSL_HEADER)"
    )
    result = run(["-c", f"import django; django.setup(); {code}"], production_env())

    assert result.stdout.split() == [
        "False",
        "True",
        "True",
        "True",
        "31536000",
        "('HTTP_X_FORWARDED_PROTO',",
        "'https')",
    ], result.stderr


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_gunicorn_serves_with_the_repositorys_config_and_logs_no_personal_data(tmp_path):
    port = free_port()
    log = tmp_path / "gunicorn.log"
    env = production_env(
        SECURE_SSL_REDIRECT="0",
        ALLOWED_HOSTS="127.0.0.1",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="1",
        SECURITY_CONTACT="s@example.org",
    )
    with log.open("w") as output:
        server = subprocess.Popen(
            [str(Path(sys.executable).with_name("gunicorn")), "--config", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}/.well-known/security.txt?q=Geheimes+Suchwort"
        request = urllib.request.Request(url, headers={"X-Forwarded-For": "203.0.113.77", "User-Agent": "Agent-Q7"})
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    status, headers = response.status, response.headers
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.5)
    finally:
        server.terminate()
        server.wait(timeout=30)

    assert status == 200
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    lines = [line for line in log.read_text().splitlines() if "security.txt" in line and "GET" in line]
    access_line = next(line for line in lines if not line.startswith("{"))  # gunicorn's, not Django's JSON line
    assert '"GET /.well-known/security.txt HTTP/1.1" 200' in access_line
    for personal in ("Geheimes", "203.0.113.77", "127.0.0.1", "Agent-Q7"):
        assert personal not in access_line


def test_gunicorn_refuses_to_start_in_production_without_a_key():
    result = subprocess.run(
        [str(Path(sys.executable).with_name("gunicorn")), "--config", "gunicorn.conf.py"],
        cwd=ROOT,
        env=production_env(SECRET_KEY=None, GUNICORN_BIND=f"127.0.0.1:{free_port()}"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stdout + result.stderr
