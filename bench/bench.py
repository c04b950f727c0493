"""`make bench`: how fast each page type is under gunicorn and nginx, at demo size and at scale.

Builds (or updates) two PostgreSQL databases, BENCH_DB (the demo site) and BENCH_DB_scale (the demo
plus `load_demo --scale`), starts gunicorn (production settings, 2 sync workers, port 8300) and nginx
(port 8301, config and pid in a temporary folder), and measures with wrk, through nginx:

- a saved copy of the home page, served by nginx as a static file, and `/healthz`, a view without
  database access: the ceilings the pages are compared with;
- each page type cold (page cache off, PAGE_CACHE=0) and warm (on), on the scale set, and the list
  pages cold at demo size, so growth shows;
- each page type warm with the page cache in Redis (BENCH_REDIS_URL, database 15, flushed) instead of
  in each process ("warm redis", production's figure), and warm behind Varnish
  (deploy/varnish/default.vcl in front of nginx, port 8302; "varnish") beside the static file from
  nginx in the same round. Without varnishd or Redis those rows are left out, with a message.

Each round runs the three servers (demo cold, scale cold, scale warm) one after the other and
computes its ratios against the static file and /healthz measured in the same server, so a noisy
machine shifts numerator and denominator alike; BENCH_ROUNDS repeats the rounds interleaved and the
table shows medians. SQL queries and HTML sizes come from bench/pages.py (Django's test client).

Environment: BENCH_DURATION (s per measurement, 5), BENCH_ROUNDS (1), BENCH_CONNECTIONS (4),
BENCH_DATABASE_URL (server, postgres://postgres@127.0.0.1:5432), BENCH_DB (imeg_bench),
BENCH_MEDIA_ROOT (/tmp/imeg-bench-media), BENCH_SEARCH=0 (skip bench/search_bench.py, which takes
minutes of its own), BENCH_FRESH=1 (rebuild both databases; they are built only when missing, and
migrated on every run), BENCH_PAGES (comma-separated page types, e.g. "news list,publication library":
measure only those, plus the home page the static file is made from; all by default).
"""

import contextlib
import gzip
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = Path(PYTHON).with_name("gunicorn")
HOST = "127.0.0.1"
APP_PORT = 8300
NGINX_PORT = 8301
VARNISH_PORT = 8302
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
STATIC_PATH = "/bench-static/home.html"
TRIVIAL_PATH = "/healthz"

DURATION = int(os.environ.get("BENCH_DURATION", "5"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "1"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "4"))
SERVER_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
DB_DEMO = os.environ.get("BENCH_DB", "imeg_bench")
DB_SCALE = f"{DB_DEMO}_scale"
MEDIA_ROOT = Path(os.environ.get("BENCH_MEDIA_ROOT", "/tmp/imeg-bench-media"))
FRESH = os.environ.get("BENCH_FRESH") == "1"

# Targets (issue #8); printed as PASS/MISS, never asserted: the machine decides too much.
WARM_SHARE = 0.5  # warm pages: at least half the requests per second of the trivial view
COLD_SHARE = 1 / 20  # cold pages: at least a twentieth
VARNISH_SHARE = 0.8  # warm pages behind Varnish: at least 0.8 times the static file from nginx
SCALE_SLOWDOWN = 1.5  # list pages at scale: at most 1.5 times slower than at demo size
MAX_QUERIES = 10  # cold pages
SERVER_MS = {"demo": 15, "scale": 25}  # cold pages: median server time, at demo size and with the scale set
WARM_UP_REQUESTS = 3
# Page types with a list whose length grows with the content; the scale target applies to them.
LISTS = ("news list", "news list filtered", "event list", "publication library", "region page", "search")

