"""Phone photo -> scanned page benchmark (issue 17): our ``convert`` (documents found,
flattened, cleaned) against the lean reference pipeline and Ghostscript, in one run.

    .venv/bin/python bench/bench_scan.py [--quick] [--no-memory] [--repeat N]
    .venv/bin/python bench/bench_scan.py --memory-only --available  # + MemAvailable

Inputs are generated in bench/work/scan/: 40 phone photos 4032×3024 (JPEG q90 with a
camera's EXIF) of an A4 page on a table (wood, slate, light grey, cloth), tilted,
in perspective, with a shadow gradient (tests/scan_corpus.py; four photos, copied).

Pipelines, each a child process timed alone (nothing samples it: ``measure``):
- **ours**: ``python -m desktop convert`` (cleanup by default), 2 workers;
- **lean reference**: per photo, decode at reduced scale (Pillow ``draft``), EXIF
  orientation, fit A4 at 200 dpi, one JPEG encode (q75); pages put together by
  img2pdf. No cleanup: the floor any photo-to-PDF pipeline pays;
- **Ghostscript /ebook** on img2pdf's A4 PDF of the photos (if ``gs`` is present).

``desktop/`` is compiled to bytecode first (``_compile_bytecode``: as installed).

Then the peak memory of ``convert`` for 300 photos (the 40 reused) against 40: the
process tree's, the main process's and the largest worker's.
Prints ratios (time and size against lean and gs; the issue's targets: time ≤ 1.5×
lean and ≤ 0.25× gs, size ≤ 1.0× gs), the CPU time of each pipeline's process
tree (the other sessions' load on the two cores stretches wall times more than
CPU times), the memory as RSS summed over the tree and as PSS (shared library
pages counted once), the load average, and writes bench/results/scan.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _subreaper() -> None:
    """Become the reaper of every orphaned descendant (Linux): ``convert``'s fork
    server outlives it by a moment, and its workers' CPU time reaches
    RUSAGE_CHILDREN only through it."""
    import ctypes

    try:
        ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def _reap() -> None:
    """Wait for the orphans handed to this process (``_subreaper``)."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def measure(cmd: list[str], out: Path) -> dict[str, float]:
    """Wall time, the CPU time of the whole process tree (user + system, every
    descendant reaped, a fork server's workers too: a figure the other sessions'
    load on the two cores does not stretch as much as the wall time) and the bytes.

    Nothing samples the run: ``bench_bundle.measure`` polls the process tree's RSS
    every 5 ms, and listing a tree reads all of /proc: 0.86 s of CPU over a 3 s
    ``sleep`` on the dev machine, taken from the two cores a two-worker pipeline
    uses and not from the one core lean and Ghostscript use. Memory is measured in
    runs of its own (``measure_split``)."""
    import resource

    _subreaper()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    _reap()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        err = proc.stderr.decode(errors="replace")
        raise SystemExit(f"{cmd[:4]} failed ({proc.returncode}): {err[-2000:]}")
    return {
        "wall_s": round(wall, 3),
        "cpu_s": round(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, 2),
        "bytes": out.stat().st_size,
    }


WORK = ROOT / "bench" / "work" / "scan"
RESULTS = ROOT / "bench" / "results"
PY = sys.executable

LEAN = r"""
import io, sys
from PIL import Image, ImageOps
import img2pdf
BOX = (round((210 - 12) / 25.4 * 200), round((297 - 12) / 25.4 * 200))
pages = []
for path in sys.argv[2:]:
    im = Image.open(path)
    w, h = im.size
    im.draft("RGB", (w // 2, h // 2))
    im = ImageOps.exif_transpose(im)
    im.thumbnail(BOX if im.width <= im.height else BOX[::-1])
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=75, optimize=True)
    pages.append(buf.getvalue())
layout = img2pdf.get_layout_fun((img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297)))
with open(sys.argv[1], "wb") as fh:
    fh.write(img2pdf.convert(pages, layout_fun=layout))
"""


