#!/usr/bin/env bash
# The pilots and their map at scale, on PostgreSQL and on SQLite; see docs/benchmark.md.
#
# For each engine: seed 1,000 synthetic pilots and count the list page's queries; seed up to
# 10,000 and count again; time the map's data endpoint in-process over every zoom 0..18 and
# many boxes (bench/pilots.py); serve the same database with gunicorn (production settings),
# request the same boxes over HTTP with a couple in flight, and open the map page in headless
# Chromium. Writes bench/results/pilots.{json,md}. `make bench` runs it after the library's,
# on the same PostgreSQL database (the pilots are re-seeded). Missing a target is not an
# error; a broken run is.
set -euo pipefail
cd "$(dirname "$0")/.."

py=.venv/bin/python
gunicorn=.venv/bin/gunicorn

db_url="${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/ppi4cities_bench}"
sqlite_path="${BENCH_PILOTS_SQLITE:-$PWD/var/bench-pilots.sqlite3}"
pilots="${BENCH_PILOTS:-10000}"
small_pilots="${BENCH_SMALL_PILOTS:-1000}"
concurrency="${BENCH_PILOTS_CONCURRENCY:-2}"
browser_runs="${BENCH_PILOTS_BROWSER_RUNS:-5}"
engines="${BENCH_PILOTS_ENGINES:-postgresql,sqlite}"
workers="${BENCH_WORKERS:-4}"
results="${BENCH_RESULTS:-bench/results}"
started_at=$SECONDS

step() { printf '\n==> pilots: %s\n' "$*"; }

# shellcheck source=bench/common.sh
. "$(dirname "$0")/common.sh"
refuse_unless_bench_file "$sqlite_path"

work="$(mktemp -d "${TMPDIR:-/tmp}/ppi4cities-pilots-bench.XXXXXX")"

cleanup() {
  stop_gunicorn
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export_production_settings

# seed_pilots_scale refuses production settings (it must never run on a real database).
seed() {
  local started=$SECONDS
  PPI_ENV=development DEBUG=false "$py" manage.py seed_pilots_scale --pilots "$1" --seed 1 \
    "${@:2}"
  seed_seconds="$seed_seconds $1 pilots: $((SECONDS - started)) s;"
}

status=0
run_engine() {
  local engine=$1
  seed_seconds=""
  step "$engine: seed $small_pilots pilots; count the list page's queries"
  # --reset: a database left by an earlier run holds 10,000 already.
  seed "$small_pilots" --reset
  "$py" bench/pilots.py measure --engine "$engine" --size "$small_pilots" \
    --out "$work/$engine-small.json" --counts-only || status=1

  step "$engine: seed up to $pilots pilots; time the map's data in-process"
  seed "$pilots"
  "$py" bench/pilots.py measure --engine "$engine" --size "$pilots" \
    --out "$work/$engine-large.json" || status=1
  "$py" -c 'import json, sys; print(json.dumps(sys.argv[1].strip()))' "$seed_seconds" \
    >"$work/$engine-seed_seconds.json"

  step "$engine: gunicorn ($workers sync workers): the map's data over HTTP, the map page in Chromium"
  if [ ! -f "$work/$engine-large.json" ]; then
    status=1
  elif serve "$engine"; then
    "$py" bench/pilots.py http --host "$host" --views "$work/$engine-large.json" \
      --out "$work/$engine-http.json" --concurrency "$concurrency" || status=1
    "$py" bench/pilots.py browser --host "$host" --views "$work/$engine-large.json" \
      --out "$work/$engine-browser.json" --runs "$browser_runs" || status=1
    report_gunicorn_errors "$engine"
  else
    status=1
  fi
  stop_gunicorn
}

"$py" manage.py collectstatic --no-input -v 0

run_engines keep

finish_benchmark pilots "$results/pilots.json"