NGINX_CONF = """\
{user}worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/nginx-body;
    proxy_temp_path {tmp}/nginx-proxy;
    fastcgi_temp_path {tmp}/nginx-fastcgi;
    uwsgi_temp_path {tmp}/nginx-uwsgi;
    scgi_temp_path {tmp}/nginx-scgi;
    types {{ text/html html; }}
    gzip on;
    gzip_comp_level 6;
    server {{
        listen {host}:{nginx_port};
        location /bench-static/ {{ alias {tmp}/www/; }}
        location / {{
            proxy_pass http://{host}:{app_port};
            proxy_set_header Host {host};
            proxy_set_header X-Forwarded-For $remote_addr;
        }}
    }}
}}
"""


def log(message):
    print(message, file=sys.stderr, flush=True)  # noqa: T201


def database_url(name):
    return f"{SERVER_URL}/{name}"


def app_env(database, tmp, page_cache, cache_url=None):
    """Production settings on loopback: DEBUG off, a throwaway key, collected static files, no TLS."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="imeg.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=database_url(database),
        CONN_MAX_AGE="60",
        MEDIA_ROOT=str(MEDIA_ROOT),
        STATIC_ROOT=str(tmp / "static"),
        PAGE_CACHE="1" if page_cache else "0",
        # The site is served over plain HTTP on loopback here; production keeps the TLS settings on.
        SECURE_SSL_REDIRECT="0",
        LOG_LEVEL="WARNING",
        REQUEST_LOG_LEVEL="WARNING",
        GUNICORN_ACCESS_LOG="off",
        GUNICORN_LOG_LEVEL="warning",
        # First renders make image renditions (AVIF is slow to encode); the timing starts after them.
        GUNICORN_TIMEOUT="120",
        # Requests still queued when wrk stops need not finish before the next server starts.
        GUNICORN_GRACEFUL_TIMEOUT="3",
    )
    env.pop("PYTEST_VERSION", None)
    if cache_url:
        env["CACHE_URL"] = cache_url
    return env


def manage(env, *args, quiet=False):
    started = time.monotonic()
    output = subprocess.DEVNULL if quiet else None
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=output)
    return time.monotonic() - started


def database_exists(name):
    with psycopg.connect(database_url("postgres"), autocommit=True) as connection:
        return connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def recreate_database(name, template=None):
    with psycopg.connect(database_url("postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        clause = f' TEMPLATE "{template}"' if template else ""
        connection.execute(f'CREATE DATABASE "{name}"{clause}')


def prepare_databases(tmp):
    """Both databases: built when missing (or BENCH_FRESH=1), migrated on every run.

    A database that exists keeps its content: `load_demo` again would rebuild the search index,
    minutes on the scale set. BENCH_FRESH=1 rebuilds both after the demo content changed.
    """
    timings = {}
    fresh = FRESH or not database_exists(DB_DEMO) or not database_exists(DB_SCALE)
    if fresh:
        # The media belong to the databases: images, renditions and PDFs are made anew with them.
        shutil.rmtree(MEDIA_ROOT, ignore_errors=True)
        MEDIA_ROOT.mkdir(parents=True)
        recreate_database(DB_DEMO)
    env = app_env(DB_DEMO, tmp, page_cache=False)
    manage(env, "migrate", "--noinput", "-v", "0", quiet=True)
    if fresh:
        log(f"load_demo into {DB_DEMO} …")
        timings["load_demo"] = manage(env, "load_demo", quiet=True)
        recreate_database(DB_SCALE, template=DB_DEMO)
    env = app_env(DB_SCALE, tmp, page_cache=False)
    manage(env, "migrate", "--noinput", "-v", "0", quiet=True)
    if fresh:
        log(f"load_demo --scale into {DB_SCALE} …")
        timings["load_demo --scale"] = manage(env, "load_demo", "--scale", quiet=True)
    return timings


@contextlib.contextmanager
def process(command, env=None, name=""):
    child = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    try:
        yield child
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGTERM)
            try:
                child.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait()
        log(f"stopped {name}")


def wait_until_up(url, child, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise SystemExit(f"{child.args[0]} exited with {child.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=20) as response:
                if response.status == 200:
                    return
        except OSError:  # refused, reset or timed out while the workers start
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer within {timeout} s")


@contextlib.contextmanager
def gunicorn(database, tmp, page_cache, cache_url=None):
    command = [str(GUNICORN), "imeg.wsgi:application", "-w", "2", "-b", f"{HOST}:{APP_PORT}"]
    if (ROOT / "gunicorn.conf.py").exists():
        command += ["-c", str(ROOT / "gunicorn.conf.py")]
    env = app_env(database, tmp, page_cache, cache_url)
    label = f"gunicorn ({database}, page cache {'on' if page_cache else 'off'}{' in Redis' if cache_url else ''})"
    with process(command, env, label) as child:
        wait_until_up(f"http://{HOST}:{APP_PORT}{TRIVIAL_PATH}", child)
        yield


@contextlib.contextmanager
def nginx(tmp):
    # As root, nginx's workers would switch to "nobody"; they stay this user, who owns the folder.
    user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n" if os.geteuid() == 0 else ""
    conf = tmp / "nginx.conf"
    conf.write_text(NGINX_CONF.format(user=user, tmp=tmp, host=HOST, nginx_port=NGINX_PORT, app_port=APP_PORT))
    command = ["nginx", "-p", str(tmp), "-e", str(tmp / "nginx-error.log"), "-c", str(conf)]
    with process(command, name="nginx") as child:
        wait_until_up(f"http://{HOST}:{NGINX_PORT}{STATIC_PATH}", child)
        yield


@contextlib.contextmanager
def varnish(tmp):
    """deploy/varnish/default.vcl with nginx (which proxies to gunicorn) as its backend."""
    vcl = (
        (ROOT / "deploy" / "varnish" / "default.vcl")
        .read_text()
        .replace('.port = "8080";', f'.port = "{NGINX_PORT}";')
    )
    (tmp / "bench.vcl").write_text(vcl)
    command = [
        varnishd(),
        "-F",
        "-n",
        str(tmp / "varnish"),
        "-a",
        f"{HOST}:{VARNISH_PORT}",
        "-f",
        str(tmp / "bench.vcl"),
    ]
    command += ["-s", "malloc,128m"] + (["-j", "none"] if os.geteuid() == 0 else [])
    with process(command, name="varnishd") as child:
        wait_until_up(f"http://{HOST}:{VARNISH_PORT}{TRIVIAL_PATH}", child)
        yield


def varnishd():
    return shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin:/sbin")


def redis_available():
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=2).flushdb()  # the benchmark's own database number
    except redis.RedisError as error:
        log(f"Redis at {REDIS_URL} not reachable ({error}): no 'warm redis' rows")
        return False
    return True


def fetch(path, port=NGINX_PORT, encoding=None):
    request = urllib.request.Request(f"http://{HOST}:{port}{path}")
    if encoding:
        request.add_header("Accept-Encoding", encoding)
    with urllib.request.urlopen(request, timeout=150) as response:
        return response.status, response.read()


def wrk(path, port=NGINX_PORT):
    """Requests per second and p50/p99 latency (ms) of one path, through nginx (or Varnish), for DURATION seconds."""
    url = f"http://{HOST}:{port}{path}"
    for _ in range(WARM_UP_REQUESTS):  # lookups, renditions, page cache: filled before timing starts
        try:
            fetch(path, port=port, encoding="gzip")
        except OSError as error:
            log(f"  warm-up of {path}: {error}")
    command = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{DURATION}s", "--timeout", "30s", "--latency"]
    command += ["-H", "Accept-Encoding: gzip", url]
    output = subprocess.run(command, capture_output=True, text=True, timeout=DURATION + 30, check=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    timeouts = re.search(r"Socket errors: .*timeout (\d+)", output)
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.MULTILINE))
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": milliseconds(latency["50"]),
        "p99": milliseconds(latency["99"]),
        "errors": (int(errors.group(1)) if errors else 0) + (int(timeouts.group(1)) if timeouts else 0),
    }


def milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def page_urls(tmp):
    env = app_env(DB_SCALE, tmp, page_cache=False)
    output = subprocess.run([PYTHON, "bench/pages.py", "urls"], cwd=ROOT, env=env, capture_output=True, text=True)
    if output.returncode:
        raise SystemExit(output.stderr)
    return json.loads(output.stdout)


def chosen_pages(urls):
    """The page types BENCH_PAGES names (and the home page), or all of them."""
    chosen = {name.strip() for name in os.environ.get("BENCH_PAGES", "").split(",") if name.strip()}
    if not chosen:
        return urls
    if unknown := chosen - set(urls):
        raise SystemExit(f"BENCH_PAGES: no page type {', '.join(sorted(unknown))}; there are {', '.join(urls)}")
    return {name: path for name, path in urls.items() if name in chosen or name == "home"}


def page_costs(tmp, urls, database):
    """Queries, server time and sizes of each page: {"bare": …, "cold": …, "warm": …} (bench/pages.py)."""
    env = app_env(database, tmp, page_cache=False)
    output = subprocess.run(
        [PYTHON, "bench/pages.py", "measure"],
        cwd=ROOT,
        env=env,
        input=json.dumps(urls),
        capture_output=True,
        text=True,
    )
    if output.returncode:
        raise SystemExit(output.stderr)
    return json.loads(output.stdout)


def measure_server(label, paths, port=NGINX_PORT):
    """One server's measurements: the static file and the trivial view first (nginx), then each path."""
    results = {"static file": wrk(STATIC_PATH), "trivial view": wrk(TRIVIAL_PATH)}
    for name, path in paths.items():
        results[name] = wrk(path, port)
        log(f"  {label:<12} {name:<20} {results[name]['rps']:8.1f} req/s")
    return results