def make_inputs(n: int) -> list[Path]:
    from tests import scan_corpus as sc

    WORK.mkdir(parents=True, exist_ok=True)
    specs = [
        ("wood", dict(angle=7, tilt=0.06, shadow=0.3)),
        ("slate", dict(angle=-5, tilt=0.04, shadow=0.2)),
        ("light_grey", dict(angle=3, tilt=0.05, shadow=0.25)),
        ("beige_cloth", dict(angle=-9, tilt=0.03, shadow=0.15)),
    ]
    templates = []
    for i, (bg, kw) in enumerate(specs):
        path = WORK / f"template-{i}.jpg"
        if not path.exists():
            sc.make_case(
                WORK, f"template-{i}", "a4", bg, size=(3024, 4032), fill=0.82, seed=i, **kw
            )  # type: ignore[arg-type]
        templates.append(path)
    photos = []
    for i in range(n):
        p = WORK / f"photo-{i:03d}.jpg"
        if not p.exists():
            _variant(templates[i % len(templates)], p, i)
        photos.append(p)
    return photos


def _variant(template: Path, dest: Path, i: int) -> None:
    """The template with a mark of its own on the table: 40 different pictures (a
    copy would let Ghostscript store one image for several pages)."""
    from PIL import Image, ImageDraw

    with Image.open(template) as im:
        exif = im.info.get("exif", b"")
        img = im.convert("RGB")
    d = ImageDraw.Draw(img)
    x, y = 40 + 37 * i, 40 + 11 * (i % 7)
    d.rectangle((x, y, x + 30, y + 30), fill=(20 + 5 * i, 90, 200 - 4 * i))
    img.save(dest, "JPEG", quality=90, exif=exif)


def _compile_bytecode() -> str:
    """Compile ``desktop/`` to bytecode before timing, as an installed app has it
    (pip compiles a wheel's modules when it installs them; a frozen build carries
    them). An editable checkout under ``PYTHONDONTWRITEBYTECODE=1`` (this machine's
    shells) would otherwise compile ~80 modules in every run, in the main process
    and again in the fork server: ~0.15 s on a 2.8 s convert, which the lean
    reference (Pillow, img2pdf: compiled at install) never pays."""
    import compileall

    ok = compileall.compile_dir(ROOT / "desktop", quiet=1)
    how = "PYTHONDONTWRITEBYTECODE set" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "default"
    return f"compiled ({how})" if ok else "compile failed: timings include compiling"


def measure_split(cmd: list[str], out: Path) -> dict[str, float]:
    """``measure`` plus where the memory is: the peak of the main process (pages,
    PDF writing, intake's checks) and of the largest worker (a photo being cleaned)."""
    import psutil

    start = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    tree = main_peak = worker = pss = 0
    turn = 0
    while proc.poll() is None:
        turn += 1
        if turn % 10 == 0:  # PSS reads smaps: every 50 ms or so
            total = 0
            try:
                for c in [proc, *proc.children(recursive=True)]:
                    try:
                        total += c.memory_full_info().pss
                    except psutil.Error:
                        pass
            except psutil.Error:
                pass
            pss = max(pss, total)
        try:
            main_rss = proc.memory_info().rss
            kids = []
            for c in proc.children(recursive=True):
                try:
                    kids.append(c.memory_info().rss)
                except psutil.Error:
                    pass
        except psutil.Error:
            continue
        main_peak, worker = max(main_peak, main_rss), max(worker, *kids, 0)
        tree = max(tree, main_rss + sum(kids))
        time.sleep(0.005)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"{cmd[:4]} failed ({proc.returncode}): {err[-2000:]}")
    return {
        "wall_s": round(wall, 3),
        "peak_mib": round(tree / 2**20, 1),
        "pss_mib": round(pss / 2**20, 1),
        "main_mib": round(main_peak / 2**20, 1),
        "worker_mib": round(worker / 2**20, 1),
        "bytes": out.stat().st_size,
    }


