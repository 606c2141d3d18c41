"""Event-loop latency while a 40-photo dossier builds in the background worker
(target: no freeze longer than 100 ms).

    .venv/bin/python bench/bench_latency.py [--photos 40]

A QTimer asks for a tick every 10 ms on the GUI thread and records how late
each tick comes, while the review page's worker (QThreadPool) runs
build_dossier with progress and cancel, exactly as the GUI does. Side by side,
the same build run on the GUI thread (the obvious alternative) shows what the
worker saves. Reports the worst and p99 lateness, as JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2026, 12, 1)


def make_dossier(folder: Path, photos: int) -> Path:
    """The demo dossier with ``photos`` phone photos (12 MP JPEG) spread over its pieces."""
    from PIL import Image, ImageDraw

    from desktop.core.dossier import Dossier
    from desktop.demo import write_demo

    path = write_demo(folder, TODAY)
    d = Dossier.load(path)
    pieces = ["passport", "resources_proof", "grades", "enrolment_certificate"]
    for i in range(photos):
        img = Image.new("RGB", (4000, 3000), (235, 232, 225))
        draw = ImageDraw.Draw(img)
        for y in range(100, 2900, 60):
            draw.text((120, y), f"Page {i} — ligne {y} " * 8, fill=(20, 20, 20))
        rel = f"documents/photo-{i:02d}.jpg"
        img.save(folder / rel, "JPEG", quality=90)
        d.add_file(pieces[i % len(pieces)], rel)
    d.save(path)
    return path


def measure(path: Path, out: Path, *, in_worker: bool) -> dict[str, float]:
    from desktop.services.building import build
    from desktop.ui.operations import Operation
    from desktop.ui.qt import QApplication, QElapsedTimer, QEventLoop, QTimer

    app = QApplication.instance() or QApplication([])
    late: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        late.append(max(0.0, now - last[0] - 10))
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    t0 = time.perf_counter()

    def work(progress, cancel):
        return build(
            path,
            out,
            today=TODAY,
            lang="fr",
            progress=lambda e: progress(e.fraction, e.stage),
            cancel=cancel,
        )

    timer.start()
    if in_worker:
        op = Operation(work)
        op.signals.finished.connect(lambda _r: loop.quit())
        op.signals.failed.connect(lambda e: (print("failed:", e), loop.quit()))
        op.start()
        loop.exec()
    else:
        QTimer.singleShot(
            0, lambda: (work(lambda *_: app.processEvents(), threading.Event()), loop.quit())
        )
        loop.exec()
    timer.stop()
    wall = time.perf_counter() - t0
    late.sort()
    return {
        "wall_s": round(wall, 2),
        "ticks": len(late),
        "worst_ms": round(late[-1], 1) if late else 0.0,
        "p99_ms": round(late[int(len(late) * 0.99) - 1], 1) if late else 0.0,
        "median_ms": round(statistics.median(late), 1) if late else 0.0,
        "over_100ms": sum(1 for x in late if x > 100),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=40)
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args(argv)
    from desktop.ui.app import make_app

    make_app()
    with tempfile.TemporaryDirectory() as tmp:
        path = make_dossier(Path(tmp) / "d", args.photos)
        result = {"photos": args.photos, "target_worst_ms": 100}
        result["worker"] = measure(path, Path(tmp) / "out1", in_worker=True)
        if not args.no_baseline:
            result["gui_thread"] = measure(path, Path(tmp) / "out2", in_worker=False)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
