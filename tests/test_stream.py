"""Photos to one PDF in memory flat in the page count (issue 17): pages stream to
the output (a spool of page JPEGs, ``pdfout.ImagePdfStream``), at most a few jobs
in flight between the workers and the writer.

The memory test runs the real CLI in a child process that reports its own peak
(VmHWM from /proc/self/status: exact, and not inherited from pytest like
ru_maxrss), converting 20 then 80 photos; the two peaks must be close.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

REPO = Path(__file__).resolve().parent.parent

_WRAPPER = """
import sys
sys.argv = ["desktop", *sys.argv[1:]]
try:
    from desktop.__main__ import main
    code = main()
except SystemExit as exc:
    code = exc.code
finally:
    with open("/proc/self/status", encoding="ascii") as fh:
        peak = next(int(l.split()[1]) * 1024 for l in fh if l.startswith("VmHWM:"))
    sys.stderr.write(f"\\nPEAK_RSS={peak}\\n")
sys.exit(code if isinstance(code, int) else 1)
"""


def _photos(folder: Path, n: int, size: tuple[int, int] = (520, 720)) -> list[Path]:
    """``n`` different JPEG photos stored turned (EXIF orientation 6: never kept
    byte for byte, each decoded, turned and encoded again), textured so that each
    page's JPEG weighs ~0.15 MB: pages held in memory would show."""
    folder.mkdir(parents=True, exist_ok=True)
    noise = Image.effect_noise(size, 60).convert("L")
    base = Image.merge("RGB", (noise, noise.rotate(90, expand=False), noise.transpose(0)))
    out = []
    for i in range(n):
        im = base.rotate(i * 7 % 360) if i else base
        exif = Image.Exif()
        exif[0x0112] = 6
        p = folder / f"photo-{i:03d}.jpg"
        im.save(p, "JPEG", quality=85, exif=exif.tobytes())
        out.append(p)
    return out


def _convert_peak(files: list[Path], out: Path, *extra: str) -> int:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    args = ["convert", *map(str, files), "--out", str(out), "--max-mb", "1000", *extra]
    proc = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *args, "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    peak = [ln for ln in proc.stderr.splitlines() if ln.startswith("PEAK_RSS=")]
    assert peak, proc.stderr[-2000:]
    return int(peak[-1].split("=")[1])


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="VmHWM is Linux's")
def test_convert_memory_does_not_grow_with_the_page_count(tmp_path: Path) -> None:
    photos = _photos(tmp_path / "in", 16)
    few = [photos[i % 16] for i in range(20)]
    many = [photos[i % 16] for i in range(80)]
    # One process does everything (no pool): its own peak is the whole story.
    peak_few = _convert_peak(few, tmp_path / "few.pdf", "--workers", "1", "--photos-as-taken")
    peak_many = _convert_peak(many, tmp_path / "many.pdf", "--workers", "1", "--photos-as-taken")
    few_pdf = tmp_path / "few.pdf"
    many_pdf = tmp_path / "many.pdf"
    assert len(PdfReader(many_pdf).pages) == 80
    extra = many_pdf.stat().st_size - few_pdf.stat().st_size
    assert extra > 6_000_000, "the 60 more pages must weigh enough for the test to mean much"
    growth = peak_many - peak_few
    # Pages held in memory would add their bytes (~8 MB here) at least once; spooled,
    # the peak moves by allocator noise.
    assert growth < 5 * 1024 * 1024, (
        f"peak grew by {growth / 2**20:.1f} MiB for {extra / 1e6:.0f} MB more pages "
        f"({peak_few / 2**20:.0f} -> {peak_many / 2**20:.0f} MiB)"
    )


