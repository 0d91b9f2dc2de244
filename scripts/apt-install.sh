#!/usr/bin/env bash
# Install Debian packages the platform needs, or say how when not running as root.
set -euo pipefail
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
else
  echo "Missing Debian packages: $*. Install them with: sudo apt-get install $*" >&2
  exit 1
fi
