"""Fast checks of the PyInstaller packaging that need no build.

The frozen build itself (≈40 s) is built and run by ``tools/build-app.sh``,
not by the test suite.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
BENCH = ROOT / "bench" / "bench_startup.py"
BUILD_SCRIPT = ROOT / "tools" / "build-app.sh"


def spec_literals() -> dict[str, Any]:
    """The module-level constants of build.spec that are plain literals."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    found: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                try:
                    found[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue
    return found


def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_startup", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


def test_spec_parses_and_builds_one_folder_app() -> None:
    source = SPEC.read_text(encoding="utf-8")
    ast.parse(source, filename=str(SPEC))
    for call in ("Analysis(", "PYZ(", "EXE(", "COLLECT("):
        assert call in source, f"build.spec lacks {call}"
    assert "exclude_binaries=True" in source, "one-folder build: EXE must exclude binaries"
    assert spec_literals()["NAME"] == "dossier-sejour"
    assert '"__main__.py"' in source


def test_spec_names_every_assets_folder() -> None:
    named = set(spec_literals()["ASSET_DIRS"])
    present = {p.name for p in (ROOT / "assets").iterdir() if p.is_dir()}
    assert present - named == set(), "assets folders build.spec would leave out"
    assert named - present == set(), "build.spec names assets folders that do not exist"


def test_every_cli_command_module_is_a_hidden_import() -> None:
    from desktop.cli import COMMAND_MODULES

    hidden = set(spec_literals()["HIDDEN_COMMANDS"])
    assert COMMAND_MODULES, "desktop/cli.py lists no command module"
    missing = sorted(set(COMMAND_MODULES) - hidden)
    assert missing == [], f"add to HIDDEN_COMMANDS in build.spec: {missing}"
    for name in hidden:
        assert importlib.util.find_spec(name) is not None, f"{name} does not exist"


def test_qt_translations_cover_every_interface_language() -> None:
    from desktop.core.messages import LANGS

    i18n = ast.parse((ROOT / "desktop" / "ui" / "i18n.py").read_text(encoding="utf-8"))
    qt_names: dict[str, str] | None = None
    for node in i18n.body:
        if isinstance(node, ast.Assign):
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id == "QT_NAMES":
            qt_names = ast.literal_eval(value)
    assert qt_names is not None, "desktop/ui/i18n.py no longer has a QT_NAMES literal"
    assert set(qt_names) == set(LANGS)
    spec_langs = set(spec_literals()["QT_LANGS"])
    assert set(qt_names.values()) <= spec_langs, "qtbase_XX.qm the build would leave out"


def test_spec_keeps_the_qt_modules_the_ui_imports() -> None:
    used: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    qt_excludes: tuple[str, ...] = spec_literals()["QT_EXCLUDES"]
    excluded = {name.split(".", 1)[1] for name in qt_excludes if name.startswith("PySide6.")}
    assert used & excluded == set(), "build.spec excludes Qt modules desktop/ imports"
    dropped = spec_literals()["DROP_PREFIXES"]
    for platform in ("libqxcb", "libqwayland", "libqoffscreen"):
        assert not any(platform in prefix for prefix in dropped)


def test_spec_collects_existing_qtbase_translations() -> None:
    found = importlib.util.find_spec("PySide6")
    if found is None or not found.submodule_search_locations:
        pytest.skip("PySide6 is not installed")
    translations = Path(next(iter(found.submodule_search_locations))) / "Qt" / "translations"
    for lang in spec_literals()["QT_LANGS"]:
        assert (translations / f"qtbase_{lang}.qm").is_file(), f"qtbase_{lang}.qm missing"


def test_build_script_is_valid_bash_and_checks_the_frozen_app() -> None:
    subprocess.run(["bash", "-n", str(BUILD_SCRIPT)], check=True)
    text = BUILD_SCRIPT.read_text(encoding="utf-8")
    assert "env -i PATH=/usr/bin:/bin" in text
    assert "--selftest" in text and "build.spec" in text


def test_importtime_tree_is_parsed_with_its_parents() -> None:
    bench = load_bench()
    stderr = "\n".join(
        [
            "import time: self [us] | cumulative | imported package",
            "import time:       100 |        100 |       reportlab.lib",
            "import time:      2000 |       2100 |     reportlab",
            "import time:       300 |       2400 |   desktop.letters.layout",
            "import time:        50 |       2450 | desktop.ui.letters",
            "import time:        70 |         70 | json",
        ]
    )
    nodes = bench.parse_importtime(stderr)
    by_name = {n.name: n for n in nodes}
    assert by_name["reportlab"].parent is by_name["desktop.letters.layout"]
    assert by_name["desktop.ui.letters"].parent is None
    rows = bench.offenders(nodes)
    assert rows[0]["package"] == "reportlab"
    assert rows[0]["cumulative_ms"] == 2.1
    assert rows[0]["via"] == "desktop.letters.layout ← desktop.ui.letters"
    assert [r["package"] for r in rows] == ["reportlab"]  # json is standard library


def test_bench_bare_window_baseline_runs() -> None:
    pytest.importorskip("PySide6.QtWidgets")
    bench = load_bench()
    side = bench.measure_bare(runs=1)
    assert len(side.first_page_ms) == 1
    first, wall = side.first_page_ms[0], side.wall_ms[0]
    assert 0 < first < 60_000
    assert first <= wall + 50, "the window cannot be shown after the process ended"