def available_drop(cmd: list[str], repeat: int = 2) -> list[tuple[float, float]]:
    """The system's own count of what ``cmd`` takes: how far ``MemAvailable``
    (/proc/meminfo) falls below its idle level while ``cmd`` runs, sampled every
    20 ms; with the spread of the idle readings (other sessions move it too).
    Linux only. Returns (drop MiB, idle spread MiB) per run."""

    def avail() -> float:
        with open("/proc/meminfo") as fh:
            return int(next(x for x in fh if x.startswith("MemAvailable:")).split()[1]) / 1024

    runs = []
    for _ in range(repeat):
        idle = []
        for _ in range(20):
            idle.append(avail())
            time.sleep(0.05)
        base = sum(idle) / len(idle)
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        low = base
        while proc.poll() is None:
            low = min(low, avail())
            time.sleep(0.02)
        runs.append((round(base - low, 1), round(max(idle) - min(idle), 1)))
    return runs


def ours(files: list[Path], out: Path, workers: int = 2) -> list[str]:
    return [PY, "-m", "desktop", "convert", *map(str, files), "--out", str(out),
            "--max-mb", "1000", "--workers", str(workers)]  # fmt: skip


def _table(rows: dict[str, dict[str, float]], photos: list[Path], out: Path) -> None:
    """The four pipelines side by side (time, memory, bytes; ratios to lean and gs)."""
    rows["lean reference"] = measure(
        [PY, "-c", LEAN, str(out / "lean.pdf"), *map(str, photos)], out / "lean.pdf"
    )
    rows["ours: convert (cleanup), 2 workers"] = measure(
        ours(photos, out / "ours.pdf"), out / "ours.pdf"
    )
    rows["ours: convert --photos-as-taken"] = measure(
        [*ours(photos, out / "taken.pdf"), "--photos-as-taken"], out / "taken.pdf"
    )
    gs_row = None
    if shutil.which("gs"):
        img2pdf = shutil.which("img2pdf") or str(Path(PY).parent / "img2pdf")
        measure([img2pdf, "--pagesize", "A4", *map(str, photos), "-o", str(out / "i2p.pdf")],
                out / "i2p.pdf")  # fmt: skip
        gs_row = rows["Ghostscript /ebook (on img2pdf's PDF)"] = measure(
            ["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite",
             "-dPDFSETTINGS=/ebook", f"-sOutputFile={out / 'gs.pdf'}", str(out / "i2p.pdf")],
            out / "gs.pdf",
        )  # fmt: skip
    lean = rows["lean reference"]
    print()
    print("| pipeline | wall | × lean | × gs | CPU (tree) | CPU × lean | output | × gs bytes |")
    print("|---|---|---|---|---|---|---|---|")
    for name, r in rows.items():
        vs_gs = f"{r['wall_s'] / gs_row['wall_s']:.2f}" if gs_row else "—"
        bytes_gs = f"{r['bytes'] / gs_row['bytes']:.2f}" if gs_row else "—"
        print(f"| {name} | {r['wall_s']:.2f} s | {r['wall_s'] / lean['wall_s']:.2f} | {vs_gs} | "
              f"{r['cpu_s']:.2f} s | {r['cpu_s'] / lean['cpu_s']:.2f} | "
              f"{r['bytes'] / 1e6:.2f} MB | {bytes_gs} |")  # fmt: skip


