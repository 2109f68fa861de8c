#!/usr/bin/env python3
"""Isso as a peer: installs the comment server Isso in its own virtual environment, seeds one
long nested thread straight into its SQLite database, runs Isso's own standalone server and
measures the thread fetch (sequential latency and throughput) and sequential posting.

    .venv/bin/python bench/isso_peer.py --counts 1000,10000 --requests 20
    .venv/bin/python bench/isso_peer.py --counts 1000 --throughput-of embed,full

All traffic goes to 127.0.0.1, every loop is bounded in count and time, and each count gets a
fresh temporary directory (config, database, log) that is removed afterwards. Standard library
only: Isso's own code runs in the separate environment, never imported here."""

import argparse
import collections
import contextlib
import hashlib
import html
import http.client
import itertools
import json
import math
import random
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"

# The newest Isso on PyPI when this was written (`pip index versions isso`).
ISSO_VERSION = "0.14.0"
# Interpreter for Isso's environment. `python3` is resolved from ROOT, where pyenv's
# .python-version makes it CPython 3.13.0. Isso 0.14.0 installs and runs there as is: its
# dependencies (werkzeug, bleach, html5lib, mistune, misaka with its cffi extension) all
# install on 3.13, so no older interpreter (such as /root/.pyenv/versions/3.12.1) is needed.
ISSO_PYTHON = "python3"
DEFAULT_VENV = ROOT / "bench" / ".peers" / "isso"
DB_NAME = "comments.db"
CONFIG_NAME = "isso.cfg"
LOG_NAME = "isso.log"

# Isso's schema, copied from isso/db/threads.py, isso/db/comments.py and isso/db/__init__.py
# (0.14.0). Isso creates the same tables with IF NOT EXISTS at start, and a database whose
# user_version is already 5 (SQLite3.MAX_VERSION) is not migrated.
SCHEMA_VERSION = 5
SCHEMA = """
CREATE TABLE IF NOT EXISTS threads (
    id INTEGER PRIMARY KEY, uri VARCHAR(256) UNIQUE, title VARCHAR(256));
CREATE TABLE IF NOT EXISTS comments (
    tid REFERENCES threads(id),
    id INTEGER PRIMARY KEY,
    parent INTEGER,
    created FLOAT NOT NULL,
    modified FLOAT,
    mode INTEGER,
    remote_addr VARCHAR,
    text VARCHAR NOT NULL,
    author VARCHAR,
    email VARCHAR,
    website VARCHAR,
    likes INTEGER DEFAULT 0,
    dislikes INTEGER DEFAULT 0,
    voters BLOB NOT NULL,
    notification INTEGER DEFAULT 0
);
CREATE TRIGGER IF NOT EXISTS remove_stale_threads AFTER DELETE ON comments
BEGIN
    DELETE FROM threads WHERE id NOT IN (SELECT tid FROM comments);
END;
"""
INSERT_COMMENT = (
    "INSERT INTO comments (tid, id, parent, created, modified, mode, remote_addr, text,"
    " author, email, website, voters, notification) VALUES (?, ?, ?, ?, NULL, 1, ?, ?, ?, ?,"
    " NULL, ?, 0)"
)

CONFIG = """\
[general]
dbpath = {db}
host = http://{host}:{port}/
notify = stdout
gravatar = false

[moderation]
enabled = false

[server]
listen = http://{host}:{port}/

[guard]
# enabled = false skips every check (rate limit, direct replies, reply-to-self); the limits
# below are raised as well so that switching the guard back on still allows sequential posts.
enabled = false
ratelimit = 1000000
direct-reply = 1000000
reply-to-self = true
require-author = false
require-email = false
"""

# What Isso's own embed (embed.min.js, default data-isso-max-comments-top "inf",
# -max-comments-nested 5, -sorting "oldest") asks for when a page opens.
EMBED_PARAMS = {"sort": "oldest", "offset": "0", "nested_limit": "5"}


# --- installing and running Isso -------------------------------------------------------------


def _venv_python(venv_dir: Path) -> Path:
    return venv_dir / "bin" / "python"


def installed_isso(venv_dir: Path = DEFAULT_VENV) -> str | None:
    """The Isso version installed in venv_dir, or None."""
    python = _venv_python(venv_dir)
    if not python.exists():
        return None
    probe = "import importlib.metadata as m; print(m.version('isso'))"
    done = subprocess.run([python, "-c", probe], capture_output=True, text=True, check=False)
    return done.stdout.strip() if done.returncode == 0 else None


