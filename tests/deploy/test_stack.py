"""Issue 15.6: `make stack` renders deploy/'s nginx and Varnish configurations into ones the engines accept.

Starting the whole stack takes minutes (`make stack-drill` is its proof); these check in seconds that
the rendering still matches deploy/nginx/imeg.conf and deploy/varnish/default.vcl: nginx -t and
varnishd -C accept the results, and nothing of the production addresses is left.
"""

import importlib
import os
import shutil
import subprocess
import sys

import pytest
from django.conf import settings


@pytest.fixture
def stack(tmp_path, monkeypatch):
    monkeypatch.setenv("STACK_DIR", str(tmp_path))
    monkeypatch.syspath_prepend(str(settings.BASE_DIR / "deploy"))
    sys.modules.pop("stack", None)
    yield importlib.import_module("stack")  # reads STACK_DIR when imported
    sys.modules.pop("stack", None)


def engine(name, package):
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")
    if found is None:
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return found


def test_the_rendered_nginx_configuration_is_valid_and_local(stack, tmp_path):
    nginx = engine("nginx", "nginx")
    engine("openssl", "openssl")
    port = stack.ports()
    stack.certificate()
    stack.render_nginx(port)
    conf = (tmp_path / "nginx" / "imeg.conf").read_text()
    directives = "\n".join(line for line in conf.splitlines() if not line.lstrip().startswith("#"))
    assert f"server 127.0.0.1:{port['app-a']}" in conf
    assert f"server 127.0.0.1:{port['app-b']}" in conf
    assert f"listen 127.0.0.1:{port['https']} ssl" in conf
    assert not any(address in directives for address in ("10.0.0.", "example.net", "letsencrypt", "[::]", ":6081"))
    folder = tmp_path / "nginx"
    command = [
        nginx,
        "-t",
        "-p",
        str(folder),
        "-e",
        str(folder / "logs" / "error.log"),
        "-c",
        str(folder / "nginx.conf"),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=30)  # noqa: S603
    assert result.returncode == 0, result.stderr


def test_the_rendered_vcl_compiles_with_the_internal_nginx_as_backend(stack, tmp_path):
    varnishd = engine("varnishd", "varnish")
    port = stack.ports()
    stack.render_vcl(port)
    vcl = (tmp_path / "default.vcl").read_text()
    assert f'.port = "{port["internal"]}";' in vcl
    command = [varnishd, "-C", "-n", str(tmp_path / "varnish"), "-f", str(tmp_path / "default.vcl")]
    command += ["-j", "none"] if os.geteuid() == 0 else []  # as make stack runs it
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)  # noqa: S603
    assert result.returncode == 0, result.stderr


def test_a_configuration_the_rendering_no_longer_matches_is_named(stack):
    with pytest.raises(stack.StackError, match="no longer contains 'listen 80 default_server;'"):
        stack.substitute("server { listen 8080; }", "listen 80 default_server;", "listen 1;", "imeg.conf")
