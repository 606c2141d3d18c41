"""The dossier file: a human-writable TOML describing the applicant, the
situation and which files are which piece (paths relative to the file).

The model keeps the raw TOML tree, so keys this version does not know survive a
load/save round trip, and exposes typed views of the sections the product uses.
``schema_version`` lets files written today open after the format grows:
``migrate`` upgrades older trees step by step.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import os
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.errors import UserError

if TYPE_CHECKING:  # built on request: not defined at start-up
    from desktop.core.records import Address, Attempt, Person, PieceEntry

SCHEMA_VERSION = 1
ADDRESS_KINDS = ("own", "hosted", "hotel", "domiciliation")
MARITAL_STATUSES = ("single", "married", "pacs", "divorced", "widowed")
#: Sections that are tables when present (``[applicant]``…); anything else there is a mistake.
TABLE_SECTIONS = (
    "applicant",
    "host",
    "address",
    "current_permit",
    "ephoto",
    "cer",
    "pieces",
    "missing",
    "appointment",
    "letters",
    "anef",
    "ui",
    "facts",
)
#: Dates a dossier can sensibly hold (birth dates to far expiries). Outside, a typo
#: such as 9999-12-31 would make date arithmetic overflow.
MIN_YEAR, MAX_YEAR = 1900, 2199
_SHOWN_MAX = 80  # characters of a wrong value quoted back in a message


def _shown(value: Any) -> str:
    """A wrong value as a message quotes it: short, one line."""
    text = "".join(c if c.isprintable() else " " for c in str(value))
    return text if len(text) <= _SHOWN_MAX else text[: _SHOWN_MAX - 1] + "…"


def _in_range(day: dt.date, where: str, value: Any) -> dt.date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise UserError(
            "dossier.date_out_of_range",
            field=where,
            value=_shown(value),
            min=MIN_YEAR,
            max=MAX_YEAR,
        )
    return day


def read_date(value: Any, where: str) -> dt.date | None:
    """A date from the dossier (TOML date, ISO or DD/MM/YYYY text) or None when empty;
    a clear UserError naming ``where`` otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return _in_range(value.date(), where, value)
    if isinstance(value, dt.date):
        return _in_range(value, where, value)
    if isinstance(value, str):
        try:
            from desktop.core.clock import parse_date

            day = parse_date(value)
        except (ValueError, TypeError):
            pass
        else:
            return _in_range(day, where, value)
    raise UserError("dossier.bad_date", field=where, value=_shown(value))


def _datetime(value: Any, where: str) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        _in_range(value.date(), where, value)
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        _in_range(value, where, value)
        return dt.datetime.combine(value, dt.time(0, 0))
    if isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value).replace(tzinfo=None)
        except ValueError:
            pass
        else:
            _in_range(moment.date(), where, value)
            return moment
    raise UserError("dossier.bad_date", field=where, value=_shown(value))


def _str(table: Mapping[str, Any], key: str, where: str | None = None) -> str:
    """A text field. Numbers are fine (``postcode = 75002``); a table, a list, a
    true/false or a date where text is expected is a mistake the person is told about."""
    value = table.get(key, "")
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise UserError("dossier.not_text", field=where or key, value=_shown(value))


def _bool(table: Mapping[str, Any], key: str, default: bool, where: str) -> bool:
    value = table.get(key, default)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    raise UserError("dossier.not_bool", field=where, value=_shown(value))


def _table(node: Any, where: str) -> dict[str, Any]:
    """A section that must be a table (absent: empty)."""
    if node is None:
        return {}
    if not isinstance(node, dict):
        raise UserError("dossier.bad_table", section=where, value=_shown(node))
    return node


def _file_entry(value: Any, piece_id: str) -> str:
    """One path of ``pieces.<id>.files``: non-empty text, no NUL, no absurd length."""
    if (
        not isinstance(value, str)
        or not value.strip()
        or "\x00" in value
        or any(len(part.encode("utf-8", "surrogatepass")) > 255 for part in value.split("/"))
    ):
        raise UserError("dossier.bad_file_entry", piece=piece_id, value=_shown(value))
    return value


