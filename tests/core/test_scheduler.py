from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from columnist.core.leases import lease_acquire
from columnist.core.models import Lease


def test_one_holder_at_a_time_until_it_expires(db):
    assert lease_acquire(name="scheduler", holder="a", seconds=60)
    assert lease_acquire(name="scheduler", holder="a", seconds=60)  # renewal
    assert not lease_acquire(name="scheduler", holder="b", seconds=60)
    Lease.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert lease_acquire(name="scheduler", holder="b", seconds=60)


def test_a_second_scheduler_does_nothing(db, settings):
    settings.COLUMNIST_PERIODIC_TASKS = [("columnist.discussion.tasks.digest_tick", 60)]
    lease_acquire(name="scheduler", holder="someone-else", seconds=600)
    out = StringIO()
    call_command("scheduler", once=True, stdout=out)
    assert "Another scheduler holds the lease" in out.getvalue()


def test_the_scheduler_enqueues_due_ticks(db, settings):
    from django_tasks_db.models import DBTaskResult

    settings.COLUMNIST_PERIODIC_TASKS = [("columnist.discussion.tasks.digest_tick", 60)]
    out = StringIO()
    call_command("scheduler", once=True, stdout=out)
    assert "Enqueued columnist.discussion.tasks.digest_tick" in out.getvalue()
    assert DBTaskResult.objects.count() == 1
    assert not Lease.objects.exists()  # released on exit
