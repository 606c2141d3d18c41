"""Where the read-only assets live, in a checkout and in a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def assets_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


ASSETS = assets_dir()
CATALOG_DIR = ASSETS / "catalog"
MESSAGES_DIR = ASSETS / "i18n" / "messages"
FONTS_DIR = ASSETS / "fonts"
