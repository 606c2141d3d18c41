"""MRZ reading: accuracy and time on a synthetic corpus (tests/mrz_corpus.py).

Measured 2026-12-07 on the project machine (2 cores shared with other sessions),
``desktop/intake/mrz_ocr.py`` (OCR-B template matching) against tesseract 5.3
(Debian, ``eng``, whole page, ``--psm 6``, MRZ whitelist), same corpus, same
``mrz.parse`` checks; 9 fields a page; "verified" = confirmed by check digits:

| reader, corpus | pages | fields right | verified | wrong and verified | zone not found | median / max s a page |
|---|---|---|---|---|---|---|
| ours, --docs 40 --seed 7 | 40 scans | 100.0 % (360/360) | 113 | 0 | 0 | 0.19 / 0.32 |
| ours, --docs 40 --seed 7 | 40 photos | 99.2 % (357/360) | 107 | 0 | 0 | 0.22 / 0.32 |
| ours, --docs 60 --seed 11 | 60 scans | 100.0 % (540/540) | 175 | 0 | 0 | 0.10 / 0.13 |
| ours, --docs 60 --seed 11 | 60 photos | 97.6 % (527/540) | 158 | 0 | 0 | 0.11 / 0.23 |
| tesseract, --docs 40 --seed 7 | 40 scans | 4.2 % (15/360) | 3 | 0 | 38 | 1.96 / 7.46 |
| tesseract, --docs 40 --seed 7 | 40 photos | 17.2 % (62/360) | 12 | 0 | 31 | 1.96 / 9.90 |

tesseract was given the whole picture (it has no zone finder of its own here) and
its ``eng`` model is not trained on OCR-B: most zones come out with the wrong
line lengths. Times of the first rows were taken while other sessions used the
CPU (the seed-11 rows on a quieter machine).

    python bench/bench_mrz.py [--docs 40] [--seed 7] [--tesseract]

Each document (3 TD3 passport pages for 1 TD1 card) is rendered with the shipped
OCR-B font as a clean scan (200 or 300 dpi) and as a phone photo (tilt ±7°,
blur 0.5–1.5 px, glare, uneven light, noise, JPEG 55–85). For the 9 fields a form
wants (code, issuing country, surname, given names, number, nationality, birth,
sex, expiry) it counts the fields read exactly right, the wrong fields the reader
reported as *verified* (by their check digits: the number that must be 0), the
pages where nothing was found, and the time per page.

``--tesseract`` reads the same pages with the tesseract CLI instead (when
installed: Debian's tesseract-ocr 5.3 with its ``eng`` data, the MRZ alphabet as
whitelist, ``--psm 6``), as the obvious alternative engine; the same
``mrz.parse`` checks and corrects what it reads.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.intake import mrz, mrz_ocr
from tests.mrz_corpus import FIELDS, corpus


def _tesseract(image: Any) -> Any:
    """The obvious alternative: tesseract (eng, MRZ alphabet only, one block of text)
    on the whole picture; the zone is the last 2 lines of 44 or 3 of 30 characters."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.png"
        image.convert("L").save(path)
        out = subprocess.run(
            [
                "tesseract",
                str(path),
                "-",
                "--psm",
                "6",
                "-c",
                "tessedit_char_whitelist=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<",
            ],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
    lines = [ln.replace(" ", "") for ln in out.splitlines() if ln.strip()]
    for n, width in ((2, 44), (3, 30)):
        fit = [ln for ln in lines if abs(len(ln) - width) <= 1]
        if len(fit) >= n:
            zone = [(ln + "<")[:width] for ln in fit[-n:]]
            return mrz.parse(zone)
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--tesseract", action="store_true", help="read with the tesseract CLI instead")
    args = ap.parse_args()
    reader = _tesseract if args.tesseract else mrz_ocr.read
    samples = corpus(args.docs, seed=args.seed)
    mrz_ocr.templates()  # built once per process, not counted per page
    stats: dict[str, dict[str, float]] = {}
    times: dict[str, list[float]] = {}
    for kind, sample in samples:
        s = stats.setdefault(
            kind, {"fields": 0, "right": 0, "wrong_verified": 0, "missed": 0, "verified": 0}
        )
        t0 = time.perf_counter()
        read = reader(sample.image)
        times.setdefault(kind, []).append(time.perf_counter() - t0)
        s["fields"] += len(FIELDS)
        if read is None:
            s["missed"] += 1
            continue
        got = read.fields_out()
        for name in FIELDS:
            ok = got.get(name) == sample.truth[name]
            s["right"] += ok
            s["verified"] += read.verified(name)
            if not ok and read.verified(name):
                s["wrong_verified"] += 1
                print(f"WRONG VERIFIED {kind} {name}: {got.get(name)} != {sample.truth[name]}")
            if not ok:
                print(f"miss {kind} {name}: {got.get(name)!r} != {sample.truth[name]!r}")
    print()
    print(
        "| pages | fields right | fields verified | wrong fields reported verified"
        " | zone not found | median s/page | max s/page |"
    )
    print("|---|---|---|---|---|---|---|")
    for kind, s in stats.items():
        ts = times[kind]
        print(
            f"| {len(ts)} {kind} | {s['right'] / s['fields']:.1%} ({int(s['right'])}/{int(s['fields'])})"
            f" | {int(s['verified'])}"
            f" | {int(s['wrong_verified'])} | {int(s['missed'])} | {statistics.median(ts):.2f} | {max(ts):.2f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
