import os
import socket
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

from columnist.core.leases import lease_acquire, lease_release

LEASE = "scheduler"


class Command(BaseCommand):
    help = (
        "Enqueue the periodic tasks in COLUMNIST_PERIODIC_TASKS when they are due, for the task "
        "worker to run. Run exactly one; a lease in the database makes a second one wait "
        "harmlessly until the first stops. Every task it enqueues is safe to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=30, help="Seconds between looks.")
        parser.add_argument("--once", action="store_true", help="Look once, then exit.")

    def handle(self, *args, interval, once, **options):
        holder = f"{socket.gethostname()}:{os.getpid()}"
        last_run: dict[str, float] = {}
        try:
            while True:
                if lease_acquire(name=LEASE, holder=holder, seconds=int(interval * 4) + 10):
                    self._enqueue_due(last_run)
                elif once:
                    self.stdout.write("Another scheduler holds the lease; nothing done.")
                if once:
                    return
                time.sleep(interval)
        except KeyboardInterrupt:
            pass
        finally:
            lease_release(name=LEASE, holder=holder)

    def _enqueue_due(self, last_run: dict[str, float]) -> None:
        now = time.monotonic()
        for path, every in settings.COLUMNIST_PERIODIC_TASKS:
            if now - last_run.get(path, float("-inf")) >= every:
                import_string(path).enqueue()
                last_run[path] = now
                self.stdout.write(f"Enqueued {path}")
