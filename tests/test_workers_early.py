"""`convert` starts the photo workers' fork server before it loads the bundle's page
writers (pypdf): the server imports OpenCV while the main process imports the rest."""

from __future__ import annotations

import subprocess
import sys

import pytest

CODE = """
import sys, psutil
from desktop.services.workers import start_photo_workers
started = start_photo_workers(sys.argv[1:], 2)
print(started, bool(psutil.Process().children()),
      'pypdf' in sys.modules, 'desktop.bundle.build' in sys.modules, 'cv2' in sys.modules)
"""


def run(*files: str) -> list[str]:
    r = subprocess.run(
        [sys.executable, "-c", CODE, *files], capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 0, r.stderr
    return r.stdout.split()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a fork server: Linux")
def test_three_photos_start_the_server_and_nothing_heavy_loads_here() -> None:
    started, running, pypdf, build, cv2 = run("a.jpg", "b.JPG", "c.heic")
    assert (started, running) == ("True", "True")
    # this process loaded neither the page writers nor OpenCV to start it
    assert (pypdf, build, cv2) == ("False", "False", "False")


def test_too_few_photos_start_nothing() -> None:
    started, running, *_ = run("a.jpg", "b.pdf", "c.docx")
    assert (started, running) == ("False", "False")
