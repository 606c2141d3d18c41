"""The open dossier, shared by every page: the flow's wizard, autosave
(debounced, after every change), file inspection in the background, and the
clipboard guard for copied identifiers.

Where a save goes is the ``saver``'s business: the vault's working copy
(``desktop.ui.vault_ui``) or, for a plain dossier file, ``flow.store.save``.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.clock import Clock
from desktop.flow import FlowState, Wizard, store
from desktop.ui.operations import Operation, Progress
from desktop.ui.qt import QApplication, QObject, QThreadPool, QTimer, Signal

AUTOSAVE_MS = 400
CLIPBOARD_POLL_MS = 1000

# ``desktop.services`` (and through it the catalog and the rules) is imported where a
# file is attached or edited: the first page shows without it.
if TYPE_CHECKING:
    from desktop.core.rules import FileFinding, Verdict
    from desktop.services.vault import ClipboardGuard

Saver = Callable[[FlowState], object]


@dataclass(frozen=True)
class Removed:
    """A file (or a page of it) just removed, kept in memory until the person
    undoes it or goes on: the copy's bytes, its name and its place in the piece."""

    piece_id: str
    rel: str
    data: bytes
    original: str
    index: int
    whole_file: bool = True  # False: a page was removed, the file stays


def save_error_text(exc: OSError) -> str:
    """A save the system refused (disk full, read-only, removed drive), said with what
    to do; the dossier in the window is kept."""
    from desktop.ui.qt import translate

    return translate(
        "MainWindow",
        "L'enregistrement a échoué (%1). Vos réponses restent dans la fenêtre : "
        "libérez de la place ou vérifiez le disque, l'application réessaiera à la "
        "prochaine modification.",
    ).replace("%1", exc.strerror or type(exc).__name__)


