#!/usr/bin/env bash
# Checks the Rego sources: `opa fmt` (no diff), `opa check --strict`, `regal lint` (config and
# its recorded exceptions: policies/.regal/config.yaml), and `opa test` with at least 90% of
# policy lines covered. Any failure fails the Maven build (run at the test phase).
# Usage: policies/check-policies.sh
set -euo pipefail
module="$(cd "$(dirname "$0")" && pwd)"
opa="$module/../scripts/opa.sh"
regal="$module/../scripts/regal.sh"
src="$module/src/main/rego"
report_dir="$module/target/opa"
threshold=90
mkdir -p "$report_dir"
cd "$src"

if ! "$opa" fmt --list --fail . >"$report_dir/fmt.txt"; then
  echo "opa fmt: these files are not formatted (run scripts/opa.sh fmt -w policies/src/main/rego):" >&2
  cat "$report_dir/fmt.txt" >&2
  exit 1
fi

"$opa" check --strict .

# The configuration is named explicitly (Regal would also find it searching upwards from here).
if ! "$regal" lint --config-file "$module/.regal/config.yaml" . >"$report_dir/regal.txt" 2>&1; then
  echo "regal lint: violations (config: policies/.regal/config.yaml):" >&2
  cat "$report_dir/regal.txt" >&2
  exit 1
fi
tail -n 1 "$report_dir/regal.txt"

if ! "$opa" test . >"$report_dir/test.txt"; then
  cat "$report_dir/test.txt" >&2
  # Table-driven tests name their failing rows in full in a `table_failures` rule of their
  # test package (the test output above cuts long values short).
  echo "failing table rows:" >&2
  "$opa" eval -d . --format pretty \
    '{p: f | some p; f := data.imagingledger[p].table_failures; count(f) > 0}' >&2 || true
  exit 1
fi
tail -n 1 "$report_dir/test.txt"

"$opa" test --coverage . >"$report_dir/coverage.json" || { echo "opa test --coverage failed" >&2; exit 1; }

# Line coverage of the policies themselves (the report also counts the *_test.rego files).
policy_lines='[f | some name, f in input.files; not endswith(name, "_test.rego")]'
covered="sum([object.get(f, \"covered_lines\", 0) | some f in $policy_lines])"
missed="sum([object.get(f, \"not_covered_lines\", 0) | some f in $policy_lines])"
coverage="$("$opa" eval --stdin-input --format raw "round(1000 * $covered / ($covered + $missed)) / 10" \
  <"$report_dir/coverage.json")"
echo "opa test: ${coverage}% of policy lines covered (threshold ${threshold}%)"
if ! awk -v c="$coverage" -v t="$threshold" 'BEGIN { exit !(c >= t) }'; then
  echo "opa test: policy line coverage ${coverage}% is below ${threshold}%; lines not covered:" >&2
  "$opa" eval --stdin-input --format raw \
    '{name: {r.start.row | some r in f.not_covered} | some name, f in input.files; not endswith(name, "_test.rego")}' \
    <"$report_dir/coverage.json" >&2
  exit 1
fi