def test_streamed_pdf_is_valid_deterministic_and_scrubbed(tmp_path: Path) -> None:
    from desktop.bundle.build import convert_files

    photos = _photos(tmp_path / "in", 3, size=(600, 800))
    grey = tmp_path / "in" / "grey.png"
    Image.new("L", (900, 600), 200).save(grey)
    files = [*photos, grey]
    kw: dict[str, Any] = dict(max_bytes=50_000_000, max_workers=1, cleanup=False)
    a = convert_files(files, tmp_path / "a.pdf", **kw)
    b = convert_files(files, tmp_path / "b.pdf", **kw)
    data = (tmp_path / "a.pdf").read_bytes()
    assert data == (tmp_path / "b.pdf").read_bytes()
    assert a.outputs[0].bytes == len(data) == b.outputs[0].bytes
    assert a.outputs[0].pages == 4
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 4
    assert reader.metadata is not None and set(reader.metadata) == {"/Producer"}
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)
        (img,) = page.images
        assert img.image is not None and img.image.width > 0
    # Stored turned, shown upright: 600x800 stored with orientation 6 is 800 wide.
    assert reader.pages[0].images[0].image.size == (800, 600)
    assert reader.pages[3].images[0].image.mode == "L"
    pikepdf = pytest.importorskip("pikepdf")
    with pikepdf.open(tmp_path / "a.pdf") as pdf:
        assert pdf.check_pdf_syntax() == []
    # No scratch folder or spool left beside the output.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pdf", "in"]


def test_split_parts_stream_and_each_fits(tmp_path: Path) -> None:
    from desktop.bundle.build import convert_files

    photos = _photos(tmp_path / "in", 6, size=(900, 1200))
    one = convert_files(
        photos, tmp_path / "one.pdf", max_bytes=50_000_000, max_workers=1, cleanup=False
    )
    total = one.outputs[0].bytes
    limit = total // 2 + 1
    rep = convert_files(
        photos, tmp_path / "cut.pdf", max_bytes=limit, split=True, max_workers=1,
        settings=_no_ladder(), cleanup=False,
    )  # fmt: skip
    assert len(rep.outputs) >= 2
    assert sum(o.pages for o in rep.outputs) == 6
    for o in rep.outputs:
        size = Path(o.path).stat().st_size
        assert size == o.bytes <= limit
        assert len(PdfReader(o.path).pages) == o.pages


def _no_ladder() -> Any:
    """Settings whose ladders have one rung: a piece over the limit is split, not
    squeezed (to test the split)."""
    from dataclasses import replace

    from desktop.bundle.settings import default_settings

    s = default_settings()
    return replace(s, dpi_ladder=s.dpi_ladder[:1], quality_ladder=s.quality_ladder[:1])


class _CountingExecutor(Executor):
    """Runs each job at once, counting the futures handed out and not yet taken back."""

    def __init__(self) -> None:
        self.out = 0
        self.most = 0

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        f: Future[Any] = Future()
        f.set_result(fn(*args, **kwargs))
        self.out += 1
        self.most = max(self.most, self.out)
        return f


def test_runner_keeps_a_bounded_number_of_pages_in_flight(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.bundle import slots
    from desktop.bundle.images import ImageJob

    monkeypatch.setattr(slots, "prepare", lambda job: job.path)
    ex = _CountingExecutor()
    runner = slots.Runner(ex)
    jobs = [ImageJob(path=str(i)) for i in range(50)]
    got = []
    for item in runner.map(jobs):
        ex.out -= 1
        got.append(item)
    assert got == [str(i) for i in range(50)]  # in order
    assert ex.most <= runner.ahead == 4


def test_convert_does_not_look_for_2d_docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """convert asks intake only whether a file can be used: the 2D-Doc search (seconds
    on a 12 MP photo) is not run; ``inspect`` still runs it."""
    from desktop.bundle.build import convert_files
    from desktop.intake import inspect_file, twoddoc

    searched: list[str] = []
    monkeypatch.setattr(twoddoc, "scan_file", lambda path, *a, **k: searched.append(path) or [])
    photos = _photos(tmp_path / "in", 3, size=(1700, 2300))
    rep = convert_files(
        photos, tmp_path / "out.pdf", max_bytes=50_000_000, max_workers=1, cleanup=False
    )
    assert rep.outputs[0].pages == 3 and not rep.problems
    assert searched == []
    report = inspect_file(photos[0])
    assert not report.errors, report.problems
    assert len(searched) == 1  # inspect still reads them
