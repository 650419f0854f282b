#!/usr/bin/env bash
# Runs every test: domain fixture tests, projection tests, the policy checks (opa fmt/check/test,
# Regal), API tests on H2 and on a real (embedded) PostgreSQL, the restart and crash tests, the
# module rules, the format check, the browser tests in headless Chromium, the single sign-on tests
# against a real Keycloak, two ledger processes on one PostgreSQL, and the OCI image (built with
# Jib into web/target/ledger-image.tar, its config read by ImageConfigIT).
#
# It first makes sure the machine has what the tests need and installs what is missing:
#   - the pinned opa and Regal, built from the Go module proxy (needs Go);
#   - Debian's chromium and chromium-driver for the browser tests (needs root, or sudo, and apt);
#   - a Java 21 or newer for Keycloak (the tests start the Keycloak distribution that Maven
#     resolves, org.keycloak:keycloak-quarkus-dist, unpacked once under ~/.cache/imaging-ledger).
# When something cannot be installed it stops at once with one line saying what is missing and
# the command that installs it.
set -euo pipefail
cd "$(dirname "$0")/.."

need() { echo "scripts/test.sh: $1 is missing; install it with: $2" >&2; exit 1; }

command -v java >/dev/null || need "Java 17 or newer" "apt-get install -y openjdk-17-jdk-headless"
command -v go >/dev/null || [[ -x /usr/local/go/bin/go ]] || need "Go (to build the pinned opa and Regal)" \
  "see https://go.dev/doc/install"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  install="apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver"
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "scripts/test.sh: installing Debian's chromium and chromium-driver for the browser tests" >&2
    bash -c "$install" >/dev/null
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null && command -v apt-get >/dev/null; then
    echo "scripts/test.sh: installing Debian's chromium and chromium-driver for the browser tests" >&2
    sudo bash -c "$install" >/dev/null
  else
    need "Chromium and its driver (for the browser tests)" "sudo sh -c '$install'"
  fi
fi

# Keycloak 26 runs on Java 21 or newer (the ledger and its build on Java 17): KEYCLOAK_JAVA_HOME, or a JDK under /usr/lib/jvm
if [[ -z ${KEYCLOAK_JAVA_HOME:-} ]]; then
  found=
  for jdk in /usr/lib/jvm/*/; do
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release" 2>/dev/null || true)
    if [[ -n $v && $v -ge 21 && -x $jdk/bin/java ]]; then found=$jdk; break; fi
  done
  [[ -n $found ]] || need "a Java 21 or newer for the Keycloak the tests start" \
    "install a JDK 21+ (e.g. Eclipse Temurin) under /usr/lib/jvm, or set KEYCLOAK_JAVA_HOME to one"
fi
command -v ldd >/dev/null || need "ldd (for the image's runtime libraries)" "apt-get install -y libc-bin"

# Built once per machine; built here first so that a slow first build shows up on its own.
./scripts/opa.sh version >/dev/null
./scripts/regal.sh version >/dev/null

exec ./mvnw -B -ntp verify -Pimage "$@"
