"""Start to first usable page: ``python -m desktop --selftest`` side by side with a
bare PySide6 wizard (a QWizard showing one titled page), target ratio ≤ 2.

    .venv/bin/python bench/bench_startup.py                 # 21 alternating runs of each
    .venv/bin/python bench/bench_startup.py --runs 31 --frozen --importtime

Both sides are timed the same way: the parent stamps ``DOSSIER_T0=time.time()``
into the child's environment just before starting it; inside the child, a 0-ms
QTimer queued right after ``window.show()`` reads ``time.time() - DOSSIER_T0``
(``desktop.ui.app.process_age_ms`` reads the same variable). That covers
exec, interpreter start, imports, the QApplication, building and showing the
window and the first turn of the event loop. The wall time of the whole process
(until it has exited) is measured by the parent too. The runs alternate
(bare, app, bare, app…) after one warm-up of each, with QT_QPA_PLATFORM=offscreen
and a throwaway HOME.

``--frozen`` adds the PyInstaller build (dist/dossier-sejour/dossier-sejour) as a
third column. ``--importtime`` (automatic when the ratio misses the target) runs
``python -X importtime -m desktop --selftest`` and lists the heaviest third-party
imports with the chain of ``desktop`` modules that pulled each in.

Prints a markdown table; writes bench/results/startup.json (gitignored).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "startup.json"
FROZEN = ROOT / "dist" / "dossier-sejour" / "dossier-sejour"
TARGET = 2.0

# The obvious alternative: the least a PySide6 program does to show a wizard's first
# page (a QWizard with one titled page), started and timed the same way as ours.
BARE_WIZARD = """\
import json, os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage

app = QApplication(sys.argv)
wizard = QWizard()
page = QWizardPage()
page.setTitle("Bienvenue")
wizard.addPage(page)
wizard.show()

def done():
    ms = (time.time() - float(os.environ["DOSSIER_T0"])) * 1000.0
    ok = wizard.isVisible() and wizard.currentId() == 0
    print(json.dumps({"ok": ok, "first_page_ms": round(ms, 1)}))
    app.quit()

QTimer.singleShot(0, done)
app.exec()
"""


@dataclass
class Side:
    name: str
    cmd: list[str]
    first_page_ms: list[float] = field(default_factory=list)
    wall_ms: list[float] = field(default_factory=list)


def bench_env(home: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DOSSIER_", "QT_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Start ``cmd``; return (first_page_ms it reports, wall ms of the process)."""
    start = time.perf_counter()
    child_env = {**env, "DOSSIER_T0": repr(time.time())}
    out = subprocess.run(
        cmd, cwd=ROOT, env=child_env, capture_output=True, text=True, timeout=120, check=False
    )
    wall = (time.perf_counter() - start) * 1000.0
    if out.returncode != 0:
        raise RuntimeError(f"{cmd} exited {out.returncode}: {out.stderr[-600:]}")
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"{cmd} printed no JSON: {out.stdout[-300:]} {out.stderr[-300:]}")
    result = json.loads(lines[-1])
    if not result.get("ok"):
        raise RuntimeError(f"{cmd} did not show its window: {result}")
    return float(result["first_page_ms"]), wall


def bare_side(python: str = sys.executable) -> Side:
    return Side("bare PySide6 QWizard", [python, "-c", BARE_WIZARD])


def app_side(python: str = sys.executable) -> Side:
    return Side("python -m desktop --selftest", [python, "-m", "desktop", "--selftest"])


def measure_bare(runs: int = 1) -> Side:
    """The baseline alone (tests/test_packaging.py runs it once)."""
    side = bare_side()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as home:
        env = bench_env(home)
        for _ in range(runs):
            first, wall = run_once(side.cmd, env)
            side.first_page_ms.append(first)
            side.wall_ms.append(wall)
    return side


def measure(sides: list[Side], runs: int, warmup: int = 1) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as home:
        env = bench_env(home)
        for _ in range(warmup):  # file cache, fontconfig cache, __pycache__
            for side in sides:
                run_once(side.cmd, env)
        for _ in range(runs):  # interleaved: every side sees the same conditions
            for side in sides:
                first, wall = run_once(side.cmd, env)
                side.first_page_ms.append(first)
                side.wall_ms.append(wall)


def median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def paired_ratio(side: Side, base: Side) -> float:
    """Median of the per-run ratios: run k of ``side`` against run k of ``base``,
    started one after the other. A shared machine's slow spells (other virtual
    machines on the host) hit both halves of a pair, so this moves much less
    from one invocation to the next than the ratio of the two medians."""
    pairs = zip(side.first_page_ms, base.first_page_ms, strict=True)
    return round(statistics.median(a / b for a, b in pairs), 2)


