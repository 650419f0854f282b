#!/usr/bin/env bash
# Runs every test: domain fixture tests, projection tests, API tests on H2 and on a real
# (embedded) PostgreSQL, the restart test, the module rules and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -ntp verify "$@"
