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
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.clock import Clock
from desktop.flow import FlowState, Wizard, store
from desktop.ui.operations import Operation, Progress, lower_thread_priority
from desktop.ui.qt import QApplication, QObject, QThreadPool, QTimer, Signal

AUTOSAVE_MS = 400
CLIPBOARD_POLL_MS = 1000
#: Files added in a batch (a drop, the file dialog) are copied off the GUI thread and
#: listed in groups: the files copied so far, at most this often (each listing
#: redraws the page once).
ADD_LIST_MS = 150
#: The sweep of copies a crash left in the documents folder waits this long after the
#: dossier opens: the first page shows first (loading the services is not its budget).
SWEEP_DELAY_MS = 300

# ``desktop.services`` (and through it the catalog and the rules) is imported where a
# file is attached or edited: the first page shows without it.
if TYPE_CHECKING:
    from desktop.core.rules import FileFinding, Verdict
    from desktop.services.files import Staged
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


@dataclass
class Adding:
    """Files of one piece being added in the background: how many are still to come,
    and those that could not be added (their name and why, in the person's language)."""

    pending: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


class _Poke(QObject):
    """A worker thread's "something arrived" (queued to the GUI thread)."""

    arrived = Signal()


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
    thumbs_ready = Signal()  # pictures' thumbnails read (the cards redraw their pages only)
    adding_changed = Signal(str)  # a piece's files being added: started, listed, done
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
        self._timer.timeout.connect(self._autosave)
        self._inspected: dict[str, tuple[float, tuple[object, ...]]] = {}
        # The key (mtime, context) each finding in ``state.findings`` was made for.
        self._made_for: dict[str, tuple[float, tuple[object, ...]]] = {}
        self._running: set[Operation] = set()
        self._dossier_generation = 0
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._guard: ClipboardGuard | None = None
        self._clip_timer = QTimer(self)
        self._clip_timer.setInterval(CLIPBOARD_POLL_MS)
        self._clip_timer.timeout.connect(self.poll_clipboard)
        self.changed.connect(self._recheck_context)
        # Files being added (``add_files``): copied by one worker thread, in order.
        self._adder: ThreadPoolExecutor | None = None
        self._add_futures: list[Future[None]] = []
        self._add_cancel = threading.Event()
        self._add_lock = threading.Lock()
        self._arrived: list[tuple[int, str, Staged | None, str, str]] = []
        self._staged: list[Staged] = []  # copied, to be listed at the next _list_staged
        self.adding: dict[str, Adding] = {}
        self._poke = _Poke(self)
        # (emitted by the worker: queued to the GUI thread by Qt's automatic connection;
        # naming a Qt enum here would build them all before the first page)
        self._poke.arrived.connect(self._take_arrived)
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(ADD_LIST_MS)
        self._list_timer.timeout.connect(self._list_staged)
        QTimer.singleShot(SWEEP_DELAY_MS, self, self._sweep_staged)

    def reset(self, state: FlowState) -> None:
        """Work on another dossier from now on (the window rebuilds its pages)."""
        self._timer.stop()
        self.stop_adding()  # (the window's commit_current listed them in the old one)
        self.pool.waitForDone(30000)
        self._running.clear()
        self._inspected.clear()
        self._made_for.clear()
        self._dossier_generation += 1  # results still queued for the old dossier are dropped
        self.state = state
        self.wizard = Wizard.resume(state, on_change=lambda _s: self.schedule_save())
        QTimer.singleShot(SWEEP_DELAY_MS, self, self._sweep_staged)

    # ----- saving -------------------------------------------------------------------
    def schedule_save(self) -> None:
        self._timer.start()

    def _autosave(self) -> None:
        self.save_now(finish_adding=False)

    def save_now(self, finish_adding: bool = True) -> None:
        """Save the dossier now. Files still being added are listed first (the window
        closes, a build starts, the dossier is exported: nothing dropped is lost);
        the autosave does not wait for them."""
        self._timer.stop()
        if finish_adding:
            self.finish_adding()
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
        self.stop_adding()
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
        """A finding that depends on the dossier as well as on the file (the CER copy:
        the signature date stated, the filing day; a photo: the person's choice, its
        piece) is made again when that changes."""
        if not self._inspected:
            return
        from desktop.services.checking import finding_context

        dossier, today = self.state.dossier, self.today
        stale = [
            rel
            for rel, (_mtime, context) in self._inspected.items()
            if context != finding_context(dossier, rel, today)
        ]
        if stale:
            self.inspect_soon(stale)

    def touch(self) -> None:
        """Something changed in the dossier: save soon, refresh pages."""
        self.schedule_save()
        self.changed.emit()

    # ----- files -----------------------------------------------------------------------
    def attach(self, piece_id: str, paths: Iterable[str | Path]) -> list[str]:
        """Add files to a piece now (one file the person picked, a letter just made)."""
        from desktop import services

        added = [services.attach_file(self.state.dossier, piece_id, p) for p in paths]
        self._added(added)
        return added

    def _added(self, added: list[str]) -> None:
        from desktop.ui import thumbs  # pictures' thumbnails read off the GUI thread

        thumbs.prefetch([self.state.dossier.resolve(r) for r in added], self.thumbs_ready)
        self.touch()
        self.inspect_soon(added)

    # ----- files added in the background (a drop, the file dialog) -----------------------------
    def add_files(self, piece_id: str, paths: Iterable[str | Path]) -> None:
        """Add files to a piece without freezing the window: they are copied into the
        dossier's folder (and fsynced) by a worker thread, in the order given, and
        listed on the GUI thread as they arrive (``adding`` says how many are to come;
        ``adding_changed`` tells the card). A file that cannot be added (missing, too
        large, not a regular file) is named in ``adding[piece_id].failed``; the others
        are added. ``finish_adding`` waits for them all."""
        from desktop.errors import UserError
        from desktop.services.files import stage_file

        todo = [Path(p) for p in paths]
        if not todo:
            return
        entry = self.adding.setdefault(piece_id, Adding())
        entry.pending += len(todo)
        entry.failed.clear()
        dossier, generation, lang = self.state.dossier, self._dossier_generation, self.state.lang
        cancel, lock, arrived, poke = (
            self._add_cancel,
            self._add_lock,
            self._arrived,
            self._poke.arrived,
        )

        def work() -> None:
            lower_thread_priority()
            for src in todo:
                staged, why = None, ""
                if not cancel.is_set():
                    try:
                        staged = stage_file(dossier, piece_id, src)
                    except UserError as exc:
                        why = exc.message(lang)
                    except OSError as exc:
                        why = exc.strerror or type(exc).__name__
                    except Exception as exc:  # one odd file must not stop the others
                        why = type(exc).__name__
                with lock:
                    arrived.append((generation, piece_id, staged, src.name, why))
                poke.emit()

        if self._adder is None:
            self._adder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="add-files")
        self._add_futures = [f for f in self._add_futures if not f.done()]
        self._add_futures.append(self._adder.submit(work))
        self.adding_changed.emit(piece_id)

    def is_adding(self, piece_id: str | None = None) -> bool:
        """Files still being added (to ``piece_id``, or to any piece)."""
        entries = [self.adding.get(piece_id)] if piece_id else list(self.adding.values())
        return any(e is not None and e.pending > 0 for e in entries)

    def _take_arrived(self) -> None:
        """What the worker copied (or could not): kept to be listed, at most every
        ``ADD_LIST_MS``; at once when nothing more is coming."""
        from desktop.services.files import discard_staged

        with self._add_lock:
            arrived, self._arrived[:] = list(self._arrived), []
        if not arrived:
            return
        touched: set[str] = set()
        for generation, piece_id, staged, name, why in arrived:
            if generation != self._dossier_generation:
                if staged is not None:
                    discard_staged(staged)  # copied for the dossier open before
                continue
            entry = self.adding.setdefault(piece_id, Adding())
            entry.pending = max(0, entry.pending - 1)
            if staged is not None:
                self._staged.append(staged)
            elif why:  # (none: not copied because adding stopped)
                entry.failed.append((name, why))
            touched.add(piece_id)
        if not self.is_adding():
            self._list_staged()
        elif self._staged and not self._list_timer.isActive():
            self._list_timer.start()
        for piece_id in sorted(touched):
            self.adding_changed.emit(piece_id)

    def _list_staged(self) -> None:
        """List the copies that arrived under their pieces: one fsync of the folder,
        one redraw of the page, one inspection for them all."""
        from desktop.errors import UserError
        from desktop.services.files import commit_staged, discard_staged, sync_documents

        self._list_timer.stop()
        staged, self._staged = self._staged, []
        if not staged:
            return
        dossier = self.state.dossier
        added: list[str] = []
        failed: set[str] = set()
        try:
            for st in staged:
                try:
                    added.append(commit_staged(dossier, st, sync_dir=False))
                except (UserError, OSError) as exc:
                    why = exc.message(self.state.lang) if isinstance(exc, UserError) else str(exc)
                    self.adding.setdefault(st.piece_id, Adding()).failed.append((st.original, why))
                    failed.add(st.piece_id)
        finally:
            for st in staged:  # after an unexpected error, the copies not listed go
                discard_staged(st)  # (a listed one was renamed: nothing to remove)
            if added:
                sync_documents(dossier)
                self._added(added)
            for piece_id in sorted(failed):
                self.adding_changed.emit(piece_id)

    def finish_adding(self, timeout: float = 120.0) -> None:
        """Wait for the files being added and list them (the window closes, the dossier
        is saved on purpose, built or exported)."""
        if not self._add_futures:
            return
        wait_futures(self._add_futures, timeout=timeout)
        self._add_futures = [f for f in self._add_futures if not f.done()]
        self._take_arrived()
        self._list_staged()

    def stop_adding(self) -> None:
        """Stop adding: what is being copied stops, copies not listed are removed (a
        shared computer keeps nothing of them)."""
        from desktop.services.files import discard_staged

        self._add_cancel.set()
        wait_futures(self._add_futures, timeout=60)
        self._add_futures = []
        self._list_timer.stop()
        with self._add_lock:
            arrived, self._arrived[:] = list(self._arrived), []
        for st in [*self._staged, *(a[2] for a in arrived if a[2] is not None)]:
            discard_staged(st)
        self._staged = []
        pieces = [p for p, e in self.adding.items() if e.pending]
        self.adding.clear()
        self._add_cancel = threading.Event()
        for piece_id in pieces:
            self.adding_changed.emit(piece_id)

    def _sweep_staged(self) -> None:
        """Copies a crash left in the documents folder midway (never listed) go."""
        if self.state.dossier.path is None:
            return  # a dossier in memory (the welcome page's): no folder of its own
        from desktop.services.files import sweep_staged

        try:
            sweep_staged(self.state.dossier)
        except (OSError, ValueError):
            pass

    def detach(self, piece_id: str, rel: str) -> None:
        from desktop import services

        services.detach_file(self.state.dossier, piece_id, rel)
        self.state.findings.pop(rel, None)
        self._inspected.pop(rel, None)
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
        keys: dict[str, tuple[float, tuple[object, ...]]] = {}
        for rel in rels if rels is not None else self.all_files():
            path = self.state.dossier.resolve(rel)
            if not path.is_file():
                continue
            key = (path.stat().st_mtime, finding_context(self.state.dossier, rel, today))
            if self._inspected.get(rel) == key and rel in self.state.findings:
                continue
            self._inspected[rel] = key
            todo.append((rel, path))
            keys[rel] = key
        if not todo:
            return
        dossier = self.state.dossier.snapshot()  # the person may go on editing meanwhile

        def work(progress: Progress, cancel: threading.Event) -> dict[str, FileFinding]:
            lower_thread_priority()
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
        op.signals.finished.connect(lambda found: self._inspected_done(found, generation, keys))
        self._running.add(op)
        op.signals.finished.connect(lambda _r, op=op: self._running.discard(op))
        op.signals.failed.connect(lambda _e, op=op: self._running.discard(op))
        op.start(self.pool)

    def _inspected_done(
        self,
        found: dict[str, FileFinding],
        generation: int,
        keys: dict[str, tuple[float, tuple[object, ...]]],
    ) -> None:
        if generation != self._dossier_generation:
            return  # inspected for the dossier open before (a volunteer changed case)
        self.state.findings.update(found)
        self._made_for.update((rel, keys[rel]) for rel in found)
        self.findings_changed.emit()

    def wait_inspections(self, ms: int = 30000) -> bool:
        return self.pool.waitForDone(ms)

    # ----- judging ------------------------------------------------------------------------
    def verdict(self) -> Verdict | None:
        """The one verdict of the dossier as it is now (``FlowState.verdict``: the
        rules run once per change, whichever page asks first)."""
        return self.state.verdict()

    def findings(self) -> dict[str, FileFinding]:
        """What was found in each file so far and still holds (a build reuses it): a
        finding whose file or context changed since (a choice of corners, another
        piece, the CER's date) is left out until it is made again, so a build started
        meanwhile reads that file itself. The page keeps showing it until then."""
        from desktop.services.checking import finding_context

        dossier, today = self.state.dossier, self.today
        fresh = {}
        for rel, found in self.state.findings.items():
            key = self._made_for.get(rel)
            path = dossier.resolve(rel)
            try:
                current = (path.stat().st_mtime, finding_context(dossier, rel, today))
            except OSError:
                continue
            if key == current:
                fresh[rel] = found
        return fresh

    @property
    def today(self) -> dt.date:
        return self.clock.today()
