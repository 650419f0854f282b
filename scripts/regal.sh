#!/usr/bin/env bash
# Runs the pinned Regal linter for Rego, building it first with the Go toolchain when this machine
# lacks it (once per machine, into the user's cache folder; no download besides Go modules).
# v0.35.1 (2025-06-30) is the newest Regal release found served by the Go module proxy here,
# under its pre-move module path github.com/styrainc/regal: the proxy refuses v0.36.x and the
# later path github.com/open-policy-agent/regal. It embeds OPA v1.6 and reads Rego v1; the
# formatter check is left to the pinned opa (see policies/.regal/config.yaml).
# Usage: scripts/regal.sh <regal arguments...>   |   scripts/regal.sh --path  (prints the binary)
set -euo pipefail
REGAL_MODULE="github.com/styrainc/regal"
REGAL_VERSION="v0.35.1"
bin_dir="${REGAL_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/imagingledger/regal-${REGAL_VERSION}}"
regal="$bin_dir/regal"
if [[ ! -x "$regal" ]]; then
  # a non-login shell (CI) may lack Go's standard install location on its PATH
  command -v go >/dev/null || export PATH="$PATH:/usr/local/go/bin"
  command -v go >/dev/null || { echo "scripts/regal.sh: Go is needed to build Regal ${REGAL_VERSION}" >&2; exit 1; }
  echo "scripts/regal.sh: building Regal ${REGAL_VERSION} with go build (once per machine)" >&2
  mkdir -p "$bin_dir"
  # `go install module@version` would fail here: it asks the proxy for the module's version list
  # (to report deprecation), which the proxy refuses for this module. So the pinned release's
  # source is fetched with `go mod download` (checked against the Go checksum database) and built
  # as its own main module, with its own go.mod and go.sum (the same build as go install's).
  src="$(go mod download -json "${REGAL_MODULE}@${REGAL_VERSION}" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')"
  [[ -n "$src" && -f "$src/go.mod" ]] || { echo "scripts/regal.sh: go mod download ${REGAL_MODULE}@${REGAL_VERSION} failed" >&2; exit 1; }
  # Built into a temporary name and moved into place, so that a second build running at the
  # same time (another module's build, another shell) never runs a half-written binary.
  tmp="$(mktemp -d "$bin_dir/.build.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$src" && GOFLAGS="-mod=readonly -buildvcs=false" go build -trimpath \
    -ldflags "-X ${REGAL_MODULE}/pkg/version.Version=${REGAL_VERSION}" -o "$tmp/regal" .) >&2
  mv -f "$tmp/regal" "$regal"
  rm -rf "$tmp"
  trap - EXIT
fi
if [[ "${1:-}" == "--path" ]]; then echo "$regal"; exit 0; fi
exec "$regal" "$@"
