"""Peer questions, partner calls and notifications at scale: query counts, HTTP under load,
report.

community.py measure --engine E --size N --out FILE
    In-process (Django's test client, signed in as the benchmark person of
    `seed_community_scale`): the queries of each page of PAGES and the time it takes alone
    (median of three), on DATABASE_URL with the current settings.
community.py http --host URL --out FILE [--users U] [--requests R] [--wait S] [--budget B]
    Against a running server: signs the benchmark person in (a session made with the
    configured session engine, so the same settings as the server are needed), then for each
    page U users, each on its own keep-alive connection, request it until R requests are
    answered or B seconds have passed (a slow page is measured on fewer); each user waits
    between half and one and a half times S seconds between pages, as people reading them
    do (S = 0: saturation).
community.py report --results DIR --out-json FILE --out-md FILE
    Merges the files of every engine into one JSON and one Markdown report, with the target
    met or missed.
"""

import argparse
import http.client
import json
import random
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from measuring import load, machine, percentiles, setup_django, verdict  # noqa: E402

P95_TARGET_MS = 100
# A word most questions hold, so the search ranks tens of thousands of matches.
COMMON_WORD = "procurement"
PAGES = [
    ("question list", "/questions/"),
    ("unanswered questions", "/questions/?status=unanswered"),
    ("question search", f"/questions/?q={COMMON_WORD}"),
    ("question page, long thread", "{question}"),
    ("partner calls", "/partners/calls/"),
    ("notifications", "/notifications/"),
]


def _targets() -> tuple[dict, dict]:
    """The pages' addresses and the size of the data. The question page is the oldest long
    thread, the same question at every size, so that its queries compare."""
    from django.db.models import Count

    from ppi4cities.community.management.commands.seed_community_scale import (
        bench_person,
        synthetic_calls,
        synthetic_questions,
    )
    from ppi4cities.community.models import Notification
    from ppi4cities.community.questions.models import Answer

    thread = (
        synthetic_questions()
        .filter(hidden_at__isnull=True)
        .annotate(answers_total=Count("answers"))
        .filter(answers_total__gte=50)
        .order_by("created_at")
        .first()
    )
    person = bench_person()
    paths = {
        name: path.replace("{question}", thread.get_absolute_url() if thread else "/questions/0/")
        for name, path in PAGES
    }
    data = {
        "questions": synthetic_questions().count(),
        "answers": Answer.objects.filter(question__in=synthetic_questions()).count(),
        "calls": synthetic_calls().count(),
        "notifications": Notification.objects.count(),
        "person_notifications": Notification.objects.filter(recipient=person).count()
        if person
        else 0,
        "thread_answers": thread.answers.count() if thread else 0,
        "person": person.email if person else None,
    }
    return paths, data


