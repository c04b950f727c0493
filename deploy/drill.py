"""`make stack-drill`: load through the stack while its parts fail (deploy/stack.py, docs/operations.md).

wrk (loadtest/mix.lua over loadtest/paths.py's page mix) runs STACK_DRILL_DURATION seconds (60) at
STACK_DRILL_CONNECTIONS (32) through nginx (TLS) → Varnish → nginx → app servers A and B, while:
  (a) app server B is killed (SIGKILL to its process group) and started again;
  (b) an editor logs in at app server A's own port and publishes a page's draft with the admin's
      publish action (a real HTTP POST); the drill measures how long until the page shows it through
      nginx → Varnish (and directly on B);
  (c) the stack's Redis connections (its database number) are killed with CLIENT KILL: the machine's
      Redis is shared, so restarting it is not ours to do; this is what a restart does to the clients;
  (d) an editor uploads a PDF through A's admin, the worker is killed (SIGKILL) while its reading
      child runs, started again, and the drill waits until the PDF is read.
Prints requests/s, latency, responses that are not 2xx/3xx (target 0), the seconds until the
published change was visible (target ≤ 1 s; Wagtail purges Varnish from a task, so this includes the
worker's queue) and whether the PDF was read; exits non-zero on errors, a change never visible or a
PDF not read (a change visible later than 1 s is printed as MISSED).
"""

import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import stack
from stack import RUN, StackError, end, environment, http_status, launch, pid_of, ports, say


def setup_django(port):
    import django

    os.environ.update(environment(port))
    sys.path.insert(0, str(stack.ROOT))
    django.setup()


class Editor:
    """An editor's browser session at one app server's own port, as nginx would forward it (https)."""

    def __init__(self, port):
        import requests

        self.base = f"http://127.0.0.1:{port}"
        self.session = requests.Session()
        # The app sees https (X-Forwarded-Proto from a trusted proxy address), so its cookies are Secure.
        self.session.headers.update({"X-Forwarded-Proto": "https", "Referer": f"https://127.0.0.1:{port}/admin/"})

    def _insecure_cookies(self):
        # requests would not send Secure cookies over the plain-HTTP hop to the app server.
        for cookie in self.session.cookies:
            cookie.secure = False

    def get(self, path):
        response = self.session.get(self.base + path, timeout=30)
        self._insecure_cookies()
        response.raise_for_status()
        return response

    def post(self, path, data, files=None):
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.get(path).text).group(1)
        response = self.session.post(
            self.base + path,
            data={"csrfmiddlewaretoken": token, **data},
            files=files,
            timeout=60,
            allow_redirects=False,  # the Secure cookies it sets must be made sendable first
        )
        self._insecure_cookies()
        return response

    def login(self, user, password):
        response = self.post("/admin/login/", {"username": user, "password": password, "next": "/admin/"})
        if not succeeded(response):
            raise StackError(f"could not log in at {self.base}: {response.status_code}")


def succeeded(response):
    """A form the admin accepted redirects elsewhere; a refused one is shown again (200)."""
    return response.status_code == 302 and "/login/" not in response.headers.get("Location", "")


