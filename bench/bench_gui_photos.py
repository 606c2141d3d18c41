"""Does the wizard freeze while photos are added (issue 17)? Offscreen Qt.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui_photos.py [--photos 40]

The demo dossier's window is opened on the page of a piece that takes photos; the
photos of bench_scan.py (4032×3024 phone photos of an A4 page on a table) are
added the way a drop or the file dialog adds them (``PieceWidget.add_paths``),
first all at once, then one at a time. A 5 ms QTimer heartbeat records every
turn of the event loop until the inspections (document found and flattened, 2D-Doc
search, checks) are done and the cards show their verdicts; the longest gap
between two turns is the longest freeze a person would feel. Target: ≤ 100 ms.

Prints the longest gaps, how many exceed 100 ms, and where the time went; writes
bench/results/gui_photos.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RESULTS = ROOT / "bench" / "results"
#: How long the window is watched with nothing to do (``--idle``): the gaps the
#: machine's load alone makes, to read the others against.
IDLE_S = 20.0
TODAY = dt.date(2026, 12, 1)


class Heartbeat:
    """Every turn of the event loop (a 5 ms timer), and the gaps between them."""

    def __init__(self) -> None:
        from desktop.ui.qt import QTimer

        self.stamps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))

    def start(self) -> None:
        self.stamps = [time.perf_counter()]
        self.timer.start()
        self.watching = True
        self.blame: dict[str, int] = {}
        self.others: dict[str, int] = {}
        self.watch = threading.Thread(target=self._watch, daemon=True)
        self.watch.start()

    def _watch(self) -> None:
        """Where the GUI thread is while the heartbeat is late (> 50 ms): sampled."""
        main = threading.main_thread().ident
        while self.watching:
            time.sleep(0.02)
            if time.perf_counter() - self.stamps[-1] < 0.05:
                continue
            frame = sys._current_frames().get(main)
            where = []
            innermost = ""
            while frame is not None and len(where) < 4:
                code = frame.f_code
                if "desktop" in code.co_filename:
                    rel = code.co_filename.split("desktop", 1)[1]
                    where.append(f"desktop{rel}:{frame.f_lineno} {code.co_name}")
                elif not innermost:
                    innermost = f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}"
                frame = frame.f_back
            key = " < ".join(where) or f"(Qt, outside Python; in {innermost})"
            self.blame[key] = self.blame.get(key, 0) + 1
            # and what the other threads run meanwhile (one of them may hold the GIL)
            for ident, other in sys._current_frames().items():
                if ident in (main, threading.get_ident()):
                    continue
                top = other
                while top is not None and "desktop" not in top.f_code.co_filename:
                    top = top.f_back
                if top is not None:
                    code = top.f_code
                    rel = code.co_filename.split("desktop", 1)[1]
                    name = f"desktop{rel}:{top.f_lineno} {code.co_name}"
                    self.others[name] = self.others.get(name, 0) + 1

    def stop(self) -> list[float]:
        self.watching = False
        self.timer.stop()
        self.stamps.append(time.perf_counter())
        return [b - a for a, b in zip(self.stamps, self.stamps[1:], strict=False)]


def spin_until(app, done, timeout: float = 600.0) -> None:
    end = time.perf_counter() + timeout
    while not done() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def photo_widget(window):
    """A piece widget on some step that takes JPEG photos."""
    from desktop.flow import Wizard

    session = window.session
    for step in ("address", "identity", "review", "documents"):
        try:
            session.state.set_ui("step", step)
            session.wizard = Wizard.resume(session.state)
            window.show_current()
        except Exception:
            continue
        for w in getattr(window.current_page(), "piece_widgets", []):
            if "jpeg" in w.pdef.formats or "jpg" in w.pdef.formats:
                return w
    raise SystemExit("no piece that takes photos on the demo's pages")


def run(n: int, mode: str, photos: list[Path]) -> dict[str, object]:
    from desktop.core.clock import Clock
    from desktop.core.dossier import Dossier
    from desktop.demo import write_demo
    from desktop.flow import FlowState
    from desktop.ui.app import build_window, make_app

    app = make_app()
    tmp = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    dossier = Dossier.load(write_demo(tmp / "demo", TODAY))
    dossier.set("lang", "fr")
    dossier.set("appointment.status", "none")
    state = FlowState(dossier, TODAY)
    window = build_window(state, Clock(TODAY))
    window.resize(1200, 900)
    window.show()
    spin_until(app, lambda: window.isVisible(), 10)
    widget = photo_widget(window)
    session = window.session
    spin_until(app, lambda: session.pool.activeThreadCount() == 0, 120)
    for _ in range(20):
        app.processEvents()
    beat = Heartbeat()
    files = [str(p) for p in photos[:n]]
    before = set(session.state.findings)
    beat.start()
    t0 = time.perf_counter()
    if mode == "idle":  # nothing added: the machine's own floor (other processes)
        end = time.perf_counter() + IDLE_S
        spin_until(app, lambda: time.perf_counter() > end)
        n = 0
    elif mode == "at once":
        widget.add_paths(files)
    else:
        for f in files:
            widget.add_paths([f])
            end = time.perf_counter() + 0.05  # a person's next drop, 50 ms on
            while time.perf_counter() < end:
                app.processEvents()
                time.sleep(0.002)
    added = time.perf_counter() - t0
    spin_until(
        app,
        lambda: (
            session.pool.activeThreadCount() == 0 and len(set(session.state.findings) - before) >= n
        ),
    )
    for _ in range(50):  # the cards redrawn with their verdicts
        app.processEvents()
        time.sleep(0.002)
    total = time.perf_counter() - t0
    all_gaps = beat.stop()
    gaps = sorted(all_gaps, reverse=True)
    # when the longest gaps began, in seconds after the first file was given
    when = sorted(range(len(all_gaps)), key=lambda i: -all_gaps[i])[:5]
    starts = [round(beat.stamps[i] - t0, 2) for i in when]
    session.shutdown()
    window.close()
    return {
        "mode": mode,
        "photos": n,
        "add_s": round(added, 2),
        "until_checked_s": round(total, 2),
        "longest_gaps_ms": [round(g * 1000, 1) for g in gaps[:5]],
        "longest_gaps_at_s": starts,
        "over_100ms": sum(1 for g in gaps if g > 0.1),
        "turns": len(gaps),
        "gui_thread_while_late": dict(sorted(beat.blame.items(), key=lambda kv: -kv[1])[:8]),
        "other_threads_while_late": dict(sorted(beat.others.items(), key=lambda kv: -kv[1])[:6]),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=40)
    ap.add_argument(
        "--nice",
        type=int,
        default=None,
        help="the background threads' nice value (Linux; default: the app's, "
        "desktop.ui.operations.BACKGROUND_NICE; 0: as fast as the window)",
    )
    ap.add_argument(
        "--idle",
        action="store_true",
        help=f"first watch the window {IDLE_S:.0f} s with nothing added (the load's floor)",
    )
    args = ap.parse_args()
    import desktop.ui.operations

    if args.nice is not None:
        desktop.ui.operations.BACKGROUND_NICE = args.nice
    from bench.bench_scan import make_inputs

    photos = make_inputs(args.photos)
    modes = ("idle", "at once", "one by one") if args.idle else ("at once", "one by one")
    rows = [run(args.photos, mode, photos) for mode in modes]
    print("| added | photos | longest gaps (ms) | gaps > 100 ms | until all checked |")
    print("|---|---|---|---|---|")
    for r in rows:
        gaps = ", ".join(f"{g:.0f}" for g in r["longest_gaps_ms"])  # type: ignore[attr-defined]
        print(f"| {r['mode']} | {r['photos']} | {gaps} | {r['over_100ms']} | "
              f"{r['until_checked_s']} s |")  # fmt: skip
    for r in rows:
        print(f"  {r['mode']}: the longest gaps began at {r['longest_gaps_at_s']} s")
    for r in rows:
        for where, n in r["gui_thread_while_late"].items():  # type: ignore[attr-defined]
            print(f"  {r['mode']}: late (> 50 ms) {n * 20} ms in {where}")
        for where, n in r["other_threads_while_late"].items():  # type: ignore[attr-defined]
            print(f"  {r['mode']}: meanwhile, another thread {n}× in {where}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "gui_photos.json").write_text(
        json.dumps(
            {"when": dt.datetime.now().isoformat(timespec="seconds"), "rows": rows}, indent=2
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
