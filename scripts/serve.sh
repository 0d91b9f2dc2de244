#!/usr/bin/env bash
# Serve the platform for local use: the task worker in the background, the web server in front.
set -euo pipefail
port="${1:-8000}"
py=.venv/bin/python

$py manage.py db_worker --queue-name "*" --no-reload &
worker=$!
trap 'kill $worker 2>/dev/null || true' EXIT INT TERM

echo
echo "PPI4Cities is running at http://127.0.0.1:${port}/"
echo "Emails (sign-up verification, invitations) are printed in this terminal. Stop with Ctrl+C."
echo
$py manage.py runserver "127.0.0.1:${port}"
