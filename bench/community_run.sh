#!/usr/bin/env bash
# Peer questions, partner calls and notifications at scale, on PostgreSQL and on SQLite; see
# docs/benchmark.md ("Community at scale").
#
# For each engine, on a fresh benchmark database: migrate, seed 2,000 questions
# (`seed_community_scale`, which seeds its people with `seed_scale`) and count each page's
# queries; seed up to 50,000 questions with about 200,000 answers and count again; serve the
# database with gunicorn (production settings) and request each page with 20 signed-in users.
# Writes bench/results/community.{json,md}. `make bench` runs it last. Missing a target is not
# an error; a broken run is.
set -euo pipefail
cd "$(dirname "$0")/.."

py=.venv/bin/python
gunicorn=.venv/bin/gunicorn

db_url="${BENCH_COMMUNITY_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/ppi4cities_bench_community}"
sqlite_path="${BENCH_COMMUNITY_SQLITE:-$PWD/var/bench-community.sqlite3}"
questions="${BENCH_COMMUNITY_QUESTIONS:-50000}"
small_questions="${BENCH_COMMUNITY_SMALL_QUESTIONS:-2000}"
answers="${BENCH_COMMUNITY_ANSWERS_PER_QUESTION:-4}"
calls="${BENCH_COMMUNITY_CALLS:-2000}"
organisations="${BENCH_COMMUNITY_ORGANISATIONS:-1000}"
users="${BENCH_COMMUNITY_USERS:-20}"
requests="${BENCH_COMMUNITY_REQUESTS:-400}"
# Seconds per page at most: a page far slower than the target is measured on fewer requests.
budget="${BENCH_COMMUNITY_BUDGET:-45}"
wait_seconds="${BENCH_WAIT_SECONDS:-1}"
engines="${BENCH_COMMUNITY_ENGINES:-postgresql,sqlite}"
workers="${BENCH_WORKERS:-4}"
results="${BENCH_RESULTS:-bench/results}"
started_at=$SECONDS

step() { printf '\n==> community: %s\n' "$*"; }

# shellcheck source=bench/common.sh
. "$(dirname "$0")/common.sh"
refuse_unless_bench_file "$sqlite_path"

work="$(mktemp -d "${TMPDIR:-/tmp}/ppi4cities-community-bench.XXXXXX")"

cleanup() {
  stop_gunicorn
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export_production_settings

# seed_community_scale refuses production settings (it must never run on a real database).
seed() {
  local started=$SECONDS
  PPI_ENV=development DEBUG=false "$py" manage.py seed_community_scale --questions "$1" \
    --answers-per-question "$answers" --calls "$calls" --organisations "$organisations" --seed 1
  seed_seconds="$seed_seconds $1 questions: $((SECONDS - started)) s;"
}

status=0
run_engine() {
  local engine=$1
  seed_seconds=""
  step "$engine: seed $small_questions questions; count each page's queries"
  seed "$small_questions"
  "$py" bench/community.py measure --engine "$engine" --size "$small_questions" \
    --out "$work/$engine-small.json" || status=1

  step "$engine: seed up to $questions questions; count again"
  seed "$questions"
  "$py" bench/community.py measure --engine "$engine" --size "$questions" \
    --out "$work/$engine-large.json" || status=1
  "$py" -c 'import json, sys; print(json.dumps(sys.argv[1].strip()))' "$seed_seconds" \
    >"$work/$engine-seed.json"

  step "$engine: gunicorn ($workers sync workers), $users users, $requests requests per page"
  if serve "community-$engine"; then
    "$py" bench/community.py http --host "$host" --out "$work/$engine-http.json" \
      --users "$users" --requests "$requests" --wait "$wait_seconds" --budget "$budget" \
      || status=1
    report_gunicorn_errors "community-$engine"
  else
    status=1
  fi
  stop_gunicorn
}

"$py" manage.py collectstatic --no-input -v 0

run_engines fresh

finish_benchmark community "$results/community.json"