class Session(QObject):
    changed = Signal()  # the dossier changed (pages refresh their status)
    findings_changed = Signal()
    saved = Signal(str)
    save_failed = Signal(str)  # what went wrong, in the person's language

    def __init__(
        self,
        state: FlowState,
        clock: Clock,
        parent: QObject | None = None,
        *,
        saver: Saver | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.state = state
        self.saver: Saver | None = saver  # None: plain dossier file (flow.store)
        self.out_dir_default: Path | None = None  # where a build goes unless chosen
        self.export_only_to_chosen_folder = False  # reception point
        self.on_action: Callable[[str, str], None] | None = None  # volunteer's log
        self.wizard = Wizard.resume(state, on_change=lambda _s: self.schedule_save())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._inspected: dict[str, tuple[float, tuple[object, ...]]] = {}
        self._running: set[Operation] = set()
        self._dossier_generation = 0
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._guard: ClipboardGuard | None = None
        self._clip_timer = QTimer(self)
        self._clip_timer.setInterval(CLIPBOARD_POLL_MS)
        self._clip_timer.timeout.connect(self.poll_clipboard)
        self.changed.connect(self._recheck_context)

    def reset(self, state: FlowState) -> None:
        """Work on another dossier from now on (the window rebuilds its pages)."""
        self._timer.stop()
        self.pool.waitForDone(30000)
        self._running.clear()
        self._inspected.clear()
        self._dossier_generation += 1  # results still queued for the old dossier are dropped
        self.state = state
        self.wizard = Wizard.resume(state, on_change=lambda _s: self.schedule_save())

    # ----- saving -------------------------------------------------------------------
    def schedule_save(self) -> None:
        self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        if self.saver is not None:
            done = self.saver(self.state)
            if done is not None:
                self.saved.emit(str(done))
            return
        try:
            path = store.save(self.state)
        except OSError as exc:  # a full or read-only disk: the answers stay in the window
            self.save_failed.emit(save_error_text(exc))
            return
        if path is not None:
            self.saved.emit(str(path))

    def shutdown(self, wait_ms: int = 30000) -> None:
        """The window closes: background inspections stop and finish, timers stop,
        and what they would still report reaches no widget (the window may be
        gone by the time a queued result is delivered)."""
        for op in self._running:
            op.cancel.set()
        self.wait_inspections(wait_ms)
        self._timer.stop()
        self._clip_timer.stop()
        self.blockSignals(True)

    def log(self, action: str, what: str = "") -> None:
        """Record what was generated (volunteer mode: the vault's encrypted log)."""
        if self.on_action is not None:
            self.on_action(action, what)

    # ----- identifiers on the clipboard ---------------------------------------------------
    @property
    def clipboard_guard(self) -> ClipboardGuard:
        """``ClipboardGuard`` (desktop.services.vault) with the policy's delay (made on first use:
        the vault's imports stay off the first page's path)."""
        if self._guard is None:
            from desktop.services.vault import ClipboardGuard, Mode, policy

            self._guard = ClipboardGuard(policy(Mode.PERSONAL).clipboard_clear_seconds)
        return self._guard

    @clipboard_guard.setter
    def clipboard_guard(self, guard: ClipboardGuard) -> None:
        self._guard = guard

    def copy_identifier(self, text: str) -> None:
        """Copy a numéro étranger or an e-photo code; cleared after the policy's delay
        unless the person copied something else meanwhile."""
        if not text:
            return
        QApplication.clipboard().setText(text)
        self.clipboard_guard.copied(text)
        self._clip_timer.start()

    def poll_clipboard(self, force: bool = False) -> None:
        if self._guard is None:
            return
        board = QApplication.clipboard()
        if self.clipboard_guard.poll(board.text(), force=force):
            board.clear()
        if not self.clipboard_guard.pending:
            self._clip_timer.stop()

    def _recheck_context(self) -> None:
        """A finding that depends on the dossier's dates as well as on the file (the
        CER copy: the signature date stated, the filing day) is made again when
        they change."""
        if not self._inspected:
            return
        from desktop.services.checking import finding_context

        dossier, today = self.state.dossier, self.today
        stale = [
            rel
            for rel, (_mtime, context) in self._inspected.items()
            if context and context != finding_context(dossier, rel, today)
        ]
        if stale:
            self.inspect_soon(stale)

    def touch(self) -> None:
        """Something changed in the dossier: save soon, refresh pages."""
        self.schedule_save()
        self.changed.emit()

    # ----- files -----------------------------------------------------------------------
    def attach(self, piece_id: str, paths: Iterable[str | Path]) -> list[str]:
        from desktop import services

        added = [services.attach_file(self.state.dossier, piece_id, p) for p in paths]
        from desktop.ui import thumbs  # pictures' thumbnails read off the GUI thread

        thumbs.prefetch([self.state.dossier.resolve(r) for r in added], self.changed)
        self.touch()
        self.inspect_soon(added)
        return added

    def detach(self, piece_id: str, rel: str) -> None:
        from desktop import services

        services.detach_file(self.state.dossier, piece_id, rel)
        self.state.findings.pop(rel, None)
        self.touch()

    def replace(self, piece_id: str, rel: str, source: str | Path) -> str:
        from desktop import services

        new = services.replace_file(self.state.dossier, piece_id, rel, source)
        self.state.findings.pop(rel, None)
        self.touch()
        self.inspect_soon([new])
        return new

    def keep_for_undo(self, piece_id: str, rel: str, whole_file: bool = True) -> Removed | None:
        """What « Annuler » needs to put ``rel`` back as it is now (None: unreadable)."""
        from desktop.errors import UserError
        from desktop.services.files import file_bytes

        dossier = self.state.dossier
        files = dossier.piece(piece_id).files
        try:
            data = file_bytes(dossier, rel)
        except (UserError, OSError):
            return None
        original = dossier.original_name(rel)
        return Removed(piece_id, rel, data, original, files.index(rel), whole_file)

    def put_back(self, removed: Removed) -> None:
        """Undo a removal (a file or a page): the copy as it was, at its place."""
        from desktop.services.files import put_back

        put_back(
            self.state.dossier,
            removed.piece_id,
            removed.rel,
            removed.data,
            removed.original,
            removed.index,
            whole_file=removed.whole_file,
        )
        self.file_changed(removed.rel)

    def move_page(self, rel: str, index: int, to: int) -> None:
        from desktop.services.files import move_page

        move_page(self.state.dossier, rel, index, to)
        self.file_changed(rel)

    def move_file(self, piece_id: str, rel: str, index: int) -> None:
        self.state.dossier.move_file(piece_id, rel, index)
        self.touch()

    def set_piece_date(self, piece_id: str, name: str, value: dt.date | None) -> None:
        from desktop import services

        services.set_piece_date(self.state.dossier, piece_id, name, value)
        self.touch()

    def save_signature(self, png: bytes) -> None:
        """Keep the signature drawn on the pad with the dossier."""
        from desktop import services

        services.save_signature(self.state.dossier, png)
        self.touch()

    def record_attempt(self, message: str, screenshot_png: bytes | None) -> None:
        """A failed appointment booking, with its screenshot (the letter's annex)."""
        from desktop import services

        services.record_attempt(self.state.dossier, self.clock.now(), message, screenshot_png)
        self.touch()

    def rotate(self, rel: str, page: int | None) -> None:
        from desktop import services

        services.rotate_file(self.state.dossier, rel, 90, page)
        self.file_changed(rel)

    def unlock(self, rel: str, password: str) -> None:
        """An unprotected copy of a password-protected PDF (UserError: wrong password)."""
        from desktop import services

        services.unlock_pdf(self.state.dossier, rel, password)
        self.file_changed(rel)

    def remove_page(self, rel: str, page: int) -> None:
        from desktop import services

        services.remove_page(self.state.dossier, rel, page)
        self.file_changed(rel)

    def file_changed(self, rel: str) -> None:
        self.state.findings.pop(rel, None)
        self._inspected.pop(rel, None)
        from desktop.ui import thumbs

        thumbs.forget(self.state.dossier.resolve(rel))
        self.touch()
        self.inspect_soon([rel])

    def all_files(self) -> list[str]:
        from desktop import services

        return services.all_files(self.state.dossier)

    def inspect_soon(self, rels: Iterable[str] | None = None) -> None:
        """Inspect files not inspected yet (or changed), in the background."""
        from desktop.services.checking import finding_context, inspect_dossier_file

        today = self.today
        todo: list[tuple[str, Path]] = []
        for rel in rels if rels is not None else self.all_files():
            path = self.state.dossier.resolve(rel)
            if not path.is_file():
                continue
            key = (path.stat().st_mtime, finding_context(self.state.dossier, rel, today))
            if self._inspected.get(rel) == key and rel in self.state.findings:
                continue
            self._inspected[rel] = key
            todo.append((rel, path))
        if not todo:
            return
        dossier = self.state.dossier.snapshot()  # the person may go on editing meanwhile

        def work(progress: Progress, cancel: threading.Event) -> dict[str, FileFinding]:
            out: dict[str, FileFinding] = {}
            for rel, _path in todo:
                if cancel.is_set():
                    break
                try:
                    found = inspect_dossier_file(dossier, rel, today)
                except Exception:  # one odd file must not cost the others their verdict
                    continue
                if found is not None:
                    out[rel] = found
            return out

        op = Operation(work)
        generation = self._dossier_generation
        op.signals.finished.connect(lambda found: self._inspected_done(found, generation))
        self._running.add(op)
        op.signals.finished.connect(lambda _r, op=op: self._running.discard(op))
        op.signals.failed.connect(lambda _e, op=op: self._running.discard(op))
        op.start(self.pool)

    def _inspected_done(self, found: dict[str, FileFinding], generation: int) -> None:
        if generation != self._dossier_generation:
            return  # inspected for the dossier open before (a volunteer changed case)
        self.state.findings.update(found)
        self.findings_changed.emit()

    def wait_inspections(self, ms: int = 30000) -> bool:
        return self.pool.waitForDone(ms)

    # ----- judging ------------------------------------------------------------------------
    def verdict(self) -> Verdict | None:
        """The one verdict of the dossier as it is now (``FlowState.verdict``: the
        rules run once per change, whichever page asks first)."""
        return self.state.verdict()

    def findings(self) -> dict[str, FileFinding]:
        """What was found in each file so far (a build reuses it)."""
        return dict(self.state.findings)

    @property
    def today(self) -> dt.date:
        return self.clock.today()
