# The one entry point for working on the IMeG website; `make` lists the targets.
# CI (.ci/run) calls the same targets, so a laptop and CI run the same commands.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUFF := $(VENV)/bin/ruff
DJLINT := $(VENV)/bin/djlint
DJANGO_UPGRADE := $(VENV)/bin/django-upgrade --target-version 5.2
# The Python files django-upgrade reads (migrations are generated).
PYTHON_FILES = $(shell find . -name '*.py' -not -path './.venv/*' -not -path '*/migrations/*' \
	-not -path './staticfiles/*' -not -path './media/*' | sort)
MANAGE := $(PY) manage.py
CHROMIUM := /usr/bin/chromium
ADDRESS := 127.0.0.1:8000
ADMIN_USER := admin
ADMIN_PASSWORD := imeg-demo-2026
ADMIN_EMAIL := admin@example.org

LANGUAGES := de en fr nl
# --no-location keeps line numbers out of the .po files, so they change only when strings do.
MAKEMESSAGES := makemessages $(addprefix -l ,$(LANGUAGES)) --no-location \
	--ignore=.venv --ignore=staticfiles --ignore=media
# Copied into a temporary directory by messages-check; everything else there is build output.
MESSAGES_CHECK_EXCLUDES := .venv .git media staticfiles db.sqlite3 .pytest_cache .ruff_cache \
	.hypothesis test-artifacts

export DJANGO_SETTINGS_MODULE := imeg.settings

# Test processes (pytest-xdist): one per core by default, TEST_WORKERS=0 runs the tests in this process.
# Modules are handed out in collection order (--no-loadscope-reorder; pytest-xdist would start with the
# modules that hold the most tests): long modules first, browser modules last (tests/conftest.py:
# run_order), so each process runs its browser tests after all its others, since a browser test leaves
# the test database empty behind it.
TEST_WORKERS ?= auto
PYTEST_PARALLEL := -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder
# Runs pytest with the given arguments; "no tests collected" (exit code 5) fails like any error.
pytest = status=0; $(PY) -m pytest $(1) || status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing, not passing with nothing tested." >&2; fi; \
	exit $$status

.PHONY: help venv install install-dev run test lint format messages messages-check migrations-check static-check \
	check require-chromium require-gettext clean bench import-bench serve audit loadtest backup visual-baselines lighthouse \
	stack stack-stop stack-drill

help: ## List the targets
	@echo "Usage: make <target>"
	@awk 'BEGIN { FS = ":.*## " } /^[a-z-]+:.*## / { printf "  %-18s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

$(PY):
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) not found: install Python 3.11 or newer." >&2; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
		echo "Python 3.11 or newer is needed, $(PYTHON) is $$($(PYTHON) --version 2>&1)." >&2; \
		echo "Point PYTHON at a newer one: make PYTHON=python3.12 …" >&2; exit 1; }
	@echo "Creating $(VENV) with $$($(PYTHON) --version)"
	@# A failed venv (Debian without python3-venv) would leave a .venv without pip behind.
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
		echo "Could not create $(VENV); on Debian/Ubuntu: apt-get install python3-venv" >&2; exit 1; }

$(VENV)/.installed-runtime: requirements.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed-runtime
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

venv: $(PY) ## Create the virtual environment .venv (needs python3 >= 3.11)

install: $(VENV)/.installed-runtime ## Install the runtime requirements into .venv (only when requirements.txt changed)

install-dev: $(VENV)/.installed-dev ## Install the development requirements (tests, ruff) into .venv

