#!/usr/bin/env bash
# Everything `make test` runs. Any failure stops the run with a non-zero exit.
set -euo pipefail
py=.venv/bin/python
export DJANGO_SETTINGS_MODULE=ppi4cities.settings
export PYTHONDONTWRITEBYTECODE=1
export OCDS_SCHEMA_DIR="${OCDS_SCHEMA_DIR:-$(cd .. && pwd)/shared/ocds}"

step() { printf '\n==> %s\n' "$*"; }

# pytest exits 5 when it collected nothing: that is a failure here, never a pass.
run_pytest() {
  local status=0
  # --ds: the test settings, whatever DJANGO_SETTINGS_MODULE the environment holds.
  "$py" -m pytest --ds=ppi4cities.settings_for_tests "$@" || status=$?
  if [ "$status" -eq 5 ]; then
    echo "pytest collected no tests for: $*" >&2
    return 1
  fi
  return "$status"
}

step "Browser for the browser tests"
command -v chromium >/dev/null 2>&1 || bash scripts/apt-install.sh chromium
chromium --version

step "Lint (ruff)"
.venv/bin/ruff check .
.venv/bin/ruff format --check .

step "Django checks"
"$py" manage.py check --fail-level WARNING
"$py" manage.py makemigrations --check --dry-run
PPI_ENV=production SECRET_KEY="$("$py" -c "import secrets; print(secrets.token_urlsafe(50))")" ALLOWED_HOSTS=ppi4cities.example \
  "$py" manage.py check --deploy --fail-level WARNING

step "Test suite on SQLite"
DATABASE_URL="sqlite:///$(pwd)/var/test.sqlite3" run_pytest -m "not browser" -q -p no:cacheprovider

step "Test suite on PostgreSQL"
pg_url="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
if [[ "$pg_url" != postgres* ]]; then pg_url="postgres://postgres@127.0.0.1:5432/test"; fi
if "$py" scripts/pg_reachable.py "$pg_url"; then
  DATABASE_URL="$pg_url" run_pytest -m "not browser" -q -p no:cacheprovider --create-db
elif [ "${REQUIRE_POSTGRES:-0}" = "1" ]; then
  echo "PostgreSQL is unreachable at $pg_url and REQUIRE_POSTGRES=1: failing." >&2
  exit 1
else
  echo "PostgreSQL skipped: nothing answers at $pg_url (set DATABASE_URL, or REQUIRE_POSTGRES=1 to make this fail)."
fi

step "Browser tests (Playwright driving Debian's chromium, axe-core on every page)"
DATABASE_URL="sqlite:///$(pwd)/var/test-browser.sqlite3" DJANGO_ALLOW_ASYNC_UNSAFE=1 \
  run_pytest -m browser -q -p no:cacheprovider

step "All checks passed"
