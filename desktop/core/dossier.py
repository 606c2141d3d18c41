"""The dossier file: a human-writable TOML describing the applicant, the
situation and which files are which piece (paths relative to the file).

The model keeps the raw TOML tree, so keys this version does not know survive a
load/save round trip, and exposes typed views of the sections the product uses.
``schema_version`` lets files written today open after the format grows:
``migrate`` upgrades older trees step by step.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import tempfile
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.errors import UserError

SCHEMA_VERSION = 1
ADDRESS_KINDS = ("own", "hosted", "hotel", "domiciliation")
MARITAL_STATUSES = ("single", "married", "pacs", "divorced", "widowed")


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            from desktop.core.clock import parse_date

            return parse_date(value)
        except (ValueError, TypeError):
            pass
    raise UserError("dossier.bad_date", field=where, value=str(value))


def _datetime(value: Any, where: str) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(0, 0))
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value).replace(tzinfo=None)
        except ValueError:
            pass
    raise UserError("dossier.bad_date", field=where, value=str(value))


def _str(table: Mapping[str, Any], key: str) -> str:
    value = table.get(key, "")
    return "" if value is None else str(value)


@dataclass
class Person:
    surname: str = ""
    given_names: str = ""
    surname_native: str = ""
    given_names_native: str = ""
    sex: str = ""
    birth_date: dt.date | None = None
    birth_place: str = ""
    nationality: str = ""  # ICAO / ISO 3166-1 alpha-3, as in the passport MRZ
    numero_etranger: str = ""
    email: str = ""
    phone: str = ""
    marital_status: str = ""

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.surname.upper(), self.given_names) if p).strip()

    @property
    def native_name(self) -> str:
        return " ".join(p for p in (self.surname_native, self.given_names_native) if p).strip()

    def age_on(self, day: dt.date) -> int | None:
        if self.birth_date is None:
            return None
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


@dataclass
class Address:
    kind: str = "own"
    line1: str = ""
    line2: str = ""
    postcode: str = ""
    city: str = ""

    def lines(self) -> list[str]:
        return [x for x in (self.line1, self.line2, f"{self.postcode} {self.city}".strip()) if x]


@dataclass
class PieceEntry:
    """What the applicant says about one piece: its files and its dates."""

    id: str
    files: list[str] = field(default_factory=list)
    issued_on: dt.date | None = None
    expires_on: dt.date | None = None
    language: str = ""
    translated: bool = False
    note: str = ""


@dataclass
class Attempt:
    at: dt.datetime
    message: str = ""
    screenshot: str = ""
    url: str = ""


@dataclass
class Dossier:
    """A loaded dossier. ``data`` is the raw TOML tree (the source of truth)."""

    data: dict[str, Any]
    path: Path | None = None

    # ----- loading / saving -------------------------------------------------
    @classmethod
    def new(cls, situation: str = "") -> Dossier:
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        if situation:
            data["situation"] = situation
        return cls(data=data)

    @classmethod
    def from_toml_text(cls, text: str, path: Path | None = None) -> Dossier:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise UserError(
                "dossier.bad_toml", file=str(path.name if path else "?"), detail=str(exc)
            ) from None
        dossier = cls(data=migrate(data), path=path)
        dossier.validate()
        return dossier

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Dossier:
        p = Path(path)
        if not p.is_file():
            raise UserError("cli.file_not_found", file=str(p))
        try:
            text = p.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raise UserError("dossier.not_utf8", file=p.name) from None
        return cls.from_toml_text(text, p.resolve())

    def to_toml(self) -> str:
        import tomli_w

        return tomli_w.dumps(_drop_none(self.data))

    def save(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Atomic save: temp file in the same folder, fsync, replace."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no path to save the dossier to")
        payload = self.to_toml().encode("utf-8")
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".dossier-", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.path = target.resolve()
        return self.path

    def copy(self) -> Dossier:
        return Dossier(data=copy.deepcopy(self.data), path=self.path)

    def validate(self) -> None:
        version = self.data.get("schema_version")
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            raise UserError(
                "dossier.schema_too_new", version=str(version), supported=SCHEMA_VERSION
            )
        kind = self.address.kind
        if kind not in ADDRESS_KINDS:
            raise UserError(
                "dossier.bad_address_kind", value=kind, allowed=", ".join(ADDRESS_KINDS)
            )
        pieces = self.data.get("pieces", {})
        if not isinstance(pieces, dict):
            raise UserError("dossier.bad_section", section="pieces")
        for pid, entry in pieces.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("files", []), list):
                raise UserError("dossier.bad_section", section=f"pieces.{pid}")
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

    def set(self, dotted: str, value: Any) -> None:
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
        return _str(self.data, "situation")

    @property
    def prefecture(self) -> str:
        return _str(self.data, "prefecture")

    @property
    def lang(self) -> str:
        return _str(self.data, "lang")

    @property
    def filing_date(self) -> dt.date | None:
        return _date(self.data.get("filing_date"), "filing_date")

    def _person(self, section: str) -> Person:
        a = self.data.get(section, {}) or {}
        return Person(
            surname=_str(a, "surname"),
            given_names=_str(a, "given_names"),
            surname_native=_str(a, "surname_native"),
            given_names_native=_str(a, "given_names_native"),
            sex=_str(a, "sex"),
            birth_date=_date(a.get("birth_date"), f"{section}.birth_date"),
            birth_place=_str(a, "birth_place"),
            nationality=_str(a, "nationality").upper(),
            numero_etranger=_str(a, "numero_etranger"),
            email=_str(a, "email"),
            phone=_str(a, "phone"),
            marital_status=_str(a, "marital_status"),
        )

    @property
    def applicant(self) -> Person:
        return self._person("applicant")

    @property
    def host(self) -> Person:
        return self._person("host")

    @property
    def address(self) -> Address:
        a = self.data.get("address", {}) or {}
        return Address(
            kind=_str(a, "kind") or "own",
            line1=_str(a, "line1"),
            line2=_str(a, "line2"),
            postcode=_str(a, "postcode"),
            city=_str(a, "city"),
        )

    @property
    def current_permit_expiry(self) -> dt.date | None:
        return _date(self.get("current_permit.expires_on"), "current_permit.expires_on")

    @property
    def ephoto_code(self) -> str:
        return str(self.get("ephoto.code", "") or "")

    @property
    def ephoto_taken_on(self) -> dt.date | None:
        return _date(self.get("ephoto.taken_on"), "ephoto.taken_on")

    @property
    def cer_signed_on(self) -> dt.date | None:
        return _date(self.get("cer.signed_on"), "cer.signed_on")

    def piece(self, piece_id: str) -> PieceEntry:
        e = (self.data.get("pieces", {}) or {}).get(piece_id, {}) or {}
        return PieceEntry(
            id=piece_id,
            files=[str(f) for f in e.get("files", [])],
            issued_on=_date(e.get("issued_on"), f"pieces.{piece_id}.issued_on"),
            expires_on=_date(e.get("expires_on"), f"pieces.{piece_id}.expires_on"),
            language=_str(e, "language"),
            translated=bool(e.get("translated", False)),
            note=_str(e, "note"),
        )

    def piece_entries(self) -> Iterator[PieceEntry]:
        for pid in self.data.get("pieces", {}) or {}:
            yield self.piece(pid)

    def add_file(self, piece_id: str, relative: str) -> None:
        entry = self.data.setdefault("pieces", {}).setdefault(piece_id, {})
        files = entry.setdefault("files", [])
        if relative not in files:
            files.append(relative)

    def remove_file(self, piece_id: str, relative: str) -> None:
        entry = self.data.get("pieces", {}).get(piece_id)
        if entry and relative in entry.get("files", []):
            entry["files"].remove(relative)

    @property
    def attempts(self) -> list[Attempt]:
        out = []
        for i, a in enumerate(self.get("appointment.attempts", []) or []):
            at = _datetime(a.get("at"), f"appointment.attempts[{i}].at")
            if at is None:
                raise UserError("dossier.bad_date", field=f"appointment.attempts[{i}].at", value="")
            out.append(
                Attempt(
                    at=at,
                    message=_str(a, "message"),
                    screenshot=_str(a, "screenshot"),
                    url=_str(a, "url"),
                )
            )
        return sorted(out, key=lambda x: x.at)

    def facts(self, today: dt.date) -> dict[str, Any]:
        """Flat facts the catalog's conditions read (see assets/catalog/conditions.toml)."""
        a = self.applicant
        filing = self.filing_date or today
        return {
            "situation": self.situation_id,
            "filing_date": filing,
            "nationality": a.nationality,
            "age": a.age_on(filing),
            "marital_status": a.marital_status,
            "married": a.marital_status == "married",
            "address.kind": self.address.kind,
            "foreign_documents": bool(self.get("applicant.foreign_documents", False)),
            "first_of_kind": bool(self.get("applicant.first_of_kind", True)),
            "cer_exemption": _str(self.data.get("applicant", {}) or {}, "cer_exemption"),
            "integration_exemption": _str(
                self.data.get("applicant", {}) or {}, "integration_exemption"
            ),
            "has_current_permit": self.current_permit_expiry is not None,
            "duplicate_reason": str(self.get("current_permit.lost_reason", "") or ""),
        }


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