def run_round(tmp, urls, lists):
    with gunicorn(DB_DEMO, tmp, page_cache=False):
        demo = measure_server("demo cold", {name: urls[name] for name in lists})
    with gunicorn(DB_SCALE, tmp, page_cache=False):
        cold = measure_server("scale cold", urls)
    with gunicorn(DB_SCALE, tmp, page_cache=True):
        warm = measure_server("scale warm", urls)
        measured = {"demo cold": demo, "scale cold": cold, "scale warm": warm}
        if varnishd():
            with varnish(tmp):
                measured["varnish"] = measure_server("varnish", urls, port=VARNISH_PORT)
        else:
            log("varnishd not found (apt-get install varnish): no 'varnish' rows")
    if redis_available():
        with gunicorn(DB_SCALE, tmp, page_cache=True, cache_url=REDIS_URL):
            measured["warm redis"] = measure_server("warm redis", urls)
    return measured


def median(values):
    return statistics.median(values) if values else float("nan")


SETTINGS = ("demo cold", "scale cold", "scale warm", "warm redis", "varnish")


def summarise(rounds, urls, lists, costs, static_bytes):
    """Rows of the table: medians over the rounds of rates and of per-round ratios."""
    rows = []
    for setting in [setting for setting in SETTINGS if setting in rounds[0]]:
        names = ["static file", "trivial view", *[name for name in urls if setting != "demo cold" or name in lists]]
        for name in names:
            runs = [round_[setting][name] for round_ in rounds]
            ratio_static = median(
                [run["rps"] / r[setting]["static file"]["rps"] for run, r in zip(runs, rounds, strict=True)]
            )
            ratio_trivial = median(
                [run["rps"] / r[setting]["trivial view"]["rps"] for run, r in zip(runs, rounds, strict=True)]
            )
            cost = costs.get(setting, costs["scale warm"]).get(name, {})
            row = {
                "page": name,
                "setting": setting,
                "rps": median([run["rps"] for run in runs]),
                "p50": median([run["p50"] for run in runs]),
                "p99": median([run["p99"] for run in runs]),
                "errors": sum(run["errors"] for run in runs),
                "x_static": ratio_static,
                "x_trivial": ratio_trivial,
                "queries": cost.get("queries"),
                "server_ms": cost.get("server_ms"),
                "html": cost.get("html_bytes") or (static_bytes["html"] if name == "static file" else None),
                "gzip": cost.get("gzip_bytes") or (static_bytes["gzip"] if name == "static file" else None),
                "targets": [],
            }
            rows.append(row)
    by_key = {(row["page"], row["setting"]): row for row in rows}
    for row in rows:
        if row["page"] in ("static file", "trivial view"):
            continue
        if row["setting"] in ("scale warm", "warm redis"):
            row["targets"].append(("warm≥½", row["x_trivial"] >= WARM_SHARE))
        if row["setting"] == "varnish":
            row["targets"].append(("≥0.8×static", row["x_static"] >= VARNISH_SHARE))
        if row["setting"] == "scale cold":
            row["targets"].append(("cold≥1/20", row["x_trivial"] >= COLD_SHARE))
            if row["queries"] is not None:
                row["targets"].append((f"SQL≤{MAX_QUERIES}", row["queries"] <= MAX_QUERIES))
            demo = by_key.get((row["page"], "demo cold"))
            if demo:
                row["targets"].append(("scale≤1.5×", demo["rps"] <= row["rps"] * SCALE_SLOWDOWN))
        if row["errors"]:
            row["targets"].append(("no errors", False))
    return rows


