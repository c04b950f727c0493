""".env.example lists every variable the settings and gunicorn.conf.py read from the environment."""

import re

from django.conf import settings

# env("NAME"…), env.int("NAME"…), …; gunicorn.conf.py's setting("NAME") reads GUNICORN_NAME.
SETTINGS_READ = re.compile(r"""\benv(?:\.\w+)?\(\s*["']([A-Z][A-Z0-9_]*)["']""")
GUNICORN_READ = re.compile(r"""\bsetting\(\s*["']([A-Z][A-Z0-9_]*)["']""")
# A variable is listed when it is set (NAME=…) or shown commented out (# NAME=…).
LISTED = re.compile(r"^(?:# )?([A-Z][A-Z0-9_]*)=", re.MULTILINE)


def read(name):
    return (settings.BASE_DIR / name).read_text(encoding="utf-8")


def test_env_example_lists_every_variable_the_settings_read():
    read_by_settings = set(SETTINGS_READ.findall(read("imeg/settings.py")))
    read_by_gunicorn = {f"GUNICORN_{name}" for name in GUNICORN_READ.findall(read("gunicorn.conf.py"))}

    assert len(read_by_settings) > 20  # the pattern still finds the settings' reads
    assert read_by_settings | read_by_gunicorn <= set(LISTED.findall(read(".env.example")))


def test_env_example_lists_nothing_the_code_does_not_read():
    read_by_settings = set(SETTINGS_READ.findall(read("imeg/settings.py")))
    read_by_gunicorn = {f"GUNICORN_{name}" for name in GUNICORN_READ.findall(read("gunicorn.conf.py"))}

    assert set(LISTED.findall(read(".env.example"))) <= read_by_settings | read_by_gunicorn