@dataclass
class Dossier:
    """A loaded dossier. ``data`` is the raw TOML tree (the source of truth)."""

    data: dict[str, Any]
    path: Path | None = None
    #: Bumped by every change made through this class (``set``, ``add_file``…), so
    #: that a verdict computed for one revision is reused until the next change.
    #: Code that edits ``data`` directly calls ``touch``.
    revision: int = field(default=0, compare=False, repr=False)

    def touch(self) -> None:
        self.revision += 1

    def snapshot(self) -> Dossier:
        """A copy to read on another thread while this one goes on changing."""
        return Dossier(copy.deepcopy(self.data), self.path)

    # ----- loading / saving -------------------------------------------------
    @classmethod
    def new(cls, situation: str = "") -> Dossier:
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        if situation:
            data["situation"] = situation
        return cls(data=data)

    @classmethod
    def from_toml_text(
        cls, text: str, path: Path | None = None, *, salvage: bool = False
    ) -> Dossier:
        """Parse and validate. ``salvage``: a value validation refuses is set aside
        (``desktop.core.salvage``) instead of refusing the whole dossier, so the
        wizard opens it on the field to fix."""
        import tomllib  # here: a new dossier (the GUI's first page) parses nothing

        try:  # a byte-order mark some Windows editors write first is not TOML
            data = tomllib.loads(text.removeprefix("\ufeff"))
        except tomllib.TOMLDecodeError as exc:
            raise UserError(
                "dossier.bad_toml", file=str(path.name if path else "?"), detail=str(exc)
            ) from None
        dossier = cls(data=migrate(data), path=path)
        if salvage:
            from desktop.core.salvage import salvage as set_bad_values_aside

            set_bad_values_aside(dossier.data, dossier.validate)
        else:
            dossier.validate()
        return dossier

    @property
    def set_aside(self) -> dict[str, str]:
        """Values an opening set aside (field → the text it was), to type again."""
        from desktop.core.salvage import set_aside

        return set_aside(self.data)

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, salvage: bool = False) -> Dossier:
        p = Path(path)
        status = file_status(p)
        if status == "missing":
            raise UserError("cli.file_not_found", file=str(p))
        if status != "file":
            raise UserError("cli.cannot_open", file=p.name or str(p))
        try:
            text = p.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raise UserError("dossier.not_utf8", file=p.name) from None
        except OSError:
            raise UserError("cli.cannot_open", file=p.name or str(p)) from None
        return cls.from_toml_text(text, p.resolve(), salvage=salvage)

    def to_toml(self) -> str:
        import tomli_w

        return tomli_w.dumps(_drop_none(self.data))

    def save(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Atomic save: temp file in the same folder, fsync, replace."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no path to save the dossier to")
        from desktop.core.atomic import atomic_write, fsync_dir

        payload = self.to_toml().encode("utf-8")
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, payload, sync_dir=False, tmp_prefix=TMP_PREFIX)
        fsync_dir(target.parent, best_effort=True)
        _sweep_stale_temps(target.parent)
        self.path = target.resolve()
        return self.path

    def copy(self) -> Dossier:
        return Dossier(data=copy.deepcopy(self.data), path=self.path)

    def validate(self) -> None:
        """Raise ``UserError`` (naming the field and the fix) unless every section the
        app reads has the right shape: tables, text, true/false, dates, file lists."""
        version = self.data.get("schema_version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise UserError("dossier.bad_schema_version", value=_shown(version))
        if version > SCHEMA_VERSION:
            raise UserError(
                "dossier.schema_too_new", version=str(version), supported=SCHEMA_VERSION
            )
        for section in TABLE_SECTIONS:
            _table(self.data.get(section), section)
        for key in ("situation", "prefecture", "lang"):
            _str(self.data, key)
        kind = self.address.kind
        if kind not in ADDRESS_KINDS:
            raise UserError(
                "dossier.bad_address_kind", value=_shown(kind), allowed=", ".join(ADDRESS_KINDS)
            )
        status = self.applicant.marital_status
        if status and status not in MARITAL_STATUSES:
            raise UserError(
                "dossier.bad_marital_status",
                value=_shown(status),
                allowed=", ".join(MARITAL_STATUSES),
            )
        pieces = self.data.get("pieces", {})
        for pid, entry in pieces.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("files", []), list):
                raise UserError("dossier.bad_section", section=f"pieces.{pid}")
            for f in entry.get("files", []):
                _file_entry(f, str(pid))
        for pid, entry in self.data.get("missing", {}).items():
            _table(entry, f"missing.{pid}")
        current = self.data.get("current_permit", {})
        _str(current, "lost_reason", "current_permit.lost_reason")
        _str(current, "kind", "current_permit.kind")
        applicant = self.data.get("applicant", {})
        for key in ("cer_exemption", "integration_exemption", "nationality_fr"):
            _str(applicant, key, f"applicant.{key}")
        _ = (self.ephoto_code, self.host, self.facts(dt.date(2000, 1, 1)))
        from desktop.core.routing import situation_facts  # (the GUI's first page: not yet)

        _ = (situation_facts(self), self.entered_without_visa)
        # typed views raise UserError on bad dates
        _ = (self.applicant, self.filing_date, self.ephoto_taken_on, self.cer_signed_on)
        _ = (self.current_permit_expiry, list(self.piece_entries()), self.attempts)

    # ----- generic access ----------------------------------------------------
    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def date(self, dotted: str) -> dt.date | None:
        """The date at ``dotted`` (see ``read_date``)."""
        return read_date(self.get(dotted), dotted)

    def set(self, dotted: str, value: Any) -> None:
        self.revision += 1
        parts = dotted.split(".")
        node = self.data
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        if value is None or value == "":
            node.pop(parts[-1], None)
        else:
            node[parts[-1]] = value

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def resolve(self, relative: str) -> Path:
        p = Path(relative)
        return p if p.is_absolute() else (self.base_dir / p)

    # ----- typed views ------------------------------------------------------
    @property
    def situation_id(self) -> str:
        return _str(self.data, "situation").strip()

    @property
    def prefecture(self) -> str:
        return _str(self.data, "prefecture")

    @property
    def lang(self) -> str:
        return _str(self.data, "lang")

    @property
    def filing_date(self) -> dt.date | None:
        return read_date(self.data.get("filing_date"), "filing_date")

    def _person(self, section: str) -> Person:
        from desktop.core.records import Person

        a = _table(self.data.get(section), section)

        def text(key: str) -> str:
            return _str(a, key, f"{section}.{key}")

        return Person(
            surname=text("surname"),
            given_names=text("given_names"),
            surname_native=text("surname_native"),
            given_names_native=text("given_names_native"),
            sex=text("sex"),
            birth_date=read_date(a.get("birth_date"), f"{section}.birth_date"),
            birth_place=text("birth_place"),
            nationality=text("nationality").upper(),
            numero_etranger=text("numero_etranger"),
            email=text("email"),
            phone=text("phone"),
            marital_status=text("marital_status"),
        )

    @property
    def applicant(self) -> Person:
        return self._person("applicant")

    @property
    def host(self) -> Person:
        return self._person("host")

    @property
    def address(self) -> Address:
        from desktop.core.records import Address

        a = _table(self.data.get("address"), "address")
        return Address(
            kind=_str(a, "kind", "address.kind") or "own",
            line1=_str(a, "line1", "address.line1"),
            line2=_str(a, "line2", "address.line2"),
            postcode=_str(a, "postcode", "address.postcode"),
            city=_str(a, "city", "address.city"),
        )

    @property
    def current_permit_expiry(self) -> dt.date | None:
        return read_date(self.get("current_permit.expires_on"), "current_permit.expires_on")

    @property
    def ephoto_code(self) -> str:
        return _str(_table(self.data.get("ephoto"), "ephoto"), "code", "ephoto.code").strip()

    @property
    def ephoto_taken_on(self) -> dt.date | None:
        return read_date(self.get("ephoto.taken_on"), "ephoto.taken_on")

    @property
    def entered_without_visa(self) -> bool:
        """Stated fact: entered France without the visa the card requires (L.436-4)."""
        facts = _table(self.data.get("facts"), "facts")
        return _bool(facts, "entered_without_visa", False, "facts.entered_without_visa")

    @property
    def cer_signed_on(self) -> dt.date | None:
        return read_date(self.get("cer.signed_on"), "cer.signed_on")

    def piece(self, piece_id: str) -> PieceEntry:
        from desktop.core.records import PieceEntry

        e = _table(_table(self.data.get("pieces"), "pieces").get(piece_id), f"pieces.{piece_id}")
        files = e.get("files", [])
        if not isinstance(files, list):
            raise UserError("dossier.bad_section", section=f"pieces.{piece_id}")
        where = f"pieces.{piece_id}"
        return PieceEntry(
            id=piece_id,
            files=[_file_entry(f, piece_id) for f in files],
            issued_on=read_date(e.get("issued_on"), f"{where}.issued_on"),
            expires_on=read_date(e.get("expires_on"), f"{where}.expires_on"),
            language=_str(e, "language", f"{where}.language"),
            translated=_bool(e, "translated", False, f"{where}.translated"),
            note=_str(e, "note", f"{where}.note"),
        )

    def piece_entries(self) -> Iterator[PieceEntry]:
        for pid in _table(self.data.get("pieces"), "pieces"):
            yield self.piece(pid)

    def add_file(self, piece_id: str, relative: str, original: str | None = None) -> None:
        """List ``relative`` under the piece; ``original`` is the name the person's
        own file had (kept in ``pieces.<id>.originals``, shown instead of the copy's
        name). Dossiers without it read as before: the copy's name is shown."""
        self.revision += 1
        entry = self.data.setdefault("pieces", {}).setdefault(piece_id, {})
        files = entry.setdefault("files", [])
        if relative not in files:
            files.append(relative)
        if original and original != relative.rsplit("/", 1)[-1]:
            originals = entry.get("originals")
            if not isinstance(originals, dict):
                originals = entry["originals"] = {}
            originals[relative] = original

    def remove_file(self, piece_id: str, relative: str) -> None:
        self.revision += 1
        entry = self.data.get("pieces", {}).get(piece_id)
        if entry and relative in entry.get("files", []):
            entry["files"].remove(relative)
        originals = entry.get("originals") if isinstance(entry, dict) else None
        if isinstance(originals, dict):
            originals.pop(relative, None)
            if not originals:
                del entry["originals"]

    def original_name(self, relative: str) -> str:
        """The name of the person's own file behind the entry ``relative`` (what they
        picked or dropped), or the entry's own name when none was kept."""
        pieces = self.data.get("pieces")
        if isinstance(pieces, dict):
            for entry in pieces.values():
                originals = entry.get("originals") if isinstance(entry, dict) else None
                name = originals.get(relative) if isinstance(originals, dict) else None
                if isinstance(name, str) and name.strip() and "\x00" not in name:
                    return name
        return relative.rsplit("/", 1)[-1]

    def move_file(self, piece_id: str, relative: str, index: int) -> None:
        """Put ``relative`` at ``index`` in the piece's list (a replaced file keeps
        its place)."""
        self.revision += 1
        files = self.data.get("pieces", {}).get(piece_id, {}).get("files", [])
        if relative in files:
            files.remove(relative)
            files.insert(min(index, len(files)), relative)

    def add_attempt(self, entry: dict[str, Any]) -> None:
        """A failed booking attempt (``[[appointment.attempts]]``)."""
        self.revision += 1
        appointment = self.data.setdefault("appointment", {})
        appointment.setdefault("attempts", []).append(entry)

    @property
    def attempts(self) -> list[Attempt]:
        from desktop.core.records import Attempt

        out = []
        appointment = _table(self.data.get("appointment"), "appointment")
        attempts = appointment.get("attempts") or []
        if not isinstance(attempts, list):
            raise UserError(
                "dossier.bad_list", field="appointment.attempts", value=_shown(attempts)
            )
        for i, a in enumerate(attempts):
            where = f"appointment.attempts[{i}]"
            if not isinstance(a, dict):
                raise UserError("dossier.bad_list", field="appointment.attempts", value=_shown(a))
            at = _datetime(a.get("at"), f"{where}.at")
            if at is None:
                raise UserError("dossier.bad_date", field=f"{where}.at", value="")
            out.append(
                Attempt(
                    at=at,
                    message=_str(a, "message", f"{where}.message"),
                    screenshot=_str(a, "screenshot", f"{where}.screenshot"),
                    url=_str(a, "url", f"{where}.url"),
                )
            )
        return sorted(out, key=lambda x: x.at)

    def facts(self, today: dt.date) -> dict[str, Any]:
        """Flat facts the catalog's conditions read (see assets/catalog/conditions.toml)."""
        from desktop.core.calendar import filing_day

        a = self.applicant
        filing = filing_day(self.filing_date, today)
        applicant = _table(self.data.get("applicant"), "applicant")
        current = _table(self.data.get("current_permit"), "current_permit")
        return {
            "situation": self.situation_id,
            "filing_date": filing,
            "nationality": a.nationality,
            "age": a.age_on(filing),
            "marital_status": a.marital_status,
            "married": a.marital_status == "married",
            "address.kind": self.address.kind,
            "foreign_documents": _bool(
                applicant, "foreign_documents", False, "applicant.foreign_documents"
            ),
            "first_of_kind": _bool(applicant, "first_of_kind", True, "applicant.first_of_kind"),
            "cer_exemption": _str(applicant, "cer_exemption", "applicant.cer_exemption"),
            "integration_exemption": _str(
                applicant, "integration_exemption", "applicant.integration_exemption"
            ),
            "has_current_permit": self.current_permit_expiry is not None,
            # 3 years of secondary school or 1 year of higher education in France
            # (décret n° 2025-647): exempt from the 2026 integration conditions
            "studies_in_france": _bool(
                _table(self.data.get("facts"), "facts"),
                "studies_in_france",
                False,
                "facts.studies_in_france",
            ),
            "duplicate_reason": _str(current, "lost_reason", "current_permit.lost_reason"),
        }


