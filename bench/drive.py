"""Drive the load: warm the server up, then run locust once per scenario, in its own process.

Before each scenario the peak-RSS counter of every gunicorn worker is reset (writing 5 to
/proc/<pid>/clear_refs), and after it VmHWM is read from /proc/<pid>/status, so the memory
reported for a scenario is the high-water mark reached during that scenario alone.

Writes <out>/load.json. Exits 1 when locust itself failed (crashed, wrote no statistics).
"""

import argparse
import contextlib
import csv
import json
import os
import resource
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from scenarios import SCENARIOS

HERE = Path(__file__).resolve().parent
# Enough for every worker to have compiled each page's templates before the clock starts.
WARM_UP_REQUESTS = 10


def workers(master: int) -> list[int]:
    """Process ids whose parent is the gunicorn master (its workers)."""
    return sorted(pid for pid, (_name, parent, _cpu) in processes().items() if parent == master)


def processes() -> dict[int, tuple[str, int, int]]:
    """Every process: pid -> (command name, parent pid, CPU ticks used so far)."""
    table = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            text = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name is in parentheses and may hold spaces: split around it.
        name = text[text.index("(") + 1 : text.rindex(")")]
        fields = text[text.rindex(")") + 2 :].split()
        # fields[1] is the parent pid; fields[11] and [12] are user and system ticks.
        table[int(entry.name)] = (name, int(fields[1]), int(fields[11]) + int(fields[12]))
    return table


