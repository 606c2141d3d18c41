"""What an autosave costs on the GUI thread, with and without checking the Alt+letters
(``desktop.ui.mnemonics``) on every save.

    .venv/bin/python bench/bench_mnemonics.py [--rounds 40]

The demo dossier opens in the wizard; every page is visited once (the window then
holds them all, as after a session's work), then on each page the autosave path runs
— ``page.commit()``: the answers saved, the window told, the page refreshed — side by
side with the same path followed by what it did before: ``resolve`` over every button
and label of the whole window (``findChildren``, each filtered by visibility), the
obvious alternative. Alternated per round; reports medians in ms and the ratio, as JSON,
with ``shown_walk_ms``: the check as it runs now (on a page or language change), over
the shown part of the window only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2026, 12, 1)


def whole_window_walk(window: object) -> None:
    """Before: every button and label of the window, each asked whether it is shown."""
    from desktop.ui import mnemonics
    from desktop.ui.qt import QAbstractButton, QLabel, QWidget

    assert isinstance(window, QWidget)
    ui = window.ui  # type: ignore[attr-defined]
    first = [ui.back, ui.next, ui.cases_button, ui.lock_button, ui.end_session]
    found = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, (QAbstractButton, QLabel)) or not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel):
            buddy = w.buddy()
            if buddy is None or not buddy.isVisibleTo(window) or "<" in w.text():
                continue
        found.append(w)
    keep = [w for w in [*first, ui.language_label] if w.isVisibleTo(window)]
    mnemonics.resolve([*keep, *found])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args(argv)

    from desktop.core.clock import Clock
    from desktop.core.dossier import Dossier
    from desktop.demo import write_demo
    from desktop.flow import FlowState, Wizard
    from desktop.ui.qt import QApplication

    app = QApplication.instance() or QApplication([])
    from desktop.ui.app import build_window, make_app

    make_app()
    with tempfile.TemporaryDirectory() as tmp:
        dossier = Dossier.load(write_demo(Path(tmp) / "demo", TODAY))
        dossier.set("appointment.status", "none")
        state = FlowState(dossier, TODAY)
        state.set_ui("step", "review")
        window = build_window(state, Clock(TODAY))
        window.resize(1200, 900)
        window.show()
        app.processEvents()
        steps = list(window.session.wizard.path())
        for sid in steps:  # every page built, as after a session's work
            state.set_ui("step", sid)
            window.session.wizard = Wizard.resume(state)
            window.show_current()
        app.processEvents()
        pages: dict[str, dict[str, float]] = {}
        for sid in steps:
            state.set_ui("step", sid)
            window.session.wizard = Wizard.resume(state)
            window.show_current()
            app.processEvents()
            page = window.current_page()
            now: list[float] = []
            before: list[float] = []
            walk: list[float] = []
            shown: list[float] = []
            for _ in range(args.rounds):
                a = time.perf_counter()
                page.commit()
                b = time.perf_counter()
                page.commit()
                c = time.perf_counter()
                whole_window_walk(window)
                d = time.perf_counter()
                window.unique_mnemonics()  # now: on a page or language change only
                shown.append(time.perf_counter() - d)
                now.append(b - a)
                before.append(d - b)
                walk.append(d - c)
            pages[sid] = {
                "autosave_ms": round(statistics.median(now) * 1000, 2),
                "autosave_with_walk_ms": round(statistics.median(before) * 1000, 2),
                "walk_ms": round(statistics.median(walk) * 1000, 2),
                "shown_walk_ms": round(statistics.median(shown) * 1000, 2),
                "ratio": round(statistics.median(before) / statistics.median(now), 2),
            }
        window.close()
    print(json.dumps({"rounds": args.rounds, "pages": pages}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