def run_wrk(port, duration, connections, work):
    paths = work / "paths.txt"
    paths.write_text(
        subprocess.run(  # noqa: S603
            [str(stack.PYTHON), "loadtest/paths.py"],
            cwd=stack.ROOT,
            env=environment(port),
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    front = f"https://127.0.0.1:{port['https']}"
    broken = [path for path in paths.read_text().split() if http_status(front + path, timeout=60) >= 400]
    if broken:
        raise StackError(f"{len(broken)} paths fail before the drill: {broken[:5]}")
    command = ["wrk", "--threads", "2", "--connections", str(connections), "--duration", f"{duration}s"]
    command += ["--timeout", "30s", "--script", "loadtest/mix.lua", front]
    env = {**os.environ, "LOADTEST_PATHS": str(paths), "LOADTEST_RESULT": str(work / "result.txt")}
    log = open(work / "wrk.log", "wb")  # noqa: SIM115
    return subprocess.Popen(command, cwd=stack.ROOT, env=env, stdout=log, stderr=subprocess.STDOUT), len(  # noqa: S603
        paths.read_text().split()
    )


def kill_and_restart_app(port):
    pid = pid_of("app-b")
    end("app-b", pid, signal.SIGKILL, wait=5)
    time.sleep(2)  # down for a moment under load: nginx sends everything to A meanwhile
    started = time.monotonic()
    launch("app-b", port)
    stack.wait_until(lambda: http_status(f"http://127.0.0.1:{port['app-b']}/healthz") == 200, "B", "app-b")
    healthy = time.monotonic() - started
    return f"B (pid {pid}) killed with SIGKILL, down 2 s, restarted and healthy after {healthy:.1f} s"


def publish_through_a(port):
    from django.utils import translation

    from news.models import NewsPage

    with translation.override("de"):
        page = NewsPage.objects.live().public().order_by("path").first()
        url = page.get_url()
        front = f"https://127.0.0.1:{port['https']}{url}"
        # Cached in Varnish before the change, so that only a purge can make the change visible.
        import requests

        for _ in range(3):
            cached = requests.get(front, verify=False, timeout=30).headers.get("X-Varnish-Cache")  # noqa: S501
        marker = f"Drill {time.strftime('%H%M%S', time.gmtime())}"
        page.title = re.sub(r" · Drill \d+$", "", page.title) + f" · {marker}"
        page.save_revision()  # the editor's draft; A publishes it
    editor = Editor(port["app-a"])
    editor.login(stack.ADMIN_USER, stack.ADMIN_PASSWORD)
    path = f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}&next=/admin/"
    sent = time.monotonic()
    response = editor.post(path, {})
    published = time.monotonic()
    if not succeeded(response) or page.specific_class.objects.get(pk=page.pk).title != page.title:
        raise StackError(f"publishing through A failed: {response.status_code}")

    def visible(base, **options):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if marker in requests.get(base + url, timeout=10, **options).text:
                return time.monotonic() - sent
            time.sleep(0.05)
        return None

    through_varnish = visible(f"https://127.0.0.1:{port['https']}", verify=False)
    on_b = visible(f"http://127.0.0.1:{port['app-b']}", headers={"X-Forwarded-Proto": "https"})
    return url, cached, published - sent, through_varnish, on_b


def kill_redis_clients():
    import redis

    client = redis.Redis.from_url(stack.REDIS_URL)
    own = client.client_id()
    database = str(client.connection_pool.connection_kwargs.get("db", 0))
    killed = 0
    for connection in client.client_list():
        if connection["db"] == database and int(connection["id"]) != own:
            killed += client.client_kill_filter(_id=connection["id"])
    return killed


def worker_children(pid):
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        return []


def kill_worker_while_reading(port):
    from publications.models import PdfInfo, PdfStatus
    from tests.publications.pdfs import valid_pdf

    editor = Editor(port["app-a"])
    editor.login(stack.ADMIN_USER, stack.ADMIN_PASSWORD)
    title = f"Drill-PDF {time.strftime('%H%M%S', time.gmtime())}"
    form = editor.get("/admin/documents/add/").text
    collection = re.search(r'name="collection"[^>]*>\s*<option value="(\d+)"', form)
    data = {"title": title, **({"collection": collection.group(1)} if collection else {})}
    pdf = valid_pdf(pages=200, title=title)
    response = editor.post("/admin/documents/add/", data, files={"file": ("drill.pdf", pdf, "application/pdf")})
    if not succeeded(response):
        raise StackError(f"uploading the PDF through A failed: {response.status_code}")
    from wagtail.documents import get_document_model

    document = get_document_model().objects.get(title=title)
    worker = pid_of("worker")
    deadline = time.monotonic() + 60
    while not worker_children(worker):
        if time.monotonic() > deadline or PdfInfo.objects.filter(document=document, status=PdfStatus.READY).exists():
            return title, "the worker had read it before it could be killed", None
        time.sleep(0.01)
    end("worker", worker, signal.SIGKILL, wait=5)
    killed = time.monotonic()
    launch("worker", port)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        info = PdfInfo.objects.filter(document=document).first()
        if info and info.status != PdfStatus.PROCESSING:
            return title, f"killed while reading (pid {worker}), restarted", (info.status, time.monotonic() - killed)
        time.sleep(0.2)
    return title, f"killed while reading (pid {worker}), restarted", None


def drill():
    port = ports() if (RUN / "ports.json").exists() else None
    if port is None or any(pid_of(name) is None for name in stack.COMPONENTS):
        raise StackError("the stack is not (fully) running: make stack first")
    setup_django(port)
    import urllib3

    urllib3.disable_warnings()
    duration = int(os.environ.get("STACK_DRILL_DURATION", "60"))
    connections = int(os.environ.get("STACK_DRILL_CONNECTIONS", "32"))
    work = Path(tempfile.mkdtemp(prefix="drill-", dir=RUN))
    say(f"==> Stack drill: {duration} s of wrk at {connections} connections through nginx (load {load()})")
    wrk, path_count = run_wrk(port, duration, connections, work)
    started = time.monotonic()
    events = []
    try:
        through_varnish, read = run_events(port, duration, started, events)
    finally:
        if wrk.poll() is None and sys.exc_info()[0] is not None:
            wrk.terminate()
        wrk.wait()
    result = dict(line.split("=", 1) for line in (work / "result.txt").read_text().splitlines())
    say(f"Stack drill ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, load {load()})")
    say(f"  wrk               {result['requests']} requests in {result['seconds']} s, {connections} connections")
    say(f"                    {path_count} paths, https through nginx → Varnish → nginx → A/B")
    say(f"  requests/s        {result['requests_per_second']}")
    latency = f"{result['latency_p50_ms']} / {result['latency_p99_ms']} ms (max {result['latency_max_ms']})"
    say(f"  latency p50/p99   {latency}")
    say(
        f"  not 2xx/3xx       {result['non_2xx_3xx']} (4xx {result['status_4xx']}, 5xx {result['status_5xx']}); "
        f"socket errors: {result['socket_errors_detail']}"
    )
    for event in events:
        say(f"  {event}")
    from publications.models import PdfStatus

    errors_ok = int(result["errors"]) == 0
    visible_ok = through_varnish is not None and through_varnish <= 1
    read_ok = bool(read) and read[0] == PdfStatus.READY
    say(
        f"Targets: 0 errors {'met' if errors_ok else 'MISSED'}; visible ≤ 1 s {'met' if visible_ok else 'MISSED'}; "
        f"PDF read after the worker came back {'met' if read_ok else 'MISSED'}"
    )
    failed = not (errors_ok and read_ok and through_varnish is not None)
    if failed:
        raise StackError(f"the drill found failures; logs in {RUN}")


def run_events(port, duration, started, events):
    """(a) to (d) one after the other while wrk runs; returns the publish's visibility and the PDF's fate."""

    def at(fraction):
        time.sleep(max(0.0, started + fraction * duration - time.monotonic()))
        return f"t+{time.monotonic() - started:4.1f}s"

    events.append(f"(a) {at(0.1)} {kill_and_restart_app(port)}")
    when = at(0.35)
    url, cached, publish_seconds, through_varnish, on_b = publish_through_a(port)
    events.append(
        f"(b) {when} published {url} through A (POST took {publish_seconds:.2f} s; Varnish had it: {cached}); "
        f"visible through nginx → Varnish after {seconds(through_varnish)} from sending the publish "
        f"({seconds(through_varnish and through_varnish - publish_seconds)} after A answered), "
        f"then on B directly after {seconds(on_b)}"
    )
    when = at(0.55)
    events.append(f"(c) {when} killed {kill_redis_clients()} Redis connections of the stack (CLIENT KILL, db 14)")
    when = at(0.65)
    title, what, read = kill_worker_while_reading(port)
    outcome = f"{read[0]} {read[1]:.1f} s after the kill" if read else "NOT read"
    events.append(f"(d) {when} uploaded '{title}' (200 pages) through A; worker {what}; PDF: {outcome}")
    return through_varnish, read


def seconds(value):
    return "NOT within 30 s" if value is None else f"{value:.2f} s"


def load():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])