run: export DEBUG := 1
# Tasks (PDF reading, search index) in the request: no worker to start for the demo.
run: export TASKS_BACKEND := immediate
run: install ## Build the demo site and serve it at http://127.0.0.1:8000/ (admin: admin / imeg-demo-2026)
	@if command -v msgfmt >/dev/null; then $(MANAGE) compilemessages --ignore=$(VENV) -v 0; \
	else echo "msgfmt not found: using the committed .mo files (apt-get install gettext to compile them)."; fi
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	@if $(MANAGE) shell --no-imports -c "import sys; from django.contrib.auth import get_user_model; \
		sys.exit(not get_user_model().objects.filter(username='$(ADMIN_USER)').exists())"; then \
		echo "Admin user '$(ADMIN_USER)' exists; its password is left as it is."; \
	else \
		DJANGO_SUPERUSER_USERNAME='$(ADMIN_USER)' DJANGO_SUPERUSER_PASSWORD='$(ADMIN_PASSWORD)' \
		DJANGO_SUPERUSER_EMAIL='$(ADMIN_EMAIL)' $(MANAGE) createsuperuser --noinput; \
	fi
	@echo
	@echo "  Site:   http://$(ADDRESS)/"
	@echo "  Admin:  http://$(ADDRESS)/$$($(MANAGE) shell --no-imports -c \
		'from django.conf import settings; print(settings.ADMIN_PATH)')   user $(ADMIN_USER) / password $(ADMIN_PASSWORD)"
	@echo
	$(MANAGE) runserver $(ADDRESS)

serve: install ## Serve the site as in production: collectstatic, then gunicorn (gunicorn.conf.py); needs SECRET_KEY
	$(MANAGE) collectstatic --noinput -v 0
	$(VENV)/bin/gunicorn --config gunicorn.conf.py

test: install-dev lint ## Lint and run the tests; browser tests only where /usr/bin/chromium exists
	@if [ -x $(CHROMIUM) ]; then \
		$(call pytest,$(PYTEST_PARALLEL)); \
	else \
		echo "Note: $(CHROMIUM) not found, so the browser tests are left out."; \
		echo "      Install Debian's chromium package to run them; make check requires them."; \
		$(call pytest,$(PYTEST_PARALLEL) -m "not browser"); \
	fi

# The same checks as .pre-commit-config.yaml. django-upgrade has no check mode: it fails when it rewrote
# a file, and leaves the rewrite to commit.
lint: install-dev ## Check the code: ruff (lint and format), djLint (templates), django-upgrade (Django 5.2)
	$(RUFF) check .
	$(RUFF) format --check .
	$(DJLINT) templates --lint
	@echo "$(DJANGO_UPGRADE) <the Python files but migrations>"
	@$(DJANGO_UPGRADE) $(PYTHON_FILES)

format: install-dev ## Apply django-upgrade, fix what ruff can fix and format the code
	@$(DJANGO_UPGRADE) $(PYTHON_FILES) || true
	$(RUFF) check --fix-only .
	$(RUFF) format .

messages: install require-gettext ## Update locale/*.po from the code and templates, then compile the .mo files
	$(MANAGE) $(MAKEMESSAGES)
	$(MANAGE) compilemessages --ignore=$(VENV)

