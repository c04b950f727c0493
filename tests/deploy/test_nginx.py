"""docs/nginx.conf.example runs in a real nginx: catch-all server, no version, maintenance page, headers.

nginx serves the example on two free ports (for 80 and 443) with a self-signed certificate, in front
of a closed upstream port, as when gunicorn is down. Needs Debian's nginx and openssl; .ci/run
installs them.
"""

import http.client
import os
import pwd
import re
import shutil
import socket
import ssl
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOST = "www.example.org"
NGINX = shutil.which("nginx") or next((path for path in ("/usr/sbin/nginx",) if Path(path).exists()), None)

pytestmark = pytest.mark.skipif(
    NGINX is None or shutil.which("openssl") is None,
    reason="needs nginx and openssl (apt-get install nginx openssl) to check docs/nginx.conf.example",
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def nginx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("nginx")
    http_port, https_port, upstream_port = free_port(), free_port(), free_port()
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={HOST}",
         "-keyout", str(tmp / "key.pem"), "-out", str(tmp / "cert.pem")],
        check=True, capture_output=True,
    )  # fmt: skip
    static = tmp / "staticfiles" / "css"
    static.mkdir(parents=True)
    (static / "site.css").write_text("body { color: black; }\n" * 100)
    config = (ROOT / "docs" / "nginx.conf.example").read_text()
    for old, new in {
        "/srv/imeg/staticfiles/": f"{tmp}/staticfiles/",
        "/srv/imeg/media/": f"{tmp}/media/",
        "/srv/imeg/": f"{ROOT}/",
        f"/etc/letsencrypt/live/{HOST}/fullchain.pem": str(tmp / "cert.pem"),
        f"/etc/letsencrypt/live/{HOST}/privkey.pem": str(tmp / "key.pem"),
        "/var/log/nginx/imeg.access.log": str(tmp / "access.log"),
        "127.0.0.1:8000": f"127.0.0.1:{upstream_port}",
        "listen [::]:80": "# listen [::]:80",
        "listen [::]:443": "# listen [::]:443",
        "listen 80": f"listen 127.0.0.1:{http_port}",
        "listen 443": f"listen 127.0.0.1:{https_port}",
    }.items():
        assert old in config, old
        config = config.replace(old, new)
    (tmp / "imeg.conf").write_text(config)
    # As root, nginx's workers would switch to "nobody", who cannot read pytest's private folders.
    user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n" if os.geteuid() == 0 else ""
    (tmp / "nginx.conf").write_text(
        f"{user}daemon off;\nworker_processes 1;\npid {tmp}/nginx.pid;\nerror_log {tmp}/error.log warn;\n"
        "events { worker_connections 64; }\n"
        f"http {{\n  include /etc/nginx/mime.types;\n  access_log off;\n  client_body_temp_path {tmp}/body;\n"
        f"  proxy_temp_path {tmp}/proxy;\n  fastcgi_temp_path {tmp}/fastcgi;\n  uwsgi_temp_path {tmp}/uwsgi;\n"
        f"  scgi_temp_path {tmp}/scgi;\n  include {tmp}/imeg.conf;\n}}\n"
    )
    command = [NGINX, "-p", str(tmp), "-e", str(tmp / "error.log"), "-c", str(tmp / "nginx.conf")]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", https_port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    yield {"http": http_port, "https": https_port, "test_output": checked.stderr}
    process.terminate()
    process.wait(timeout=10)


def get(nginx, path, host=HOST, port_name="https"):
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    if port_name == "https":
        connection = http.client.HTTPSConnection("127.0.0.1", nginx["https"], timeout=10, context=context)
        # With the site's name in the TLS handshake (SNI), as a browser sends it.
        connection.sock = context.wrap_socket(
            socket.create_connection(("127.0.0.1", nginx["https"]), timeout=10), server_hostname=HOST
        )
    else:
        connection = http.client.HTTPConnection("127.0.0.1", nginx["http"], timeout=10)
    connection.request("GET", path, headers={"Host": host})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_the_example_passes_nginx_t(nginx):
    assert "syntax is ok" in nginx["test_output"] and "test is successful" in nginx["test_output"]


def test_gunicorn_down_gives_the_maintenance_page_with_security_headers_and_no_version(nginx):
    response, body = get(nginx, "/de/")

    assert response.status == 502
    html = body.decode()
    assert '<html lang="de">' in html and '<div lang="en">' in html
    assert "Die Website ist gleich wieder da" in html and "The website will be back shortly" in html
    assert "nginx" not in html
    assert response.getheader("Server") == "nginx"
    assert response.getheader("Strict-Transport-Security").startswith("max-age=31536000")
    assert response.getheader("Content-Security-Policy").startswith("default-src 'none'")
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert response.getheader("Referrer-Policy") == "strict-origin-when-cross-origin"
    assert response.getheader("Cache-Control") == "no-store"
    assert response.getheader("Retry-After") == "30"


def test_static_files_carry_the_security_headers_and_one_cache_control(nginx):
    response, body = get(nginx, "/static/css/site.css")

    assert response.status == 200 and body.startswith(b"body")
    assert response.getheader("Server") == "nginx"
    assert len(response.headers.get_all("Cache-Control")) == 1
    assert response.getheader("Cache-Control") == "public, max-age=31536000, immutable"
    assert response.getheader("Strict-Transport-Security").startswith("max-age=31536000")
    assert re.match(r"default-src 'none'", response.getheader("Content-Security-Policy"))
    assert response.getheader("Referrer-Policy") == "strict-origin-when-cross-origin"
    assert response.getheader("Cross-Origin-Resource-Policy") == "same-origin"


def test_plain_http_redirects_to_https(nginx):
    response, _ = get(nginx, "/de/?x=1", port_name="http")

    assert response.status == 301
    assert response.getheader("Location") == f"https://{HOST}/de/?x=1"


@pytest.mark.parametrize("port_name", ["http", "https"])
def test_a_bogus_host_never_reaches_the_site(nginx, port_name):
    """Port 80 closes the connection unanswered (444); port 443 already refuses the TLS handshake."""
    with pytest.raises((http.client.RemoteDisconnected, ssl.SSLError, ConnectionResetError)):
        if port_name == "https":
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            with socket.create_connection(("127.0.0.1", nginx["https"]), timeout=10) as sock:
                context.wrap_socket(sock, server_hostname="evil.example.org")
        else:
            get(nginx, "/de/", host="evil.example.org", port_name="http")