def measure(args) -> int:
    setup_django()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from ppi4cities.community.management.commands.seed_community_scale import bench_person
    from ppi4cities.core import fulltext

    setup_test_environment()
    person = bench_person()
    if person is None:
        print("No benchmark person: run seed_community_scale first.", file=sys.stderr)
        return 1
    paths, data = _targets()
    client = Client(raise_request_exception=False)
    client.force_login(person)
    rows = []
    for name, path in paths.items():
        client.get(path)  # warm-up: templates, translations, caches
        runs = []
        for _repeat in range(3):
            fulltext.forget_matches()  # each run searches, as a first visit would
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(path)
                elapsed = (time.perf_counter() - started) * 1000
            runs.append((elapsed, response.status_code, captured.captured_queries))
        runs.sort(key=lambda run: run[0])
        elapsed, status, queries = runs[len(runs) // 2]
        rows.append(
            {
                "name": name,
                "path": path,
                "status": status,
                "queries": len(queries),
                "alone_ms": round(elapsed, 1),
                "db_ms": round(sum(float(q["time"]) for q in queries) * 1000, 1),
                "sql": [
                    {"ms": round(float(q["time"]) * 1000, 2), "sql": q["sql"][:1500]}
                    for q in queries
                ],
            }
        )
    failed = [row for row in rows if row["status"] != 200]
    report = {
        "engine": args.engine,
        "vendor": connection.vendor,
        "size": args.size,
        "data": data,
        "query_counts": rows,
        "failed": [{"path": row["path"], "status": row["status"]} for row in failed],
    }
    Path(args.out).write_text(json.dumps(report, indent=2))
    counts = ", ".join(f"{row['name']} {row['queries']} ({row['alone_ms']} ms)" for row in rows)
    print(f"  {args.engine}, {args.size} questions, queries per page: {counts}")
    for row in failed:
        print(f"  {row['path']} answered {row['status']}", file=sys.stderr)
    return 1 if failed else 0


# Over HTTP ------------------------------------------------------------------------------------


def _session_cookie() -> str:
    """A session of the benchmark person, stored where the server reads sessions."""
    from django.conf import settings
    from django.test import Client

    from ppi4cities.community.management.commands.seed_community_scale import bench_person

    client = Client()
    client.force_login(bench_person())
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def _drive(
    host: str, path: str, cookie: str, users: int, requests: int, wait: float, budget: float
) -> dict:
    """`users` people request `path` until `requests` answers have come or `budget` seconds
    have passed, each on its own keep-alive connection and pausing `wait` seconds on average
    between pages."""
    target = urlsplit(host)
    deadline = time.monotonic() + budget
    lock = threading.Lock()
    remaining = [requests]
    timings: list[tuple[float, int]] = []
    headers = {"Cookie": cookie, "Accept-Language": "en"}

    def user(number: int):
        rng = random.Random(number)
        connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
        # Arrivals spread over the first think time, so users are not in step.
        time.sleep(rng.uniform(0, wait))
        while True:
            with lock:
                if remaining[0] <= 0 or time.monotonic() > deadline:
                    break
                remaining[0] -= 1
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                status = response.status
            except OSError:
                connection.close()
                connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
                status = 0
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                timings.append((elapsed, status))
            if wait:
                time.sleep(rng.uniform(wait / 2, wait * 3 / 2))
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    failures = [status for _t, status in timings if status != 200]
    return {
        **percentiles([t for t, _s in timings]),
        "rps": round(len(timings) / wall, 1),
        "errors": len(failures),
        "error_statuses": sorted(set(failures)),
    }


def http_run(args) -> int:
    setup_django()
    paths, data = _targets()
    cookie = _session_cookie()
    # Warm-up, uncounted: every worker compiles the templates and opens its connection.
    for path in paths.values():
        _drive(args.host, path, cookie, args.users, args.users * 2, 0, args.budget)
    pages = []
    for name, path in paths.items():
        row = {
            "name": name,
            "path": path,
            **_drive(args.host, path, cookie, args.users, args.requests, args.wait, args.budget),
        }
        pages.append(row)
        print(
            f"  HTTP {name} {path}: p50 {row['p50_ms']} ms, p95 {row['p95_ms']} ms, "
            f"p99 {row['p99_ms']} ms, {row['rps']} req/s, errors {row['errors']}"
        )
    report = {
        "users": args.users,
        "requests": args.requests,
        "wait_seconds": args.wait,
        "budget_seconds": args.budget,
        "data": data,
        "pages": pages,
    }
    Path(args.out).write_text(json.dumps(report, indent=2))
    return 1 if any(row["errors"] for row in pages) else 0


# Report ---------------------------------------------------------------------------------------


def _engine_lines(engine: str, data: dict) -> list[str]:
    small = {row["name"]: row for row in (data["small"] or {}).get("query_counts", [])}
    large = {row["name"]: row for row in (data["large"] or {}).get("query_counts", [])}
    loads = {row["name"]: row for row in (data["http"] or {}).get("pages", [])}
    size = (data["large"] or data["small"] or {}).get("data", {})
    small_size = (data["small"] or {}).get("size", 0)
    large_size = (data["large"] or {}).get("size", 0)
    lines = [
        f"## {engine}",
        "",
        f"{size.get('questions', 0):,} questions, {size.get('answers', 0):,} answers, "
        f"{size.get('calls', 0):,} partner calls, {size.get('notifications', 0):,} "
        f"notifications ({size.get('person_notifications', 0):,} of the signed-in person); "
        f"the long thread has {size.get('thread_answers', 0)} answers.",
        "",
    ]
    http_data = data["http"]
    if http_data:
        lines += [
            f"Over HTTP: gunicorn, production settings, {http_data['users']} concurrent users "
            f"signed in, each waiting {http_data['wait_seconds'] / 2:g}–"
            f"{http_data['wait_seconds'] * 3 / 2:g} s between pages, {http_data['requests']} "
            f"requests per page or {http_data.get('budget_seconds', '?'):g} s, whichever comes "
            "first. Queries: test client at both sizes (must not grow; a search ranks its "
            "matches in one more query when few match); alone: one request in-process, "
            "median of three.",
            "",
        ]
    lines += [
        f"| page | p50 ms | p95 ms | p99 ms | requests | errors | req/s | queries "
        f"{small_size:,} → {large_size:,} | alone ms {small_size:,} → {large_size:,} | "
        f"p95 ≤ {P95_TARGET_MS} ms |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|:-:|",
    ]
    for name, _path in PAGES:
        row = loads.get(name, {})
        before, after = small.get(name, {}), large.get(name, {})
        queries = f"{before.get('queries', '?')} → {after.get('queries', '?')}"
        if before and after and after["queries"] > before["queries"]:
            queries += " **grew**"
        lines.append(
            f"| {name} `{after.get('path') or row.get('path', '')}` | {row.get('p50_ms', '–')} | "
            f"{row.get('p95_ms', '–')} | {row.get('p99_ms', '–')} | {row.get('n', '–')} | "
            f"{row.get('errors', '–')} | {row.get('rps', '–')} | {queries} | "
            f"{before.get('alone_ms', '?')} → {after.get('alone_ms', '?')} | "
            f"{verdict(row.get('p95_ms'), P95_TARGET_MS)} |"
        )
    lines.append("")
    for part in ("small", "large"):
        for row in (data[part] or {}).get("failed", []):
            lines.append(f"- **failed** ({part}): {row['path']} answered {row['status']}")
    seed = data.get("seed")
    if seed:
        lines += [f"Seeding: {seed}", ""]
    return lines


def report(args) -> int:
    results = Path(args.results)
    engines = {}
    for engine in ("postgresql", "sqlite"):
        data = {
            part: load(results / f"{engine}-{part}.json")
            for part in ("small", "large", "http", "seed")
        }
        if any(data.values()):
            engines[engine] = data
    out = {"generated": time.strftime("%Y-%m-%d %H:%M:%S"), "machine": machine()}
    out["engines"] = engines
    Path(args.out_json).write_text(json.dumps(out, indent=2))
    setup = out["machine"]
    lines = [
        "# Community at scale",
        "",
        f"{out['generated']}, commit {setup['commit']}, {setup['cpus']} cores, load average "
        f"{setup['load_average']} at the end (other work may share the machine). Target "
        f"(issue 6): p95 under {P95_TARGET_MS} ms at 20 concurrent users; query counts "
        "independent of data size.",
        "",
    ]
    for engine, data in engines.items():
        lines += _engine_lines(engine, data)
    Path(args.out_md).write_text("\n".join(lines) + "\n")
    broken = not engines or any(
        not data["large"] or data["large"].get("failed") for data in engines.values()
    )
    return 1 if broken else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    m = commands.add_parser("measure")
    m.add_argument("--engine", required=True)
    m.add_argument("--size", type=int, required=True)
    m.add_argument("--out", required=True)
    h = commands.add_parser("http")
    h.add_argument("--host", required=True)
    h.add_argument("--out", required=True)
    h.add_argument("--users", type=int, default=20)
    h.add_argument("--requests", type=int, default=400, help="answered requests per page")
    h.add_argument("--wait", type=float, default=1.0, help="mean think time in seconds")
    h.add_argument(
        "--budget", type=float, default=60, help="seconds per page at most; the report says n"
    )
    r = commands.add_parser("report")
    r.add_argument("--results", required=True)
    r.add_argument("--out-json", required=True)
    r.add_argument("--out-md", required=True)
    args = parser.parse_args()
    return {"measure": measure, "http": http_run, "report": report}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
