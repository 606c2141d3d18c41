"""Keeping a dossier on disk as the person goes (UI-free helpers).

A dossier lives in its own folder: ``dossier.toml`` and ``documents/`` with
copies of the files the person brought (named after the piece, never after
the person). Saves are atomic (``Dossier.save``); the encrypted vault will
take over behind the same functions.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
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
    return Dossier.load(path)


def _unique(folder: Path, stem: str, suffix: str) -> Path:
    n = 1
    while True:
        candidate = folder / f"{stem}-{n}{suffix}"
        if not candidate.exists():
            return candidate
        n += 1


def attach_file(state: FlowState, piece_id: str, source: str | os.PathLike[str]) -> str:
    """Copy ``source`` into the dossier's documents folder as a file of ``piece_id``
    and return its path relative to the dossier. A file already inside the
    dossier's folder is referenced as it is."""
    src = Path(source).resolve()
    base = state.dossier.base_dir.resolve()
    try:
        rel = src.relative_to(base).as_posix()
    except ValueError:
        folder = base / DOCUMENTS
        folder.mkdir(parents=True, exist_ok=True)
        target = _unique(folder, piece_id.replace("_", "-"), src.suffix.lower())
        shutil.copyfile(src, target)
        rel = target.relative_to(base).as_posix()
    state.dossier.add_file(piece_id, rel)
    return rel


def detach_file(state: FlowState, piece_id: str, rel: str, *, delete_copy: bool = True) -> None:
    state.dossier.remove_file(piece_id, rel)
    still_used = any(rel in e.files for e in state.dossier.piece_entries())
    path = state.dossier.resolve(rel)
    if delete_copy and not still_used and Path(rel).parts[:1] == (DOCUMENTS,) and path.is_file():
        path.unlink()


def replace_file(
    state: FlowState, piece_id: str, old_rel: str, source: str | os.PathLike[str]
) -> str:
    files = state.dossier.data.get("pieces", {}).get(piece_id, {}).get("files", [])
    index = files.index(old_rel) if old_rel in files else len(files)
    detach_file(state, piece_id, old_rel)
    rel = attach_file(state, piece_id, source)
    files = state.dossier.data["pieces"][piece_id]["files"]
    files.remove(rel)
    files.insert(index, rel)
    return rel


def record_attempt(
    state: FlowState,
    at: dt.datetime,
    message: str,
    screenshot_png: bytes | None = None,
    url: str = "",
) -> dict[str, object]:
    """Add a failed booking attempt to ``[[appointment.attempts]]``, with its
    screenshot saved in the dossier's folder."""
    entry: dict[str, object] = {"at": at.replace(microsecond=0), "message": message.strip()}
    if screenshot_png:
        folder = state.dossier.base_dir / ATTEMPTS
        folder.mkdir(parents=True, exist_ok=True)
        target = _unique(folder, at.strftime("tentative-%Y%m%d-%H%M%S"), ".png")
        target.write_bytes(screenshot_png)
        entry["screenshot"] = target.relative_to(state.dossier.base_dir).as_posix()
    if url:
        entry["url"] = url
    appointment = state.dossier.data.setdefault("appointment", {})
    appointment.setdefault("attempts", []).append(entry)
    return entry
