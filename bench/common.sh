# Shared by the benchmark scripts (sourced): stopping gunicorn, and production settings
# adjusted only for plain HTTP on the loopback interface. Needs $py and $work set.

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
