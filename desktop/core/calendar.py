"""Every date the product reasons about, computed once.

The filing day, the renewal window and its state, the deadlines and the fees
of a dossier come from here and nowhere else: the rule engine, the situation
page, the cover sheet, the ANEF guide and the volunteer's case list all read
the same ``Dates``. Two surfaces that computed the same window each their own
way once told a person "c'est le bon moment pour déposer" while the engine
said "late" (tests/test_calendar.py walks a grid of dates through every
surface).

Values (window lengths, validity periods, fees) are catalog data with their
source and check date; this module only does the arithmetic.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from desktop.core.messages import Text, t

if TYPE_CHECKING:
    from desktop.core.catalog import Catalog, Situation
    from desktop.core.records import PieceEntry


class DatedDossier(Protocol):
    """The dates of a dossier this module reads (``desktop.core.dossier.Dossier``,
    which itself asks ``filing_day`` here: a protocol keeps the two apart)."""

    @property
    def filing_date(self) -> dt.date | None: ...

    @property
    def current_permit_expiry(self) -> dt.date | None: ...

    @property
    def ephoto_taken_on(self) -> dt.date | None: ...

    @property
    def entered_without_visa(self) -> bool: ...

    def piece(self, piece_id: str) -> PieceEntry: ...

    def get(self, dotted: str, default: Any = None) -> Any: ...


#: Window states, in the order a person meets them.
EARLY, OPEN, LATE, EXPIRED = "early", "open", "late", "expired"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it has fewer days)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, _stdlib_calendar.monthrange(year, month)[1]))


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from ``start`` to ``end`` (floor)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return months


def filing_day(planned: dt.date | None, today: dt.date) -> dt.date:
    """The day the rules judge the filing on: the planned day, or today when none
    is planned or the planned day has gone by (nobody files in the past)."""
    return max(planned, today) if planned else today


@dataclass(frozen=True)
class Window:
    """When a renewal may be filed (``opens`` to ``closes``) for a permit ending on
    ``expiry`` (the catalog's ``renewal_window`` rule)."""

    opens: dt.date
    closes: dt.date
    expiry: dt.date

    def state_on(self, day: dt.date) -> str:
        if day > self.expiry:
            return EXPIRED
        if day > self.closes:
            return LATE
        if day < self.opens:
            return EARLY
        return OPEN


def renewal_window(catalog: Catalog, expiry: dt.date) -> Window:
    rule = catalog.rule("renewal_window")
    return Window(
        opens=expiry - dt.timedelta(days=int(rule["open_days_before"])),
        closes=expiry - dt.timedelta(days=int(rule["close_days_before"])),
        expiry=expiry,
    )


def ephoto_valid_until(catalog: Catalog, taken: dt.date) -> dt.date:
    return add_months(taken, int(catalog.rule("ephoto")["validity_months"]))


@dataclass(frozen=True)
class Fee:
    """One fee due at filing or at collection, on the filing day's regime."""

    id: str
    label: Text
    tax_eur: int
    stamp_eur: int
    confirmed: bool
    dated: dict[str, Any]
    at_filing_eur: int | None = None  # the part due when filing (L.436-4), if any

    @property
    def total_eur(self) -> int:
        return self.tax_eur + self.stamp_eur

    def to_json(self, lang: str | None) -> dict[str, Any]:
        out = {
            "id": self.id,
            "label": self.label.in_lang(lang),
            "tax_eur": self.tax_eur,
            "stamp_eur": self.stamp_eur,
            "total_eur": self.total_eur,
            "confirmed": self.confirmed,
            **self.dated,
        }
        if self.at_filing_eur is not None:
            out["at_filing_eur"] = self.at_filing_eur
        return out


def fee_on(catalog: Catalog, fee_id: str, day: dt.date) -> Fee:
    fee = catalog.fees[fee_id]
    regime = fee.on(day)
    return Fee(
        id=fee_id,
        label=Text(fee.label),
        tax_eur=int(regime["tax"]),
        stamp_eur=int(regime["stamp"]),
        confirmed=bool(regime.get("confirmed", False)),
        dated=regime["dated"].to_json(),
        at_filing_eur=int(regime["at_filing"]) if "at_filing" in regime else None,
    )


def current_category(dossier: DatedDossier) -> str | None:
    """The category of the card the person holds (``facts.current_category``, else
    the wizard's answer), or None."""
    for key in ("facts.current_category", "ui.answers.current_category"):
        value = dossier.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def duplicate_fee_id(catalog: Catalog, category: str | None) -> str | None:
    """CESEDA L.436-2: a duplicate is taxed like the renewal "pour le même motif".
    The fee of this catalog's renewal of ``category`` names the duplicate's fee
    (rules.toml ``duplicate_fee``); None when the category is unknown or unmapped."""
    rule = catalog.rules.get("duplicate_fee")
    if rule is None or not category:
        return None
    by_renewal: dict[str, str] = dict(rule["by_renewal_fee"])
    for s in catalog.situations.values():
        if s.category == category and s.procedure == "renewal" and s.fee in by_renewal:
            return by_renewal[s.fee]
    return None


def late_fee_id(catalog: Catalog) -> str:
    return str(catalog.rule("renewal_window")["late_fee"])


@dataclass
class Deadline:
    """A date the person must act by (or that ends something), with its message."""

    id: str
    date: dt.date
    params: dict[str, Any] = field(default_factory=dict)

    def label(self, lang: str | None) -> str:
        return t(f"deadline.{self.id}", lang, **self.params)


@dataclass
class Dates:
    """The dates of one dossier on ``today``: what every surface shows."""

    today: dt.date
    planned: dt.date | None
    filing: dt.date
    window: Window | None  # renewals with a known expiry only
    deadlines: list[Deadline]
    fees: list[Fee]
    #: A duplicate whose card's category is unknown: its fee is the standard rate,
    #: a guess (CESEDA L.436-2 taxes it like that card's renewal).
    fee_guessed: bool = False

    @property
    def planned_passed(self) -> bool:
        return self.planned is not None and self.planned < self.today

    @property
    def window_state(self) -> str | None:
        return None if self.window is None else self.window.state_on(self.filing)

    def next_deadline(self) -> Deadline | None:
        upcoming = [d for d in self.deadlines if d.date >= self.today]
        return upcoming[0] if upcoming else None


def dossier_dates(
    dossier: DatedDossier, catalog: Catalog, situation: Situation, today: dt.date
) -> Dates:
    """Filing day, renewal window, deadlines and fees of ``dossier`` on ``today``."""
    planned = dossier.filing_date
    filing = filing_day(planned, today)
    expiry = dossier.current_permit_expiry
    window = (
        renewal_window(catalog, expiry)
        if situation.procedure == "renewal" and expiry is not None
        else None
    )
    fee_id = situation.fee
    fee_guessed = False
    if situation.procedure == "duplicate":
        duplicate_fee = duplicate_fee_id(catalog, current_category(dossier))
        fee_id = duplicate_fee or fee_id
        fee_guessed = duplicate_fee is None and "duplicate_fee" in catalog.rules
    fees = [fee_on(catalog, fee_id, filing)] if fee_id else []
    if (
        window is not None
        and window.state_on(filing) in (LATE, EXPIRED)
        and situation.card != "aps"
    ):
        # CESEDA L.436-5: a renewal asked after the filing deadline (R.431-5), not
        # only after expiry, costs the regularisation visa fee (a titre de séjour's
        # renewal: not an autorisation provisoire de séjour's).
        fees.append(fee_on(catalog, late_fee_id(catalog), filing))
    visa_rule = catalog.rules.get("regularisation_visa")
    if (
        visa_rule is not None
        and dossier.entered_without_visa
        and situation.procedure == "first"
        and situation.category not in visa_rule["exempt_categories"]
    ):
        # CESEDA L.436-4: a first card asked after entering without the required
        # visa costs the droit de visa de régularisation (part of it at filing).
        fees.append(fee_on(catalog, str(visa_rule["fee"]), filing))
    return Dates(
        today=today,
        planned=planned,
        filing=filing,
        window=window,
        deadlines=_deadlines(dossier, catalog, situation, window),
        fees=fees,
        fee_guessed=fee_guessed,
    )


def _deadlines(
    dossier: DatedDossier, catalog: Catalog, situation: Situation, window: Window | None
) -> list[Deadline]:
    out: list[Deadline] = []
    expiry = dossier.current_permit_expiry
    if expiry is not None:
        out.append(Deadline("permit_expiry", expiry, {"date": expiry}))
    if window is not None:
        days = (window.expiry - window.opens).days, (window.expiry - window.closes).days
        out.append(Deadline("renewal_opens", window.opens, {"date": window.opens, "days": days[0]}))
        out.append(
            Deadline("renewal_closes", window.closes, {"date": window.closes, "days": days[1]})
        )
    taken = dossier.ephoto_taken_on
    if taken is not None:
        until = ephoto_valid_until(catalog, taken)
        out.append(Deadline("ephoto_valid_until", until, {"date": until}))
    for req in situation.requirements:
        pdef = catalog.pieces[req.piece]
        entry = dossier.piece(req.piece)
        if pdef.freshness_months and entry.issued_on and entry.files:
            until = add_months(entry.issued_on, int(pdef.freshness_months))
            out.append(
                Deadline(
                    "piece_fresh_until",
                    until,
                    {"date": until, "id": pdef.id, "piece": Text(pdef.label)},
                )
            )
    passport = dossier.piece("passport").expires_on
    if passport is not None:
        out.append(Deadline("passport_expiry", passport, {"date": passport}))
    return sorted(out, key=lambda d: d.date)
