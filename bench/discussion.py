#!/usr/bin/env python3
"""Reader questions under load, beside Isso measured in the same run.

For 1,000 and 10,000 comments in one nested thread (about a fifth top-level, replies to
random earlier comments, up to 12 levels deep), both servers get the same kind of thread;
Columnist is served by gunicorn (2 workers) exactly as in production and Isso by its own
standalone server. Reported for each: sequential latency (median, p95) and throughput under
16 connections of

- Columnist's thread page as readers get it (30 top-level comments a page, all levels),
- Columnist's full thread on one page (every comment, all levels; the page a reader gets
  when DISCUSSION_ROOTS_PER_PAGE is large),
- Columnist's JSON API for the whole thread (up to 500 top-level comments a page),
- Isso's thread fetch as its embed asks for it, and the whole thread,

plus Columnist's first render after a change (the cached thread is rebuilt) and sequential
posting through each API with every check switched on (Columnist's rate limits are raised so
that one address may post 200 times; the check still runs).

    .venv/bin/python bench/discussion.py                  # 1,000 and 10,000 comments
    .venv/bin/python bench/discussion.py --counts 1000 --seconds 5

All traffic goes to 127.0.0.1; every loop is bounded in count and time."""

import argparse
import http.client
import json
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common
import isso_peer

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SLUG = "when-he-goes-quiet"
MAX_DEPTH = 12


def seed(count: int) -> None:
    """In a child process with the bench's environment: one article, one thread."""
    common.setup_django()
    from django.utils import timezone

    from columnist.articles import services as articles
    from columnist.articles.models import Article, Author
    from columnist.core.markdown import render_reader_markdown
    from columnist.discussion.models import Comment, Policy, Thread

    Policy.current()
    author = articles.author_save(author=Author(name="Ruth Calloway"))
    article = articles.article_create(
        title="When he goes quiet",
        slug=SLUG,
        body="## Silence\n\nSilence is an answer of a kind. " * 40,
        author=author,
        status=Article.Status.PUBLISHED,
        publish_at=timezone.now() - timedelta(days=400),
    )
    rng = random.Random(1)
    parents = isso_peer.plan_thread(rng, count, MAX_DEPTH)
    people = isso_peer.commenters(rng, count)
    start = timezone.now() - timedelta(days=300)
    rows: list[Comment] = []
    for i, parent_index in enumerate(parents):
        pk = i + 1
        parent = rows[parent_index] if parent_index is not None else None
        name, email, _ = rng.choice(people)
        body = isso_peer.comment_text(rng)
        rows.append(
            Comment(
                pk=pk,
                article=article,
                parent_id=parent.pk if parent else None,
                root_id=parent.root_id if parent else pk,
                depth=parent.depth + 1 if parent else 0,
                path=(parent.path if parent else "") + f"{pk:012d}",
                author_name=name,
                author_email=email,
                body=body,
                body_html=render_reader_markdown(body),
                status=Comment.Status.APPROVED,
                created_at=start + timedelta(minutes=i * 20),
            )
        )
    Comment.objects.bulk_create(rows, batch_size=1000)
    Thread.objects.create(article=article, version=1, approved_count=count)
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('discussion_comment', 'id'), %s)", [count]
            )
    common.vacuum_if_postgresql()


def cold_renders(port: int, db_path: Path, requests: int) -> dict:
    """The thread page right after its version changed: nothing cached, rendered afresh."""
    times = []
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for _ in range(requests):
        with sqlite3.connect(db_path) as db:
            db.execute("UPDATE discussion_thread SET version = version + 1")
        started = time.perf_counter()
        conn.request("GET", f"/articles/{SLUG}/", headers={"Host": "127.0.0.1"})
        conn.getresponse().read()
        times.append(time.perf_counter() - started)
    ms = sorted(t * 1000 for t in times)
    return {"median_ms": statistics.median(ms), "p95_ms": ms[int(len(ms) * 0.95) - 1]}


