"""Compile every Designer form into its ``ui_*.py`` module with pyside6-uic.

python -m desktop.forms.build           # rebuild
python -m desktop.forms.build --check   # exit 1 when a module is out of date
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The generated modules import PySide6, so they live in the Qt package.
OUT = HERE.parent / "ui" / "forms"


def uic() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return str(exe) if exe.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def prune_imports(source: str) -> str:
    """Keep only the Qt names a generated form uses. pyside6-uic imports some forty
    (gradients, palettes, fonts…) whatever the form needs, and PySide6 builds each
    imported type and its enums at import time: 13–20 ms of start-up for the
    main window alone (bench/bench_startup.py)."""
    import ast

    tree = ast.parse(source)
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    lines = source.splitlines(keepends=True)
    out: list[str] = []
    cursor = 0
    for node in tree.body:
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")):
            continue
        start, end = node.lineno - 1, node.end_lineno or node.lineno
        out.extend(lines[cursor:start])
        keep = [a.name for a in node.names if (a.asname or a.name) in used]
        if keep:
            out.append(f"from {node.module} import {', '.join(keep)}\n")
        cursor = end
    out.extend(lines[cursor:])
    return "".join(out)


def compile_form(form: Path) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.py"
        subprocess.run([uic(), str(form), "-o", str(out)], check=True, capture_output=True)
        return prune_imports(out.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    check = "--check" in argv
    stale = []
    for form in sorted(HERE.glob("*.ui")):
        target = OUT / f"ui_{form.stem}.py"
        text = compile_form(form)
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if text != current:
            stale.append(target.name)
            if not check:
                target.write_text(text, encoding="utf-8")
    if stale:
        print(("out of date: " if check else "rebuilt: ") + ", ".join(stale))
    return 1 if (check and stale) else 0


if __name__ == "__main__":
    raise SystemExit(main())
