#!/bin/sh
# Install everything the tests need, then run lint, types and the whole suite.
# This is the README's test command; .ci/run calls it. Extra arguments go to pytest.
set -eu
cd "$(dirname "$0")/.."

# Real tools the tests drive: rapper (raptor2-utils), Java for HermiT, and
# Debian's Chromium for the browser tests (Playwright drives it; it downloads nothing).
# A second triple store: Virtuoso 7 (its binaries; the tests start it on
# 127.0.0.1 with a temporary database).
missing=""
command -v rapper >/dev/null 2>&1 || missing="$missing raptor2-utils"
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
command -v javac >/dev/null 2>&1 || missing="$missing default-jdk-headless"  # the OWL 2 DL profile check
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v virtuoso-t >/dev/null 2>&1 || missing="$missing virtuoso-opensource-7-bin"
# Apache httpd runs the w3id.org redirect rules (w3id/.htaccess) in the tests.
[ -x /usr/sbin/apache2 ] || missing="$missing apache2"
if [ -n "$missing" ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "scripts/test.sh: please install:$missing (Debian package names)" >&2
        exit 2
    fi
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    echo "Installing system packages:$missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

.venv/bin/ruff check src tests bench scripts
.venv/bin/ruff format --check src tests bench scripts
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