def venv_python_version(venv_dir: Path = DEFAULT_VENV) -> str:
    """`Python X.Y.Z` of the interpreter in Isso's environment."""
    done = subprocess.run(
        [_venv_python(venv_dir), "--version"], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def _run_quiet(cmd: list, what: str) -> None:
    """Run cmd, printing its output only if it fails."""
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed:\n{done.stdout}\n{done.stderr}")


def ensure_isso(venv_dir: Path = DEFAULT_VENV) -> Path:
    """Install Isso ISSO_VERSION into its own venv (once) and return its `isso` executable."""
    isso = venv_dir / "bin" / "isso"
    if installed_isso(venv_dir) == ISSO_VERSION and isso.exists():
        return isso
    if not _venv_python(venv_dir).exists():
        venv_dir.parent.mkdir(parents=True, exist_ok=True)
        _run_quiet([ISSO_PYTHON, "-m", "venv", str(venv_dir)], "creating Isso's venv")
    pip = [_venv_python(venv_dir), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    _run_quiet([*pip, f"isso=={ISSO_VERSION}"], f"pip install isso=={ISSO_VERSION}")
    if installed_isso(venv_dir) != ISSO_VERSION:
        raise RuntimeError(f"isso {ISSO_VERSION} did not install into {venv_dir}")
    return isso


def write_config(workdir: Path, port: int) -> Path:
    """Write Isso's config for a server on HOST:port with its database in workdir."""
    path = workdir / CONFIG_NAME
    path.write_text(CONFIG.format(db=workdir / DB_NAME, host=HOST, port=port))
    return path


def free_port() -> int:
    """A TCP port on HOST that nothing listens on right now."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _answers(port: int) -> bool:
    try:
        conn = http.client.HTTPConnection(HOST, port, timeout=2)
        conn.request("GET", "/config")
        ok = conn.getresponse().status == 200
        conn.close()
        return ok
    except OSError:
        return False


def start_isso(
    workdir: Path, port: int, venv_dir: Path = DEFAULT_VENV, timeout: float = 30
) -> subprocess.Popen:
    """Start `isso -c <workdir>/isso.cfg run` (Isso's standalone server: werkzeug's threaded
    server, or gevent when installed, which it is not here) and wait until it answers."""
    isso = ensure_isso(venv_dir)
    config = write_config(workdir, port)
    with open(workdir / LOG_NAME, "ab") as log:
        proc = subprocess.Popen(
            [isso, "-c", str(config), "run"], cwd=workdir, stdout=log, stderr=subprocess.STDOUT
        )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = (workdir / LOG_NAME).read_text(errors="replace")[-2000:]
            raise RuntimeError(f"isso exited with {proc.returncode}:\n{tail}")
        if _answers(port):
            return proc
        time.sleep(0.2)
    stop(proc)
    raise RuntimeError(f"isso did not answer on {HOST}:{port} within {timeout:.0f} s")


def stop(proc: subprocess.Popen) -> None:
    """Stop a server started by start_isso: SIGTERM, then SIGKILL after 10 s."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


# --- seeding -----------------------------------------------------------------------------------

FIRST_NAMES = (
    "Ana", "Ben", "Chloe", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas", "Kira",
    "Leo", "Maya", "Nils", "Olu", "Priya", "Quinn", "Rosa", "Sami", "Tess", "Uma", "Vik",
    "Wren", "Xavi", "Yara", "Zoe",
)  # fmt: skip
LAST_NAMES = ("A.", "B.", "C.", "D.", "K.", "L.", "M.", "P.", "R.", "S.", "T.", "W.")
PEOPLE = (
    "my partner", "my husband", "my wife", "my ex", "my sister", "my best friend",
    "my mother", "my boyfriend", "my girlfriend", "my flatmate", "his family", "her friends",
)  # fmt: skip
OPENERS = (
    "This is so familiar.", "I have been exactly where the letter writer is.",
    "Great advice as always.", "I partly disagree with the column here.",
    "Thank you for writing about this.", "Reading this made me tear up a little.",
    "Honestly, the answer is simpler than it looks.", "Same thing happened to me last year.",
)  # fmt: skip
MIDDLES = (
    "When {who} stopped listening, I started writing down what I actually needed.",
    "It took me months to admit that {who} was never going to change.",
    "We tried couples counselling and it helped more than I expected.",
    "Talking to {who} *before* the argument, not during it, changed everything.",
    "I set one small boundary with {who} and kept it, and the rest followed.",
    "Nobody tells you how lonely it feels to be the one who always apologises.",
    "Jealousy was never about {who}; it was about my own fear of being left.",
    "We agreed on a phone-free hour every evening and it saved us.",
    "Moving out gave both of us room to miss each other again.",
    "Trust after a lie is rebuilt in boring, tiny, daily steps.",
    "I wish someone had told me that closure is something you give yourself.",
    "Ask {who} what a good week looks like for them, and really listen.",
)  # fmt: skip
CLOSERS = (
    "Good luck, you deserve to be heard.", "Please be kind to yourself.",
    "Sending you a hug.", "It does get better, **I promise**.",
    "Would love a follow-up column on this.", "Start with one honest conversation.",
)  # fmt: skip


def comment_text(rng: random.Random) -> str:
    """1-4 sentences of Markdown a reader might write under a relationship column."""
    sentences = [rng.choice(OPENERS)]
    middles = rng.sample(MIDDLES, rng.randint(0, 2))
    sentences += [m.format(who=rng.choice(PEOPLE)) for m in middles]
    if rng.random() < 0.5 or len(sentences) == 1:
        sentences.append(rng.choice(CLOSERS))
    sentences = sentences[:4]
    if len(sentences) > 2 and rng.random() < 0.3:  # a second paragraph now and then
        return " ".join(sentences[:2]) + "\n\n" + " ".join(sentences[2:])
    return " ".join(sentences)


def voters_blob(remote_addr: str) -> bytes:
    """isso.utils.Bloomfilter(iterable=[remote_addr]).array: 256 bytes, 11 probes of sha256."""
    array = bytearray(256)
    h = int(hashlib.sha256(remote_addr.encode()).hexdigest(), 16)
    for _ in range(11):
        bit = h & (len(array) * 8 - 1)
        array[bit // 8] |= 1 << (bit % 8)
        h >>= 11
    return bytes(array)


def commenters(rng: random.Random, count: int) -> list[tuple[str, str, str]]:
    """A pool of (author, email, anonymised address) for a thread of count comments; seed_isso
    picks from it with weights 1/sqrt(rank), so regulars come back and about half the comments
    are by distinct readers."""
    pool = []
    for n in range(max(20, count)):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        email = f"{first.lower()}.{last[0].lower()}{n}@example.com"
        addr = f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.0"  # Isso zeroes the /24
        pool.append((f"{first} {last}", email, addr))
    return pool


def plan_thread(rng: random.Random, count: int, max_depth: int) -> list[int | None]:
    """Logical parent index of each comment (None = top level): about 20 % top level, the rest
    replies to a random earlier comment whose depth is below max_depth (at least 1)."""
    max_depth = max(1, max_depth)
    parents: list[int | None] = []
    depth: list[int] = []
    for i in range(count):
        parent = None
        if i and rng.random() >= 0.2:
            parent = rng.randrange(i)
            while depth[parent] >= max_depth:
                parent = parents[parent]
        parents.append(parent)
        depth.append(0 if parent is None else depth[parent] + 1)
    return parents


def _thread_id(con: sqlite3.Connection, uri: str, title: str) -> int:
    row = con.execute("SELECT id FROM threads WHERE uri=?", (uri,)).fetchone()
    if row:
        return row[0]
    return con.execute("INSERT INTO threads (uri, title) VALUES (?, ?)", (uri, title)).lastrowid


def seed_isso(
    workdir: Path, uri: str, count: int, max_depth_hint: int = 6, seed: int = 1
) -> dict[str, int]:
    """Write a thread of count accepted comments for uri into workdir's Isso database, as
    Isso's Comments.add would: mode 1, Markdown source in text, author and email
    html-escaped, remote_addr anonymised, voters a Bloomfilter of it, and parent the top-level
    ancestor (Isso flattens replies to one level when it stores them, so a reply to a reply
    is stored with its thread's top-level comment as parent). Run it with the server stopped."""
    rng = random.Random(seed)
    parents = plan_thread(rng, count, max_depth_hint)
    pool = commenters(rng, count)
    cum_weights = list(itertools.accumulate(1 / math.sqrt(n + 1) for n in range(len(pool))))
    span = 30 * 86400.0
    start = time.time() - span - 3600
    con = sqlite3.connect(workdir / DB_NAME)
    try:
        con.executescript(SCHEMA)
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        with con:
            tid = _thread_id(con, uri, "When my partner stopped listening")
            first_id = con.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM comments").fetchone()[0]
            roots: list[int] = []
            rows = []
            readers = set()
            for i, parent in enumerate(parents):
                cid = first_id + i
                roots.append(cid if parent is None else roots[parent])
                author, email, addr = rng.choices(pool, cum_weights=cum_weights)[0]
                readers.add(email)
                created = start + (i + rng.random() * 0.9) * span / count
                stored_parent = None if parent is None else roots[parent]
                rows.append(
                    (tid, cid, stored_parent, created, addr, comment_text(rng),
                     html.escape(author, quote=False), html.escape(email, quote=False),
                     voters_blob(addr))
                )  # fmt: skip
            con.executemany(INSERT_COMMENT, rows)
    finally:
        con.close()
    top = sum(p is None for p in parents)
    return {
        "comments": count,
        "top_level": top,
        "replies": count - top,
        "readers": len(readers),
        "thread_id": tid,
    }


# --- measuring ---------------------------------------------------------------------------------


def _headers(port: int) -> dict[str, str]:
    """What a browser on the configured host sends: Isso answers CORS for it."""
    origin = f"http://{HOST}:{port}"
    return {"Host": f"{HOST}:{port}", "Origin": origin, "Referer": origin + "/"}


def _request(
    conn: http.client.HTTPConnection, method: str, path: str, headers: dict, body=None
) -> tuple[int, bytes, float]:
    """One request on conn (HTTP/1.1, kept alive unless the server closes it; http.client
    then reconnects for the next one): (status, body, seconds)."""
    started = time.perf_counter()
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    return response.status, data, time.perf_counter() - started


def _summary(seconds: list[float]) -> dict:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[max(0, math.ceil(len(ms) * 0.95) - 1)] if ms else math.nan
    return {"median_ms": statistics.median(ms) if ms else math.nan, "p95_ms": p95}


def thread_path(uri: str, params: dict[str, str] | None = None) -> str:
    """GET path of the thread fetch for uri: EMBED_PARAMS by default; {} asks for every
    comment and every reply, unpaginated."""
    query = {"uri": uri, **(EMBED_PARAMS if params is None else params)}
    return "/?" + urlencode(query, quote_via=quote, safe="/")


def _get_ok(conn: http.client.HTTPConnection, path: str, headers: dict) -> tuple[float, int]:
    status, body, elapsed = _request(conn, "GET", path, headers)
    if status != 200:
        raise RuntimeError(f"GET {path} answered {status}: {body[:200]!r}")
    return elapsed, len(body)


def measure_get(
    port: int, path: str, requests: int, warmup: int = 3, max_seconds: float | None = None
) -> dict:
    """Sequential GETs of path on one HTTP/1.1 connection (keep_alive=False if the server
    closed it after each response), after up to `warmup` unmeasured ones. With max_seconds,
    the loop stops once that much time has passed (capped=True): the warm-up may use a fifth
    of it, and at least one warm-up and one measured request always run."""
    headers = _headers(port)
    conn = http.client.HTTPConnection(HOST, port, timeout=600)
    started = time.monotonic()
    limit = max_seconds or math.inf
    times: list[float] = []
    kept, size = True, 0
    try:
        for n in range(warmup):
            if n and time.monotonic() - started >= limit / 5:
                break
            _, size = _get_ok(conn, path, headers)
        for n in range(requests):
            if n and time.monotonic() - started >= limit:
                break
            elapsed, size = _get_ok(conn, path, headers)
            times.append(elapsed)
            kept = kept and conn.sock is not None  # http.client drops it on Connection: close
    finally:
        conn.close()
    return {
        **_summary(times),
        "count": len(times),
        "capped": len(times) < requests,
        "bytes": size,
        "keep_alive": kept,
    }


def measure_throughput(
    port: int, path: str, connections: int = 16, seconds: float = 10, drain_seconds: float = 60
) -> dict:
    """GETs of path from `connections` threads, each on its own HTTP/1.1 connection, for
    `seconds`; requests still running then may finish within drain_seconds, after which their
    sockets are shut and they count as abandoned. requests_per_s = completed / elapsed, where
    elapsed runs until the last request finished (or the drain ran out)."""
    headers = _headers(port)
    stop_at = time.monotonic() + seconds
    lock = threading.Lock()
    tally = {"completed": 0, "errors": 0, "abandoned": 0}
    reasons: list[str] = []
    conns = [
        http.client.HTTPConnection(HOST, port, timeout=seconds + drain_seconds + 30)
        for _ in range(connections)
    ]
    halted = threading.Event()

    def worker(conn: http.client.HTTPConnection) -> None:
        while time.monotonic() < stop_at:
            try:
                status, _, _ = _request(conn, "GET", path, headers)
                outcome, why = ("completed", "") if status == 200 else ("errors", f"{status}")
            except (OSError, http.client.HTTPException) as error:
                outcome = "abandoned" if halted.is_set() else "errors"
                why = repr(error)
                conn.close()
            with lock:
                tally[outcome] += 1
                if outcome == "errors" and len(reasons) < 5:
                    reasons.append(why)
            if outcome == "abandoned":
                return

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(c,), daemon=True) for c in conns]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(0.0, stop_at + drain_seconds - time.monotonic()))
    elapsed = time.monotonic() - started
    halted.set()
    for conn in conns:  # wake workers still blocked on a response
        if conn.sock is not None:
            with contextlib.suppress(OSError):
                conn.sock.shutdown(socket.SHUT_RDWR)
    for t in threads:
        t.join(timeout=5)
    return {
        "requests_per_s": tally["completed"] / elapsed,
        "errors": tally["errors"],
        "completed": tally["completed"],
        "abandoned": tally["abandoned"],
        "elapsed_s": elapsed,
        "error_samples": reasons,
    }


