#!/usr/bin/env bash
# Runs dossier's tests. Installs nothing today beyond Go's modules: the
# reference scorers need python3, which this machine kind has.
set -euo pipefail
cd "$(dirname "$0")"
command -v python3 >/dev/null || { echo "test.sh: python3 is required for the reference scorers" >&2; exit 1; }
go vet ./...
go test -count=1 -timeout 14m ./...
