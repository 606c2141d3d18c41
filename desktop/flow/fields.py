"""Fields a wizard step asks for: where the answer lives in the dossier, its kind,
when it is asked and when it is required. UI-free; the Qt pages bind widgets to
``Field.key``.

An answer is what a person typed or picked, as plain Python values: ``str`` for
text and choices, ``bool`` for yes/no, ``datetime.date`` (or a string the clock
can parse) for dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.core.clock import parse_date
from desktop.core.messages import Problem

if TYPE_CHECKING:
    from desktop.flow.state import FlowState

Answers = dict[str, Any]
Predicate = Callable[["FlowState", Answers], bool]

TEXT, DATE, CHOICE, BOOL = "text", "date", "choice", "bool"


def always(_state: FlowState, _answers: Answers) -> bool:
    return True


def never(_state: FlowState, _answers: Answers) -> bool:
    return False


@dataclass(frozen=True)
class Field:
    """One question of a step, bound to a dotted key of the dossier."""

    key: str  # dotted path in the dossier
    kind: str = TEXT
    choices: Sequence[str] | Callable[[FlowState], Sequence[str]] = ()
    required: Predicate = always
    shown: Predicate = always
    past_only: bool = False  # dates: not after today
    future_only: bool = False
    check: Callable[[FlowState, Any], list[Problem]] | None = None
    default: Any = None
    extras: dict[str, Any] = field(default_factory=dict)

    def options(self, state: FlowState) -> list[str]:
        c = self.choices(state) if callable(self.choices) else self.choices
        return list(c)


def problem(code: str, key: str, severity: str = "error", **params: Any) -> Problem:
    """A flow finding attached to field ``key`` (message ``flow.<code>``)."""
    return Problem(code, severity, {"field": key, **params}, key=f"flow.{code}")


def field_of(p: Problem) -> str:
    return str(p.params.get("field", ""))


def parse(kind: str, value: Any) -> Any:
    """The typed value of an answer; raises ValueError when it cannot be read."""
    if value is None:
        return None
    if kind == DATE:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        text = str(value).strip()
        if not text:
            return None
        try:
            day = parse_date(text)
        except (ValueError, TypeError):
            raise ValueError(text) from None
        from desktop.core.dossier import MAX_YEAR, MIN_YEAR

        if not MIN_YEAR <= day.year <= MAX_YEAR:  # never written: it could not be read back
            raise ValueError(text)
        return day
    if kind == BOOL:
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "oui", "on")
        return bool(value)
    return str(value).strip()


def empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
