"""What a dossier says about people, the address, a piece and an appointment
attempt: typed views that ``Dossier`` builds from its TOML tree on request.
Apart from ``dossier.py`` so that opening the app does not define them
(start-up budget, HACKING.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Person:
    """The applicant, or the host of a hosted applicant (``[applicant]``, ``[host]``)."""

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
    """Where the applicant lives (``[address]``); ``kind``: own, hosted, hotel, domiciliation."""

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
    """One failed try at booking an appointment: when, what the page said, the evidence."""

    at: dt.datetime
    message: str = ""
    screenshot: str = ""
    url: str = ""
