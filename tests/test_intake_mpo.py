"""A phone's multi-picture JPEG (MPO: « portrait » mode, some Samsung and Fujifilm
cameras) is a photo with its depth map or preview after it, not an animation: no
« l'image est animée » with a fix telling the person to convert it to PDF; it is
cleaned like any photo. A real animation is still flagged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PIL import Image

from desktop.intake import inspect_file
from tests import scan_corpus as sc

ROOT = Path(__file__).resolve().parent.parent


def _mpo(tmp_path: Path) -> Path:
    case = sc.make_case(tmp_path, "photo", "a4", "wood", size=(3024, 4032), fill=0.82, seed=2)
    with Image.open(case.path) as im:
        photo = im.convert("RGB")
    depth = Image.new("L", (400, 300), 90).convert("RGB")
    path = tmp_path / "portrait.jpg"
    photo.save(path, "MPO", save_all=True, append_images=[depth], quality=90)
    with Image.open(path) as check:
        assert check.format == "MPO" and getattr(check, "n_frames", 1) == 2
    return path


def test_a_phones_mpo_photo_is_not_called_animated(tmp_path: Path) -> None:
    report = inspect_file(_mpo(tmp_path))
    codes = [p.code for p in report.problems]
    assert "animated_image" not in codes, codes
    assert report.accepted
    assert report.page_info[0].photo  # judged as a photo, its document looked for
    assert report.page_info[0].document is not None


def test_a_phones_mpo_photo_is_cleaned(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    cmd = [sys.executable, "-m", "desktop", "convert", str(_mpo(tmp_path)), "--out", str(out),
           "--json"]  # fmt: skip
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    assert r.returncode == 0, r.stderr[-1500:]
    report = json.loads(r.stdout)
    assert report["cleaned_pages"] == 1 and report["outputs"][0]["pages"] == 1


def test_an_animation_is_still_flagged(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (600, 400), (40 * i, 90, 200)) for i in range(3)]
    path = tmp_path / "anim.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    codes = [p.code for p in inspect_file(path).problems]
    assert "animated_image" in codes, codes