def columnist_posts(port: int, count: int) -> dict:
    """Sequential posts through the JSON API, each a reply or a new question."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Host": "127.0.0.1", "Content-Type": "application/json"}
    conn.request("GET", f"/api/articles/{SLUG}/comments?per_page=1", headers=headers)
    token = json.loads(conn.getresponse().read())["form_token"]
    time.sleep(3.5)  # a form sent sooner than 3 s after it was shown is refused
    rng = random.Random(count)
    run = int(time.time())  # fresh addresses each run: a repeat would be a duplicate
    times, failures = [], 0
    started = time.perf_counter()
    for n in range(count):
        payload = {
            "author_name": f"Bench Reader {n}",
            "author_email": f"bench.reader{n}.{run}@example.com",
            "body": isso_peer.comment_text(rng),
            "form_token": token,
            "parent_id": rng.choice([None, 1, 2, 3]),
        }
        t0 = time.perf_counter()
        conn.request("POST", f"/api/articles/{SLUG}/comments", json.dumps(payload), headers)
        response = conn.getresponse()
        response.read()
        if response.status == 201:
            times.append(time.perf_counter() - t0)
        else:
            failures += 1
    wall = time.perf_counter() - started
    ms = sorted(t * 1000 for t in times) or [float("nan")]
    return {
        "posts_per_s": len(times) / wall,
        "median_ms": statistics.median(ms),
        "p95_ms": ms[max(0, int(len(ms) * 0.95) - 1)],
        "failures": failures,
    }


def measure(port: int, path: str, args) -> dict:
    latency = isso_peer.measure_get(port, path, args.requests, max_seconds=args.max_seconds)
    load = isso_peer.measure_throughput(port, path, connections=16, seconds=args.seconds)
    return {**latency, **load}


def run(count: int, args) -> list[tuple[str, dict]]:
    rows: list[tuple[str, dict]] = []
    work = Path(tempfile.mkdtemp(prefix=f"columnist-discussion-{count}-"))
    # One address posts 200 times: the rate limit is raised, not switched off.
    env = common.server_env(
        work, DISCUSSION_RATE_PER_IP="100000/600", DISCUSSION_RATE_PER_EMAIL="100000/600"
    )
    env.pop("DATABASE_URL", None)
    try:
        subprocess.run([PYTHON, __file__, "--seed", str(count)], env=env, check=True, cwd=ROOT)
        port = isso_peer.free_port()
        server = common.start_gunicorn(env, port)
        try:
            rows.append(
                ("Columnist page (30 top-level)", measure(port, f"/articles/{SLUG}/", args))
            )
            api = f"/api/articles/{SLUG}/comments?per_page=500"
            rows.append(("Columnist API, whole thread", measure(port, api, args)))
            rows.append(
                ("Columnist page, first render", cold_renders(port, work / "columnist.sqlite3", 10))
            )
            rows.append(("Columnist posts", columnist_posts(port, args.posts)))
        finally:
            common.stop_gunicorn(server)
        port = isso_peer.free_port()
        server = common.start_gunicorn({**env, "DISCUSSION_ROOTS_PER_PAGE": "100000"}, port)
        try:
            rows.append(("Columnist page, whole thread", measure(port, f"/articles/{SLUG}/", args)))
        finally:
            common.stop_gunicorn(server)
        rows += isso(count, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


def isso(count: int, args) -> list[tuple[str, dict]]:
    work = Path(tempfile.mkdtemp(prefix=f"isso-{count}-"))
    uri = f"/articles/{SLUG}/"
    rows = []
    try:
        isso_peer.seed_isso(work, uri, count, max_depth_hint=MAX_DEPTH)
        port = isso_peer.free_port()
        server = isso_peer.start_isso(work, port)
        try:
            rows.append(
                ("Isso, as its embed asks", measure(port, isso_peer.thread_path(uri), args))
            )
            rows.append(("Isso, whole thread", measure(port, isso_peer.thread_path(uri, {}), args)))
            posts = isso_peer.measure_posts(port, uri, args.posts, max_seconds=120)
            rows.append(("Isso posts", posts))
        finally:
            isso_peer.stop(server)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


def report(count: int, rows: list[tuple[str, dict]]) -> None:
    print(f"\n{count:,} comments in one thread (SQLite; 16 connections for throughput)")
    print(f"{'':34}{'median ms':>10}{'p95 ms':>9}{'req/s':>9}{'posts/s':>9}")
    for label, r in rows:
        median = r.get("median_ms", float("nan"))
        p95 = r.get("p95_ms", float("nan"))
        rps = r.get("requests_per_s")
        posts = r.get("posts_per_s")
        print(
            f"{label:34}{median:>10.1f}{p95:>9.1f}"
            f"{(f'{rps:.1f}' if rps is not None else ''):>9}"
            f"{(f'{posts:.1f}' if posts is not None else ''):>9}"
        )
    by = dict(rows)
    isso_full = by["Isso, whole thread"]["requests_per_s"]
    for label in ("Columnist page, whole thread", "Columnist API, whole thread"):
        if not isso_full:
            print(f"{label}: Isso completed no whole-thread request under load")
            continue
        ratio = by[label]["requests_per_s"] / isso_full
        print(f"{label} / Isso whole thread: {ratio:.0f}x the throughput")
    ratio = by["Columnist posts"]["posts_per_s"] / by["Isso posts"]["posts_per_s"]
    print(f"Columnist posts / Isso posts: {ratio:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="1000,10000")
    parser.add_argument("--requests", type=int, default=30, help="sequential requests a case")
    parser.add_argument("--max-seconds", type=float, default=60, help="cap on each latency run")
    parser.add_argument("--seconds", type=float, default=10, help="throughput run length")
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--seed", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed:
        seed(args.seed)
        return
    isso_peer.ensure_isso()
    for count in (int(c) for c in args.counts.split(",")):
        report(count, run(count, args))


if __name__ == "__main__":
    main()
