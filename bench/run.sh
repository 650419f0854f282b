#!/usr/bin/env bash
# Runs a benchmark (never part of the tests): bench/run.sh commands [seconds-per-row]
#                                            bench/run.sh decisions [seconds-per-row [stores [engines [clients]]]]
#                                            bench/run.sh audit [events]  (1,000,000 by default, -Xmx256m)
#                                            bench/run.sh ack [withdrawals [window-seconds]]  (webhooks vs polling)
#                                            bench/run.sh cluster [seconds-per-row]  (1 and 2 instances on one PostgreSQL)
#                                            bench/run.sh fuzz [requests [seed]]  (10,000 by default: the fuzz test's long run)
# Starts the ledger in-process on a fresh H2 file database and on a fresh embedded
# PostgreSQL, drives it over HTTP on localhost, prints a Markdown table and writes it
# to bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-commands}"; shift || true
if [[ "$what" == fuzz ]]; then
  # the fuzz test of the suite (web/.../api/FuzzTest), with many more requests: its report goes to bench/results/fuzz.md
  requests="${1:-10000}"; seed="${2:-20261130}"
  ./mvnw -B -q test -pl web -am -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
    -Dfuzz.requests="$requests" -Dfuzz.seed="$seed"
  mkdir -p bench/results
  { echo "# Fuzz run: $requests requests, seed $seed"; echo; grep -h '^fuzz report' web/target/surefire-reports/*FuzzTest-output.txt; } \
    | tee bench/results/fuzz.md
  exit 0
fi
./mvnw -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
case "$what" in
  commands) main=org.imagingledger.bench.CommandBenchmark; heap=2g ;;
  decisions) main=org.imagingledger.bench.DecisionBenchmark; heap=2g ;;
  audit) main=org.imagingledger.bench.AuditBenchmark; heap=256m ;;
  ack) main=org.imagingledger.bench.AckBenchmark; heap=1g ;;
  cluster) main=org.imagingledger.bench.ClusterBenchmark; heap=1g ;;
  *) echo "unknown benchmark: $what" >&2; exit 2 ;;
esac
exec java -Xmx"$heap" -Ddisable-axoniq-console-message=true -cp "$cp" "$main" "$@"