def measure_posts(port: int, uri: str, count: int, max_seconds: float | None = None) -> dict:
    """count sequential POST /new?uri=... with the JSON body Isso's embed sends (text, author,
    email; website, parent and title null, notification 0), on one HTTP/1.1 connection."""
    rng = random.Random(count)
    headers = {**_headers(port), "Content-Type": "application/json"}
    path = "/new?" + urlencode({"uri": uri}, quote_via=quote, safe="/")
    conn = http.client.HTTPConnection(HOST, port, timeout=120)
    deadline = time.monotonic() + max_seconds if max_seconds else math.inf
    times: list[float] = []
    failures = 0
    started = time.perf_counter()
    try:
        for n in range(count):
            if n and time.monotonic() >= deadline:
                break
            body = {
                "text": comment_text(rng), "author": f"Bench Reader {n}",
                "email": f"bench.reader{n}@example.com", "website": None, "parent": None,
                "title": None, "notification": 0,
            }  # fmt: skip
            status, _, elapsed = _request(conn, "POST", path, headers, json.dumps(body))
            if status == 201:
                times.append(elapsed)
            else:
                failures += 1
    finally:
        conn.close()
    wall = time.perf_counter() - started
    return {
        "posts_per_s": len(times) / wall,
        **_summary(times),
        "count": len(times),
        "failures": failures,
        "capped": len(times) + failures < count,
    }