messages-check: install require-gettext ## Fail if locale/ lacks strings the code uses or a .mo file is stale
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	tar $(addprefix --exclude=./,$(MESSAGES_CHECK_EXCLUDES)) -cf - . | tar -xf - -C "$$tmp"; \
	(cd "$$tmp" && "$(CURDIR)/$(PY)" manage.py $(MAKEMESSAGES) -v 0); \
	if ! diff -ru -I '^"POT-Creation-Date: ' locale "$$tmp/locale"; then \
		echo "locale/*.po are not current (see the diff above): run make messages and commit locale/." >&2; \
		exit 1; \
	fi; \
	stale=0; \
	for po in locale/*/LC_MESSAGES/*.po; do \
		[ -e "$$po" ] || continue; \
		mo="$${po%.po}.mo"; \
		if [ ! -f "$$mo" ] || ! diff -q <(msgunfmt "$$mo") <(msgfmt --check-format -o - "$$po" | msgunfmt) >/dev/null; then \
			echo "$$mo is missing or does not match $$po." >&2; stale=1; \
		fi; \
	done; \
	if [ $$stale -ne 0 ]; then echo "Run make messages and commit locale/." >&2; exit 1; fi; \
	echo "locale/ is current."

migrations-check: install ## Fail if a model change has no migration
	$(MANAGE) makemigrations --check --dry-run

static-check: install ## Fail if collectstatic cannot build the hashed, compressed static files
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	STATIC_ROOT="$$tmp" $(MANAGE) collectstatic --noinput -v 0 && echo "collectstatic builds the static files."

check: require-chromium install-dev lint migrations-check messages-check static-check ## Everything CI checks: lint, system checks, migrations, messages, static files, all tests
	$(MANAGE) check
	@$(call pytest,$(PYTEST_PARALLEL))

visual-baselines: install-dev require-chromium ## Renew the screenshots the visual tests compare with (tests/site/browser/visual_baselines/); look at them, then commit
	VISUAL_BASELINES=update $(PY) -m pytest tests/site/browser/test_visual.py -n 0 -q -p no:randomly -k looks_as_approved

lighthouse: install require-chromium ## Lighthouse (mobile) on /de/ of the demo site served as in production: the four scores (needs npm; not in CI)
	bench/lighthouse.sh

# pip-audit asks PyPI's JSON API (or OSV) about each version. Where it cannot reach it, it reports
# every package as "not found" and passes; the canary, a release with known vulnerabilities, tells
# that apart: if nothing is found for it, no audit happened, and that fails unless AUDIT_OFFLINE_OK=1.
AUDIT_SERVICE ?= pypi
AUDIT_CANARY := django==3.2
PIP_AUDIT = $(VENV)/bin/pip-audit --progress-spinner off --vulnerability-service $(AUDIT_SERVICE)
audit: install-dev ## Fail on known vulnerabilities in the pinned requirements and .venv (pip-audit, needs PyPI or OSV)
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	echo '$(AUDIT_CANARY)' > "$$tmp/canary.txt"; \
	if ! $(PIP_AUDIT) --disable-pip --no-deps -r "$$tmp/canary.txt" 2>&1 | grep -q '^Found [1-9]'; then \
		echo "!!! pip-audit cannot reach its vulnerability service ($(AUDIT_SERVICE)): it finds nothing for" >&2; \
		echo "!!! $(AUDIT_CANARY), whose vulnerabilities are known. The requirements were NOT audited." >&2; \
		if [ "$${AUDIT_OFFLINE_OK:-0}" = 1 ]; then echo "!!! AUDIT_OFFLINE_OK=1: carrying on without the audit." >&2; exit 0; fi; \
		echo "!!! Run it where the service answers, try AUDIT_SERVICE=osv, or set AUDIT_OFFLINE_OK=1 to skip it." >&2; \
		exit 1; \
	fi; \
	echo "pip-audit: the pins in requirements*.txt, then everything installed in $(VENV) (dependencies included)"; \
	$(PIP_AUDIT) --strict --disable-pip --no-deps -r requirements.txt -r requirements-dev.txt && \
	$(PIP_AUDIT) --strict --local

bench: install ## Measure every page type under gunicorn + nginx, demo size and 5,000 news (PostgreSQL, wrk, nginx; ~10 min)
	$(PY) bench/bench.py

import-bench: install-dev ## Import a generated 10,000-item WordPress export (PostgreSQL); prints time and peak RSS
	$(PY) bench/import_bench.py

loadtest: install ## Load drill: demo site in PostgreSQL, gunicorn on :8100, wrk 60 s x 32 connections (LOADTEST_DURATION, LOADTEST_CONNECTIONS)
	loadtest/run.sh

stack: install-dev ## Start nginx (TLS) → Varnish → 2 gunicorn → PostgreSQL, Redis db 14, S3 (moto), db_worker on free ports; .stack/
	$(PY) deploy/stack.py start

stack-stop: ## Stop exactly the processes make stack started (its pid files in .stack/)
	$(PY) deploy/stack.py stop

stack-drill: install-dev ## wrk 60 s x 32 through the stack while an app server, Redis and the worker fail (STACK_DRILL_DURATION)
	$(PY) deploy/stack.py drill

backup: install ## Back up the PostgreSQL database and media to backups/imeg-<date>.tar.gz (docs/operations.md)
	$(MANAGE) backup

require-chromium:
	@[ -x $(CHROMIUM) ] || { echo "make check runs the browser tests and needs $(CHROMIUM): apt-get install chromium" >&2; exit 1; }

require-gettext:
	@command -v msgfmt >/dev/null || { echo "This needs GNU gettext (msgfmt): apt-get install gettext" >&2; exit 1; }

clean: ## Remove .venv, the SQLite database, uploaded media and collected static files
	rm -rf $(VENV) db.sqlite3 media staticfiles
