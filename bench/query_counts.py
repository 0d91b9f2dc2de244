"""Queries and time per request for each benchmark URL, measured with Django's test client.

Runs in its own process against the benchmark database with the same (production) settings
as the server, so the counts are those gunicorn's requests make. Each URL is requested once
to warm caches, then seven times under CaptureQueriesContext; the median run gives the
queries, their time and the time of one request when nothing else runs (which tells a slow
page from a saturated machine).

Usage: query_counts.py --size N --out FILE   (N: the number of organisations seeded)
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ppi4cities.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

from bench.scenarios import SCENARIOS  # noqa: E402
from ppi4cities.accounts.management.commands.seed_scale import (  # noqa: E402
    index_label,
    synthetic_organisations,
)
from ppi4cities.accounts.models import Organisation  # noqa: E402

# The organisation whose page is counted: it exists at every data size the benchmark seeds.
ORGANISATION_INDEX = 42
REPEATS = 7


def organisation_slug() -> str:
    organisation = (
        synthetic_organisations()
        .filter(name__endswith=f" {index_label(ORGANISATION_INDEX)}")
        .first()
        or Organisation.objects.order_by("pk").first()
    )
    if organisation is None:
        raise SystemExit("No organisation to request: seed the database first.")
    return organisation.slug


def database_version() -> str:
    if connection.vendor != "postgresql":
        return connection.display_name
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0].split()[0]}"


def measure(client: Client, path: str) -> dict:
    client.get(path)  # warm-up: template loading, translations, site and content-type caches
    runs = []
    for _repeat in range(REPEATS):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(path)
            elapsed = (time.perf_counter() - started) * 1000
        # Read now: `captured_queries` is a view of the connection's log, which the next
        # request clears.
        runs.append((elapsed, response, list(captured.captured_queries)))
    # The median run by time: one slow outlier (another process on the machine, autovacuum)
    # should not stand for the page.
    elapsed, response, captured_queries = sorted(runs, key=lambda run: run[0])[REPEATS // 2]
    counts = {len(run[2]) for run in runs}
    queries = [
        {"ms": round(float(query["time"]) * 1000, 2), "sql": query["sql"][:600]}
        for query in captured_queries
    ]
    return {
        "path": path,
        "status": response.status_code,
        "bytes": len(response.content),
        "queries": len(queries),
        # A page whose count changes between identical requests is worth a look.
        "queries_vary": len(counts) > 1,
        "db_ms": round(sum(query["ms"] for query in queries), 2),
        "alone_ms": round(elapsed, 1),
        "slowest_query": max(queries, key=lambda query: query["ms"]) if queries else None,
        "sql": queries,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    # Lets the test client record the template context and keeps email in memory; it does
    # not touch the database or the settings the server uses.
    setup_test_environment()
    client = Client(HTTP_HOST="127.0.0.1")
    slug = organisation_slug()
    results = {}
    for scenario in SCENARIOS:
        path = scenario["path"].replace("{slug}", slug)
        results[scenario["name"]] = measure(client, path)
        row = results[scenario["name"]]
        print(
            f"  {scenario['name']:<20} {row['status']}  {row['queries']:>3} queries  "
            f"{row['alone_ms']:>7.1f} ms alone  {path}"
        )
    args.out.write_text(
        json.dumps(
            {
                "organisations": Organisation.objects.count(),
                "seeded": args.size,
                "database": database_version(),
                "urls": results,
            },
            indent=2,
        )
    )
    failed = [name for name, row in results.items() if row["status"] != 200]
    if failed:
        print(f"Not 200: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