def number(value, pattern):
    return "–" if value is None else format(value, pattern)


def kilobytes(size):
    return "–" if size is None else f"{size / 1024:.1f}"


SERVER_TIME_NOTE = "15 requests after one warm-up"


def server_time_lines(server_times):
    """Each page type's cold server time at demo size and with the scale set, against the targets."""
    lines = [f"{'page':<20} {'demo ms':>8} {'scale ms':>9} {'no fragments: demo':>19} {'scale':>6}  targets"]
    for name, demo in server_times["demo"].items():
        scale = server_times["scale"].get(name, {})
        bare = (server_times["demo bare"].get(name, {}), server_times["scale bare"].get(name, {}))
        targets = []
        for setting, cost in (("demo", demo), ("scale", scale)):
            if cost.get("server_ms") is not None:
                ok = cost["server_ms"] <= SERVER_MS[setting]
                targets.append(f"{setting}≤{SERVER_MS[setting]}ms {'PASS' if ok else 'MISS'}")
        lines.append(
            f"{name:<20} {number(demo.get('server_ms'), '8.1f')} {number(scale.get('server_ms'), '9.1f')} "
            f"{number(bare[0].get('server_ms'), '19.1f')} {number(bare[1].get('server_ms'), '6.1f')}  "
            + " ".join(targets)
        )
    return lines