# ----- import-time profile -------------------------------------------------------------
@dataclass
class Imp:
    name: str
    self_us: int
    cum_us: int
    depth: int
    parent: Imp | None = None


def parse_importtime(stderr: str) -> list[Imp]:
    """The tree printed by ``-X importtime`` (children come before their parent)."""
    nodes: list[Imp] = []
    pending: list[Imp] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        _, rest = line.split(":", 1)
        self_s, cum_s, raw = rest.split("|", 2)
        depth = (len(raw) - len(raw.lstrip(" ")) - 1) // 2
        node = Imp(raw.strip(), int(self_s), int(cum_s), depth)
        while pending and pending[-1].depth > depth:
            pending.pop().parent = node
        pending.append(node)
        nodes.append(node)
    return nodes


def offenders(nodes: list[Imp], top: int = 10) -> list[dict[str, object]]:
    """Heaviest third-party packages (first import of each root) and who pulled them in."""
    stdlib = set(sys.stdlib_module_names)
    seen: set[str] = set()
    rows = []
    for node in nodes:
        root = node.name.split(".")[0]
        if root in stdlib or root in ("desktop", "PySide6", "shiboken6", "shibokensupport"):
            continue
        if root.startswith("_") or root in ("sitecustomize", "usercustomize"):
            continue  # interpreter start-up (site, editable-install finders)
        if root in seen:
            continue
        # The outermost import of this package in this chain.
        outer = node
        while outer.parent is not None and outer.parent.name.split(".")[0] == root:
            outer = outer.parent
        seen.add(root)
        chain = []
        up = outer.parent
        while up is not None:
            if up.name.startswith("desktop"):
                chain.append(up.name)
            up = up.parent
        rows.append(
            {
                "package": root,
                "cumulative_ms": round(outer.cum_us / 1000.0, 1),
                "via": " ← ".join(chain) or "(entry point)",
            }
        )
    rows = [r for r in rows if float(r["cumulative_ms"]) >= 1.0]  # type: ignore[arg-type]
    rows.sort(key=lambda r: -float(r["cumulative_ms"]))  # type: ignore[arg-type]
    return rows[:top]


def desktop_heavy(nodes: list[Imp], top: int = 8) -> list[dict[str, object]]:
    """Headless ``desktop`` modules the GUI start path imports directly (from
    desktop.ui or desktop.cli), with the cost of everything under them."""
    gui_side = ("desktop.ui", "desktop.cli")
    rows = [
        {"module": n.name, "cumulative_ms": round(n.cum_us / 1000.0, 1)}
        for n in nodes
        if n.name.startswith("desktop.")
        and not n.name.startswith(gui_side)
        and (n.parent is None or n.parent.name.startswith(gui_side))
    ]
    rows.sort(key=lambda r: -float(r["cumulative_ms"]))  # type: ignore[arg-type]
    return rows[:top]


