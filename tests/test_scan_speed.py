"""Issue 17, the photo pipeline made cheaper (branch scan-speed): what changed must
give the same pages. The EXIF turn done on the array, the reduced copy decoded by
OpenCV, the colour judged in OpenCV, and the workers keeping their freed memory
(glibc only: measured as page faults in a fresh process)."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from desktop.bundle import images
from desktop.bundle.images import has_colour, has_colour_px

ROOT = Path(__file__).resolve().parent.parent


def _jpeg_with_orientation(arr: np.ndarray, orientation: int) -> Image.Image:
    exif = Image.Exif()
    exif[0x0112] = orientation
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG", quality=95, exif=exif)
    buf.seek(0)
    return Image.open(buf)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_the_exif_turn_on_the_array_is_pillows(orientation: int) -> None:
    rng = np.random.default_rng(orientation)
    arr = rng.integers(0, 256, (5, 7, 3), dtype=np.uint8)
    im = _jpeg_with_orientation(arr, orientation)
    stored = np.asarray(im.convert("RGB"))
    pil = np.asarray(ImageOps.exif_transpose(im).convert("RGB"))
    got = images._upright_px(stored, images.orientation_of(im))
    assert got.shape == pil.shape
    assert np.array_equal(got, pil)


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_the_reduced_copy_is_the_same_through_opencv_and_pillow(
    tmp_path: Path, orientation: int
) -> None:
    """A 2000 x 1500 JPEG, reduced to about 500 px: OpenCV's libjpeg scaling and
    EXIF turn against Pillow's draft and exif_transpose."""
    yy, xx = np.mgrid[0:1500, 0:2000]
    arr = np.stack([(xx // 8) % 256, (yy // 6) % 256, ((xx + yy) // 10) % 256], axis=2)
    arr = arr.astype(np.uint8)
    arr[300:700, 200:900] = (200, 30, 40)  # a red block, off centre: shows a wrong turn
    path = tmp_path / f"o{orientation}.jpg"
    exif = Image.Exif()
    exif[0x0112] = orientation
    Image.fromarray(arr).save(path, "JPEG", quality=92, exif=exif)
    with Image.open(path) as im:
        assert images._plain_jpeg(im)
        cv = images._small_copy(im, np.fromfile(path, np.uint8), 500)
    with Image.open(path) as im:
        pil = images._small_copy(im, None, 500)
    assert cv.shape == pil.shape
    assert max(cv.shape[:2]) == 500  # 2000 / 4
    assert np.abs(cv.astype(int) - pil.astype(int)).mean() < 3


def test_colour_judged_in_opencv_is_pillows() -> None:
    rng = np.random.default_rng(7)
    for _ in range(200):
        arr = np.full((300, 200, 3), int(rng.integers(150, 256)), np.uint8)
        n = int(rng.integers(0, 400))
        arr[rng.integers(0, 300, n), rng.integers(0, 200, n)] = rng.integers(0, 256, (n, 3))
        assert has_colour_px(arr) == has_colour(Image.fromarray(arr))
    stamp = np.full((300, 200, 3), 245, np.uint8)
    stamp[100:140, 60:120] = (40, 70, 190)
    assert has_colour_px(stamp) and not has_colour_px(np.full((300, 200, 3), 128, np.uint8))


_FAULTS = textwrap.dedent(
    """
    import resource, sys
    import numpy as np
    from desktop.bundle.images import worker_init
    if sys.argv[1] == "init":
        worker_init()
    def page():  # a 12 MP grey decode and float copies of a 1000 px picture, freed
        a = np.ones((3024, 4032), np.uint8)
        b = np.ones((1000, 750, 3), np.float32)
        c = b * b
        return int(a[5, 5]) + int(c[5, 5, 0])
    page()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(5):
        page()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_a_worker_reuses_its_freed_memory_instead_of_faulting_it_back() -> None:
    def faults(mode: str) -> int:
        out = subprocess.run(
            [sys.executable, "-c", _FAULTS, mode],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        return int(out.stdout.strip())

    plain, kept = faults("plain"), faults("init")
    # 5 pages of 12 + 2 x 9 MB: thousands of faults when freed blocks go back to the
    # system (glibc's own threshold keeps some), a few dozen when they are kept
    assert plain > 4_000, plain
    assert kept < plain / 10, (kept, plain)


def test_photos_to_clean_get_forked_workers_and_other_work_spawned_ones() -> None:
    from desktop.bundle import workers

    assert workers.context(False).get_start_method() == "spawn"
    want = "forkserver" if sys.platform.startswith("linux") else "spawn"
    assert workers.context(True).get_start_method() == want