def print_table(rows, timings, server_times):
    header = (
        f"{'page':<20} {'setting':<11} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'×static':>8} {'×trivial':>8} "
        f"{'SQL':>4} {'srv ms':>6} {'HTML KB':>8} {'gzip KB':>8}  targets"
    )
    lines = [
        f"make bench: {ROUNDS} round(s) × {DURATION} s per measurement, wrk -c{CONNECTIONS} through nginx, "
        f"gunicorn -w 2 (sync); medians over rounds, ratios within each round",
        header,
        "-" * len(header),
    ]
    for row in rows:
        targets = " ".join(f"{name} {'PASS' if ok else 'MISS'}" for name, ok in row["targets"])
        lines.append(
            f"{row['page']:<20} {row['setting']:<11} {row['rps']:8.1f} {row['p50']:7.1f} {row['p99']:7.1f} "
            f"{row['x_static']:8.3f} {row['x_trivial']:8.3f} {number(row['queries'], 'd'):>4} "
            f"{number(row['server_ms'], '.1f'):>6} "
            f"{kilobytes(row['html']):>8} {kilobytes(row['gzip']):>8}"
            f"  {targets}"
        )
    lines.append("")
    lines.append(
        "srv ms: median server time of one request (in-process test client, no network or queueing, "
        f"{SERVER_TIME_NOTE}), page cache off; targets ≤{SERVER_MS['demo']} ms demo, ≤{SERVER_MS['scale']} ms scale. "
        "No fragments: FRAGMENT_CACHE=0 too, as after any change"
    )
    lines.extend(server_time_lines(server_times))
    lines.append("")
    lines.append("Build: " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items()))
    print("\n".join(lines))  # noqa: T201


