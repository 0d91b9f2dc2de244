#!/usr/bin/env bash
# `make bench`: load-test the platform under gunicorn on PostgreSQL; see docs/benchmark.md.
#
# Fresh database -> migrate -> collectstatic -> seed 1,000 organisations and count queries ->
# seed up to 10,000 and count again -> gunicorn with production settings -> locust, one
# scenario at a time -> bench/results/latest.{json,md}. Everything it starts is stopped on
# exit. It exits non-zero only when the run itself broke (no database, the server did not
# start, locust or a page failed), never merely for missing the latency target.
set -euo pipefail
cd "$(dirname "$0")/.."

py=.venv/bin/python
gunicorn=.venv/bin/gunicorn

# Knobs (environment). The defaults are what docs/benchmark.md reports.
db_url="${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/ppi4cities_bench}"
organisations="${BENCH_ORGANISATIONS:-10000}"
small_organisations="${BENCH_SMALL_ORGANISATIONS:-1000}"
members="${BENCH_MEMBERS:-3}"
users="${BENCH_USERS:-20}"
duration="${BENCH_DURATION:-15}"
# 2 cores shared with PostgreSQL and locust: 4 sync workers (see docs/benchmark.md for why).
workers="${BENCH_WORKERS:-4}"
threads="${BENCH_THREADS:-1}"
worker_class="${BENCH_WORKER_CLASS:-sync}"
results="${BENCH_RESULTS:-bench/results}"
started_at=$SECONDS

step() { printf '\n==> %s\n' "$*"; }

work="$(mktemp -d "${TMPDIR:-/tmp}/ppi4cities-bench.XXXXXX")"
# shellcheck source=bench/common.sh
. "$(dirname "$0")/common.sh"
drive_pid=""

cleanup() {
  # The load driver first (it stops its locust), then the server.
  if [ -n "$drive_pid" ]; then
    kill -TERM "$drive_pid" 2>/dev/null || true
  fi
  stop_gunicorn
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export_production_settings
export DATABASE_URL="$db_url"
# Users browse: each waits about a second between pages unless told otherwise.
export BENCH_WAIT_SECONDS="${BENCH_WAIT_SECONDS:-1}"

# The cache is shared between workers through Redis, as in production, when one answers.
redis_url="${BENCH_REDIS_URL:-redis://127.0.0.1:6379/15}"
if "$py" -c "import redis, sys; r = redis.Redis.from_url(sys.argv[1], socket_timeout=2); r.ping(); r.flushdb()" "$redis_url" 2>/dev/null; then
  export REDIS_URL="$redis_url"
  echo "Cache: Redis at $redis_url"
else
  echo "Cache: no Redis at $redis_url; each worker keeps its own cache in memory."
fi

# seed_scale refuses production settings (it must never run on a real database).
seed() {
  PPI_ENV=development DEBUG=false "$py" manage.py seed_scale \
    --organisations "$1" --members-per-organisation "$members" --seed 1
}

step "Fresh PostgreSQL database"
"$py" bench/pgdb.py "$db_url"

step "Migrate and collect static files"
"$py" manage.py migrate --no-input -v 0
"$py" manage.py collectstatic --no-input -v 0

queries_status=0
step "Seed $small_organisations organisations; count queries per page"
seed "$small_organisations"
"$py" bench/query_counts.py --size "$small_organisations" --out "$work/queries-small.json" \
  || queries_status=1

step "Seed up to $organisations organisations; count queries per page"
seed "$organisations"
"$py" bench/query_counts.py --size "$organisations" --out "$work/queries-large.json" \
  || queries_status=1

"$py" manage.py shell --no-imports -c "
from ppi4cities.accounts.management.commands.seed_scale import synthetic_organisations
print('\n'.join(synthetic_organisations().values_list('slug', flat=True)))
" >"$work/slugs.txt"

step "Start gunicorn ($workers $worker_class workers x $threads threads), production settings"
port="$("$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
host="http://127.0.0.1:$port"
"$gunicorn" ppi4cities.wsgi:application \
  --bind "127.0.0.1:$port" --workers "$workers" --threads "$threads" \
  --worker-class "$worker_class" --timeout 60 --graceful-timeout 5 \
  --error-logfile "$work/gunicorn.log" --log-level warning &
gunicorn_pid=$!

ready=0
for _ in $(seq 1 120); do
  if ! kill -0 "$gunicorn_pid" 2>/dev/null; then
    break
  fi
  if curl -fsS -o /dev/null --max-time 2 "$host/readyz" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 0.5
done
if [ "$ready" != 1 ]; then
  echo "gunicorn exited or did not answer $host/readyz within 60 s. Its log:" >&2
  tail -n 40 "$work/gunicorn.log" >&2 || true
  exit 1
fi
echo "Ready at $host (master pid $gunicorn_pid)."

step "Load: $users users per scenario, ${duration} s each"
load_status=0
db_name="$("$py" -c 'import sys, dj_database_url; print(dj_database_url.parse(sys.argv[1])["NAME"])' "$db_url")"
# In the background with `wait`, so that a TERM or INT stops the run at once (bash runs traps
# only between commands, and `wait` is interruptible where a foreground command is not).
"$py" bench/drive.py --host "$host" --master-pid "$gunicorn_pid" --slugs "$work/slugs.txt" \
  --database "$db_name" --out "$work" --users "$users" --duration "$duration" &
drive_pid=$!
wait "$drive_pid" || load_status=1
drive_pid=""
if grep -qE '(Error|Traceback)' "$work/gunicorn.log"; then
  echo "gunicorn logged errors during the run:" >&2
  grep -E -A5 '(Error|Traceback)' "$work/gunicorn.log" | tail -n 40 >&2
fi
stop_gunicorn

step "Report"
report_status=0
"$py" bench/report.py --load "$work/load.json" \
  --queries-small "$work/queries-small.json" --queries-large "$work/queries-large.json" \
  --workers "$workers" --threads "$threads" --worker-class "$worker_class" --members "$members" \
  --out-json "$results/latest.json" --out-md "$results/latest.md" || report_status=1
cat "$results/latest.md"

echo "Benchmark took $((SECONDS - started_at)) s."
if [ "$load_status" != 0 ] || [ "$queries_status" != 0 ] || [ "$report_status" != 0 ]; then
  echo "The benchmark run failed (see above); the numbers in $results are not valid." >&2
  exit 1
fi

# The library's search at scale, on this PostgreSQL database and on a SQLite file
# (bench/library_run.sh; writes bench/results/library.{json,md}).
BENCH_DATABASE_URL="$db_url" bash bench/library_run.sh

# The pilots' list and map at scale, the same way (bench/pilots_run.sh; writes
# bench/results/pilots.{json,md}).
BENCH_DATABASE_URL="$db_url" bash bench/pilots_run.sh

# The self-assessment's results page, round page and benchmark API with 2,000 organisations'
# rounds, on its own PostgreSQL database and a SQLite file (bench/assessment_run.sh; writes
# bench/results/assessment.md).
bash bench/assessment_run.sh

# Peer questions, partner calls and notifications with 50,000 questions and about 200,000
# answers, on its own PostgreSQL database and a SQLite file, served by gunicorn to 20
# signed-in users (bench/community_run.sh; writes bench/results/community.{json,md}).
bash bench/community_run.sh
