"""The production topology on this machine (`make stack`, `make stack-stop`, `make stack-drill`).

    nginx (TLS, self-signed) ──▶ varnishd ──▶ nginx (internal) ──▶ gunicorn A, gunicorn B
                                                                    │
                    PostgreSQL (imeg_stack) · Redis (db 14) · moto_server (S3) · db_worker

Every process is started from deploy/ (nginx/imeg.conf and varnish/default.vcl, rendered with free
ports on 127.0.0.1) in the foreground of its own session, with a pid file and a log in the run
directory (STACK_DIR, default .stack/); `stop` ends exactly the processes named in those pid files.
The app servers share no local disk: media live in the S3 endpoint (moto's standalone server, which
keeps its objects in memory, so the database is built again whenever that server starts anew).

    python deploy/stack.py start | stop | status | drill
"""

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = Path(os.environ.get("STACK_DIR") or ROOT / ".stack").resolve()
PYTHON = ROOT / ".venv" / "bin" / "python"
ADMIN_USER, ADMIN_PASSWORD = "admin", "imeg-demo-2026"
DATABASE_URL = os.environ.get("STACK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/imeg_stack")
REDIS_URL = os.environ.get("STACK_REDIS_URL", "redis://127.0.0.1:6379/14")
BUCKET, REGION = "imeg-stack", "eu-central-1"
WORKER_ID = "stack-worker"
# Start order; `stop` goes the other way round.
COMPONENTS = ["s3", "app-a", "app-b", "worker", "varnish", "nginx"]
BINARIES = {
    "nginx": ("nginx", "apt-get install nginx"),
    "varnishd": ("varnishd", "apt-get install varnish"),
    "openssl": ("openssl", "apt-get install openssl"),
    "psql": ("psql", "apt-get install postgresql-client"),
    "moto_server": (str(ROOT / ".venv" / "bin" / "moto_server"), "make install-dev (moto[server])"),
    "gunicorn": (str(ROOT / ".venv" / "bin" / "gunicorn"), "make install"),
}


class StackError(Exception):
    pass


def say(*text):
    print(*text, flush=True)  # noqa: T201


def binary(name):
    command, hint = BINARIES[name]
    found = shutil.which(command) or shutil.which(command, path="/usr/sbin:/sbin")
    if not found:
        raise StackError(f"{name} not found: {hint}")
    return found


def free_port():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ports():
    """The stack's ports, chosen once and kept in the run directory while it exists."""
    path = RUN / "ports.json"
    if path.exists():
        return json.loads(path.read_text())
    chosen = {name: free_port() for name in ("https", "http", "varnish", "internal", "app-a", "app-b", "s3")}
    path.write_text(json.dumps(chosen, indent=2))
    return chosen


def secret_key():
    path = RUN / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text()


def environment(port):
    """The app servers' and the worker's settings: deploy/imeg.env.example with the stack's addresses."""
    front = f"https://127.0.0.1:{port['https']}"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "imeg.settings",
        "DEBUG": "0",
        "SECRET_KEY": secret_key(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CSRF_TRUSTED_ORIGINS": front,
        "WAGTAILADMIN_BASE_URL": front,
        "SECURITY_CONTACT": "security@example.org",
        "TRUSTED_PROXY_COUNT": "2",
        "DATABASE_URL": DATABASE_URL,
        "CONN_MAX_AGE": "60",
        "CACHE_URL": REDIS_URL,
        "MEDIA_STORAGE": "s3",
        "S3_BUCKET": BUCKET,
        "S3_ENDPOINT_URL": f"http://127.0.0.1:{port['s3']}",
        "S3_REGION": REGION,
        "S3_ACCESS_KEY_ID": "stack",
        "S3_SECRET_ACCESS_KEY": "stack-secret",
        "TASKS_BACKEND": "database",
        "FRONTEND_CACHE_URL": f"http://127.0.0.1:{port['varnish']}",
        "STATIC_ROOT": str(RUN / "static"),
        "MEDIA_ROOT": str(RUN / "no-local-media"),
        "REQUEST_LOG_LEVEL": "WARNING",
        "GUNICORN_ACCESS_LOG": "off",
        "GUNICORN_WORKERS": os.environ.get("STACK_GUNICORN_WORKERS", "2"),
    }


