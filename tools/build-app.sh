#!/usr/bin/env bash
# Build the one-folder app with PyInstaller (build.spec), then check the frozen
# program as it would run on a machine without Python.
#
#   tools/build-app.sh              build dist/dossier-sejour/ and check it
#   tools/build-app.sh --check      only check an existing dist/dossier-sejour/
#   tools/build-app.sh --clean      drop PyInstaller's cache first (CI: always clean)
#   tools/build-app.sh --compare    also build without build.spec's exclusions
#                                   (into build/full/) and print both sizes
#   tools/build-app.sh --archive    also write dist/dossier-sejour-linux-<arch>.tar.gz
#
# Uses .venv (created with tools/setup-env.sh dev when missing) and installs
# pyinstaller~=6.22 into it when missing. Build files go to build/pyinstaller/,
# the app to dist/dossier-sejour/ (both gitignored). Exits non-zero on any failure.
#
# "Without Python": every frozen run gets a scrubbed environment
#   env -i PATH=/usr/bin:/bin HOME=<empty tmp> LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
# (no VIRTUAL_ENV, PYTHONPATH, PYTHONHOME, DISPLAY), from a copy of the folder moved
# elsewhere (no path back to the checkout), and when strace is installed the
# self-test is traced: opening anything under .venv or a system Python fails it.
# The app still needs the system's libgl1, libegl1 and fontconfig with a font.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
NAME=dossier-sejour
DIST="$ROOT/dist"
APPDIR="$DIST/$NAME"
WORKPATH="$ROOT/build/pyinstaller"

DO_BUILD=1 CLEAN="" COMPARE=0 ARCHIVE=0
for arg in "$@"; do
  case "$arg" in
    --check) DO_BUILD=0 ;;
    --clean) CLEAN="--clean" ;;
    --compare) COMPARE=1 ;;
    --archive) ARCHIVE=1 ;;
    -h | --help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