TMP_PREFIX, TMP_SUFFIX = ".dossier-", ".tmp"
#: A temporary copy older than this is an orphan of a save that was killed midway.
STALE_TEMP_SECONDS = 600


def _sweep_stale_temps(folder: Path) -> None:
    """Remove copies left by a save killed midway: they hold personal data."""
    import time

    limit = time.time() - STALE_TEMP_SECONDS
    try:
        for p in folder.glob(TMP_PREFIX + "*" + TMP_SUFFIX):
            with contextlib.suppress(OSError):
                if p.stat().st_mtime < limit:
                    p.unlink()
    except OSError:
        pass


def file_status(path: Path) -> str:
    """What is at ``path``: ``file``, ``folder``, ``missing`` (nothing there, or a
    dangling link) or ``unopenable`` (a link loop, a name too long, no permission)."""
    try:
        st = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return "missing"
    except (OSError, ValueError):
        return "unopenable"
    if stat.S_ISDIR(st.st_mode):
        return "folder"
    if not stat.S_ISREG(st.st_mode) or not os.access(path, os.R_OK):
        return "unopenable"
    return "file"


def _drop_none(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _drop_none(v) for k, v in node.items() if v is not None}
    if isinstance(node, list):
        return [_drop_none(v) for v in node if v is not None]
    return node


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Upgrade a dossier tree written by an earlier schema version, in place."""
    version = data.get("schema_version")
    if version is None:
        raise UserError("dossier.no_schema_version")
    # Version 1 is the first format; future steps go here: if version == 1: ...; version = 2
    return data