def _summary(runs: list[dict[str, dict[str, float]]]) -> None:
    """Each pipeline's ratios over the runs, best and median: the other sessions'
    load moves the wall times from one run to the next (each ratio is of one run)."""
    import statistics

    lean_key, gs_key = "lean reference", "Ghostscript /ebook (on img2pdf's PDF)"
    print()
    print("| pipeline | runs | × lean: best | median | × gs: best | median | CPU × lean: median |")
    print("|---|---|---|---|---|---|---|")
    for name in runs[0]:
        lean = [r[name]["wall_s"] / r[lean_key]["wall_s"] for r in runs]
        gs = [r[name]["wall_s"] / r[gs_key]["wall_s"] for r in runs if gs_key in r]
        cpu = [r[name]["cpu_s"] / r[lean_key]["cpu_s"] for r in runs]
        gs_txt = f"{min(gs):.2f} | {statistics.median(gs):.2f}" if gs else "— | —"
        print(f"| {name} | {len(runs)} | {min(lean):.2f} | {statistics.median(lean):.2f} | "
              f"{gs_txt} | {statistics.median(cpu):.2f} |")  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="10 photos, memory at 60")
    ap.add_argument("--no-memory", action="store_true", help="skip the 300-photo run")
    ap.add_argument("--memory-only", action="store_true", help="only the 40/300-photo runs")
    ap.add_argument(
        "--available",
        action="store_true",
        help="with the memory runs: MemAvailable's drop during two 300-photo runs",
    )
    ap.add_argument(
        "--repeat", type=int, default=1, help="run the table N times: best and median ratios"
    )
    args = ap.parse_args()
    n = 10 if args.quick else 40
    compiled = _compile_bytecode()
    t0 = time.perf_counter()
    photos = make_inputs(n)
    print(f"load average: {os.getloadavg()[0]:.2f} (2 cores shared with other sessions)")
    print(f"bytecode of desktop/: {compiled}")
    print(f"inputs ready in {time.perf_counter() - t0:.1f}s: {n} photos "
          f"({sum(p.stat().st_size for p in photos) / 1e6:.1f} MB)")  # fmt: skip
    out = WORK / "out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    rows: dict[str, dict[str, float]] = {}
    runs: list[dict[str, dict[str, float]]] = []
    if not args.memory_only:
        for _ in range(max(1, args.repeat)):
            rows = {}
            _table(rows, photos, out)
            runs.append(rows)
            print(f"load average: {os.getloadavg()[0]:.2f}")
        if len(runs) > 1:
            _summary(runs)
    mem: dict[int, dict[str, float]] = {}
    if not args.no_memory:
        for pages in (40, 60 if args.quick else 300):
            files = [photos[i % len(photos)] for i in range(pages)]
            path = out / f"mem{pages}.pdf"
            mem[pages] = measure_split(ours(files, path), path)
        print()
        print(
            "| photos | wall | peak RSS (process tree) | peak PSS (tree) | main process "
            "| largest worker | output |"
        )
        print("|---|---|---|---|---|---|---|")
        for pages, r in mem.items():
            print(f"| {pages} | {r['wall_s']:.1f} s | {r['peak_mib']:.0f} MiB | "
                  f"{r['pss_mib']:.0f} MiB | "
                  f"{r['main_mib']:.0f} MiB | {r['worker_mib']:.0f} MiB | "
                  f"{r['bytes'] / 1e6:.1f} MB |")  # fmt: skip
    drops: list[tuple[float, float]] = []
    if args.available and not args.no_memory and Path("/proc/meminfo").exists():
        files = [photos[i % len(photos)] for i in range(60 if args.quick else 300)]
        drops = available_drop(ours(files, out / "avail.pdf"))
        for drop, spread in drops:
            print(f"MemAvailable fell by {drop:.0f} MiB during {len(files)} photos "
                  f"(idle readings spread over {spread:.0f} MiB)")  # fmt: skip
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "scan.json").write_text(
        json.dumps(
            {
                "when": dt.datetime.now().isoformat(timespec="seconds"),
                "cpus": os.cpu_count(),
                "photos": n,
                "rows": rows,
                "runs": runs,
                "memory_by_photos": mem,
                "memavailable_drop_mib": drops,
            },
            indent=2,
        )
    )
    print(f"written {RESULTS / 'scan.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