# --- command line ------------------------------------------------------------------------------


def isso_errors(workdir: Path) -> collections.Counter:
    """Exception lines (`SomeError: message`) in Isso's log, counted."""
    log = workdir / LOG_NAME
    text = log.read_text(errors="replace") if log.exists() else ""
    return collections.Counter(re.findall(r"^\w*(?:Error|Exception): .*$", text, re.MULTILINE))


def serve_and_measure(workdir: Path, uri: str, args: argparse.Namespace) -> dict:
    """Start Isso on a seeded workdir, run every measurement, stop it."""
    port = free_port()
    proc = start_isso(workdir, port, args.venv)
    paths = {"embed": thread_path(uri), "full": thread_path(uri, {})}
    results: dict = {"paths": paths, "get": {}, "throughput": {}}
    try:
        for name, path in paths.items():
            results["get"][name] = measure_get(port, path, args.requests, max_seconds=args.cap)
        for name in args.throughput_of.split(","):
            tp = measure_throughput(port, paths[name], args.connections, args.seconds, args.drain)
            results["throughput"][name] = tp
            if tp["abandoned"]:  # Isso would go on working on them: start afresh
                stop(proc)
                proc = start_isso(workdir, port, args.venv)
        results["posts"] = measure_posts(port, uri, args.posts, max_seconds=args.cap)
    finally:
        stop(proc)
    return results


