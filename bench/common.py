"""What the benchmarks share: a Django set up on the bench's own data directory, and
gunicorn started and stopped exactly as in production."""

import http.client
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def server_env(data_dir: Path, **extra: str) -> dict:
    """The environment the app runs in for a benchmark: its own data directory and a
    production configuration (DEBUG off, the manifest static storage, quiet logs)."""
    return {
        **os.environ,
        "COLUMNIST_DATA_DIR": str(data_dir),
        "SECRET_KEY": "bench-only-secret",
        "DEBUG": "false",
        "LOG_LEVEL": "WARNING",
        **extra,
    }


def setup_django() -> None:
    """In a seeding child process: Django on the environment's database, migrated, with
    static files collected (the manifest storage needs them)."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "columnist.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)


def vacuum_if_postgresql() -> None:
    """A live database is vacuumed and analysed by autovacuum; a freshly seeded one is not."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def start_gunicorn(env: dict, port: int, workers: int = 2) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "columnist.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--log-level", "warning"],
        env=env, cwd=ROOT,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not answer /healthz")


def stop_gunicorn(server: subprocess.Popen) -> None:
    server.terminate()
    server.wait(timeout=20)
