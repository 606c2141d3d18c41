"""Bundle benchmark: our convert/build against img2pdf passthrough and
Ghostscript /ebook on the same inputs, plus peak memory at 20, 40, 100 pages.

    .venv/bin/python bench/bench_bundle.py [--quick]

Generates its own inputs in bench/work/ (40 phone-like photos 4032×3024 JPEG
q92 — a sheet with text-like lines, a coloured stamp, sensor noise, some
stored sideways with EXIF orientation 6 — and a 200-page text PDF), runs each
tool as a child process, samples the whole process tree's RSS with psutil,
prints a markdown table and writes bench/results/bundle.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil
from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "results"
PY = sys.executable


# ----- inputs ---------------------------------------------------------------------
def _sheet(seed: int) -> Image.Image:
    """A 3024×4032 portrait photo of a printed page on a table."""
    rnd = random.Random(seed)
    w, h = 3024, 4032
    img = Image.new("RGB", (w, h), (84 + rnd.randint(-8, 8), 70, 58))
    d = ImageDraw.Draw(img)
    x0, y0 = 180 + rnd.randint(-40, 40), 200 + rnd.randint(-40, 40)
    d.rectangle((x0, y0, w - 170, h - 190), fill=(244, 241, 232))
    y = y0 + 260
    d.rectangle((x0 + 160, y, x0 + 1300, y + 70), fill=(30, 30, 40))  # a title
    y += 200
    while y < h - 700:  # text-like lines: words of random widths
        x = x0 + 160
        end = w - 400 - rnd.randint(0, 600)
        while x < end:
            ww = rnd.randint(40, 260)
            d.rectangle((x, y, x + ww, y + 30), fill=(25, 25, 30))
            x += ww + 28
        y += 72 if rnd.random() > 0.12 else 150
    cx, cy = w - 900, h - 1100  # a blue round stamp and a red signature
    d.ellipse((cx - 260, cy - 260, cx + 260, cy + 260), outline=(30, 60, 170), width=22)
    d.ellipse((cx - 180, cy - 180, cx + 180, cy + 180), outline=(30, 60, 170), width=10)
    d.line(
        [(x0 + 300, h - 600), (x0 + 700, h - 760), (x0 + 900, h - 560)],
        fill=(170, 20, 30),
        width=12,
    )
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    # Sensor noise and paper texture: what makes a real 12 MP photo weigh 3-4 MB.
    noise = Image.merge("RGB", [Image.effect_noise((w, h), 60) for _ in range(3)])
    return Image.blend(img, noise, 0.16)


def make_inputs(n_photos: int = 40, pdf_pages: int = 200) -> tuple[list[Path], Path]:
    photos_dir = WORK / "photos"
    photos_dir.mkdir(parents=True, exist_ok=True)
    photos = []
    templates: dict[int, Image.Image] = {}
    for i in range(n_photos):
        p = photos_dir / f"photo-{i:03d}.jpg"
        photos.append(p)
        if p.exists():
            continue
        key = i % 4
        if key not in templates:
            templates[key] = _sheet(key)
        img = templates[key]
        exif = Image.Exif()
        if i % 3 == 0:  # stored sideways, EXIF says: turn it back
            img = img.transpose(Image.Transpose.ROTATE_90)
            exif[0x0112] = 6
        img.save(p, "JPEG", quality=92, exif=exif.tobytes())
    pdf = WORK / f"text-{pdf_pages}.pdf"
    if not pdf.exists():
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(pdf), pagesize=A4, invariant=1)
        for page in range(pdf_pages):
            c.setFont("Helvetica", 10)
            for line in range(60):
                c.drawString(
                    50,
                    800 - line * 12.5,
                    f"Relevé {page + 1} ligne {line + 1} — opération 0000{line} 42,00 EUR",
                )
            c.showPage()
        c.save()
    return photos, pdf


def make_dossier(photos: list[Path], pdf: Path) -> Path:
    """A dossier whose pieces share the photos (6 a piece) and the 200-page PDF."""
    from desktop.demo import write_demo

    d = WORK / "dossier"
    if d.exists():
        shutil.rmtree(d)
    path = write_demo(d, dt.date(2026, 11, 24))
    text = path.read_text(encoding="utf-8")
    import tomllib

    import tomli_w

    data = tomllib.loads(text)
    ids = [
        "passport",
        "current_permit",
        "proof_of_address",
        "cer",
        "enrolment_certificate",
        "grades",
    ]
    per = max(1, len(photos) // len(ids))
    for k, pid in enumerate(ids):
        chunk = photos[k * per : (k + 1) * per] if k < len(ids) - 1 else photos[k * per :]
        data["pieces"][pid]["files"] = [str(p) for p in chunk]
    data["pieces"]["resources_proof"]["files"] = [str(pdf)]
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


# ----- measuring ------------------------------------------------------------------
def measure(cmd: list[str], out: Path | None) -> dict[str, float]:
    """Wall time and peak RSS of the whole process tree (sampled every 5 ms)."""
    start = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        total = 0
        try:
            procs = [proc, *proc.children(recursive=True)]
        except psutil.Error:
            procs = [proc]
        for p in procs:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        peak = max(peak, total)
        time.sleep(0.005)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd[:4]} failed ({proc.returncode}): {err[-2000:]}")
    size = 0
    if out is not None:
        size = (
            sum(f.stat().st_size for f in out.rglob("*.pdf"))
            if out.is_dir()
            else out.stat().st_size
        )
    return {"wall_s": round(wall, 3), "peak_mib": round(peak / 2**20, 1), "bytes": size}


def ours_convert(files: list[Path], out: Path, workers: int = 2, max_mb: float = 1000) -> list[str]:
    return [
        PY,
        "-m",
        "desktop",
        "convert",
        *map(str, files),
        "--out",
        str(out),
        "--max-mb",
        str(max_mb),
        "--workers",
        str(workers),
    ]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="10 photos, 50-page PDF (smoke run)")
    args = ap.parse_args()
    n = 10 if args.quick else 40
    t0 = time.perf_counter()
    photos, pdf = make_inputs(n, 50 if args.quick else 200)
    print(
        f"inputs ready in {time.perf_counter() - t0:.1f}s: {n} photos "
        f"({sum(p.stat().st_size for p in photos) / 1e6:.1f} MB), {pdf.name}"
    )
    out = WORK / "out"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    rows: dict[str, dict[str, float]] = {}
    img2pdf = shutil.which("img2pdf") or str(Path(PY).parent / "img2pdf")
    # A4 pages (the photo fitted into the page, bytes untouched): Ghostscript's
    # /ebook then resamples to 150 dpi, the same job as ours.
    rows["img2pdf passthrough"] = measure(
        [img2pdf, "--pagesize", "A4", *map(str, photos), "-o", str(out / "img2pdf.pdf")],
        out / "img2pdf.pdf",
    )
    rows["Ghostscript /ebook (on img2pdf's PDF)"] = measure(
        [
            "gs",
            "-q",
            "-dBATCH",
            "-dNOPAUSE",
            "-dSAFER",
            "-sDEVICE=pdfwrite",
            "-dPDFSETTINGS=/ebook",
            f"-sOutputFile={out / 'gs.pdf'}",
            str(out / "img2pdf.pdf"),
        ],
        out / "gs.pdf",
    )
    rows["ours: convert, 2 workers"] = measure(
        ours_convert(photos, out / "ours2.pdf", 2), out / "ours2.pdf"
    )
    rows["ours: convert, 1 worker"] = measure(
        ours_convert(photos, out / "ours1.pdf", 1), out / "ours1.pdf"
    )
    dossier = make_dossier(photos, pdf)
    rows[f"ours: build ({n} photos + {pdf.stem}, 2 workers)"] = measure(
        [
            PY,
            "-m",
            "desktop",
            "build",
            str(dossier),
            "--out",
            str(out / "build"),
            "--today",
            "2026-11-24",
        ],
        out / "build",
    )
    ref = rows["img2pdf passthrough"]
    gs = rows["Ghostscript /ebook (on img2pdf's PDF)"]
    print()
    print("| pipeline | wall | × gs wall | peak RSS | output | × img2pdf bytes |")
    print("|---|---|---|---|---|---|")
    for name, r in rows.items():
        print(
            f"| {name} | {r['wall_s']:.2f} s | {r['wall_s'] / gs['wall_s']:.2f} | {r['peak_mib']:.0f} MiB | "
            f"{r['bytes'] / 1e6:.1f} MB | {r['bytes'] / ref['bytes']:.3f} |"
        )
    # memory at 20, 40, 100 pages (photos reused cyclically)
    mem = {}
    for pages in (20, 40, 100):
        files = [photos[i % len(photos)] for i in range(pages)]
        r = measure(ours_convert(files, out / f"mem{pages}.pdf", 2), out / f"mem{pages}.pdf")
        mem[pages] = r
    print()
    print("| pages | wall | peak RSS (process tree) | output |")
    print("|---|---|---|---|")
    for pages, r in mem.items():
        print(
            f"| {pages} | {r['wall_s']:.2f} s | {r['peak_mib']:.0f} MiB | {r['bytes'] / 1e6:.1f} MB |"
        )
    growth = mem[100]["peak_mib"] / mem[20]["peak_mib"] - 1
    print(f"\npeak growth 20 → 100 pages: {growth * 100:+.1f} %")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bundle.json").write_text(
        json.dumps(
            {
                "when": dt.datetime.now().isoformat(timespec="seconds"),
                "cpus": os.cpu_count(),
                "photos": n,
                "rows": rows,
                "memory_by_pages": mem,
                "growth_20_to_100": round(growth, 3),
            },
            indent=2,
        )
    )
    print(f"written {RESULTS / 'bundle.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