say() { printf '» %s\n' "$*"; }
fail() { printf '✗ %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
mib() { du -sm "$1" | cut -f1; }

# ---- environment -----------------------------------------------------------------
if [ ! -x .venv/bin/python ]; then
  say "No .venv: creating it with tools/setup-env.sh dev"
  bash tools/setup-env.sh dev
fi
PY="$ROOT/.venv/bin/python"
if ! "$PY" -c 'import PyInstaller, sys; sys.exit(PyInstaller.__version__.split(".")[:2] < ["6", "22"])' 2>/dev/null; then
  say "Installing pyinstaller~=6.22 into .venv"
  "$PY" -m pip install --quiet 'pyinstaller~=6.22'
fi
"$PY" -c 'import PySide6.QtPdf' 2>/dev/null || fail "PySide6 with QtPdf is missing from .venv (tools/setup-env.sh dev)"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/build-app.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
declare -a REPORT=()
row() { REPORT+=("| $1 | $2 |"); }

# ---- build -----------------------------------------------------------------------
if [ "$DO_BUILD" = 1 ]; then
  # Compiled translations must match their sources (tools/i18n.py owns them).
  stale=0
  for ts in assets/i18n/dossier_*.ts; do
    [ -e "$ts" ] || continue
    qm="${ts%.ts}.qm"
    if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then stale=1; fi
  done
  if [ "$stale" = 1 ]; then
    say "Translations older than their .ts: tools/i18n.py build"
    "$PY" tools/i18n.py build
  fi

  say "PyInstaller: build.spec -> dist/$NAME"
  t0=$(now)
  rc=0
  PYTHONDONTWRITEBYTECODE=1 "$PY" -m PyInstaller --noconfirm $CLEAN --log-level WARN \
    --distpath "$DIST" --workpath "$WORKPATH" build.spec >"$TMP/pyinstaller.log" 2>&1 || rc=$?
  # Windows DLLs that libraries probe with ctypes are not an error on Linux.
  grep -v -E "WARNING: Library [A-Za-z0-9_]+ required via ctypes not found| INFO: " \
    "$TMP/pyinstaller.log" || true
  [ "$rc" = 0 ] || fail "PyInstaller failed (exit $rc)"
  t1=$(now)
  BUILD_S=$(secs "$t0" "$t1")
  row "build time (${CLEAN:-incremental})" "${BUILD_S} s"

  if [ "$COMPARE" = 1 ]; then
    say "PyInstaller without exclusions (DOSSIER_SPEC_FULL=1) -> build/full/dist"
    t0=$(now)
    DOSSIER_SPEC_FULL=1 PYTHONDONTWRITEBYTECODE=1 "$PY" -m PyInstaller --noconfirm $CLEAN \
      --log-level ERROR --distpath "$ROOT/build/full/dist" --workpath "$ROOT/build/full/work" \
      build.spec >/dev/null
    t1=$(now)
    row "size without exclusions (build/full/dist)" "$(mib "$ROOT/build/full/dist/$NAME") MiB (built in $(secs "$t0" "$t1") s)"
  fi
fi

[ -x "$APPDIR/$NAME" ] || fail "$APPDIR/$NAME is missing: build first"
SIZE_MIB=$(mib "$APPDIR")
FILES=$(find "$APPDIR" -type f | wc -l)
row "folder size dist/$NAME" "$SIZE_MIB MiB, $FILES files"

# ---- run it as on a machine without Python -----------------------------------------
say "Copying the app out of the checkout for the checks"
cp -a "$APPDIR" "$TMP/app"
APP="$TMP/app/$NAME"
mkdir -p "$TMP/home"
frozen() { # frozen LOG ARGS...: run the app in a scrubbed environment
  local log="$1"
  shift
  (cd "$TMP" && env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen timeout 300 "$APP" "$@") >"$TMP/$log.out" 2>"$TMP/$log.err"
}
json_check() { # json_check FILE PYTHON-EXPR (d is the last JSON value printed)
  "$PY" - "$1" "$2" <<'PYEOF'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
start = text.find("{")
d = json.loads(text[start:]) if start >= 0 else None
sys.exit(0 if d is not None and eval(sys.argv[2], {"d": d}) else 1)
PYEOF
}
timed() { # timed LABEL LOG EXPECTED-CODES ARGS...
  local label="$1" log="$2" codes="$3"
  shift 3
  local t0 t1 rc=0
  t0=$(now)
  frozen "$log" "$@" || rc=$?
  t1=$(now)
  if [[ " $codes " != *" $rc "* ]]; then
    sed 's/^/    /' "$TMP/$log.err" | tail -20 >&2
    fail "$label: exit code $rc (expected $codes)"
  fi
  row "$label" "exit $rc, $(secs "$t0" "$t1") s"
}

say "Self-test (GUI, offscreen)"
timed "--selftest (fr)" selftest "0" --selftest
cat "$TMP/selftest.out"
json_check "$TMP/selftest.out" 'd.get("ok") is True' || fail "--selftest did not say ok"
FIRST_MS=$("$PY" -c 'import json,sys; print(json.loads(open(sys.argv[1]).read())["first_page_ms"])' "$TMP/selftest.out")
row "--selftest (fr): first page shown" "${FIRST_MS} ms"

# Arabic (right to left, qtbase_ar.qm), traced when strace is there: the frozen app
# must not open anything from the checkout's .venv or from a system Python.
TRACE=()
if command -v strace >/dev/null 2>&1; then
  TRACE=(strace -f -qq -e trace=openat,execve -o "$TMP/selftest.strace")
fi
rc=0
(cd "$TMP" && env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  timeout 300 "${TRACE[@]}" "$APP" --selftest --lang ar) >"$TMP/selftest_ar.out" 2>"$TMP/selftest_ar.err" || rc=$?
[ "$rc" = 0 ] || { tail -20 "$TMP/selftest_ar.err" >&2; fail "--selftest --lang ar: exit code $rc"; }
json_check "$TMP/selftest_ar.out" 'd.get("ok") is True' || fail "--selftest --lang ar did not say ok"
row "--selftest --lang ar (RTL)" "ok"
if [ "${#TRACE[@]}" -gt 0 ]; then
  opened=$(grep -v ENOENT "$TMP/selftest.strace" || true)
  grep -q "_internal/PySide6/Qt/translations/qtbase_ar.qm" <<<"$opened" ||
    fail "the frozen app did not load its own qtbase_ar.qm"
  grep -q "_internal/assets/i18n/dossier_ar.qm" <<<"$opened" ||
    fail "the frozen app did not load its own dossier_ar.qm"
  base=$("$PY" -c 'import sys; print(sys.base_prefix)')
  leaks=$(grep -F -e "\"$ROOT/" -e "\"$base/" -e '"/usr/lib/python3' -e '"/usr/local/lib/python3' \
    <<<"$opened" | head -5 || true)
  [ -z "$leaks" ] || fail "the frozen app opened files of the checkout or of a Python installation:
$leaks"
  row "strace: Qt and app .qm from _internal/; files opened from the checkout or a Python" "none"
fi

say "Headless CLI"
timed "demo --out TMP --today 2026-11-24 --json" demo "0 1" \
  demo --out "$TMP/demo" --today 2026-11-24 --json
json_check "$TMP/demo.out" '"check" in d and "complete" in d["check"]' ||
  fail "demo --json printed no verdict"
[ -f "$TMP/demo/dossier.toml" ] || fail "demo wrote no dossier.toml"

timed "catalog --json" catalog "0" catalog --json
json_check "$TMP/catalog.out" 'len(d.get("situations", [])) > 0' || fail "catalog --json lists no situation"

timed "build (demo dossier: reportlab, pypdf, Pillow, fonts)" build "0" \
  build "$TMP/demo/dossier.toml" --out "$TMP/bundle" --today 2026-11-24 --json
ls "$TMP"/bundle/upload/*.pdf >/dev/null 2>&1 || fail "build wrote no upload PDF"

# Phone photos (3 JPEG + 1 HEIC) through the spawn-based process pool: the workers
# re-execute the frozen program (multiprocessing.freeze_support in desktop/__main__.py).
"$PY" - "$TMP/photos" <<'PYEOF'
import sys
from pathlib import Path

import pillow_heif
from PIL import Image, ImageDraw

pillow_heif.register_heif_opener()
out = Path(sys.argv[1])
out.mkdir()
for i, ext in enumerate(("jpg", "jpg", "jpg", "heic")):
    im = Image.new("RGB", (1600, 1200), "white")
    draw = ImageDraw.Draw(im)
    for y in range(100, 1100, 40):
        draw.line((100, y, 1500, y), fill=(40, 40, 40), width=3)
    im.save(out / f"page{i}.{ext}", quality=85)
PYEOF
timed "convert 3 JPEG + 1 HEIC, 2 workers (pillow-heif, process pool)" convert "0" \
  convert "$TMP"/photos/page0.jpg "$TMP"/photos/page1.jpg "$TMP"/photos/page2.jpg \
  "$TMP"/photos/page3.heic --out "$TMP/photos.pdf" --workers 2 --json
pages=$("$PY" -c 'import sys; from pypdf import PdfReader; print(len(PdfReader(sys.argv[1]).pages))' "$TMP/photos.pdf")
[ "$pages" = 4 ] || fail "convert wrote $pages pages instead of 4"

printf 'correct horse battery staple 42\n' >"$TMP/pw"
timed "vault init --custody passphrase (cryptography)" vault "0" \
  vault init --store "$TMP/vault" --custody passphrase --new-passphrase-file "$TMP/pw" --json

# ---- archive -------------------------------------------------------------------------
if [ "$ARCHIVE" = 1 ]; then
  TARBALL="$DIST/$NAME-linux-$(uname -m).tar.gz"
  say "Archiving to $TARBALL"
  tar -C "$DIST" -czf "$TARBALL" "$NAME"
  row "archive $(basename "$TARBALL")" "$(du -m "$TARBALL" | cut -f1) MiB"
fi

echo
echo "| check | result |"
echo "|---|---|"
printf '%s\n' "${REPORT[@]}"
echo
echo "✓ dist/$NAME passes its self-test and CLI checks"
