"""How fast and how small is ``inspect_file`` on a 12 MP phone photo?

Compares intake's reduced-scale decoding (JPEG ``draft``: libjpeg decodes at
1/2 scale straight away) with the obvious alternative: ``Image.open().load()``
at full size, EXIF transpose, then the *same* analysis (downscale to the
analysis size, blank/blur/orientation/colour). Each variant runs in a fresh
subprocess so that peak memory (``ru_maxrss`` growth over the imports) is its
own. Also times the refusal of a 40 000 × 40 000 PNG bomb, and, on a scanned
passport page in a PDF, the 2D-Doc search and the MRZ read with the first page
rendered once for both against rendered by each (as before).

    .venv/bin/python bench/bench_inspect.py [--runs 7]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_photo(path: Path) -> Path:
    """4032 × 3024 q92 JPEG: a text page photographed, with sensor-like noise."""
    from PIL import Image, ImageFilter

    from tests.intake_corpus import text_page

    page = text_page(300, mode="RGB", colour_stamp=True).rotate(90, expand=True)
    photo = Image.new("RGB", (4032, 3024), (120, 110, 100))
    page = page.resize((3900, round(3900 * page.height / page.width)))
    photo.paste(page.crop((0, 0, 3900, 2950)), (66, 37))
    noise = Image.effect_noise((4032, 3024), 12).convert("RGB")
    photo = Image.blend(photo, noise, 0.06).filter(ImageFilter.GaussianBlur(0.6))
    exif = Image.Exif()
    exif[0x0112] = 6  # as a phone held upright stores it
    photo.save(path, "JPEG", quality=92, exif=exif.tobytes())
    return path


def make_scanned_passport(path: Path) -> Path:
    """A one-page PDF: a passport's data page scanned at 300 dpi on an A4 page."""
    import datetime as dt
    import io
    import random

    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from tests.mrz_corpus import render, td3

    lines, _ = td3(random.Random(9), dt.date(2026, 12, 7))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    jpeg = path.with_suffix(".jpg")
    render(lines, dpi=300).save(jpeg, "JPEG", quality=90)
    c.drawImage(ImageReader(str(jpeg)), 60, 480, width=354, height=249)
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


def _peak_kib() -> int:
    """Peak resident memory of this process, KiB.

    ``VmHWM`` belongs to the address space, which ``exec`` replaces; Linux's
    ``ru_maxrss`` survives ``exec`` and would carry the parent's peak.
    """
    with contextlib.suppress(OSError), open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(variant: str, path: str, runs: int) -> None:
    from PIL import Image, ImageOps

    from desktop.intake import inspect_file, quality
    from desktop.intake.limits import DEFAULT_LIMITS

    def full_decode() -> None:
        with Image.open(path) as im:
            im.load()
            img = ImageOps.exif_transpose(im)
        quality.is_colour(img)
        grey = quality.fit_long_side(img.convert("L"), DEFAULT_LIMITS.analysis_long_side)
        quality.assess(grey)

    def intake() -> None:
        report = inspect_file(path)
        assert report.pages >= 1 or report.errors

    def searches(shared: bool) -> None:
        """A scanned PDF's 2D-Doc search and MRZ read, as inspect_file(mrz=True)
        runs them: page 0 rendered once for both (shared), or by each (separate)."""
        from desktop.intake import mrz_ocr, twoddoc

        data = Path(path).read_bytes()
        first = twoddoc.render_first_page(data) if shared else None
        twoddoc.scan_file(Path(path), "pdf", data=data, image=first)
        found = mrz_ocr.read_file(Path(path), "pdf", data=data, image=first)
        assert found is not None and found.valid

    def with_mrz() -> None:
        report = inspect_file(path, mrz=True)
        assert report.mrz is not None

    funcs = {
        "intake": intake,
        "bomb": intake,
        "full": full_decode,
        "pdf_shared": lambda: searches(True),
        "pdf_separate": lambda: searches(False),
        "pdf_inspect": with_mrz,
    }
    func = funcs[variant]
    before = _peak_kib()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    print(
        json.dumps(
            {
                "median_ms": statistics.median(times) * 1000,
                "min_ms": min(times) * 1000,
                "peak_growth_mib": (_peak_kib() - before) / 1024,
            }
        )
    )


def run_child(variant: str, path: Path, runs: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", variant, str(path), "--runs", str(runs)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", nargs=2, metavar=("VARIANT", "PATH"))
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.runs)
        return 0
    from tests.intake_corpus import png_bomb

    with tempfile.TemporaryDirectory() as tmp:
        photo = make_photo(Path(tmp) / "photo_12mp.jpg")
        bomb = png_bomb(Path(tmp) / "bomb_40000.png")
        size_mb = photo.stat().st_size / 1e6
        ours = run_child("intake", photo, args.runs)
        naive = run_child("full", photo, args.runs)
        boom = run_child("bomb", bomb, args.runs)
        passport = make_scanned_passport(Path(tmp) / "passport_scan.pdf")
        shared = run_child("pdf_shared", passport, args.runs)
        separate = run_child("pdf_separate", passport, args.runs)
        whole = run_child("pdf_inspect", passport, args.runs)
    print(f"12 MP phone photo: 4032 × 3024 JPEG q92, {size_mb:.1f} MB, EXIF orientation 6")
    print(f"median of {args.runs} runs, one core; peak = growth of max RSS in a fresh process\n")
    header = f"{'variant':<52} {'median ms':>10} {'peak MiB':>9}"
    print(header)
    print("-" * len(header))
    rows = [
        ("inspect_file (draft 1/2 + reduced analysis)", ours),
        ("Image.open().load() full + same analysis", naive),
        ("inspect_file on a 40 000 × 40 000 PNG bomb (refused)", boom),
    ]
    for label, r in rows:
        print(f"{label:<52} {r['median_ms']:>10.1f} {r['peak_growth_mib']:>9.1f}")
    print()
    speed = naive["median_ms"] / ours["median_ms"]
    memory = naive["peak_growth_mib"] / max(ours["peak_growth_mib"], 0.1)
    print(f"ratio full/intake: time × {speed:.1f}, peak memory × {memory:.1f}")
    print("\nA scanned passport page in a one-page PDF: 2D-Doc search + MRZ read")
    print(header)
    print("-" * len(header))
    rows = [
        ("page 0 rendered once, for both (216 dpi)", shared),
        ("page 0 rendered by each (216 + 200 dpi)", separate),
        ("inspect_file(mrz=True), whole", whole),
    ]
    for label, r in rows:
        print(f"{label:<52} {r['median_ms']:>10.1f} {r['peak_growth_mib']:>9.1f}")
    saved = separate["median_ms"] - shared["median_ms"]
    print(
        f"\nrendered once: {saved:.0f} ms saved, time × {shared['median_ms'] / separate['median_ms']:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
