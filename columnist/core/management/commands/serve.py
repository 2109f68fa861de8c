import os
import signal
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


def _has_articles() -> bool:
    from django.apps import apps

    return apps.get_model("articles", "Article").objects.exists()


class Command(BaseCommand):
    help = (
        "Run the embedded single-machine site: migrate, collect static files, load the demo "
        "column and create the author's account on first start, then serve with gunicorn "
        "beside the task worker and the scheduler. Ctrl-C stops everything it started."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8000)))
        parser.add_argument("--workers", type=int, default=3)
        parser.add_argument(
            "--no-demo", action="store_true", help="Do not load the demo column on first start."
        )

    def handle(self, *args, host, port, workers, no_demo, **options):
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        first_start = not no_demo and not _has_articles()
        if first_start:
            call_command("demo")
        call_command("ensure_author")
        if first_start:
            call_command("demo_discussion")
        manage = settings.BASE_DIR / "manage.py"
        commands = [
            [
                sys.executable, "-m", "gunicorn", "columnist.wsgi",
                "--bind", f"{host}:{port}",
                "--workers", str(workers),
                "--access-logfile", "-",
                "--graceful-timeout", "5",
            ],
            [sys.executable, str(manage), "db_worker", "--interval", "1"],
            [sys.executable, str(manage), "scheduler"],
        ]  # fmt: skip
        self.stdout.write(self.style.SUCCESS(f"Columnist is at http://{host}:{port}/"))
        self.stdout.write("The author signs in at /admin/. Press Ctrl-C to stop.")
        children = [subprocess.Popen(command) for command in commands]  # noqa: S603
        try:
            while all(child.poll() is None for child in children):
                try:
                    children[0].wait(timeout=1)
                except subprocess.TimeoutExpired:
                    continue
        except KeyboardInterrupt:
            pass
        finally:
            for child in children:
                if child.poll() is None:
                    child.send_signal(signal.SIGTERM)
            for child in children:
                try:
                    child.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    child.kill()
        failed = [c.returncode for c in children if c.returncode not in (0, -signal.SIGTERM)]
        if failed:
            sys.exit(failed[0])
