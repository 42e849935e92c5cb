#!/usr/bin/env bash
# Runs dossier's tests: go vet, then go test over every package. The
# reference scorers in ../shared/eval need python3; it is installed from
# Debian's packages when the machine lacks it, and so is chromium, which the
# web UI's browser tests drive.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v python3 >/dev/null; then
  echo "test.sh: installing python3 for the reference scorers" >&2
  (apt-get update -qq && apt-get install -y -qq python3) >/dev/null || { echo "test.sh: python3 is required and could not be installed" >&2; exit 1; }
fi
if ! command -v chromium >/dev/null; then
  echo "test.sh: installing chromium for the web UI's browser tests" >&2
  (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null || echo "test.sh: chromium could not be installed; the browser tests will fail under CI=true" >&2
fi
go vet ./...
go test -count=1 -timeout 14m ./...
