"""Which way up (``intake/orient.py``, issue 17) against the cleanup it follows, in one run.

    .venv/bin/python bench/bench_orient.py [--repeat 7] [--against old_orient.py]

A 12 MP phone photo (4032×3024, portrait) of an A4 page of French text (the test
corpus's page, tests/test_orient.py) on a wooden table, tilted 8° with perspective
and a shadow (tests/scan_corpus.py). Timed, interleaved, median of ``--repeat``:

- **flatten**: ``scan.flatten`` on the full-resolution RGB array (warp to the page at
  150 dpi, deskew, light evened out), as ``bundle/images.py`` calls it; the detection
  and decode before it are not counted (the ratio is against the cheapest step of
  the cleanup that always runs);
- **orient**: ``orient.upright`` on the cleaned page (greyscale conversion, analysis,
  and the turn when sure), the page as it comes out (upright) and turned 90 and
  180 degrees (the analysis along y turns the page once more).

Prints the times and the ratio orient / flatten (target: under 0.15) and writes
bench/results/orient.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from desktop.intake import orient, scan  # noqa: E402
from tests import scan_corpus as sc  # noqa: E402
from tests import test_orient as corpus  # noqa: E402

RESULTS = ROOT / "bench" / "results"


def photo() -> np.ndarray:
    """12 MP RGB photo of an A4 page of French text on wood (drawn at half size)."""
    w, h = 3024, 4032
    corners = sc.corners_for(w // 2, h // 2, 297 / 210, True, 0.85, 8.0, 0.06)
    page = Image.fromarray(corpus.french_page(1, 1654)).convert("RGB")
    arr = sc.place(page, sc.background("wood", w // 2, h // 2, 1), corners, shadow=0.3)
    return cv2.resize(arr, (w, h), interpolation=cv2.INTER_CUBIC)


def _load(path: Path) -> Any:
    """Another version of orient.py, as a module of its own."""
    spec = importlib.util.spec_from_file_location("orient_against", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["orient_against"] = module  # its dataclasses look themselves up
    spec.loader.exec_module(module)
    return module


def timed(fn: object, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append(time.perf_counter() - t)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument(
        "--against",
        type=Path,
        help="another orient.py (e.g. `git show main:desktop/intake/orient.py > old.py`), "
        "timed interleaved with this one on the same pages",
    )
    args = ap.parse_args()
    other = _load(args.against) if args.against else None
    rgb = photo()
    det = scan.detect(Image.fromarray(rgb).resize((756, 1008)))
    if det is None:
        print("no document found in the synthetic photo", file=sys.stderr)
        return 1
    det = scan.refine(rgb, det)
    page = scan.flatten(rgb, det).image
    turned = {k: orient.rotate_image(page, (360 - k) % 360) for k in (0, 90, 180)}
    for k, im in turned.items():  # the answers, before timing them
        found = orient.orientation(np.asarray(im.convert("L")))
        assert found.rotation == k, (k, found)
    flat: list[float] = []
    times: dict[int, list[float]] = {k: [] for k in turned}
    before: dict[int, list[float]] = {k: [] for k in turned}
    for _ in range(args.repeat):  # interleaved: the machine's load falls on both
        flat += timed(lambda: scan.flatten(rgb, det), 1)
        for k, im in turned.items():
            times[k] += timed(lambda im=im: orient.upright(im), 1)
            if other is not None:
                before[k] += timed(lambda im=im: other.upright(im), 1)
    f = statistics.median(flat)
    rows = {k: statistics.median(v) for k, v in times.items()}
    print(f"photo {rgb.shape[1]}x{rgb.shape[0]}, page {page.width}x{page.height}")
    print(f"flatten            {f * 1000:7.1f} ms")
    for k, v in rows.items():
        print(f"orient (needs {k:3d})  {v * 1000:7.1f} ms   ratio {v / f:.3f}")
    worst = max(rows.values()) / f
    print(f"worst ratio {worst:.3f} (target < 0.15)")
    if other is not None:
        for k, v in before.items():
            b = statistics.median(v)
            print(
                f"{args.against.name} (needs {k:3d})  {b * 1000:7.1f} ms   ratio {b / f:.3f}"
                f"   this/that {rows[k] / b:.2f}"
            )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "orient.json").write_text(
        json.dumps(
            {
                "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "page": [page.width, page.height],
                "flatten_ms": round(f * 1000, 1),
                "orient_ms": {str(k): round(v * 1000, 1) for k, v in rows.items()},
                "worst_ratio": round(worst, 3),
                "repeat": args.repeat,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