def cpu_ticks(master: int, database: str) -> dict[str, dict[int, int]]:
    """CPU ticks used so far, per process: gunicorn workers, and the PostgreSQL backends
    serving the benchmark database (found by their title, which names the database, so
    other databases on the same server do not count)."""
    app, backends = {}, {}
    for pid, (name, parent, cpu) in processes().items():
        if parent == master:
            app[pid] = cpu
        elif name.startswith("postgres"):
            try:
                title = (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ")
            except OSError:
                continue
            if f" {database} ".encode() in title:
                backends[pid] = cpu
    return {"app": app, "database": backends}


def cpu_used(before: dict, after: dict) -> dict[str, float]:
    """Seconds of CPU between two snapshots. A process that ended in between is missed (an
    undercount, never a negative number); one that started counts in full."""
    ticks = os.sysconf("SC_CLK_TCK")
    return {
        group: sum(cpu - before[group].get(pid, 0) for pid, cpu in after[group].items()) / ticks
        for group in after
    }


def reset_peak(pid: int) -> None:
    # On an older kernel or a restricted /proc, VmHWM stays the peak since the worker started.
    with contextlib.suppress(OSError):
        (Path("/proc") / str(pid) / "clear_refs").write_text("5")


def peak_kib(pid: int) -> int | None:
    try:
        for line in (Path("/proc") / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def warm_up(host: str, slug: str) -> dict:
    """Request each page a few times (uncounted) so compiled templates and caches are warm."""
    statuses = {}
    for scenario in SCENARIOS:
        url = host + scenario["path"].replace("{slug}", slug)
        for _attempt in range(WARM_UP_REQUESTS):
            try:
                with urllib.request.urlopen(url, timeout=30) as response:
                    statuses[scenario["name"]] = response.status
            except urllib.error.HTTPError as error:
                statuses[scenario["name"]] = error.code
            except OSError as error:
                statuses[scenario["name"]] = str(error)
    return statuses


def stats_row(csv_path: Path, name: str) -> dict | None:
    if not csv_path.exists():
        return None
    with csv_path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            if row["Name"] == name:
                return row
    return None


def number(value: str) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None  # locust writes "N/A" for percentiles of an empty row


RAMP_SECONDS = 2


def run_scenario(scenario: dict, args, env: dict) -> dict:
    name = scenario["name"]
    prefix = args.out / "locust" / name
    command = [
        str(Path(sys.executable).with_name("locust")),
        "-f",
        str(HERE / "locustfile.py"),
        "--headless",
        "--only-summary",
        "--loglevel",
        "WARNING",
        "--users",
        str(args.users),
        # Users arrive over about two seconds, as people do, and the statistics restart once
        # all are in, so the table describes the steady state at the full concurrency.
        "--spawn-rate",
        str(max(1, args.users // RAMP_SECONDS)),
        "--reset-stats",
        "--run-time",
        f"{args.duration + RAMP_SECONDS}s",
        "--stop-timeout",
        "5",
        "--host",
        args.host,
        "--csv",
        str(prefix),
        # Failed requests are reported in the table; a non-zero exit then means that locust
        # itself broke.
        "--exit-code-on-error",
        "0",
    ]
    pids = workers(args.master_pid)
    for pid in pids:
        reset_peak(pid)
    cpu_before = cpu_ticks(args.master_pid, args.database)
    locust_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    with (args.out / "locust" / f"{name}.log").open("w") as log:
        try:
            completed = subprocess.run(
                command,
                env={**env, "BENCH_SCENARIO": name},
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=args.duration + 60,
                check=False,
            )
            returncode = completed.returncode
        except subprocess.TimeoutExpired:
            returncode = "timeout"
    elapsed = time.time() - started
    cpu = cpu_used(cpu_before, cpu_ticks(args.master_pid, args.database))
    locust_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu["locust"] = (locust_after.ru_utime + locust_after.ru_stime) - (
        locust_before.ru_utime + locust_before.ru_stime
    )
    memory = {str(pid): peak_kib(pid) for pid in pids}
    row = stats_row(Path(f"{prefix}_stats.csv"), name)
    result = {
        "name": name,
        "label": scenario["label"],
        "path": scenario["path"],
        "locust_exit": returncode,
        "wall_seconds": round(elapsed, 1),
        "worker_peak_rss_kib": memory,
        "workers_after": workers(args.master_pid),
        "ok": returncode == 0 and row is not None,
    }
    # CPU per request shows where a saturated machine spends its cores.
    requests = int(row["Request Count"]) if row is not None else 0
    result["cpu_seconds"] = {key: round(value, 2) for key, value in cpu.items()}
    result["cpu_ms_per_request"] = {
        key: round(value * 1000 / requests, 2) if requests else None for key, value in cpu.items()
    }
    if row is not None:
        result.update(
            {
                "requests": int(row["Request Count"]),
                "failures": int(row["Failure Count"]),
                "rps": number(row["Requests/s"]),
                "p50_ms": number(row["50%"]),
                "p95_ms": number(row["95%"]),
                "p99_ms": number(row["99%"]),
                "mean_ms": number(row["Average Response Time"]),
                "max_ms": number(row["Max Response Time"]),
                "mean_bytes": number(row["Average Content Size"]),
            }
        )
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", required=True)
    parser.add_argument("--master-pid", type=int, required=True)
    parser.add_argument("--slugs", type=Path, required=True)
    parser.add_argument("--database", required=True, help="name of the benchmark database")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--duration", type=int, default=15)
    args = parser.parse_args()

    # Stopped by run.sh: exit through Python, so that subprocess.run kills the running locust.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    slugs = [s for s in args.slugs.read_text().split() if s]
    env = {**os.environ, "BENCH_SLUGS_FILE": str(args.slugs)}
    statuses = warm_up(args.host, slugs[0])
    print("Warm-up answers:", ", ".join(f"{k} {v}" for k, v in statuses.items()))
    (args.out / "locust").mkdir(parents=True, exist_ok=True)
    # BENCH_SCENARIOS=directory,organisation re-runs only those (while tuning one page).
    only = {name for name in os.environ.get("BENCH_SCENARIOS", "").split(",") if name}
    results = []
    for scenario in SCENARIOS:
        if only and scenario["name"] not in only:
            continue
        result = run_scenario(scenario, args, env)
        results.append(result)
        if result.get("requests") is not None:
            print(
                f"  {result['name']:<20} {result['requests']:>6} requests "
                f"{result['rps']:>7.1f} req/s  p50 {result['p50_ms']:.0f} ms  "
                f"p95 {result['p95_ms']:.0f} ms  p99 {result['p99_ms']:.0f} ms  "
                f"failures {result['failures']}  CPU ms/request: app "
                f"{result['cpu_ms_per_request']['app']}, PostgreSQL "
                f"{result['cpu_ms_per_request']['database']}, locust "
                f"{result['cpu_ms_per_request']['locust']}"
            )
        else:
            log = args.out / "locust" / f"{result['name']}.log"
            print(
                f"  {result['name']:<20} locust failed (exit {result['locust_exit']}); "
                "the end of its log:",
                file=sys.stderr,
            )
            for line in log.read_text().splitlines()[-15:]:
                print("    " + line, file=sys.stderr)
    (args.out / "load.json").write_text(
        json.dumps(
            {
                "users": args.users,
                "duration_seconds": args.duration,
                "warm_up": statuses,
                "scenarios": results,
            },
            indent=2,
        )
    )
    return 0 if all(result["ok"] for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
