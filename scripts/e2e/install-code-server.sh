#!/usr/bin/env bash
# Offline install of code-server (VS Code 1.100 in the browser) for the e2e harness.
#
# Needs only the npm registry and Debian apt. Nothing is downloaded from anywhere
# else: code-server's postinstall.sh (which would fetch ripgrep and node headers)
# is skipped and redone by hand below.
#
# Result: .cache/code-server/node_modules/.bin/code-server (git-ignored prefix).
# Idempotent: does nothing once .cache/code-server/.installed-<version> exists.
#
# Usage: bash scripts/e2e/install-code-server.sh        (FORCE=1 to reinstall)
set -euo pipefail

CS_VERSION="4.100.3"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PREFIX="${CODE_SERVER_PREFIX:-$ROOT/.cache/code-server}"
MARKER="$PREFIX/.installed-$CS_VERSION"
BIN="$PREFIX/node_modules/.bin/code-server"

log() { printf '[install-code-server] %s\n' "$*" >&2; }
START=$(date +%s)

# ---------------------------------------------------------------- apt packages
# chromium: the browser playwright-core drives; ripgrep: replaces the rg binary
# @vscode/ripgrep would download; libkrb5-dev: the `kerberos` native module;
# build tools + python3: node-gyp.
need=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
for p in chromium ripgrep libkrb5-dev; do have_pkg "$p" || need+=("$p"); done
command -v make >/dev/null 2>&1 || need+=(make)
command -v g++ >/dev/null 2>&1 || need+=(g++)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ "${#need[@]}" -gt 0 ]; then
  log "apt-get install ${need[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --------------------------------------------------------------- already done?
if [ -f "$MARKER" ] && [ -x "$BIN" ] && [ "${FORCE:-0}" != 1 ]; then
  log "code-server $CS_VERSION already installed in $PREFIX (marker present)"
  exit 0
fi

# ---------------------------------------------------------------------- checks
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != 20 ]; then
  log "ERROR: code-server $CS_VERSION needs Node 20, found $(node --version)"
  exit 1
fi
# node-gyp would download node headers; point it at the local ones instead.
NODE_PREFIX="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ -f "$NODE_PREFIX/include/node/common.gypi" ]; then
  export npm_config_nodedir="$NODE_PREFIX"
elif [ -f /usr/include/node/common.gypi ]; then
  export npm_config_nodedir=/usr
else
  log "WARNING: no local node headers found; node-gyp may try to download them"
fi
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

# ------------------------------------------------------------- npm install
# Start from a clean prefix so a half-finished earlier run can't leak in.
rm -rf "$PREFIX/node_modules" "$PREFIX/package.json" "$PREFIX/package-lock.json" "$PREFIX"/.installed-*
mkdir -p "$PREFIX"
cat > "$PREFIX/package.json" <<EOF
{ "name": "poa-e2e-code-server", "private": true, "description": "git-ignored prefix for the e2e harness" }
EOF
cd "$PREFIX"
log "npm install --ignore-scripts code-server@$CS_VERSION"
npm install --ignore-scripts "code-server@$CS_VERSION" >"$PREFIX/install.log" 2>&1 \
  || { tail -30 "$PREFIX/install.log"; exit 1; }

log "npm rebuild argon2 --build-from-source"
npm_config_build_from_source=true npm rebuild argon2 >>"$PREFIX/install.log" 2>&1 \
  || { tail -30 "$PREFIX/install.log"; exit 1; }

# ------------------------------------- code-server's postinstall.sh, by hand
# (node_modules/code-server/postinstall.sh -> vscode_install())
VSCODE="$PREFIX/node_modules/code-server/lib/vscode"
cd "$VSCODE"
log "lib/vscode: npm install --omit=dev --ignore-scripts"
npm install --omit=dev --ignore-scripts >>"$PREFIX/install.log" 2>&1 \
  || { tail -30 "$PREFIX/install.log"; exit 1; }

# @vscode/ripgrep's postinstall downloads rg unless bin/ already exists.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
chmod +x node_modules/@vscode/ripgrep/bin/rg

log "lib/vscode: npm rebuild (native modules: node-pty, spdlog, kerberos, ...)"
npm_config_yes=true npm rebuild >>"$PREFIX/install.log" 2>&1 \
  || { tail -30 "$PREFIX/install.log"; exit 1; }

# symlink_asar
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
# symlink_bin_script remote-cli code code-server
(cd bin/remote-cli && rm -rf code-server && ln -s code-linux.sh code-server)
# symlink_bin_script helpers browser browser .sh
(cd bin/helpers && rm -rf browser.sh && ln -s browser-linux.sh browser.sh)

log "lib/vscode/extensions: npm install --omit=dev"
(cd extensions && npm install --omit=dev >>"$PREFIX/install.log" 2>&1) \
  || { tail -30 "$PREFIX/install.log"; exit 1; }

# --------------------------------------------------------------------- verify
# Keep code-server from writing ~/.config/code-server or ~/.local/share/code-server.
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
version="$(HOME="$SCRATCH" XDG_CONFIG_HOME="$SCRATCH/config" XDG_DATA_HOME="$SCRATCH/data" \
  XDG_CACHE_HOME="$SCRATCH/cache" TMPDIR="$SCRATCH" \
  "$BIN" --config "$SCRATCH/config.yaml" --version 2>/dev/null | tail -1)"
case "$version" in
  "$CS_VERSION "*) ;;
  *) log "ERROR: unexpected 'code-server --version' output: $version"; exit 1 ;;
esac
for f in kerberos/build/Release/kerberos.node node-pty/build/Release/pty.node \
         @vscode/spdlog/build/Release/spdlog.node @vscode/ripgrep/bin/rg; do
  [ -e "$VSCODE/node_modules/$f" ] || { log "ERROR: missing $f"; exit 1; }
done

date -u +%FT%TZ > "$MARKER"
log "ok: $version (took $(( $(date +%s) - START ))s)"
