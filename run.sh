#!/usr/bin/env bash
# Launch Dossier Séjour. With a display: the wizard. Without one: builds the
# bundled demo dossier headless and prints where the output is.
# Any arguments are passed to the command line (e.g. ./run.sh check FILE).
set -euo pipefail
cd "$(dirname "$0")"
source tools/setup-env.sh gui
exec .venv/bin/python -m desktop "$@"
