"""Keeping a dossier on disk as the person goes (UI-free helpers).

A dossier lives in its own folder: ``dossier.toml`` and ``documents/`` with
copies of the files the person brought (named after the piece, never after
the person; ``desktop.services.files`` puts them there). Saves are atomic
(``Dossier.save``).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from desktop.core.dossier import Dossier
from desktop.flow.state import FlowState

DOSSIER_FILE = "dossier.toml"
DOCUMENTS = "documents"
ATTEMPTS = "attempts"


def default_home() -> Path:
    env = os.environ.get("DOSSIER_HOME")
    if env:
        return Path(env)
    try:
        from platformdirs import user_data_dir

        return Path(user_data_dir("dossier-sejour", appauthor=False)) / "dossiers"
    except ImportError:  # pragma: no cover - platformdirs is a dependency
        return Path.home() / ".dossier-sejour" / "dossiers"


def new_dossier_dir(home: Path, now: dt.datetime) -> Path:
    base = home / now.strftime("dossier-%Y%m%d-%H%M%S")
    path, n = base, 1
    while path.exists():
        n += 1
        path = base.with_name(f"{base.name}-{n}")
    path.mkdir(parents=True)
    return path / DOSSIER_FILE


def save(state: FlowState) -> Path | None:
    """Save the dossier where it was opened (nothing to do for an unsaved one)."""
    if state.dossier.path is None:
        return None
    return state.dossier.save()


def open_dossier(path: str | os.PathLike[str]) -> Dossier:
    return Dossier.load(path, salvage=True)
