#!/usr/bin/env python3
"""Reader pages under load: seeds 1,000 and 10,000 articles, serves them with gunicorn as
`make run` does, and reports median and p95 latency of the home, article, topic and search
pages, plus throughput with several connections.

    .venv/bin/python bench/articles.py                 # SQLite, 1,000 and 10,000 articles
    .venv/bin/python bench/articles.py --counts 1000 --requests 100
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python bench/articles.py

All traffic goes to 127.0.0.1. Each count gets a fresh data directory (and, on PostgreSQL,
a fresh database named in DATABASE_URL, dropped and made again)."""

import argparse
import http.client
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SEARCHES = ["jealousy", "sleep at night", "moving out", "trust after a lie", "closure", "phone"]


def seed(count: int) -> None:
    """Runs inside a child process with the bench's environment: fill an empty database."""
    common.setup_django()
    from django.utils import timezone

    from columnist.articles.demo_column import demo_articles
    from columnist.articles.models import Article, Author, Topic
    from columnist.core.markdown import html_to_text, reading_minutes, render_author_markdown

    rng = random.Random(count)
    authors = [Author.objects.create(name=f"Writer {i}", slug=f"writer-{i}") for i in range(3)]
    topics = [Topic.objects.create(name=f"Topic {i}", slug=f"topic-{i}") for i in range(12)]
    now = timezone.now()

    # Real prose: each article is built from the demo column's own blocks (paragraphs,
    # headings, lists, quotes), shuffled, so words are as common as they are in real advice.
    demo = demo_articles()
    blocks = [b for a in demo for b in a.body.split("\n\n") if b.strip()]
    titles = [a.title for a in demo]
    summaries = [a.summary for a in demo]

    batch: list[Article] = []
    for i in range(count):
        body = "\n\n".join(rng.sample(blocks, rng.randint(10, 18)))
        html = render_author_markdown(body)
        text = html_to_text(html)
        batch.append(
            Article(
                title=f"{rng.choice(titles)} ({i})",
                slug=f"article-{i}",
                summary=rng.choice(summaries),
                body=body,
                body_html=html,
                body_text=text,
                reading_minutes=reading_minutes(text),
                author=rng.choice(authors),
                status=Article.Status.PUBLISHED,
                publish_at=now - timezone.timedelta(hours=i * 7),
            )
        )
        if len(batch) == 1000 or i == count - 1:
            Article.objects.bulk_create(batch)
            batch = []
    through = Article.topics.through
    links = [
        through(article_id=pk, topic_id=t.pk)
        for pk in Article.objects.values_list("pk", flat=True)
        for t in rng.sample(topics, rng.randint(1, 3))
    ]
    through.objects.bulk_create(links, batch_size=2000)
    common.vacuum_if_postgresql()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed_get(conn: http.client.HTTPConnection, path: str) -> float:
    start = time.perf_counter()
    conn.request("GET", path, headers={"Host": "127.0.0.1"})
    response = conn.getresponse()
    response.read()
    elapsed = time.perf_counter() - start
    if response.status != 200:
        raise SystemExit(f"{path} answered {response.status}")
    return elapsed


def paths_for(kind: str, count: int, rng: random.Random) -> str:
    if kind == "home":
        return "/"
    if kind == "article":
        return f"/articles/article-{rng.randrange(count)}/"
    if kind == "topic":
        return f"/topics/topic-{rng.randrange(12)}/"
    return f"/search/?q={quote(rng.choice(SEARCHES))}"


def measure(port: int, count: int, requests: int) -> dict[str, list[float]]:
    rng = random.Random(7)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    results: dict[str, list[float]] = {}
    for kind in ("home", "article", "topic", "search"):
        for _ in range(10):  # warm up
            timed_get(conn, paths_for(kind, count, rng))
        results[kind] = [timed_get(conn, paths_for(kind, count, rng)) for _ in range(requests)]
    return results


def throughput(port: int, count: int, connections: int, seconds: float) -> float:
    done = [0] * connections
    stop = time.monotonic() + seconds

    def worker(n: int) -> None:
        rng = random.Random(n)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        kinds = ("home", "article", "topic", "search")
        while time.monotonic() < stop:
            timed_get(conn, paths_for(kinds[done[n] % 4], count, rng))
            done[n] += 1

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(done) / seconds


def reset_postgres(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1].split("?")[0]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def run(count: int, requests: int, workers: int, database_url: str) -> None:
    data_dir = Path(tempfile.mkdtemp(prefix=f"columnist-bench-{count}-"))
    env = common.server_env(data_dir)
    if database_url:
        reset_postgres(database_url)
        env["DATABASE_URL"] = database_url
    started = time.perf_counter()
    subprocess.run([PYTHON, __file__, "--seed", str(count)], env=env, check=True, cwd=ROOT)
    seeded = time.perf_counter() - started
    port = free_port()
    server = common.start_gunicorn(env, port, workers=workers)
    try:
        results = measure(port, count, requests)
        rps = throughput(port, count, connections=8, seconds=10)
    finally:
        common.stop_gunicorn(server)
        shutil.rmtree(data_dir, ignore_errors=True)
    engine = "PostgreSQL" if database_url else "SQLite"
    print(f"\n{count:,} articles on {engine}, gunicorn with {workers} workers "
          f"(seeded in {seeded:.1f} s; {requests} sequential requests a page)")  # fmt: skip
    print(f"{'page':<10}{'median ms':>12}{'p95 ms':>10}")
    for kind, times in results.items():
        times_ms = sorted(t * 1000 for t in times)
        p95 = times_ms[int(len(times_ms) * 0.95) - 1]
        print(f"{kind:<10}{statistics.median(times_ms):>12.1f}{p95:>10.1f}")
    print(f"mixed pages, 8 connections: {rps:.0f} requests/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="1000,10000")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed:
        seed(args.seed)
        return
    for count in (int(c) for c in args.counts.split(",")):
        run(count, args.requests, args.workers, os.environ.get("DATABASE_URL", ""))


if __name__ == "__main__":
    main()
