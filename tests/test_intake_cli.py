"""``python -m desktop inspect`` run as a person would: a subprocess, JSON, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests import intake_corpus

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return intake_corpus.cached_build(tmp_path_factory.mktemp("intake-corpus"))


def inspect(*args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DOSSIER_LANG": "fr", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "inspect", *map(str, args)],
        input=stdin,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def as_json(proc: subprocess.CompletedProcess[str]) -> Any:
    assert "Traceback" not in proc.stderr, proc.stderr
    return json.loads(proc.stdout)


def test_one_good_file_is_one_object_exit_0(corpus: dict[str, Path]) -> None:
    proc = inspect(corpus["pdf"], "--json")
    assert proc.returncode == 0, proc.stderr
    data = as_json(proc)
    assert isinstance(data, dict)
    assert data["file"] == str(corpus["pdf"])
    assert data["kind"] == "pdf" and data["pages"] == 1 and data["accepted"] is True
    assert data["problems"] == []


def test_several_files_are_a_list_exit_1_when_one_is_refused(corpus: dict[str, Path]) -> None:
    proc = inspect(corpus["jpeg"], corpus["docx"], corpus["heic"], "--json", "--lang", "en")
    assert proc.returncode == 1
    data = as_json(proc)
    assert [d["kind"] for d in data] == ["jpeg", "word", "heic"]
    assert [d["accepted"] for d in data] == [True, False, True]
    (prob,) = data[1]["problems"]
    assert prob["code"] == "office_document" and prob["severity"] == "error"
    assert "document.docx" in prob["message"] and "Export as PDF" in prob["message"]
    assert data[0]["pixel_size"] == [1240, 1754] and data[0]["dpi"] == 150
    assert data[0]["colour"] is True


def test_warnings_only_exit_0(corpus: dict[str, Path]) -> None:
    proc = inspect(corpus["jpeg_named_pdf"], "--json")
    assert proc.returncode == 0
    data = as_json(proc)
    assert data["kind"] == "jpeg" and data["accepted"] is True
    assert [p["severity"] for p in data["problems"]] == ["warning"]


def test_missing_file_exit_2_no_traceback(corpus: dict[str, Path], tmp_path: Path) -> None:
    proc = inspect(corpus["pdf"], tmp_path / "absent.pdf", "--json")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "absent.pdf" in proc.stderr and "introuvable" in proc.stderr
    folder = inspect(tmp_path)
    assert folder.returncode == 2 and "Traceback" not in folder.stderr


def test_no_file_is_bad_usage() -> None:
    proc = inspect()
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_password_option(corpus: dict[str, Path]) -> None:
    locked = inspect(corpus["pdf_user_password"], "--json")
    assert locked.returncode == 1
    assert [p["code"] for p in as_json(locked)["problems"]] == ["pdf_password_required"]
    opened = inspect(corpus["pdf_user_password"], "--password", "secret", "--json")
    assert opened.returncode == 0
    data = as_json(opened)
    assert data["accepted"] is True and data["encrypted"] is True and data["pages"] == 1
    piped = inspect(corpus["pdf_user_password"], "--password-stdin", "--json", stdin="secret\n")
    timeless = {k: v for k, v in data.items() if k != "elapsed_ms"}
    assert piped.returncode == 0
    assert {k: v for k, v in as_json(piped).items() if k != "elapsed_ms"} == timeless
    wrong = inspect(corpus["pdf_user_password"], "--password-stdin", "--json", stdin="Secret\n")
    assert [p["code"] for p in as_json(wrong)["problems"]] == ["pdf_password_wrong"]


def test_bomb_and_broken_files_exit_1(corpus: dict[str, Path], tmp_path: Path) -> None:
    bomb = intake_corpus.png_bomb(tmp_path / "bombe.png")
    proc = inspect(bomb, corpus["truncated_pdf"], corpus["empty"], corpus["unknown"], "--json")
    assert proc.returncode == 1
    data = as_json(proc)
    assert [d["problems"][0]["code"] for d in data] == [
        "image_too_large",
        "truncated",
        "empty_file",
        "unknown_format",
    ]


def test_human_output_in_arabic_and_odd_names(corpus: dict[str, Path]) -> None:
    proc = inspect(corpus["name_arabic"], corpus["blurred"], "--lang", "ar")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    out = proc.stdout
    assert "جواز السفر.jpg" in out and "مقبول" in out and "مرفوض" in out
    assert "flou.jpg" in out and "ضبابي" in out


def test_human_output_french(corpus: dict[str, Path]) -> None:
    proc = inspect(corpus["pdf_multipage_blank"])
    assert proc.returncode == 0
    assert "accepté" in proc.stdout and "pages : 3" in proc.stdout
    assert "la ou les pages 2 semblent vides" in proc.stdout
