#!/usr/bin/env bash
# The library's search at scale, on PostgreSQL and on SQLite; see docs/benchmark.md.
#
# For each engine: seed 1,000 synthetic resources and count the result page's queries; seed
# up to 100,000 and count again; time the 200 searches of bench/library_queries.py and 136
# suggestion prefixes in-process; serve the same database with gunicorn (production settings)
# and request the 200 searches over HTTP with a few in flight. Writes
# bench/results/library.{json,md}. `make bench` runs it after the organisation benchmark, on
# the same PostgreSQL database (migrated; the library tables are re-seeded). Missing a target
# is not an error; a broken run is.
set -euo pipefail
cd "$(dirname "$0")/.."

py=.venv/bin/python
gunicorn=.venv/bin/gunicorn

db_url="${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/ppi4cities_bench}"
sqlite_path="${BENCH_LIBRARY_SQLITE:-$PWD/var/bench-library.sqlite3}"
resources="${BENCH_LIBRARY_RESOURCES:-100000}"
small_resources="${BENCH_LIBRARY_SMALL_RESOURCES:-1000}"
concurrency="${BENCH_LIBRARY_CONCURRENCY:-2}"
# Seconds for the 200 searches, in-process and over HTTP, per engine: on a slow engine the
# run measures fewer (interleaved, so every kind of query equally) and says how many.
budget="${BENCH_LIBRARY_BUDGET:-30}"
engines="${BENCH_LIBRARY_ENGINES:-postgresql,sqlite}"
workers="${BENCH_WORKERS:-4}"
results="${BENCH_RESULTS:-bench/results}"
started_at=$SECONDS

step() { printf '\n==> library: %s\n' "$*"; }

# shellcheck source=bench/common.sh
. "$(dirname "$0")/common.sh"
refuse_unless_bench_file "$sqlite_path"

work="$(mktemp -d "${TMPDIR:-/tmp}/ppi4cities-library-bench.XXXXXX")"

cleanup() {
  stop_gunicorn
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export_production_settings

# seed_library_scale refuses production settings (it must never run on a real database).
seed() {
  local started=$SECONDS
  PPI_ENV=development DEBUG=false "$py" manage.py seed_library_scale --resources "$1" --seed 1 \
    "${@:2}"
  seed_seconds="$seed_seconds $1 resources: $((SECONDS - started)) s;"
}

status=0
run_engine() {
  local engine=$1
  seed_seconds=""
  step "$engine: seed $small_resources resources; count the result page's queries"
  # --reset: a database left by an earlier run holds 100,000 already.
  seed "$small_resources" --reset
  "$py" bench/library.py measure --engine "$engine" --size "$small_resources" \
    --out "$work/$engine-small.json" --counts-only || status=1

  step "$engine: seed up to $resources resources; time 200 searches in-process"
  seed "$resources"
  "$py" bench/library.py measure --engine "$engine" --size "$resources" \
    --out "$work/$engine-large.json" --budget "$budget" || status=1
  "$py" -c 'import json, sys; print(json.dumps(sys.argv[1].strip()))' "$seed_seconds" \
    >"$work/$engine-seed.json"

  step "$engine: gunicorn ($workers sync workers), 200 searches over HTTP, $concurrency in flight"
  if serve "$engine"; then
    "$py" bench/library.py http --host "$host" --out "$work/$engine-http.json" \
      --concurrency "$concurrency" --budget "$budget" || status=1
    report_gunicorn_errors "$engine"
  else
    status=1
  fi
  stop_gunicorn
}

"$py" manage.py collectstatic --no-input -v 0

# Redis, when run.sh found one, stays as it was; the library page does not cache.
run_engines keep

finish_benchmark library "$results/library.json"