def command_for(name, port):
    if name == "s3":
        return [binary("moto_server"), "-H", "127.0.0.1", "-p", str(port["s3"])]
    if name in ("app-a", "app-b"):
        return [binary("gunicorn"), "--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port[name]}"]
    if name == "worker":
        return [str(PYTHON), "manage.py", "db_worker", "--worker-id", WORKER_ID, "--interval", "0.2"]
    if name == "varnish":
        command = [binary("varnishd"), "-F", "-n", str(RUN / "varnish"), "-a", f"127.0.0.1:{port['varnish']}"]
        command += ["-f", str(RUN / "default.vcl"), "-s", "malloc,128m"]
        return command + (["-j", "none"] if os.geteuid() == 0 else [])
    if name == "nginx":
        return [binary("nginx"), "-p", str(RUN / "nginx"), "-c", str(RUN / "nginx" / "nginx.conf")]
    raise StackError(f"unknown component {name}")


# Processes and their pid files


def pid_of(name):
    """The pid in the component's pid file if that process is still alive, else None."""
    path = RUN / f"{name}.pid"
    if not path.exists():
        return None
    pid = int(path.read_text())
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    # A pid reused by an unrelated process after a reboot is not ours.
    expected = Path(command_for(name, ports())[0]).name
    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    return pid if expected in cmdline else None


def launch(name, port):
    log = open(RUN / f"{name}.log", "ab")  # noqa: SIM115 - handed to the child
    process = subprocess.Popen(  # noqa: S603 - our own commands
        command_for(name, port),
        cwd=ROOT,
        env=environment(port),
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: stopping it ends its children too
    )
    log.close()
    (RUN / f"{name}.pid").write_text(str(process.pid))
    return process.pid


def end(name, pid, sig=signal.SIGTERM, wait=30):
    """Signal the component's process group and wait until its leader is gone (SIGKILL after `wait`)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, sig)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if not alive(pid):
            break
        time.sleep(0.1)
    else:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
    # Children that outlived their leader (gunicorn workers) go with the group.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)
    (RUN / f"{name}.pid").unlink(missing_ok=True)


def alive(pid):
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def wait_until(check, what, name, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if check():
                return
        if pid_of(name) is None:
            raise StackError(f"{name} ended while starting; see {RUN / (name + '.log')}:\n{tail(name)}")
        time.sleep(0.2)
    raise StackError(f"{what} did not answer within {seconds} s; see {RUN / (name + '.log')}:\n{tail(name)}")


def tail(name, lines=15):
    path = RUN / f"{name}.log"
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""


def http_status(url, headers=None, timeout=3):
    import ssl

    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - our own addresses
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=context) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


# Configuration rendered from deploy/


def substitute(text, old, new, source):
    if old not in text:
        raise StackError(f"{source} no longer contains {old!r}: update deploy/stack.py's rendering")
    return text.replace(old, new)


def render_vcl(port):
    source = ROOT / "deploy" / "varnish" / "default.vcl"
    vcl = substitute(source.read_text(), '.port = "8080";', f'.port = "{port["internal"]}";', source)
    (RUN / "default.vcl").write_text(vcl)


def render_nginx(port):
    source = ROOT / "deploy" / "nginx" / "imeg.conf"
    conf = source.read_text()
    for old, new in [
        ("server 10.0.0.11:8000", f"server 127.0.0.1:{port['app-a']}"),
        ("server 10.0.0.12:8000", f"server 127.0.0.1:{port['app-b']}"),
        ("listen 80 default_server;", f"listen 127.0.0.1:{port['http']} default_server;"),
        ("listen 443 ssl default_server;", f"listen 127.0.0.1:{port['https']} ssl default_server;"),
        ("https://www.example.org$request_uri", f"https://127.0.0.1:{port['https']}$request_uri"),
        ("/etc/letsencrypt/live/www.example.org/fullchain.pem", str(RUN / "tls" / "cert.pem")),
        ("/etc/letsencrypt/live/www.example.org/privkey.pem", str(RUN / "tls" / "key.pem")),
        ("https://s3.example.net/imeg-media/", f"http://127.0.0.1:{port['s3']}/{BUCKET}/"),
        ("Host s3.example.net", f"Host 127.0.0.1:{port['s3']}"),
        ("http://127.0.0.1:6081", f"http://127.0.0.1:{port['varnish']}"),
        ("listen 127.0.0.1:8080;", f"listen 127.0.0.1:{port['internal']};"),
    ]:
        conf = substitute(conf, old, new, source)
    conf = re.sub(r"^\s*listen \[::\].*\n", "", conf, flags=re.MULTILINE)  # loopback IPv4 only
    folder = RUN / "nginx"
    (folder / "logs").mkdir(parents=True, exist_ok=True)
    (folder / "imeg.conf").write_text(conf)
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    temp = "\n".join(f"    {kind}_temp_path {folder / 'temp' / kind};" for kind in kinds)
    (folder / "nginx.conf").write_text(
        f"""# Rendered by deploy/stack.py; the site's configuration is {folder / "imeg.conf"}.
