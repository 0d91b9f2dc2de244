"""Combine the load results and query counts into bench/results/latest.json and latest.md.

Exits 1 when the results show a broken run (a scenario without statistics, failed requests,
a page that did not answer 200); missing the latency target is reported, not an error.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from scenarios import P95_TARGET_MS, SCENARIOS

ROOT = Path(__file__).resolve().parent.parent


def load(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def first_line(command: list[str]) -> str:
    try:
        output = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    except (OSError, subprocess.CalledProcessError):
        return ""
    return output.stdout.strip().splitlines()[0] if output.stdout.strip() else ""


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        memory_kib = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        )
    except (OSError, StopIteration):
        memory_kib = 0
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "memory_gib": round(memory_kib / 1024 / 1024, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
    }


def mib(kib) -> float | None:
    return round(kib / 1024, 1) if kib else None


def build(args) -> dict:
    load_results = load(args.load)
    small, large = load(args.queries_small), load(args.queries_large)
    by_name = {row["name"]: row for row in load_results.get("scenarios", [])}
    commit = first_line(["git", "rev-parse", "--short", "HEAD"])
    dirty = bool(first_line(["git", "status", "--porcelain", "--untracked-files=no"]))
    # BENCH_SCENARIOS runs a subset: report those only, rather than the rest as broken.
    only = {name for name in os.environ.get("BENCH_SCENARIOS", "").split(",") if name}
    rows = []
    for scenario in SCENARIOS:
        name = scenario["name"]
        if only and name not in only:
            continue
        measured = by_name.get(name, {})
        q_small = small.get("urls", {}).get(name, {})
        q_large = large.get("urls", {}).get(name, {})
        peaks = [kib for kib in measured.get("worker_peak_rss_kib", {}).values() if kib]
        p95 = measured.get("p95_ms")
        failures = measured.get("failures")
        meets = p95 is not None and p95 < P95_TARGET_MS and failures == 0
        rows.append(
            {
                "name": name,
                "label": scenario["label"],
                "path": q_large.get("path", scenario["path"]),
                "requests": measured.get("requests"),
                "failures": failures,
                "rps": measured.get("rps"),
                "p50_ms": measured.get("p50_ms"),
                "p95_ms": p95,
                "p99_ms": measured.get("p99_ms"),
                "mean_ms": measured.get("mean_ms"),
                "max_ms": measured.get("max_ms"),
                "queries": q_large.get("queries"),
                "queries_by_size": {
                    str(small.get("seeded")): q_small.get("queries"),
                    str(large.get("seeded")): q_large.get("queries"),
                },
                "query_count_constant": (
                    q_small.get("queries") is not None
                    and q_small.get("queries") == q_large.get("queries")
                ),
                "db_ms_alone": q_large.get("db_ms"),
                "db_ms_alone_by_size": {
                    str(small.get("seeded")): q_small.get("db_ms"),
                    str(large.get("seeded")): q_large.get("db_ms"),
                },
                "alone_ms": q_large.get("alone_ms"),
                "alone_ms_by_size": {
                    str(small.get("seeded")): q_small.get("alone_ms"),
                    str(large.get("seeded")): q_large.get("alone_ms"),
                },
                "slowest_query": q_large.get("slowest_query"),
                "sql": q_large.get("sql", []),
                "status_alone": q_large.get("status"),
                "queries_vary": bool(q_small.get("queries_vary") or q_large.get("queries_vary")),
                "cpu_ms_per_request": measured.get("cpu_ms_per_request", {}),
                "peak_rss_mib_per_worker": [mib(kib) for kib in peaks],
                "peak_rss_mib_max": mib(max(peaks)) if peaks else None,
                "meets_target": meets,
                "locust_exit": measured.get("locust_exit"),
            }
        )
    broken = [
        row["name"]
        for row in rows
        if row["requests"] is None
        or row["requests"] == 0
        or row["failures"]
        or row["status_alone"] != 200
    ]
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": commit + ("-dirty" if dirty else ""),
        "machine": machine(),
        "database": large.get("database", "PostgreSQL"),
        "data": {
            "organisations": large.get("organisations"),
            "members_per_organisation": args.members,
            "small_organisations": small.get("seeded"),
        },
        "server": {
            "gunicorn_workers": args.workers,
            "threads_per_worker": args.threads,
            "worker_class": args.worker_class,
            "settings": "PPI_ENV=production, plain HTTP on 127.0.0.1",
        },
        "load": {
            "tool": "locust (FastHttpUser), headless, one process per scenario",
            "users": load_results.get("users"),
            "duration_seconds": load_results.get("duration_seconds"),
            "think_time_seconds": float(os.environ.get("BENCH_WAIT_SECONDS", "0")),
        },
        "target": {"p95_ms_below": P95_TARGET_MS, "users": load_results.get("users")},
        "summary": {
            "meeting_target": sum(row["meets_target"] for row in rows),
            "pages": len(rows),
            "query_counts_constant": all(row["query_count_constant"] for row in rows),
            "broken": broken,
        },
        "scenarios": rows,
    }


def fmt(value, digits=0) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def markdown(report: dict) -> str:
    data, load_info, server = report["data"], report["load"], report["server"]
    small, large = data["small_organisations"], data["organisations"]
    lines = [
        "# Benchmark results",
        "",
        f"- Date: {report['date']} · commit {report['commit'] or 'unknown'}",
        f"- Machine: {report['machine']['cores']} cores ({report['machine']['cpu']}), "
        f"{report['machine']['memory_gib']} GiB; PostgreSQL on the same machine",
        f"- Data: {fmt(large)} organisations, {data['members_per_organisation']} members each "
        "(synthetic, `manage.py seed_scale`)",
        f"- Server: gunicorn, {server['gunicorn_workers']} workers × "
        f"{server['threads_per_worker']} thread(s) ({server['worker_class']}), production settings",
        f"- Load: locust, {load_info['users']} concurrent users per scenario, "
        f"{load_info['duration_seconds']} s each, think time {load_info['think_time_seconds']:g} s",
        f"- Target: p95 < {report['target']['p95_ms_below']} ms at {load_info['users']} users "
        f"and no failed request — met by {report['summary']['meeting_target']} of "
        f"{report['summary']['pages']} pages",
        "",
        f"| Page | Requests | req/s | p50 ms | p95 ms | p99 ms | Failures | "
        f"Queries ({fmt(small)} → {fmt(large)} orgs) | Alone ms | Peak RSS / worker MiB | "
        f"p95 < {report['target']['p95_ms_below']} ms |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|",
    ]
    for row in report["scenarios"]:
        by_size = list(row["queries_by_size"].values())
        queries = f"{fmt(by_size[0])} → {fmt(by_size[1])}"
        lines.append(
            f"| {row['label']} | {fmt(row['requests'])} | {fmt(row['rps'], 1)} | "
            f"{fmt(row['p50_ms'])} | {fmt(row['p95_ms'])} | {fmt(row['p99_ms'])} | "
            f"{fmt(row['failures'])} | {queries} | {fmt(row['alone_ms'], 1)} | "
            f"{fmt(row['peak_rss_mib_max'], 1)} | {'pass' if row['meets_target'] else '**fail**'} |"
        )
    lines += [
        "",
        "Queries: per request, counted with Django's test client against the same database "
        "and settings. Alone ms: one request with nothing else running (median of 7), "
        f"at {fmt(large)} organisations. Peak RSS: the highest VmHWM among the gunicorn "
        "workers during that scenario.",
        "",
        "## Where the time goes",
        "",
        "DB ms and Alone ms: one request with nothing else running (test client). CPU ms per "
        "request: CPU time the gunicorn workers, the PostgreSQL backends serving the "
        "benchmark database and locust used "
        "during the scenario, divided by its requests; with the machine saturated, their sum "
        f"times the request rate is about {report['machine']['cores']} cores.",
        "",
        f"| Page | Path | DB ms ({fmt(small)} → {fmt(large)} orgs) | "
        f"Alone ms ({fmt(small)} → {fmt(large)}) | CPU ms per request under load: "
        f"app · PostgreSQL · locust | Slowest query at {fmt(large)} |",
        "|---|---|--:|--:|--:|---|",
    ]
    for row in report["scenarios"]:
        db = list(row["db_ms_alone_by_size"].values())
        alone = list(row["alone_ms_by_size"].values())
        slowest = row["slowest_query"]
        slowest_text = (
            f"{fmt(slowest['ms'])} ms: `{slowest['sql'][:90].replace('|', '/')}…`"
            if slowest
            else "–"
        )
        cpu = row["cpu_ms_per_request"]
        cpu_text = " · ".join(fmt(cpu.get(key), 1) for key in ("app", "database", "locust"))
        lines.append(
            f"| {row['label']} | `{row['path']}` | {fmt(db[0])} → {fmt(db[1])} | "
            f"{fmt(alone[0], 1)} → {fmt(alone[1], 1)} | {cpu_text} | {slowest_text} |"
        )
    if report["summary"]["broken"]:
        lines += [
            "",
            f"**Broken run**: {', '.join(report['summary']['broken'])} "
            "(no statistics, failed requests or a page not answering 200).",
        ]
    varying = [row["label"] for row in report["scenarios"] if row["queries_vary"]]
    if varying:
        lines += ["", f"**Query count differs between identical requests**: {', '.join(varying)}."]
    if not report["summary"]["query_counts_constant"]:
        grown = [row["label"] for row in report["scenarios"] if not row["query_count_constant"]]
        lines += ["", f"**Query count changes with the data size**: {', '.join(grown)}."]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--load", type=Path, required=True)
    parser.add_argument("--queries-small", type=Path, required=True)
    parser.add_argument("--queries-large", type=Path, required=True)
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--worker-class", default="sync")
    parser.add_argument("--members", type=int, required=True)
    parser.add_argument("--out-json", type=Path, required=True)
    parser.add_argument("--out-md", type=Path, required=True)
    args = parser.parse_args()

    report = build(args)
    args.out_json.parent.mkdir(parents=True, exist_ok=True)
    args.out_json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    args.out_md.write_text(markdown(report))
    return 1 if report["summary"]["broken"] else 0


if __name__ == "__main__":
    sys.exit(main())
