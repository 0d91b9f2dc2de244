"""The load of one benchmark scenario, run by locust in its own process.

bench/drive.py starts `locust --headless` once per scenario with BENCH_SCENARIO naming it
(see bench/scenarios.py). Every simulated user sends its next request as soon as the
previous answer arrives, unless BENCH_WAIT_SECONDS sets a mean think time: with none, the
number of requests in flight is exactly the number of users, the concurrency the latency
target is stated for.
"""

import os
import random
from pathlib import Path

from locust import FastHttpUser, between, constant, task
from scenarios import SCENARIOS  # the bench/ folder is on the path: locust puts it there

SCENARIO = {s["name"]: s for s in SCENARIOS}[os.environ["BENCH_SCENARIO"]]
SLUGS = [
    line.strip()
    for line in Path(os.environ.get("BENCH_SLUGS_FILE", os.devnull)).read_text().splitlines()
    if line.strip()
]
if "{slug}" in SCENARIO["path"] and not SLUGS:
    raise SystemExit("BENCH_SLUGS_FILE lists no organisation slugs.")


WAIT = float(os.environ.get("BENCH_WAIT_SECONDS", "0"))


class Visitor(FastHttpUser):
    # A think time varies around its mean: with a constant one the users, all started within
    # a second, would stay in step and arrive in bursts of twenty.
    wait_time = between(WAIT / 2, WAIT * 3 / 2) if WAIT else constant(0)

    @task
    def visit(self):
        path = SCENARIO["path"]
        if "{slug}" in path:
            # A different organisation each time, so the run is not one hot row in the cache.
            path = path.replace("{slug}", random.choice(SLUGS))
        # One name per scenario: every organisation page is counted in the same row.
        with self.client.get(path, name=SCENARIO["name"], catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
