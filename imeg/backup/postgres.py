"""The PostgreSQL side of backups: the client tools, the connection, emptiness and migrations."""

import os
import re
import shutil
import subprocess
from pathlib import Path

from django.db import DatabaseError
from django.db.backends.postgresql.client import DatabaseClient
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from imeg.backup.errors import BackupError


def postgresql_version(connection):
    if connection.vendor != "postgresql":
        raise BackupError(
            f"Sicherung und Wiederherstellung brauchen PostgreSQL; diese Datenbank ist {connection.vendor}. "
            "Eine SQLite-Entwicklungsdatenbank sichert man, indem man bei gestopptem Server die Datenbankdatei "
            "und MEDIA_ROOT kopiert."
        )
    try:
        connection.ensure_connection()
    except DatabaseError as error:
        raise BackupError(f"Keine Verbindung zur Datenbank „{connection.settings_dict['NAME']}“: {error}") from error
    version = connection.pg_version  # e.g. 150020 for 15.20
    return version // 10000, version % 10000


def client_tool(name, server_version):
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} wurde nicht gefunden. Die PostgreSQL-Client-Programme installieren "
            f"(Debian: apt-get install postgresql-client-{server_version[0]}) oder in den PATH aufnehmen."
        )
    output = subprocess.run([path, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    match = re.search(r"\) (\d+)", output) or re.search(r"(\d+)", output)
    major = int(match.group(1)) if match else 0
    if major < server_version[0]:
        raise BackupError(
            f"{path} ist Version {major or output!r}, der Datenbankserver {server_version[0]}: {name} muss mindestens "
            f"so neu sein wie der Server (Debian: apt-get install postgresql-client-{server_version[0]}, dann "
            f"/usr/lib/postgresql/{server_version[0]}/bin vorn in den PATH)."
        )
    return path, output


def run_tool(arguments, settings_dict):
    """Run pg_dump/pg_restore with the connection in the environment: no password on a command line."""
    _, extra = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    environment = {**os.environ, **(extra or {})}
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("NAME", "PGDATABASE")):
        if settings_dict.get(key):
            environment[variable] = str(settings_dict[key])
    completed = subprocess.run(
        arguments, env=environment, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        tool = Path(arguments[0]).name
        raise BackupError(f"{tool} ist fehlgeschlagen (Exit-Code {completed.returncode}):\n{completed.stderr.strip()}")


def applied_migrations(connection):
    applied = {}
    for app_label, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app_label, []).append(name)
    return applied


def unknown_migrations(archived):
    """Migrations applied in the backup that this code does not have: the backup is from a newer version."""
    in_code = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    return sorted(
        f"{app_label}.{name}"
        for app_label, names in archived.items()
        for name in names
        if (app_label, name) not in in_code
    )


def pending_migrations(connection):
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _ in plan]


def require_empty(connection):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
            "AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'"
        )
        (count,) = cursor.fetchone()
    if count:
        name = connection.settings_dict["NAME"]
        raise BackupError(
            f"Die Datenbank „{name}“ ist nicht leer ({count} Tabellen, Sequenzen oder Sichten). Eine Sicherung wird "
            "nur in eine leere Datenbank zurückgespielt, damit nichts überschrieben wird: eine neue Datenbank "
            f"anlegen (createdb) und DATABASE_URL auf sie zeigen lassen. Es wurde nichts verändert."
        )
