#!/usr/bin/env bash
# Builds the built-in policy bundle (OPA Wasm target) from the Rego sources, so the bundle the
# ledger ships always matches them (no bundle is committed). Maven runs it at generate-resources.
#
# Revision: "builtin-" + the first 12 hex digits of the SHA-256 of the `sha256sum` listing
# ("<hex>  <path>\n", paths relative to src/main/rego, sorted bytewise) of the files that go
# into the bundle: every *.json and every *.rego except *_test.rego. BundleTest recomputes it.
# Usage: policies/build-bundle.sh [output.tar.gz]   |   policies/build-bundle.sh --revision
set -euo pipefail
module="$(cd "$(dirname "$0")" && pwd)"
opa="$module/../scripts/opa.sh"
src="$module/src/main/rego"
out="${1:-$module/target/classes/policy/builtin-bundle.tar.gz}"
[[ "$out" == "--revision" ]] || out="$(realpath -m -- "$out")"

revision="builtin-$(cd "$src" \
  && find . -type f \( -name '*.json' -o \( -name '*.rego' ! -name '*_test.rego' \) \) -printf '%P\n' \
  | LC_ALL=C sort | while IFS= read -r f; do sha256sum -- "$f"; done \
  | sha256sum | cut -c1-12)"
if [[ "$out" == "--revision" ]]; then echo "$revision"; exit 0; fi

mkdir -p "$(dirname "$out")"
# Built from inside the source root so that the bundle names its files by relative path
# (the same bundle on every machine).
cd "$src"
# Two entry points: the access decision and the purpose check at review (their METADATA says
# `entrypoint: true` too, which opa build also honours). The Wasm module numbers them; the
# engines select them by name, never by position.
"$opa" build -t wasm -e imagingledger/access/decision -e imagingledger/access/purpose_check \
  --ignore '*_test.rego' \
  --revision "$revision" -o "$out" .
echo "policy bundle $revision -> $out"