def search_bench(tmp):
    """The search engine's own benchmark (its own throwaway database, several minutes); BENCH_SEARCH=0 skips it."""
    script = ROOT / "bench" / "search_bench.py"
    if not script.exists() or os.environ.get("BENCH_SEARCH") == "0":
        return
    log("bench/search_bench.py …")
    env = app_env(DB_SCALE, tmp, page_cache=False)
    env["ALLOWED_HOSTS"] = f"{HOST},localhost"  # its test client asks as "localhost"
    try:
        subprocess.run([PYTHON, str(script)], cwd=ROOT, env=env, timeout=900, check=False)
    except subprocess.TimeoutExpired:
        log("bench/search_bench.py did not finish within 15 minutes; stopped")


def translation_report_bench(tmp):
    """The admin report „Übersetzungen“ on the scale set: median time and queries."""
    env = app_env(DB_SCALE, tmp, page_cache=False)
    env["ALLOWED_HOSTS"] = f"{HOST},localhost"
    subprocess.run([PYTHON, str(ROOT / "bench" / "translation_report_bench.py")], cwd=ROOT, env=env, check=False)


def main():
    for tool in ("wrk", "nginx"):
        if shutil.which(tool) is None:
            raise SystemExit(f"make bench needs {tool}: apt-get install {'nginx-light' if tool == 'nginx' else tool}")
    started = time.monotonic()
    MEDIA_ROOT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="imeg-bench-") as name:
        tmp = Path(name)
        tmp.chmod(0o755)
        (tmp / "www").mkdir()
        timings = prepare_databases(tmp)
        timings["collectstatic"] = manage(
            app_env(DB_SCALE, tmp, page_cache=False), "collectstatic", "--noinput", "-v", "0"
        )
        urls = chosen_pages(page_urls(tmp))
        lists = [name for name in urls if name in LISTS]
        scale_costs = page_costs(tmp, urls, DB_SCALE)
        # Renders each page of the demo database too, so its image renditions exist before timing.
        demo_costs = page_costs(tmp, urls, DB_DEMO)
        for name, cost in scale_costs["cold"].items():
            if cost["status"] != 200:
                log(f"{name}: {urls[name]} answers {cost['status']}; left out")
                urls.pop(name)
        rounds = []
        with gunicorn(DB_SCALE, tmp, page_cache=False):
            _status, home = fetch(urls["home"], port=APP_PORT)
        (tmp / "www" / "home.html").write_bytes(home)
        static_bytes = {"html": len(home), "gzip": len(gzip.compress(home, 6))}
        with nginx(tmp):
            for number_ in range(1, ROUNDS + 1):
                log(f"Round {number_} of {ROUNDS}")
                rounds.append(run_round(tmp, urls, lists))
        timings["total"] = time.monotonic() - started
        costs = {"demo cold": demo_costs["cold"], "scale cold": scale_costs["cold"], "scale warm": scale_costs["warm"]}
        server_times = {
            "demo": demo_costs["cold"],
            "scale": scale_costs["cold"],
            "demo bare": demo_costs["bare"],
            "scale bare": scale_costs["bare"],
        }
        print_table(summarise(rounds, urls, lists, costs, static_bytes), timings, server_times)
        translation_report_bench(tmp)
        search_bench(tmp)


if __name__ == "__main__":
    main()
