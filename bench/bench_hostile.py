"""Peak memory and time of the CLI on the hostile PDFs (tests/hostile_pdfs.py).

    python bench/bench_hostile.py [--repo PATH] [--limit-s 60] [--cmd inspect|check|build]

Each case runs ``python -m desktop <cmd>`` in a subprocess; psutil samples the
resident memory of the process and its children every 20 ms; a run over
``--limit-s`` is killed and reported as such. ``--repo`` runs another checkout
(for the before/after figures in the report).

Measured 2026-12-06 on the project machine (2 cores), peak RSS / seconds, the
corpus of tests/hostile_pdfs.py (flate bomb 7 KB → 1 GiB through two filters;
500 000 objects; one image declaring 100 000 × 100 000 px; arrays nested 100 000
deep; 100 000 pages, then 50 000 pages):

| case | inspect before | inspect after | build before | build after |
|---|---|---|---|---|
| flate_bomb | 2096 MB / 7.1 s | 55 MB / 1.8 s | 2110 MB / 16.1 s | 123 MB / 5.8 s |
| many_objects | 226 MB / 3.9 s | 95 MB / 2.5 s | 339 MB / 16.3 s | 131 MB / 6.0 s |
| huge_image | 60 MB / 0.5 s | 55 MB / 1.2 s | 115 MB / 3.3 s | 120 MB / 5.2 s |
| deep_nesting | 56 MB / 0.7 s | 56 MB / 0.7 s | 126 MB / 2.8 s | 123 MB / 9.0 s |
| many_pages (100 000) | 373 MB / 13.8 s | 71 MB / 1.5 s | — | 124 MB / 11.5 s |
| many_pages (50 000) | 211 MB / 5.3 s | 180 MB / 1.7 s | | |

"before" is main at 97e8299 (``--repo /work/main``); build runs the check first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

from tests.hostile_pdfs import build_all  # noqa: E402

EXAMPLE = HERE / "examples" / "etudiant-renouvellement"


def measure(
    argv: list[str], cwd: Path, env: dict[str, str], limit_s: float
) -> tuple[int | None, float, float]:
    """(exit code or None when killed, peak RSS in MB, seconds)."""
    started = time.perf_counter()
    proc = psutil.Popen(
        argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    peak = 0
    code: int | None = None
    while True:
        try:
            rss = proc.memory_info().rss
            for child in proc.children(recursive=True):
                try:
                    rss += child.memory_info().rss
                except psutil.Error:
                    pass
            peak = max(peak, rss)
        except psutil.Error:
            pass
        if proc.poll() is not None:
            code = proc.returncode
            break
        if time.perf_counter() - started > limit_s:
            for child in proc.children(recursive=True):
                child.kill()
            proc.kill()
            proc.wait()
            break
        time.sleep(0.02)
    return code, peak / 2**20, time.perf_counter() - started


def dossier_with(folder: Path, pdf: Path) -> Path:
    """A copy of the example whose passport piece is ``pdf`` (inside the folder)."""
    shutil.copytree(EXAMPLE / "documents", folder / "documents")
    shutil.copy(pdf, folder / "documents" / pdf.name)
    text = (EXAMPLE / "dossier.toml").read_text(encoding="utf-8")
    text = text.replace('"documents/passeport.jpg"', f'"documents/{pdf.name}"')
    target = folder / "dossier.toml"
    target.write_text(text, encoding="utf-8")
    return target


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", type=Path, default=HERE)
    ap.add_argument("--limit-s", type=float, default=60)
    ap.add_argument("--cmd", choices=("inspect", "check", "build"), default="inspect")
    ap.add_argument("cases", nargs="*")
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(args.repo), "DOSSIER_LANG": "en"}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = build_all(Path(tmp) / "corpus")
        for name, pdf in corpus.items():
            if args.cases and name not in args.cases:
                continue
            argv = [sys.executable, "-m", "desktop", args.cmd]
            if args.cmd == "inspect":
                argv.append(str(pdf))
            else:
                folder = Path(tmp) / f"{args.cmd}-{name}"
                argv.append(str(dossier_with(folder, pdf)))
                argv += ["--today", "2026-11-24"]
                if args.cmd == "build":
                    argv += ["--out", str(folder / "out")]
            code, peak, secs = measure(argv, args.repo, env, args.limit_s)
            shown = "killed" if code is None else str(code)
            print(
                f"{args.cmd:8} {name:14} exit {shown:6} peak {peak:8.0f} MB  {secs:6.1f} s",
                flush=True,
            )


if __name__ == "__main__":
    main()
