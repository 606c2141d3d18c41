"""Boundaries the design promises: Qt only in desktop/ui, no network library anywhere,
no import cycle. The layers between the packages are import-linter's contracts
(pyproject.toml, ``lint-imports`` in ./test.sh)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "desktop"
NETWORK = {"socket", "requests", "urllib3", "httpx", "aiohttp", "http.client", "urllib.request"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _py_files() -> list[Path]:
    return [p for p in PKG.rglob("*.py") if "__pycache__" not in p.parts]


def test_there_is_code_to_check() -> None:
    assert len(_py_files()) > 10


def test_pyside6_only_in_ui() -> None:
    offenders = []
    for path in _py_files():
        rel = path.relative_to(ROOT)
        if rel.parts[:2] == ("desktop", "ui"):
            continue
        if any(n == "PySide6" or n.startswith("PySide6.") for n in _imports(path)):
            offenders.append(str(rel))
    assert offenders == []


def test_core_is_standard_library_only() -> None:
    allowed_third_party = {"tomli_w"}
    # A signed catalog update is verified where the catalog is loaded (Ed25519, only
    # when an update is installed) and kept in the app's data folder (platformdirs,
    # as vault.appdirs): both imported inside the functions that need them.
    allowed_in = {"catalog_update.py": {"cryptography", "platformdirs"}}
    offenders = []
    for path in (PKG / "core").rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in ("desktop", "__future__") or top in allowed_third_party:
                continue
            if top in allowed_in.get(path.name, set()):
                continue
            if top not in __import__("sys").stdlib_module_names:
                offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_no_network_library() -> None:
    offenders = []
    for path in _py_files():
        bad = {n for n in _imports(path) if n in NETWORK or n.split(".")[0] in NETWORK}
        if bad:
            offenders.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert offenders == []


def _cycles(imports: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(imports):
        if root in index:
            continue
        work = [(root, iter(sorted(imports[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(imports[target]))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_inside_desktop() -> None:
    """Any import that runs counts, at module level or inside a function (what grimp
    sees): two modules that need each other are one module, or a third one is
    missing. An import under ``if TYPE_CHECKING:`` never runs; a part naming the
    type of the object that owns it (the vault window's desks and their
    controller) is not a cycle."""
    import grimp

    graph = grimp.build_graph("desktop", cache_dir=None, exclude_type_checking_imports=True)
    imports = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    assert len(imports) > 50
    assert _cycles(imports) == []
