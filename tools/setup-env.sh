#!/usr/bin/env bash
# Shared by ./run.sh and ./test.sh: create .venv at the repository root and
# install what is missing, including the Debian/Ubuntu packages Qt needs when
# running as root. Idempotent and quick when everything is already there.
# Usage: source tools/setup-env.sh [gui|dev]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PROFILE="${1:-gui}"

APT_QT="libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0 fonts-dejavu-core"
APT_X="xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"
APT_DEV="gnome-keyring dbus dbus-x11 ghostscript poppler-utils"

apt_missing() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  echo "${missing[@]:-}"
}

install_apt() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local want
  # shellcheck disable=SC2086
  want="$(apt_missing $*)"
  [ -z "$want" ] && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "» Installing system packages: $want"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $want >/dev/null
  else
    echo "» Missing system packages (run as root, or ask an administrator):"
    echo "  sudo apt-get install $want"
  fi
}

if [ "$PROFILE" = "dev" ]; then
  # shellcheck disable=SC2086
  install_apt $APT_QT $APT_X $APT_DEV
else
  # shellcheck disable=SC2086
  install_apt $APT_QT $APT_X
fi

PY="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
  echo "» Creating the virtual environment in .venv"
  "$PY" -m venv "$VENV"
fi
STAMP="$VENV/.installed-$PROFILE"
# the dev profile installs the gui extra too
[ "$PROFILE" = "gui" ] && [ -f "$VENV/.installed-dev" ] && [ ! "$ROOT/pyproject.toml" -nt "$VENV/.installed-dev" ] && STAMP="$VENV/.installed-dev"
if [ ! -f "$STAMP" ] || [ "$ROOT/pyproject.toml" -nt "$STAMP" ]; then
  echo "» Installing Python packages ($PROFILE)"
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  if [ "$PROFILE" = "dev" ]; then
    "$VENV/bin/python" -m pip install -q -e "$ROOT[gui,dev]"
  else
    "$VENV/bin/python" -m pip install -q -e "$ROOT[gui]"
  fi
  touch "$STAMP"
fi
export PATH="$VENV/bin:$PATH"
