#!/usr/bin/env bash
# Run the whole test suite: lint, format check, types, import layers, then pytest
# (headless Qt included). Creates .venv and installs what is missing.
set -euo pipefail
cd "$(dirname "$0")"
source tools/setup-env.sh dev
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "» ruff check";        ruff check desktop tests bench tools build.spec
echo "» ruff format";       ruff format --check desktop tests bench tools build.spec
echo "» mypy";              mypy desktop
echo "» lint-imports";      lint-imports --no-cache
echo "» pytest";            python -m pytest -q -n 2 "$@"
