"""The volunteer's append-only log: what was generated for which dossier, and when.

Decision: every record is encrypted (AES-256-GCM, store key) and holds only
the dossier id, an action, the kind of document and a timestamp, never a
name and never document content.  Even without names, "dossier 17 got an
asylum-related letter on Tuesday at 10:02" tells who came when to anyone who
also saw the waiting room; encryption costs microseconds per record.  Names
are joined from the (encrypted) case list when the log is shown, so deleting
a dossier leaves only a pseudonymous trace.

Append-only and tamper-evident: one base64 line per record, written with
O_APPEND and fsynced; each record's associated data names its sequence number
and the SHA-256 of the previous line, so removing, reordering or editing a
line breaks the chain at that point.  A line torn by a crash (no final newline)
is cut off before the next append.

Truncation: the chain alone cannot tell a log cut after entry N from one that
ended there, so a sealed ``head`` file beside it records the number of records
and the hash of the last one, replaced atomically after each append. A log
shorter than its head, or whose record N differs from the head's, was
truncated (``LogReading.truncated``); the head keeps saying so after later
appends (``lost``), so appending cannot hide it.

Rollback (with ``store.py``): each index generation records the log's count and
last hash when it was written (``state``), and the head records the newest index
generation written (``mark_generation``), so neither can go back alone unsaid.
The store opens on an index older than the head's generation only by saying so;
a log shorter than what the open index recorded (log and head deleted, or older
copies put back) reads as truncated (``floor``).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import atomic_write, fsync_dir, make_private_dir
from .crypto import ROLE_LOG, DecryptError, open_sealed, seal

if TYPE_CHECKING:
    from desktop.core.clock import Clock

LOG_VERSION = 1
_GENESIS = "0" * 64


@dataclass(frozen=True)
class LogEntry:
    seq: int
    at: str
    dossier: str
    action: str
    what: str

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "dossier": self.dossier,
            "action": self.action,
            "what": self.what,
        }


@dataclass(frozen=True)
class LogReading:
    entries: list[LogEntry]
    intact: bool  # False when a line does not verify (tampering or damage)
    torn_tail: bool  # a crash cut the last line
    truncated: bool = False  # records the head counted are gone (or the head is damaged)
    expected: int = 0  # how many records the head counted


class ActionLog:
    def __init__(
        self,
        path: Path,
        key: bytes,
        store_id: str,
        clock: Clock | None = None,
        floor: Mapping[str, Any] | None = None,
    ) -> None:
        """``floor``: the log's ``{"count", "last"}`` as the open index generation
        recorded it; a log holding less was truncated (None: the index recorded none)."""
        self.path = path
        self._key = key
        self._store = store_id
        self._clock = clock
        self._floor = _floor_of(floor)

    def _ctx(self, seq: int, prev: str) -> bytes:
        return f"dossier-sejour-log|{self._store}|{seq}|{prev}".encode()

    def _lines(self) -> tuple[list[bytes], bool, int]:
        """Complete lines, whether a torn tail exists, and the length of the good part."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return [], False, 0
        good = data.rfind(b"\n") + 1
        return data[:good].splitlines(), good != len(data), good

    @property
    def head_path(self) -> Path:
        return self.path.with_name("head")

    def _head_ctx(self) -> bytes:
        return f"dossier-sejour-log-head|{self._store}".encode()

    def _head(self) -> dict[str, Any] | None:
        """``{"count", "last", "lost"}`` of the head file; None when there is none
        (a log written before heads existed); ``{"damaged": True}`` when it does not open."""
        try:
            data = self.head_path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            return {"damaged": True}
        try:
            _, plain = open_sealed(self._key, data, role=ROLE_LOG, context=self._head_ctx())
            head = json.loads(plain.decode("utf-8"))
            if isinstance(head, dict) and isinstance(head.get("count"), int):
                return head
        except (ValueError, DecryptError):
            pass
        return {"damaged": True}

    def _cut(self, lines: list[bytes], head: dict[str, Any] | None) -> bool:
        """Whether ``lines`` lost records ``head`` (or the open index) counted."""
        if self._floor is not None and _short(lines, *self._floor):
            return True
        if head is None:
            return False
        if head.get("damaged") or head.get("lost"):
            return True
        return _short(lines, int(head["count"]), str(head.get("last", "")))

    def _expected(self, head: dict[str, Any] | None) -> int:
        counted = int(head.get("count", 0)) if head and not head.get("damaged") else 0
        return max(counted, self._floor[0] if self._floor else 0)

    def read(self) -> LogReading:
        lines, torn, _ = self._lines()
        head = self._head()
        truncated = self._cut(lines, head)
        expected = self._expected(head)
        entries: list[LogEntry] = []
        prev = _GENESIS
        for seq, line in enumerate(lines):
            try:
                _, plain = open_sealed(
                    self._key, base64.b64decode(line), role=ROLE_LOG, context=self._ctx(seq, prev)
                )
                record = json.loads(plain.decode("utf-8"))
            except (ValueError, DecryptError):
                return LogReading(entries, False, torn, truncated, expected)
            entries.append(
                LogEntry(seq, record["at"], record["dossier"], record["action"], record["what"])
            )
            prev = hashlib.sha256(line).hexdigest()
        return LogReading(entries, True, torn, truncated, expected)

    def __iter__(self) -> Iterator[LogEntry]:
        return iter(self.read().entries)

    def append(self, dossier: str, action: str, what: str = "") -> LogEntry:
        """Add one record, durably.  ``what`` is a document kind, never content or a name."""
        lines, torn, good = self._lines()
        previous = self._head()
        lost = self._cut(lines, previous)
        if torn:
            os.truncate(self.path, good)
        seq = len(lines)
        prev = hashlib.sha256(lines[-1]).hexdigest() if lines else _GENESIS
        moment = self._clock.now() if self._clock is not None else dt.datetime.now()
        record = {
            "at": moment.replace(microsecond=0).isoformat(),
            "dossier": dossier,
            "action": action,
            "what": what,
        }
        sealed = seal(
            self._key,
            json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8"),
            version=LOG_VERSION,
            role=ROLE_LOG,
            context=self._ctx(seq, prev),
        )
        new = not self.path.exists()
        if new:
            make_private_dir(self.path.parent)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, base64.b64encode(sealed) + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)
        if new:
            fsync_dir(self.path.parent)
        line = base64.b64encode(sealed)
        head = {"count": seq + 1, "last": hashlib.sha256(line).hexdigest(), "lost": lost}
        if previous and isinstance(previous.get("generation"), int):
            head["generation"] = previous["generation"]  # the index's cross-record stays
        self._write_head(head)
        return LogEntry(seq, record["at"], dossier, action, what)

    def _write_head(self, head: Mapping[str, Any], *, sync_dir: bool = True) -> None:
        sealed_head = seal(
            self._key,
            json.dumps(dict(head), sort_keys=True).encode("utf-8"),
            version=LOG_VERSION,
            role=ROLE_LOG,
            context=self._head_ctx(),
        )
        atomic_write(self.head_path, sealed_head, sync_dir=sync_dir)

    # ------------------------------------------------------------ cross-records with the index

    def written_generation(self) -> int | None:
        """The newest index generation the head says was written; None when it says
        none (a head from before these records, no head, or a damaged one)."""
        head = self._head()
        generation = head.get("generation") if head else None
        return generation if isinstance(generation, int) else None

    def state(self) -> dict[str, Any]:
        """``{"count", "last", "lost"}``: the log as its head counts it (its lines when
        there is no sound head), for an index generation to record at save time."""
        head = self._head()
        if head is not None and not head.get("damaged"):
            count, last = int(head["count"]), str(head.get("last", _GENESIS))
            lost = bool(head.get("lost")) or (self._floor is not None and count < self._floor[0])
            return {"count": count, "last": last, "lost": lost}
        lines, _, _ = self._lines()
        last = hashlib.sha256(lines[-1]).hexdigest() if lines else _GENESIS
        return {"count": len(lines), "last": last, "lost": self._cut(lines, head)}

    def mark_generation(self, generation: int, state: Mapping[str, Any]) -> None:
        """Record in the head that index ``generation`` (which recorded ``state``) is
        written; call once that index is durable, so a crash between the two leaves
        the head behind the index, never ahead of it. The folder is not synced: a
        power cut may undo the rename, which leaves the head behind too (no alarm)."""
        head = {
            "count": int(state["count"]),
            "last": str(state["last"]),
            "lost": bool(state["lost"]),
            "generation": generation,
        }
        self._write_head(head, sync_dir=False)


def _floor_of(floor: Mapping[str, Any] | None) -> tuple[int, str] | None:
    if not floor or not isinstance(floor.get("count"), int):
        return None
    return int(floor["count"]), str(floor.get("last", ""))


def _short(lines: list[bytes], count: int, last: str) -> bool:
    """Whether ``lines`` no longer hold ``count`` records ending with the hash ``last``."""
    if count > len(lines):
        return True
    return count > 0 and hashlib.sha256(lines[count - 1]).hexdigest() != last
