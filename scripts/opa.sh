#!/usr/bin/env bash
# Runs the pinned opa CLI, building it first with `go install` when this machine lacks it.
# Built with the opa_wasm tag so that `opa run --server` and `opa eval` can evaluate the
# Wasm bundle the ledger ships (the engine is pure Go; no download besides Go modules).
# Usage: scripts/opa.sh <opa arguments...>   |   scripts/opa.sh --path  (prints the binary)
set -euo pipefail
OPA_VERSION="v1.22.3"
bin_dir="${OPA_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/imagingledger/opa-${OPA_VERSION}-wasm}"
opa="$bin_dir/opa"
if [[ ! -x "$opa" ]]; then
  # a non-login shell (CI) may lack Go's standard install location on its PATH
  command -v go >/dev/null || export PATH="$PATH:/usr/local/go/bin"
  command -v go >/dev/null || { echo "scripts/opa.sh: Go is needed to build opa ${OPA_VERSION}" >&2; exit 1; }
  echo "scripts/opa.sh: building opa ${OPA_VERSION} with go install (once per machine)" >&2
  mkdir -p "$bin_dir"
  GOBIN="$bin_dir" GOFLAGS=-mod=mod go install -tags opa_wasm "github.com/open-policy-agent/opa@${OPA_VERSION}" >&2
fi
if [[ "${1:-}" == "--path" ]]; then echo "$opa"; exit 0; fi
exec "$opa" "$@"
