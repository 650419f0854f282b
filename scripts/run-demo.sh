#!/usr/bin/env bash
# Builds the ledger and runs it on its embedded default: an H2 file database under ./data/
# and the demo data set (demo users and node tokens: see README). Stop with Ctrl-C; a restart
# keeps everything. Extra arguments go to Spring Boot, e.g. --server.port=9090.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
exec java -Ddisable-axoniq-console-message=true -jar web/target/ledger-web-0.1.0-SNAPSHOT-exec.jar \
  --spring.profiles.active=demo "$@"