daemon off;
worker_processes 2;
pid {folder / "nginx.pid"};
error_log {folder / "logs" / "error.log"} warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
{temp}
    include {folder / "imeg.conf"};
}}
"""
    )
    (folder / "temp").mkdir(exist_ok=True)


def certificate():
    """A self-signed certificate for 127.0.0.1, so the stack speaks TLS like production."""
    folder = RUN / "tls"
    if (folder / "cert.pem").exists():
        return
    folder.mkdir(exist_ok=True)
    subprocess.run(  # noqa: S603
        [binary("openssl"), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]
        + ["-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")],
        check=True,
        capture_output=True,
    )


# The shared state: bucket, database, Redis


def create_bucket(port):
    import boto3

    s3 = boto3.client(
        "s3",
        endpoint_url=f"http://127.0.0.1:{port['s3']}",
        region_name=REGION,
        aws_access_key_id="stack",
        aws_secret_access_key="stack-secret",
    )
    s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
    # As docs/deployment.md asks of production's bucket: anonymous reads of images only, documents private.
    public = [f"arn:aws:s3:::{BUCKET}/{prefix}/*" for prefix in ("images", "original_images")]
    statement = {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": public}
    s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps({"Version": "2012-10-17", "Statement": [statement]}))


def manage(port, *arguments, quiet=True):
    result = subprocess.run(  # noqa: S603
        [str(PYTHON), "manage.py", *arguments], cwd=ROOT, env=environment(port), capture_output=True, text=True
    )
    if result.returncode:
        raise StackError(f"manage.py {' '.join(arguments)} failed:\n{result.stdout[-2000:]}{result.stderr[-3000:]}")
    if not quiet:
        say(result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "")
    return result.stdout


def build_database(port):
    """A new database with the demo site and an admin; its media go to the new bucket."""
    database = DATABASE_URL.rsplit("/", 1)[1]
    if not re.fullmatch(r"[A-Za-z0-9_]+", database):
        raise StackError(f"unexpected database name {database!r} in STACK_DATABASE_URL")
    admin_url = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    psql = binary("psql")
    subprocess.run([psql, admin_url, "-qc", f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'], check=True)  # noqa: S603
    subprocess.run([psql, admin_url, "-qc", f'CREATE DATABASE "{database}"'], check=True)  # noqa: S603
    say(f"    database {database}: migrate, load_demo, admin user")
    manage(port, "migrate", "--noinput", "-v", "0")
    manage(port, "load_demo", quiet=False)
    manage(
        port,
        "shell",
        "--no-imports",
        "-c",
        "from django.contrib.auth import get_user_model; from wagtail.models import Site; "
        f"get_user_model().objects.create_superuser({ADMIN_USER!r}, 'admin@example.org', {ADMIN_PASSWORD!r}); "
        # Wagtail purges Varnish with the site's host and port, which must be what visitors send.
        f"Site.objects.filter(is_default_site=True).update(hostname='127.0.0.1', port={port['https']})",
    )
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()  # only the stack's database number


# Commands


def start():
    for name in BINARIES:
        binary(name)
    RUN.mkdir(exist_ok=True)
    port = ports()
    running = {name: pid_of(name) for name in COMPONENTS}
    if all(running.values()):
        say(f"The stack is already running ({RUN}).")
        return urls(port)
    certificate()
    render_vcl(port)
    render_nginx(port)
    say(f"==> Stack in {RUN}")
    if not running["s3"]:
        launch("s3", port)
        wait_until(lambda: http_status(f"http://127.0.0.1:{port['s3']}/") < 500, "moto_server", "s3")
        create_bucket(port)
        say(f"    S3 endpoint http://127.0.0.1:{port['s3']} (moto_server, bucket {BUCKET})")
        # The bucket is new and empty: build the database whose images live in it.
        for name in ("app-a", "app-b", "worker"):
            if running[name]:
                end(name, running[name])
                running[name] = None
        build_database(port)
    manage(port, "migrate", "--noinput", "-v", "0")
    if not (RUN / "static" / "staticfiles.json").exists():
        manage(port, "collectstatic", "--noinput", "-v", "0")
    for name in ("app-a", "app-b"):
        if not running[name]:
            launch(name, port)
    for name in ("app-a", "app-b"):
        wait_until(lambda n=name: http_status(f"http://127.0.0.1:{port[n]}/healthz") == 200, name, name)
        say(f"    {name}: gunicorn on 127.0.0.1:{port[name]}")
    if not running["worker"]:
        launch("worker", port)
    say(f"    worker: manage.py db_worker --worker-id {WORKER_ID}")
    if not running["varnish"]:
        launch("varnish", port)
    if not running["nginx"]:
        launch("nginx", port)
    wait_until(lambda: http_status(f"https://127.0.0.1:{port['https']}/healthz") == 200, "nginx → Varnish", "nginx")
    wait_until(lambda: pid_of("worker") is not None, "the worker", "worker", seconds=5)
    say(f"    varnishd on 127.0.0.1:{port['varnish']}, nginx on 127.0.0.1:{port['https']} (TLS)")
    urls(port)


def urls(port):
    front = f"https://127.0.0.1:{port['https']}"
    say()
    say(f"  Site:   {front}/   (self-signed certificate: curl -k, or accept it in the browser)")
    say(f"  Admin:  {front}/admin/   user {ADMIN_USER} / password {ADMIN_PASSWORD}")
    say(f"  App servers directly: http://127.0.0.1:{port['app-a']}/ and http://127.0.0.1:{port['app-b']}/")
    say(f"  Logs and pid files: {RUN}/   stop with: make stack-stop")


def stop():
    if not RUN.exists():
        say("No stack to stop.")
        return
    for name in reversed(COMPONENTS):
        pid = pid_of(name)
        if pid is None:
            (RUN / f"{name}.pid").unlink(missing_ok=True)
            continue
        end(name, pid)
        say(f"    stopped {name} (pid {pid})")
    say("The stack is stopped.")


def status():
    for name in COMPONENTS:
        pid = pid_of(name)
        say(f"  {name:8} {'pid ' + str(pid) if pid else 'not running'}")


def main(argv):
    commands = {"start": start, "stop": stop, "status": status}
    if len(argv) != 2 or argv[1] not in [*commands, "drill"]:
        sys.exit(f"usage: {argv[0]} start|stop|status|drill")
    try:
        if argv[1] == "drill":
            from drill import drill  # deploy/drill.py

            drill()
        else:
            commands[argv[1]]()
    except StackError as error:
        sys.exit(f"stack: {error}")


if __name__ == "__main__":
    # As the module `stack`, which deploy/drill.py imports too (one StackError, one set of helpers).
    import stack

    stack.main(sys.argv)
