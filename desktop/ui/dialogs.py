"""File dialogs that speak the interface language and open where the person looks.

Every page asks for a file or a folder through ``open_file``, ``open_files``,
``save_file`` or ``choose_folder``:

- **Language.** Qt's own dialog, translated by Qt's ``qtbase_XX.qm`` (and the
  aliases of ``desktop.ui.i18n`` for the strings Qt 6 renamed), is used whenever
  the system's language is not the interface's: the system's dialog speaks the
  system's language, which the app's language switch cannot reach. When both
  agree, the system's dialog (its places, its network drives) is kept. A reception
  point always uses Qt's (``vault_reception`` sets ``AA_DontUseNativeDialogs``).
- **Where it opens.** The last folder used for that kind of action (in memory
  only, for this run: nothing is written to disk, and a reception session's end
  forgets it), else ``~/Documents`` (``~/Images`` for photos) when it exists,
  else the home folder.
- **Filters.** An open dialog always offers « Tous les fichiers (*) » too: a
  file the app would explain (a ``.docx``: « enregistrez-le en PDF… ») is never
  out of reach.
"""

from __future__ import annotations

from pathlib import Path

from desktop.ui import qt
from desktop.ui.qt import translate

#: The kinds of action a folder is remembered for.
PHOTOS = "photos"  # a passport's photo, a signature's picture
DOCUMENTS = "documents"  # the pieces' files, papers from the prefecture
LETTERS = "letters"  # a letter saved elsewhere
EXPORTS = "exports"  # a calendar, a note for the employer
OUTPUT = "output"  # where the built dossier goes, a USB drive
HANDOVER = "handover"  # a .dsvx hand-over file, a reception's take-away folder

_last: dict[str, str] = {}


def forget() -> None:
    """Forget every folder used (the end of a reception session: the next visitor
    starts from the usual places, not from the last one's USB drive)."""
    _last.clear()


def remember(kind: str, folder: str | Path) -> None:
    _last[kind] = str(folder)


def _standard(location: qt.QStandardPaths.StandardLocation) -> Path | None:
    found = qt.QStandardPaths.writableLocation(location)
    return Path(found) if found and Path(found).is_dir() else None


def start_dir(kind: str) -> Path:
    """Where a dialog for ``kind`` opens when no folder is given."""
    last = _last.get(kind)
    if last and Path(last).is_dir():
        return Path(last)
    places = [qt.QStandardPaths.StandardLocation.DocumentsLocation]
    if kind == PHOTOS:
        places.insert(0, qt.QStandardPaths.StandardLocation.PicturesLocation)
    for place in places:
        found = _standard(place)
        if found is not None and found != Path.home():
            return found
    return Path.home()


def native_allowed() -> bool:
    """The system's dialog speaks the interface's language (and the app allows it)."""
    app = qt.QCoreApplication.instance()
    if app is None or app.testAttribute(qt.Qt.ApplicationAttribute.AA_DontUseNativeDialogs):
        return False
    ui, system = qt.QLocale(), qt.QLocale.system()
    if ui.language() != system.language():
        return False
    # 中文: simplified and traditional are two writings of one language
    return ui.language() != qt.QLocale.Language.Chinese or ui.script() == system.script()


def _with_all_files(filters: str) -> str:
    every = translate("Dialogs", "Tous les fichiers") + " (*)"
    parts = [f for f in filters.split(";;") if f.strip()]
    if not any(f.rstrip().endswith("(*)") for f in parts):
        parts.append(every)
    return ";;".join(parts)


def make_dialog(
    parent: qt.QWidget | None,
    title: str,
    kind: str,
    *,
    mode: str = "open",
    filters: str = "",
    start: str | Path | None = None,
    name: str = "",
) -> qt.QFileDialog:
    """The dialog, set up and not shown (``mode``: open, open_many, save, folder)."""
    folder = Path(start) if start and Path(start).is_dir() else start_dir(kind)
    dialog = qt.QFileDialog(parent, title, str(folder))
    dialog.setObjectName(f"file_dialog_{kind}")
    if not native_allowed():
        dialog.setOption(qt.QFileDialog.Option.DontUseNativeDialog, True)
    if mode == "folder":
        dialog.setFileMode(qt.QFileDialog.FileMode.Directory)
        dialog.setOption(qt.QFileDialog.Option.ShowDirsOnly, True)
    elif mode == "save":
        dialog.setAcceptMode(qt.QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(qt.QFileDialog.FileMode.AnyFile)
        if filters:
            dialog.setNameFilter(filters)
        if name:
            dialog.selectFile(str(folder / name))
    else:
        many = mode == "open_many"
        dialog.setFileMode(
            qt.QFileDialog.FileMode.ExistingFiles if many else qt.QFileDialog.FileMode.ExistingFile
        )
        dialog.setNameFilter(_with_all_files(filters))
    return dialog


def run(dialog: qt.QFileDialog) -> list[str]:
    """Show ``dialog`` and wait: the chosen paths ([] when cancelled)."""
    if not dialog.exec():
        return []
    return [p for p in dialog.selectedFiles() if p]


def _chosen(dialog: qt.QFileDialog, kind: str, folder: bool = False) -> list[str]:
    paths = run(dialog)
    dialog.deleteLater()
    if paths:
        first = Path(paths[0])
        remember(kind, first if folder else first.parent)
    return paths


def open_file(parent: qt.QWidget | None, title: str, kind: str, filters: str = "") -> str:
    """One existing file ("" when cancelled)."""
    paths = _chosen(make_dialog(parent, title, kind, filters=filters), kind)
    return paths[0] if paths else ""


def open_files(parent: qt.QWidget | None, title: str, kind: str, filters: str = "") -> list[str]:
    """Existing files, one or several ([] when cancelled)."""
    return _chosen(make_dialog(parent, title, kind, mode="open_many", filters=filters), kind)


def save_file(
    parent: qt.QWidget | None,
    title: str,
    kind: str,
    name: str,
    filters: str = "",
) -> str:
    """Where to write a file suggested as ``name`` ("" when cancelled)."""
    dialog = make_dialog(parent, title, kind, mode="save", filters=filters, name=name)
    paths = _chosen(dialog, kind)
    return paths[0] if paths else ""


def choose_folder(
    parent: qt.QWidget | None, title: str, kind: str, start: str | Path | None = None
) -> str:
    """A folder ("" when cancelled); ``start``: where to open instead of the usual place."""
    dialog = make_dialog(parent, title, kind, mode="folder", start=start)
    paths = _chosen(dialog, kind, folder=True)
    return paths[0] if paths else ""
