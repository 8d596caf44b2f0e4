#!/usr/bin/env bash
# Headless Neovim against the built language server (dist/server.js): opens an
# instrument, waits for diagnostics, applies a quick fix, formats
# (test/editors/neovim/check.lua). Fails if any of the three stops working.
# Needs nvim (scripts/install-neovim.sh) and `npm run build`.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
command -v nvim >/dev/null || { echo "neovim test: nvim not found (bash scripts/install-neovim.sh)" >&2; exit 1; }
[ -f "$ROOT/dist/server.js" ] || { echo "neovim test: dist/server.js not built (npm run build)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A Section 16 POA without its term clause, its `kind` line indented 10 spaces (fixtures/), in a path with a space.
mkdir -p "$WORK/my poas"
cp "$ROOT/test/editors/fixtures/missing-term.poa" "$WORK/my poas/smith.poa"
cd "$WORK"
export POA_SERVER="$ROOT/dist/server.js" HOME="$WORK" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_STATE_HOME="$WORK/state" XDG_CACHE_HOME="$WORK/cache"
# The built-in client set-up always; the nvim-lspconfig one too when NVIM_LSPCONFIG names a checkout of it.
INITS=("$HERE/init.lua")
[ -n "${NVIM_LSPCONFIG:-}" ] && INITS+=("$HERE/init-lspconfig.lua")
for init in "${INITS[@]}"; do
  echo "neovim test: $(basename "$init")" >&2
  timeout 120 nvim --headless --noplugin -i NONE -u "$init" "$WORK/my poas/smith.poa" -c "luafile $HERE/check.lua" </dev/null
done
echo "neovim test: passed ($(nvim --version | head -1))"
