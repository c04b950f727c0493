#!/usr/bin/env bash
# Lighthouse (mobile emulation, its defaults) on /de/ of the demo site: prints the four category scores.
# The demo site is built into DATABASE_URL (SQLite db.sqlite3 without it) and served as in production
# (DEBUG off, collectstatic, gunicorn) over plain HTTP on 127.0.0.1, with the media files served beside it
# (bench/lighthouse_wsgi.py). Lighthouse comes from npm into a directory outside the project
# (LIGHTHOUSE_DIR); the project itself has no Node dependency. Needs node/npm and Chromium.
set -euo pipefail

VERSION=12.8.2
PORT=${LIGHTHOUSE_PORT:-8110}
TOOL_DIR=${LIGHTHOUSE_DIR:-${TMPDIR:-/tmp}/imeg-lighthouse}
REPORT=${LIGHTHOUSE_REPORT:-test-artifacts/lighthouse-de.json}
PY=.venv/bin/python

command -v npm >/dev/null || { echo "npm not found: apt-get install npm" >&2; exit 1; }
if [ ! -x "$TOOL_DIR/node_modules/.bin/lighthouse" ]; then
    npm install --prefix "$TOOL_DIR" --no-audit --no-fund --loglevel=error "lighthouse@$VERSION"
fi

$PY manage.py migrate --noinput -v 0
$PY manage.py load_demo
static=$(mktemp -d)
export DEBUG=0 SECRET_KEY=lighthouse-only-not-secret-0123456789-abcdefghijklmnopqrstuvwxyz \
    SECURE_SSL_REDIRECT=0 SECURE_HSTS_SECONDS=0 STATIC_ROOT="$static" LOG_LEVEL=WARNING REQUEST_LOG_LEVEL=WARNING
$PY manage.py collectstatic --noinput -v 0
.venv/bin/gunicorn --config gunicorn.conf.py --bind "127.0.0.1:$PORT" --workers 2 bench.lighthouse_wsgi:application \
    >/dev/null 2>&1 &
server=$!
trap 'kill "$server"; rm -rf "$static"' EXIT
for _ in $(seq 120); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 1; done
curl -fsS -o /dev/null "http://127.0.0.1:$PORT/de/"  # renditions are made on the first visit

mkdir -p "$(dirname "$REPORT")"
CHROME_PATH=/usr/bin/chromium "$TOOL_DIR/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT/de/" \
    --chrome-flags="--headless --no-sandbox --disable-gpu" --output=json --output-path="$REPORT" --quiet
$PY - "$REPORT" <<'PYTHON'
import json
import sys

report = json.load(open(sys.argv[1]))
print(f"Lighthouse {report['lighthouseVersion']}, {report['configSettings']['formFactor']}: {report['finalDisplayedUrl']}")
for category in report["categories"].values():
    print(f"  {category['title']:<16} {round(category['score'] * 100):>3}")
for audit in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"):
    print(f"  {report['audits'][audit]['title']:<26} {report['audits'][audit]['displayValue']}")
PYTHON
