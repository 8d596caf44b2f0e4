#!/usr/bin/env bash
# Installs Debian's Emacs (28 on Debian 12) and Eglot for the headless editor
# test (test/editors/emacs/run.sh). Debian apt only; does nothing when present.
set -euo pipefail
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
if command -v emacs >/dev/null 2>&1 && have_pkg elpa-eglot; then
  echo "[install-emacs] $(emacs --version | head -1) with eglot already installed" >&2
  exit 0
fi
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends emacs-nox elpa-eglot >/dev/null
echo "[install-emacs] $(emacs --version | head -1)" >&2
