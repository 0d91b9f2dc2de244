#!/usr/bin/env bash
# The self-assessment at scale, on PostgreSQL and on SQLite; see docs/benchmark.md.
#
# For each engine, on a fresh benchmark database: migrate, load the default questionnaire,
# seed 200 synthetic organisations (`seed_scale`) each with a closed round answered by three
# colleagues (bench/assessment.py seed) and count the queries of the results page, the round
# page and the benchmark API; seed up to 2,000 and count again; then time the three in-process
# over many rounds. Writes bench/results/assessment.md. `make bench` runs it last.
# Missing a target is not an error; a broken run is.
set -euo pipefail
cd "$(dirname "$0")/.."

py=.venv/bin/python

db_url="${BENCH_ASSESSMENT_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/ppi4cities_bench_assessment}"
sqlite_path="${BENCH_ASSESSMENT_SQLITE:-$PWD/var/bench-assessment.sqlite3}"
organisations="${BENCH_ASSESSMENT_ORGANISATIONS:-2000}"
small_organisations="${BENCH_ASSESSMENT_SMALL_ORGANISATIONS:-200}"
engines="${BENCH_ASSESSMENT_ENGINES:-postgresql,sqlite}"
results="${BENCH_RESULTS:-bench/results}"
started_at=$SECONDS

step() { printf '\n==> assessment: %s\n' "$*"; }

# shellcheck source=bench/common.sh
. "$(dirname "$0")/common.sh"
refuse_unless_bench_file "$sqlite_path"

work="$(mktemp -d "${TMPDIR:-/tmp}/ppi4cities-assessment-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

export_production_settings
"$py" manage.py collectstatic --no-input -v 0

# seed_scale refuses production settings (it must never run on a real database); the rounds
# are seeded with the same settings, on the same benchmark database.
seed() {
  local started=$SECONDS
  PPI_ENV=development DEBUG=false "$py" manage.py seed_scale --organisations "$1" \
    --members-per-organisation 3 --seed 1 >/dev/null
  PPI_ENV=development DEBUG=false "$py" bench/assessment.py seed
  seed_seconds="$seed_seconds $1 organisations: $((SECONDS - started)) s;"
}

status=0
run_engine() {
  local engine=$1
  seed_seconds=""
  "$py" manage.py load_default_questionnaire >/dev/null
  step "$engine: seed $small_organisations organisations with a closed round; count queries"
  seed "$small_organisations"
  "$py" bench/assessment.py measure --engine "$engine" --size "$small_organisations" \
    --out "$work/$engine-small.json" --counts-only || status=1

  step "$engine: seed up to $organisations; count queries and time the pages in-process"
  seed "$organisations"
  "$py" bench/assessment.py measure --engine "$engine" --size "$organisations" \
    --out "$work/$engine-large.json" || status=1
  "$py" -c 'import json, sys; print(json.dumps(sys.argv[1].strip()))' "$seed_seconds" \
    >"$work/$engine-seed_seconds.json"
}

run_engines fresh

finish_benchmark assessment "$work/assessment.json"
