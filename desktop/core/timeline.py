"""What is due when, once a dossier is filed: the attestation's end, the
four-month implicit refusal, the two-month deadlines to contest, the request
for the reasons of a silent refusal.

Durations are catalog data (``assets/catalog/after_filing.toml``, each with its
source, link, check date and confidence); this module only does the arithmetic
on the dossier's recorded filings and answers (``desktop.core.filings``) and
hands back dated events that every surface shows the same way: ``timeline``,
``check``, the wizard, the case list and the ``.ics`` calendar.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.core.calendar import add_months
from desktop.core.catalog import Dated, _dated
from desktop.core.filings import (
    DEPOSIT,
    EXTENSION,
    FAVOURABLE,
    REFUSAL,
    REMOVAL,
    SUMMONS,
    Answer,
    Filing,
)
from desktop.core.messages import Text, t
from desktop.paths import CATALOG_DIR

AFTER_FILING_FILE = CATALOG_DIR / "after_filing.toml"

#: How pressing an event is on the day asked: gone by, act now, soon, later.
PAST, URGENT, SOON, LATER = "past", "urgent", "soon", "later"
URGENT_DAYS, SOON_DAYS = 10, 30
#: The id prefix of the events that are the dossier's own deadlines before filing.
BEFORE = "before."


@dataclass(frozen=True)
class Rule:
    """One deadline rule of after_filing.toml: its values, label and provenance."""

    id: str
    values: dict[str, Any]
    label: Text
    dated: Dated


@lru_cache(maxsize=4)
def rules(path: Path = AFTER_FILING_FILE) -> dict[str, Rule]:
    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    out = {}
    for rid, table in raw.get("deadlines", {}).items():
        where = f"after_filing.deadlines.{rid}"
        values = {
            k: v
            for k, v in table.items()
            if k not in ("label", "source", "url", "checked", "confidence", "note")
        }
        out[rid] = Rule(rid, values, Text(dict(table["label"])), _dated(table, where))
    return out


@dataclass(frozen=True)
class Event:
    """A dated step or deadline. ``date`` is None when only the paper says it (a
    removal order's appeal deadline the person has not typed)."""

    id: str
    date: dt.date | None
    params: dict[str, Any] = field(default_factory=dict)
    rule: Dated | None = None
    #: a deadline the person must act by (as opposed to a step that happened)
    deadline: bool = False
    #: what to do, a message key (``timeline.advice.*``), or ""
    advice: str = ""

    def label(self, lang: str | None) -> str:
        if self.id.startswith(BEFORE):  # a deadline of the dossier itself (core.calendar)
            return t(f"deadline.{self.id.removeprefix(BEFORE)}", lang, **self.params)
        return t(f"timeline.{self.id}", lang, **self.params)

    def state_on(self, today: dt.date) -> str:
        if self.date is None:
            return URGENT
        if self.date < today:
            return PAST
        if not self.deadline:
            return LATER
        days = (self.date - today).days
        if days <= URGENT_DAYS:
            return URGENT
        return SOON if days <= SOON_DAYS else LATER

    def to_json(self, today: dt.date, lang: str | None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "date": self.date.isoformat() if self.date else None,
            "label": self.label(lang),
            "deadline": self.deadline,
            "state": self.state_on(today),
        }
        if self.advice:
            out["advice"] = t(self.advice, lang)
        if self.rule is not None:
            out["rule"] = self.rule.to_json()
        return out


def _key(e: Event) -> tuple[dt.date, int]:
    return (e.date or dt.date.max, 0 if e.deadline else 1)


def after_filing(
    filing: Filing, papers: list[Answer], today: dt.date, *, rule_set: dict[str, Rule] | None = None
) -> list[Event]:
    """The events of one filing and the papers that answered it, by date."""
    r = rule_set or rules()
    out: list[Event] = [
        Event("filed", filing.filed_on, {"date": filing.filed_on, "request": filing.request or "—"})
    ]
    decided: dt.date | None = None
    for a in papers:
        if a.kind == DEPOSIT and a.issued_on:
            out.append(Event("deposit", a.issued_on, {"date": a.issued_on}))
        elif a.kind == SUMMONS and a.appointment_on:
            out.append(
                Event(
                    "summons",
                    a.appointment_on,
                    {"date": a.appointment_on},
                    deadline=True,
                    advice="timeline.advice.summons",
                )
            )
        elif a.kind == FAVOURABLE:
            day = a.issued_on or a.notified_on or filing.filed_on
            decided = day
            out.append(Event("favourable", day, {"date": day}, advice="timeline.advice.favourable"))
        elif a.kind == REFUSAL and a.notified_on:
            decided = a.notified_on
            until = add_months(a.notified_on, int(r["recourse"].values["months"]))
            out.append(Event("refusal", a.notified_on, {"date": a.notified_on}))
            out.append(
                Event(
                    "recourse_until",
                    until,
                    {"date": until},
                    rule=r["recourse"].dated,
                    deadline=True,
                    advice="timeline.advice.refusal",
                )
            )
        elif a.kind == REMOVAL:
            notified = a.notified_on or a.issued_on
            decided = notified or today
            appeal_by = (
                notified + dt.timedelta(days=a.appeal_days)
                if notified and a.appeal_days is not None
                else None
            )
            out.append(
                Event(
                    "removal_order",
                    appeal_by,
                    {"date": appeal_by or "—", "notified": notified or "—"},
                    rule=r["removal_order"].dated,
                    deadline=True,
                    advice="timeline.advice.removal",
                )
            )
    out.extend(_attestation(filing, papers, today, decided, r))
    if decided is None:
        out.extend(_silence(filing, today, r))
    return sorted(out, key=_key)


def _attestation(
    filing: Filing,
    papers: list[Answer],
    today: dt.date,
    decided: dt.date | None,
    r: dict[str, Rule],
) -> list[Event]:
    extensions = [a for a in papers if a.kind == EXTENSION and a.valid_until]
    if not extensions:
        return []
    last = max(extensions, key=lambda a: a.valid_until or dt.date.min)
    assert last.valid_until is not None
    ends = last.valid_until
    rule = r["attestation"]
    if decided is not None and decided <= ends:
        return [Event("attestation_ends", ends, {"date": ends}, rule=rule.dated)]
    out = [
        Event(
            "attestation_ends",
            ends,
            {"date": ends},
            rule=rule.dated,
            deadline=True,
            advice="timeline.advice.attestation",
        )
    ]
    for days in rule.values.get("warn_days", []):
        warn = ends - dt.timedelta(days=int(days))
        if warn >= filing.filed_on:
            out.append(
                Event(
                    "attestation_warning",
                    warn,
                    {"date": warn, "days": int(days), "ends": ends},
                    rule=rule.dated,
                    deadline=True,
                    advice="timeline.advice.attestation",
                )
            )
    return out


def _silence(filing: Filing, today: dt.date, r: dict[str, Rule]) -> list[Event]:
    """No decision yet: the implicit refusal four months after filing, and, once it
    is born, the deadlines to ask its reasons and to contest it."""
    rule = r["implicit_refusal"]
    born = add_months(filing.filed_on, int(rule.values["months"]))
    out = [
        Event(
            "implicit_refusal",
            born,
            {"date": born},
            rule=rule.dated,
            deadline=True,
            advice="timeline.advice.implicit" if filing.complete else "timeline.advice.incomplete",
        )
    ]
    until = add_months(born, int(r["recourse"].values["months"]))
    out.append(
        Event(
            "reasons_until",
            until,
            {"date": until, "months": int(r["reasons"].values["answer_months"])},
            rule=r["reasons"].dated,
            deadline=True,
            advice="timeline.advice.reasons",
        )
    )
    out.append(
        Event(
            "recourse_until",
            until,
            {"date": until},
            rule=r["recourse"].dated,
            deadline=True,
            advice="timeline.advice.refusal",
        )
    )
    return out


def next_event(events: list[Event], today: dt.date) -> Event | None:
    """The first deadline not yet gone by (an undated removal order first of all)."""
    pending = [e for e in events if e.deadline and (e.date is None or e.date >= today)]
    return min(pending, key=_key) if pending else None
