"""What the benchmark scripts share: percentiles, Django set-up, reading results back, a
description of the machine, and the verdict against a target."""

import json
import os
import platform
import statistics
import subprocess
from pathlib import Path


def percentiles(values: list[float]) -> dict:
    """p50, p95, p99, maximum and mean in milliseconds, by nearest rank."""
    if not values:
        return {"n": 0}
    ordered = sorted(values)

    def at(share):
        # Nearest rank, as locust and most load tools report.
        return round(ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))], 2)

    return {
        "n": len(values),
        "p50_ms": at(0.50),
        "p95_ms": at(0.95),
        "p99_ms": at(0.99),
        "max_ms": round(ordered[-1], 2),
        "mean_ms": round(statistics.fmean(values), 2),
    }


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ppi4cities.settings")
    import django

    django.setup()


def load(path: Path):
    """A results file written by an earlier step, or None when that step did not run."""
    return json.loads(path.read_text()) if path.exists() else None


def machine() -> dict:
    try:
        load_average = os.getloadavg()
    except OSError:
        load_average = None
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return {
        "cpus": os.cpu_count(),
        "load_average": load_average,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "commit": commit,
    }


def verdict(value, target) -> str:
    if value is None:
        return "not measured"
    return "pass" if value <= target else "**miss**"