def run_count(count: int, args: argparse.Namespace) -> None:
    """Seed, serve, measure and clean up one thread size; print its table."""
    uri = "/articles/when-my-partner-stopped-listening/"
    workdir = Path(tempfile.mkdtemp(prefix=f"isso-bench-{count}-"))
    began = time.monotonic()
    try:
        stats = seed_isso(workdir, uri, count)
        stats["seed_s"] = time.monotonic() - began
        results = serve_and_measure(workdir, uri, args)
        results["isso_errors"] = isso_errors(workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report(count, stats, results, args, time.monotonic() - began)


PATH_NOTES = {
    "embed": "(what Isso's embed.min.js asks by default: every top-level comment, at most 5"
    " replies under each, the rest behind 'show more')",
    "full": "(no limit, no nested_limit: every comment of the thread)",
}


def _row(label: str, result: dict, rate: str = "", asked: int = 0) -> str:
    """One table line; latency columns stay empty for results without them."""
    times = f"{result['median_ms']:>10.1f}{result['p95_ms']:>10.1f}" if result else " " * 20
    capped = f"  capped: {result['count']} of {asked}" if result.get("capped") else ""
    return f"{label:<38}{times}  {rate}{capped}"


def report(count: int, stats: dict, r: dict, args: argparse.Namespace, took: float) -> None:
    """Print one count's table, then what was asked, capped and seen in Isso's log."""
    print(
        f"\nIsso {ISSO_VERSION} on {venv_python_version(args.venv)}, standalone `isso run`:"
        f" one thread of {count:,} comments ({stats['top_level']:,} top level,"
        f" {stats['replies']:,} replies, {stats['readers']:,} distinct readers;"
        f" seeded in {stats['seed_s']:.1f} s, whole count {took:.0f} s)"
    )
    print(f"{'measurement':<38}{'median ms':>10}{'p95 ms':>10}  rate")
    for name, g in r["get"].items():
        label = f"GET thread, {name} ({g['bytes'] / 1024:,.0f} KiB)"
        print(_row(label, g, asked=args.requests))
    for name, t in r["throughput"].items():
        rate = (
            f"{t['requests_per_s']:.2f} req/s ({t['completed']} done, {t['errors']} errors,"
            f" {t['abandoned']} abandoned, {t['elapsed_s']:.1f} s)"
        )
        print(_row(f"GET thread, {name}, {args.connections} connections", {}, rate))
    p = r["posts"]
    rate = f"{p['posts_per_s']:.1f} posts/s ({p['failures']} failures)"
    print(_row("POST /new, sequential", p, rate, args.posts))
    for name, path in r["paths"].items():
        print(f"note: {name} = GET {path}  {PATH_NOTES[name]}")
    print(
        f"note: {args.requests} sequential GETs asked a path after up to 3 warm-ups; each"
        f" sequential loop, posts included, capped at {args.cap:.0f} s. Throughput: a"
        f" {args.seconds:.0f} s window; requests in flight then may finish within"
        f" {args.drain:.0f} s and count (elapsed runs to the last one), later ones are abandoned;"
        " with fewer than 20 samples p95 is the slowest one"
    )
    if not all(g["keep_alive"] for g in r["get"].values()):
        print("note: Isso's server answers `Connection: close`: every request is a new connection")
    for line, n in r["isso_errors"].most_common(3):
        print(f"note: Isso logged {n}x {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="1000,10000")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=10, help="throughput window")
    parser.add_argument(
        "--throughput-of", default="embed", choices=("embed", "full", "embed,full"),
        help="thread fetch(es) measured under load; full at 10,000 needs --drain 200",
    )  # fmt: skip
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument(
        "--cap", type=float, default=25,
        help="seconds each sequential loop (two GET paths, posts) may run, warm-up included",
    )  # fmt: skip
    parser.add_argument(
        "--drain", type=float, default=100,
        help="seconds throughput requests in flight at the window's end may take to finish",
    )  # fmt: skip
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV)
    args = parser.parse_args()
    ensure_isso(args.venv)
    for count in (int(c) for c in args.counts.split(",")):
        run_count(count, args)


if __name__ == "__main__":
    main()
