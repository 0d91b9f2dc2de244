# Shared by the benchmark scripts (sourced): serving with gunicorn and stopping it, production
# settings adjusted only for plain HTTP on the loopback interface, the benchmark databases, and
# the run over each engine with its report. Needs $py and $work set; serve also $gunicorn and
# $workers.

gunicorn_pid=""

stop_gunicorn() {
  if [ -n "$gunicorn_pid" ] && kill -0 "$gunicorn_pid" 2>/dev/null; then
    kill -TERM "$gunicorn_pid" 2>/dev/null || true
    # gunicorn stops its workers on TERM; give it a few seconds before insisting.
    for _ in $(seq 1 50); do
      kill -0 "$gunicorn_pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL "$gunicorn_pid" 2>/dev/null || true
    wait "$gunicorn_pid" 2>/dev/null || true
  fi
  gunicorn_pid=""
}

export_production_settings() {
  export DJANGO_SETTINGS_MODULE=ppi4cities.settings
  export PPI_ENV=production
  SECRET_KEY="$("$py" -c 'import secrets; print(secrets.token_urlsafe(50))')"
  export SECRET_KEY
  export ALLOWED_HOSTS=127.0.0.1
  export SITE_URL=http://127.0.0.1
  export SECURE_SSL_REDIRECT=false
  export SESSION_COOKIE_SECURE=false
  export CSRF_COOKIE_SECURE=false
  export SECURE_HSTS_SECONDS=0
  export STATIC_ROOT="$work/static"
  export MEDIA_ROOT="$work/media"
  export LOG_LEVEL=WARNING
  export PYTHONDONTWRITEBYTECODE=1
}

# Serve the current settings' database on a free loopback port ($host), $workers sync workers,
# logging to $work/gunicorn-<name>.log; fails when /readyz does not answer within a minute.
serve() {
  local port
  port="$("$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  host="http://127.0.0.1:$port"
  "$gunicorn" ppi4cities.wsgi:application --bind "127.0.0.1:$port" --workers "$workers" \
    --worker-class sync --timeout 60 --graceful-timeout 5 \
    --error-logfile "$work/gunicorn-$1.log" --log-level warning &
  gunicorn_pid=$!
  for _ in $(seq 1 120); do
    kill -0 "$gunicorn_pid" 2>/dev/null || break
    if curl -fsS -o /dev/null --max-time 2 "$host/readyz" 2>/dev/null; then
      return 0
    fi
    sleep 0.5
  done
  echo "gunicorn did not answer $host/readyz. Its log:" >&2
  tail -n 40 "$work/gunicorn-$1.log" >&2 || true
  return 1
}

# Print what gunicorn logged as an error while serving <name>, if anything.
report_gunicorn_errors() {
  if grep -qE '(Error|Traceback)' "$work/gunicorn-$1.log"; then
    echo "gunicorn logged errors:" >&2
    grep -E -A5 '(Error|Traceback)' "$work/gunicorn-$1.log" | tail -n 40 >&2
  fi
}

# Point DATABASE_URL at the PostgreSQL benchmark database and migrate it; run alone (not after
# `make bench`'s own steps) the database may be missing, so it is created then.
use_postgresql() {
  export DATABASE_URL="$1"
  if ! "$py" manage.py migrate --no-input -v 0 2>/dev/null; then
    "$py" bench/pgdb.py "$1"
    "$py" manage.py migrate --no-input -v 0
  fi
}

# Point DATABASE_URL at a SQLite file, re-created empty and migrated.
use_fresh_sqlite() {
  export DATABASE_URL="sqlite:///$1"
  rm -f "$1" "$1-wal" "$1-shm"
  "$py" manage.py migrate --no-input -v 0
}

# Point DATABASE_URL at the PostgreSQL benchmark database, re-created empty and migrated.
use_fresh_postgresql() {
  export DATABASE_URL="$1"
  "$py" bench/pgdb.py "$1"
  "$py" manage.py migrate --no-input -v 0
}

# The SQLite file a benchmark re-creates must say it is a benchmark's: refuse any other path.
refuse_unless_bench_file() {
  case "$1" in
    *bench*) ;;
    *)
      echo "Refusing $1: the SQLite benchmark file's name must contain 'bench'." >&2
      exit 2
      ;;
  esac
}

# Call `run_engine <engine>` for each engine named in $engines, on its benchmark database.
# PostgreSQL ($db_url) is re-created when $1 is "fresh"; with "keep" it is migrated as it is,
# so a benchmark that follows run.sh in `make bench` reuses its organisations (a missing
# database is created). SQLite ($sqlite_path) is always a separate file, re-created, holding
# only what the benchmark itself seeds. Needs `step` and `run_engine`.
run_engines() {
  if [[ ",$engines," == *",postgresql,"* ]]; then
    if [ "$1" = fresh ]; then
      step "postgresql: fresh database"
      use_fresh_postgresql "$db_url"
    else
      use_postgresql "$db_url"
    fi
    run_engine postgresql
  fi
  if [[ ",$engines," == *",sqlite,"* ]]; then
    step "sqlite: migrate $sqlite_path"
    use_fresh_sqlite "$sqlite_path"
    run_engine sqlite
  fi
}

# Write the report of bench/<name>.py from the engines' results in $work: Markdown into
# $results/<name>.md, JSON into $2. Print it, then exit with $status: missing a target is not
# an error, a broken run is. Needs $started_at.
finish_benchmark() {
  local name=$1 json=$2
  step "Report"
  mkdir -p "$results"
  "$py" "bench/$name.py" report --results "$work" --out-json "$json" \
    --out-md "$results/$name.md" || status=1
  cat "$results/$name.md"
  echo "The $name benchmark took $((SECONDS - started_at)) s."
  if [ "$status" != 0 ]; then
    echo "The $name benchmark failed (see above); bench/results/$name.* are not valid." >&2
  fi
  exit "$status"
}
