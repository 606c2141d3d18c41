"""The three ways the app is used, by name. Their policies, timers and the
reception session are in ``modes.py``; this module is apart so that the GUI's
first page can read a remembered mode without loading them."""

from __future__ import annotations

from enum import StrEnum


class Mode(StrEnum):
    PERSONAL = "personal"
    RECEPTION = "reception"
    VOLUNTEER = "volunteer"