def run_importtime(cmd: list[str]) -> list[Imp]:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as home:
        env = {**bench_env(home), "DOSSIER_T0": repr(time.time())}
        out = subprocess.run(
            [sys.executable, "-X", "importtime", *cmd],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    return parse_importtime(out.stderr)


def self_ms(nodes: list[Imp], roots: tuple[str, ...] | None = None) -> float:
    return round(
        sum(n.self_us for n in nodes if roots is None or n.name.split(".")[0] in roots) / 1000.0,
        1,
    )


def importtime_profile() -> dict[str, object]:
    """Imports of the app against those of the bare window (same Qt modules)."""
    app = run_importtime(["-m", "desktop", "--selftest"])
    bare = run_importtime(["-c", BARE_WIZARD])
    qt = ("PySide6", "shiboken6", "shibokensupport")
    bare_self = {n.name: n.self_us for n in bare}
    heaviest = sorted(app, key=lambda n: -n.self_us)[:10]
    return {
        "total_import_ms": self_ms(app),
        "bare_total_import_ms": self_ms(bare),
        "pyside6_import_ms": self_ms(app, qt),
        "bare_pyside6_import_ms": self_ms(bare, qt),
        "desktop_import_ms": self_ms(app, ("desktop",)),
        "heaviest_self": [
            {
                "module": n.name,
                "self_ms": round(n.self_us / 1000.0, 1),
                "bare_self_ms": round(bare_self[n.name] / 1000.0, 1)
                if n.name in bare_self
                else None,
            }
            for n in heaviest
        ],
        "third_party": offenders(app),
        "desktop_entry_points": desktop_heavy(app),
    }


# ----- report ----------------------------------------------------------------------------
def table(sides: list[Side], base: Side) -> str:
    lines = [
        "| start-up | first page shown (median) | × bare | best run | × bare "
        "| paired × bare | process wall | × bare |",
        "|---|---|---|---|---|---|---|---|",
    ]
    b_first, b_wall = median(base.first_page_ms), median(base.wall_ms)
    b_best = min(base.first_page_ms)
    for side in sides:
        first, wall = median(side.first_page_ms), median(side.wall_ms)
        best = min(side.first_page_ms)
        lines.append(
            f"| {side.name} | {first:.0f} ms | {first / b_first:.2f} | {best:.0f} ms | "
            f"{best / b_best:.2f} | {paired_ratio(side, base):.2f} | "
            f"{wall:.0f} ms | {wall / b_wall:.2f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="alternating runs of each side")
    parser.add_argument("--only-bare", action="store_true", help="only the baseline (smoke)")
    parser.add_argument("--frozen", action="store_true", help=f"also time {FROZEN.name} --selftest")
    parser.add_argument("--importtime", action="store_true", help="profile imports even on target")
    parser.add_argument("--no-write", action="store_true", help="do not write the results file")
    args = parser.parse_args(argv)

    base = bare_side()
    sides = [base] if args.only_bare else [base, app_side()]
    if args.frozen:
        if not FROZEN.exists():
            parser.error(f"{FROZEN} is missing: run tools/build-app.sh first")
        sides.append(Side("frozen dist/dossier-sejour --selftest", [str(FROZEN), "--selftest"]))
    measure(sides, args.runs)

    # The verdict uses the paired ratio (see paired_ratio); the table shows the others.
    ratio = paired_ratio(sides[1], base) if len(sides) > 1 else None
    print(table(sides, base))
    print()
    print(
        f"runs: {args.runs} of each, alternating; QT_QPA_PLATFORM=offscreen; "
        f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs"
    )
    result: dict[str, object] = {
        "runs": args.runs,
        "target_ratio": TARGET,
        "ratio_first_page": round(ratio, 2) if ratio else None,
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
        },
        "sides": [
            {
                "name": s.name,
                "cmd": [c if len(c) < 80 else "<script>" for c in s.cmd],
                "first_page_ms_median": median(s.first_page_ms),
                "first_page_ms_best": min(s.first_page_ms),
                "paired_ratio": paired_ratio(s, base),
                "wall_ms_median": median(s.wall_ms),
                "first_page_ms": s.first_page_ms,
                "wall_ms": s.wall_ms,
            }
            for s in sides
        ],
    }
    if ratio is not None:
        verdict = "meets" if ratio <= TARGET else "MISSES"
        print(
            f"ratio (first page, app / bare, median of paired runs): {ratio:.2f} — "
            f"{verdict} the target ≤ {TARGET}"
        )
    if ratio is not None and (ratio > TARGET or args.importtime):
        profile = importtime_profile()
        result["importtime"] = profile
        print()
        p = profile
        print(
            f"python -X importtime: the app imports for {p['total_import_ms']} ms "
            f"(bare window: {p['bare_total_import_ms']} ms); PySide6/shiboken6 "
            f"{p['pyside6_import_ms']} ms (bare: {p['bare_pyside6_import_ms']} ms); "
            f"desktop.* {p['desktop_import_ms']} ms"
        )
        print()
        print("| module (heaviest own import time) | app | bare window |")
        print("|---|---|---|")
        for row in p["heaviest_self"]:  # type: ignore[attr-defined]
            bare_ms = "—" if row["bare_self_ms"] is None else f"{row['bare_self_ms']} ms"
            print(f"| {row['module']} | {row['self_ms']} ms | {bare_ms} |")
        print()
        print("| third-party package | cumulative import | pulled in by |")
        print("|---|---|---|")
        for row in profile["third_party"]:  # type: ignore[attr-defined]
            print(f"| {row['package']} | {row['cumulative_ms']} ms | {row['via']} |")
        print()
        print("| desktop module imported by the GUI path | cumulative import |")
        print("|---|---|")
        for row in profile["desktop_entry_points"]:  # type: ignore[attr-defined]
            print(f"| {row['module']} | {row['cumulative_ms']} ms |")
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"\nwritten: {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
