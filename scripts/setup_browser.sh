#!/usr/bin/env bash
# Install what the browser tests need, idempotently:
#   - Debian's chromium (only if /usr/bin/chromium is missing; needs root/apt),
#   - the Python `playwright` package into .venv (the driver only: NEVER `playwright install`;
#     the tests launch /usr/bin/chromium through `executable_path`).
# Usage: bash scripts/setup_browser.sh   (from the repository root; VENV=path to override .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"

if [ ! -x /usr/bin/chromium ]; then
    if command -v apt-get >/dev/null 2>&1; then
        SUDO=""
        [ "$(id -u)" -ne 0 ] && SUDO="sudo"
        $SUDO apt-get update
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium fonts-dejavu-core
    else
        echo "setup_browser: /usr/bin/chromium is missing and apt-get is unavailable; browser tests will skip" >&2
    fi
fi

if ! "$VENV/bin/python" -c "import playwright" >/dev/null 2>&1; then
    "$VENV/bin/pip" install --quiet "playwright>=1.40"
fi

/usr/bin/chromium --version 2>/dev/null || true
"$VENV/bin/python" -c "import playwright, importlib.metadata as m; print('playwright', m.version('playwright'))"
