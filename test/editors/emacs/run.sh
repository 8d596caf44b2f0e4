#!/usr/bin/env bash
# Headless Emacs with Eglot against the built language server (dist/server.js),
# loading the documented set-up (poa-eglot.el): diagnostics, quick fix,
# formatting, preview, and no "unsupported capability" warning.
# Needs emacs with eglot (Debian: apt-get install emacs-nox elpa-eglot) and `npm run build`.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
command -v emacs >/dev/null || { echo "emacs test: emacs not found (apt-get install emacs-nox elpa-eglot)" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$ROOT/test/editors/fixtures/missing-term.poa" "$WORK/smith.poa"
export POA_SERVER="$ROOT/dist/server.js" POA_TEST_FILE="$WORK/smith.poa" HOME="$WORK"
cd "$WORK"
# -q: no user init file, but the site start-up that puts Debian's elpa-* packages (eglot) on the load path.
timeout 120 emacs --batch -q -l "$HERE/poa-eglot.el" -l "$HERE/check.el"
