#!/usr/bin/env bash
# Installs Debian's Neovim (0.7 on Debian 12) for the headless editor test
# (test/editors/neovim/run.sh). Debian apt only; does nothing when nvim exists.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then
  echo "[install-neovim] $(nvim --version | head -1) already installed" >&2
  exit 0
fi
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends neovim >/dev/null
echo "[install-neovim] $(nvim --version | head -1)" >&2
