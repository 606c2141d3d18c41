"""Render every wizard page with the demo dossier to PNG, offscreen.

    python tools/screenshots.py --out shots [--lang fr ar] [--today 2026-12-01]

One PNG per page and language (``01-welcome-fr.png`` …), plus the hosted
branch of the address page and the letters page (shown for a missing piece).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--lang", nargs="+", default=["fr", "ar"])
    parser.add_argument("--today", default=None)
    parser.add_argument("--size", default="1100x800")
    args = parser.parse_args(argv)
    today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    width, height = (int(x) for x in args.size.split("x"))

    from desktop.core.clock import Clock
    from desktop.core.dossier import Dossier
    from desktop.demo import write_demo
    from desktop.flow import FlowState, Wizard
    from desktop.ui.app import build_window, make_app

    app = make_app()
    args.out.mkdir(parents=True, exist_ok=True)
    clock = Clock(today)
    written = []
    with tempfile.TemporaryDirectory(prefix="dossier-shots-") as tmp:
        for lang in args.lang:
            path = write_demo(Path(tmp) / lang, today)
            dossier = Dossier.load(path)
            dossier.set("lang", lang)
            dossier.set("appointment.status", "none")  # show the letters step too
            state = FlowState(dossier, today)
            state.set_ui("step", "review")
            window = build_window(state, clock)
            window.resize(width, height)
            window.show()
            session = window.session
            path_steps = session.wizard.path()
            for i, sid in enumerate(path_steps, 1):
                state.set_ui("step", sid)
                session.wizard = Wizard.resume(
                    state, on_change=lambda _s, s=session: s.schedule_save()
                )
                window.show_current()
                session.wait_inspections()
                app.processEvents()
                window.current_page().refresh()
                app.processEvents()
                name = args.out / f"{i:02d}-{sid}-{lang}.png"
                window.grab().save(str(name))
                written.append(name)
            # the hosted branch of the address step
            state.dossier.set("address.kind", "hosted")
            state.dossier.set("host.surname", "MARTIN")
            state.dossier.set("host.given_names", "Paul")
            state.set_ui("step", "address")
            session.wizard = Wizard.resume(state)
            window.show_current()
            for _ in range(3):
                app.processEvents()
            name = args.out / f"{path_steps.index('address') + 1:02d}-address-hosted-{lang}.png"
            window.grab().save(str(name))
            written.append(name)
            window.close()
            window.deleteLater()
            app.processEvents()
    for p in written:
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
