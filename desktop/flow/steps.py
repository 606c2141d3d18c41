"""The steps of the wizard, as data.

Each step declares the fields it asks for (see ``fields.Field``), when it
applies (``applies``: next-step resolution skips a step that does not), how
answers are checked (``check``) and written into the dossier (``apply``).
Nothing here knows about widgets.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.core.dossier import ADDRESS_KINDS, MARITAL_STATUSES
from desktop.core.messages import LANGS, Problem
from desktop.flow import situation as sit
from desktop.flow.fields import (
    BOOL,
    CHOICE,
    DATE,
    TEXT,
    Answers,
    Field,
    always,
    empty,
    never,
    parse,
    problem,
)
from desktop.flow.state import FlowState

MODES = ("self", "helper", "reception")
SEXES = ("F", "M", "X")
ADDRESS_CONDITION_FACT = "address.kind"


#: The step the letters form writes when a missing piece was asked for (the letters
#: page reads it back to show the date asked).
FORM_STEP = "Demande de la pièce"


def _ans(state: FlowState, answers: Answers, key: str) -> Any:
    """An answer being given now, else what the dossier already holds."""
    if key in answers:
        return answers[key]
    return state.dossier.get(key)


def _when(key: str, *values: object) -> Callable[[FlowState, Answers], bool]:
    def pred(state: FlowState, answers: Answers) -> bool:
        return _ans(state, answers, key) in values

    return pred


def _not(pred: Callable[[FlowState, Answers], bool]) -> Callable[[FlowState, Answers], bool]:
    return lambda s, a: not pred(s, a)


@dataclass
class Step:
    """One page of the journey: its fields, when it applies, its checks and how it writes."""

    id: str
    fields: Sequence[Field] = ()
    applies: Callable[[FlowState], bool] = lambda _s: True
    extra_check: Callable[[FlowState, Answers], list[Problem]] | None = None
    after_apply: Callable[[FlowState, Answers], None] | None = None
    dynamic_fields: Callable[[FlowState], list[Field]] | None = None
    defaults: Callable[[FlowState], Answers] | None = None  # for dossiers made elsewhere
    info: dict[str, Any] = field(default_factory=dict)

    def all_fields(self, state: FlowState) -> list[Field]:
        out = list(self.fields)
        if self.dynamic_fields is not None:
            out += self.dynamic_fields(state)
        return out

    def visible_fields(self, state: FlowState, answers: Answers | None = None) -> list[Field]:
        a = answers or {}
        return [f for f in self.all_fields(state) if f.shown(state, a)]

    def read(self, state: FlowState) -> Answers:
        """Current answers, from the dossier (what a page shows when entered)."""
        out: Answers = {}
        inferred = self.defaults(state) if self.defaults is not None else {}
        for f in self.all_fields(state):
            value = state.dossier.get(f.key)
            if value is None:
                value = inferred.get(f.key, f.default)
            out[f.key] = value
        return out

    def check(self, state: FlowState, answers: Answers) -> list[Problem]:
        """Problems with these answers; errors block 'Next', warnings do not."""
        problems: list[Problem] = []
        merged = {**self.read(state), **answers}
        for f in self.all_fields(state):
            if not f.shown(state, merged):
                continue
            raw = merged.get(f.key)
            try:
                value = parse(f.kind, raw)
            except ValueError:
                problems.append(problem("bad_date", f.key, value=str(raw)))
                continue
            if empty(value) or (f.kind == BOOL and value is None):
                if f.required(state, merged) and f.kind != BOOL:
                    problems.append(problem("required", f.key))
                continue
            if f.kind == CHOICE and value not in f.options(state):
                problems.append(problem("choose", f.key, value=str(value)))
                continue
            if f.kind == DATE:
                if f.past_only and value > state.today:
                    problems.append(problem("date_future", f.key, date=_fr(value)))
                    continue
                if f.future_only and value < state.today:
                    problems.append(problem("date_past", f.key, date=_fr(value)))
                    continue
            if f.check is not None:
                problems += f.check(state, value)
        if self.extra_check is not None:
            problems += self.extra_check(state, merged)
        return problems

    def apply(self, state: FlowState, answers: Answers, *, prune: bool = False) -> None:
        """Write the answers that can be read into the dossier (partial answers
        too: going back keeps what was typed). With ``prune`` (moving on), the
        answers of a branch not taken are dropped."""
        merged = {**self.read(state), **answers}
        for f in self.all_fields(state):
            if prune and f.kind != BOOL and not f.shown(state, merged):
                state.dossier.set(f.key, None)
                continue
            if f.key not in answers:
                continue
            try:
                value = parse(f.kind, answers[f.key])
            except ValueError:
                continue
            if f.kind == TEXT and value and f.extras.get("upper"):
                value = value.upper()
            if f.kind == TEXT and value and f.extras.get("code"):
                from desktop.core.identifiers import normalise_code  # (start-up budget)

                value = normalise_code(value)
            if f.kind == BOOL:
                state.dossier.set(f.key, bool(value))
            elif not f.shown(state, merged):
                state.dossier.set(f.key, None)  # a branch not taken keeps no stale answer
            else:
                state.dossier.set(f.key, value)
        if self.after_apply is not None:
            self.after_apply(state, merged)

    def valid(self, state: FlowState) -> bool:
        return not any(p.severity == "error" for p in self.check(state, {}))


def _fr(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _ids(problems: list[Problem], key: str) -> list[Problem]:
    for p in problems:
        p.params.setdefault("field", key)
    return problems


# ----- welcome ----------------------------------------------------------------------------
WELCOME = Step(
    "welcome",
    fields=(
        Field("lang", CHOICE, choices=LANGS, default="fr"),
        Field("ui.mode", CHOICE, choices=MODES, default="self"),
    ),
)


# ----- situation --------------------------------------------------------------------------
def _situation_check(state: FlowState, a: Answers) -> list[Problem]:
    answers = _questionnaire(a)
    out: list[Problem] = []
    if answers["request"] in sit.REQUEST_CATEGORIES and answers["current_document"] not in (
        "permit",
        None,
        "",
    ):
        out.append(problem("situation.needs_permit", "ui.answers.current_document"))
        return out
    # Said only once the questions that decide it are answered (issue 15 item 9).
    if answers["request"] == "card" and not (answers["category"] and answers["current_document"]):
        return out
    found, _reasons, not_covered = sit.explain(state.catalog, answers)
    if not_covered is not None:
        out.append(
            problem(
                "situation.not_covered",
                "ui.answers.category",
                detail=not_covered.message(state.lang),
            )
        )
    elif found is None:
        out.append(problem("situation.unknown", "ui.answers.category"))
    return out


def _questionnaire(a: Answers) -> dict[str, Any]:
    return {
        "request": a.get("ui.answers.request") or "card",
        "category": a.get("ui.answers.category") or "",
        "current_document": a.get("ui.answers.current_document") or "",
        "current_category": a.get("ui.answers.current_category") or "",
        "lost_reason": a.get("current_permit.lost_reason") or "",
        "nationality": str(a.get("applicant.nationality") or "").upper(),
    }


def _situation_apply(state: FlowState, a: Answers) -> None:
    found = sit.derive(state.catalog, _questionnaire(a))
    state.dossier.set("situation", found.id if found else None)
    if not state.dossier.get("filing_date"):
        state.dossier.set("filing_date", state.today)


def _integration_possible(state: FlowState, a: Answers) -> bool:
    found = sit.derive(state.catalog, _questionnaire({**_situation_read(state), **a}))
    return found is not None and found.integration == "required"


def _situation_read(state: FlowState) -> Answers:
    return SITUATION.read(state)


def _situation_defaults(state: FlowState) -> Answers:
    """A dossier written elsewhere (the demo, the CLI) has a situation but no
    questionnaire: answer it from the situation."""
    s = state.situation
    if s is None:
        return {}
    q = sit.answers_for(state.catalog, s)
    if state.dossier.current_permit_expiry is not None and s.procedure == "first":
        q.setdefault("current_category", "")
    out: Answers = {f"ui.answers.{k}": v for k, v in q.items() if k != "lost_reason"}
    if "lost_reason" in q:
        out["current_permit.lost_reason"] = q["lost_reason"]
    return out


def _nationality_check(_state: FlowState, value: Any) -> list[Problem]:
    if not re.fullmatch(r"[A-Z]{3}", str(value).upper()):
        return [problem("nationality", "applicant.nationality", value=str(value))]
    return []


SITUATION = Step(
    "situation",
    fields=(
        Field("ui.answers.request", CHOICE, choices=sit.REQUESTS, default="card"),
        Field(
            "ui.answers.category",
            CHOICE,
            choices=lambda s: sit.card_categories(s.catalog),
            shown=_when("ui.answers.request", "card", None),
        ),
        Field(
            "current_permit.lost_reason",
            CHOICE,
            choices=sit.LOST_REASONS,
            shown=_when("ui.answers.request", "duplicate"),
        ),
        Field("ui.answers.current_document", CHOICE, choices=sit.CURRENT_DOCUMENTS),
        Field(
            "ui.answers.current_category",
            CHOICE,
            choices=lambda s: sit.held_categories(s.catalog),
            shown=lambda s, a: (
                _ans(s, a, "ui.answers.current_document") in ("permit", "vls_ts", "receipt")
                and _ans(s, a, "ui.answers.request") in ("card", None)
            ),
        ),
        Field(
            "current_permit.expires_on",
            DATE,
            shown=_not(_when("ui.answers.current_document", "none", None, "")),
        ),
        Field(
            "applicant.nationality",
            TEXT,
            check=_nationality_check,
            extras={"upper": True, "max_length": 3},
        ),
        Field(
            "applicant.first_of_kind",
            BOOL,
            default=True,
            required=never,
            shown=_integration_possible,
        ),
        Field(
            "facts.studies_in_france",
            BOOL,
            default=False,
            required=never,
            shown=_integration_possible,
        ),
        Field(  # CESEDA L.436-4: the regularisation visa fee on a first card
            "facts.entered_without_visa",
            BOOL,
            default=False,
            required=never,
            shown=lambda s, a: (
                _ans(s, a, "ui.answers.request") in ("card", None)
                and _ans(s, a, "ui.answers.current_document") in ("none", "visa")
            ),
        ),
        Field("appointment.status", CHOICE, choices=sit.APPOINTMENT, default="online"),
    ),
    extra_check=_situation_check,
    after_apply=_situation_apply,
    defaults=_situation_defaults,
)


def situation_summary(state: FlowState) -> dict[str, Any]:
    """What the situation step shows once answered: the derived situation, its
    procedure, the renewal window and the fees, from the same ``Dates`` the rule
    engine judges with (desktop.core.calendar)."""
    from desktop.core.calendar import dossier_dates

    s = state.situation
    answers = _questionnaire(SITUATION.read(state))
    found, reasons, not_covered = sit.explain(state.catalog, answers)
    if s is None:
        if not_covered is not None:  # said, with where to go: never a neighbouring case
            return {"not_covered": not_covered.message(state.lang)}
        return {}
    dates = dossier_dates(state.dossier, state.catalog, s, state.today)
    out: dict[str, Any] = {
        "situation": s.id,
        "label": s.label_in(state.lang),
        "category": s.category,
        "procedure": s.procedure,
        "filing": dates.filing,
        "fees": [f.to_json(state.lang) for f in dates.fees],
        "reasons": [r.message(state.lang) for r in reasons] if found is s else [],
    }
    if s.notice:
        out["notice"] = s.notice.get(state.lang) or s.notice["fr"]
    w = dates.window
    if w is not None:
        out["window"] = {
            "opens": w.opens,
            "closes": w.closes,
            "expiry": w.expiry,
            "state": dates.window_state,
        }
    return out


# ----- civil status -------------------------------------------------------------------------
def _numero_check(_state: FlowState, value: Any) -> list[Problem]:
    from desktop.core.identifiers import check_numero_etranger  # (start-up budget)

    return _ids(check_numero_etranger(str(value)), "applicant.numero_etranger")


def _email_check(_state: FlowState, value: Any) -> list[Problem]:
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", str(value)):
        return [problem("email", "applicant.email", "warning", value=str(value))]
    return []


def _is_renewal(state: FlowState, _a: Answers) -> bool:
    s = state.situation
    return s is not None and s.procedure != "first"


CIVIL_STATUS = Step(
    "civil_status",
    fields=(
        Field("applicant.surname", TEXT, extras={"upper": True}),
        Field("applicant.given_names", TEXT),
        Field("applicant.sex", CHOICE, choices=SEXES, required=never),
        Field("applicant.birth_date", DATE, past_only=True),
        Field("applicant.birth_place", TEXT),
        Field("applicant.marital_status", CHOICE, choices=MARITAL_STATUSES),
        Field(
            "applicant.numero_etranger",
            TEXT,
            required=_is_renewal,
            check=_numero_check,
            extras={"code": True},
        ),
        Field("applicant.phone", TEXT, required=never),
        Field("applicant.email", TEXT, required=never, check=_email_check),
        Field("applicant.foreign_documents", BOOL, required=never, default=False),
    ),
)


# ----- address ------------------------------------------------------------------------------
def _postcode_check(_state: FlowState, value: Any) -> list[Problem]:
    from desktop.core.identifiers import check_postcode

    return _ids(check_postcode(str(value)), "address.postcode")


_hosted = _when("address.kind", "hosted")

ADDRESS = Step(
    "address",
    fields=(
        Field("address.kind", CHOICE, choices=ADDRESS_KINDS, default="own"),
        Field("address.hotel", TEXT, shown=_when("address.kind", "hotel")),
        Field("address.organisation", TEXT, shown=_when("address.kind", "domiciliation")),
        Field("address.line1", TEXT),
        Field("address.line2", TEXT, required=never),
        Field("address.postcode", TEXT, check=_postcode_check),
        Field("address.city", TEXT),
        Field("host.surname", TEXT, shown=_hosted, extras={"upper": True}),
        Field("host.given_names", TEXT, shown=_hosted),
        Field("host.birth_date", DATE, shown=_hosted, required=never, past_only=True),
    ),
)


def address_pieces(state: FlowState, kind: str | None = None) -> list[str]:
    """The pieces the chosen kind of address asks for, exactly (from the catalog)."""
    kind = kind or state.dossier.address.kind
    facts = {**state.facts(), ADDRESS_CONDITION_FACT: kind}
    s = state.situation
    if s is None:
        return []
    out = []
    for req in s.requirements:
        if req.when is None:
            continue
        table = state.catalog.conditions.get(req.when, {})
        if table.get("fact") != ADDRESS_CONDITION_FACT:
            continue
        if state.catalog.holds(req.when, facts):
            out.append(req.piece)
    return out


# ----- e-photo ------------------------------------------------------------------------------
def _ephoto_check(state: FlowState, value: Any) -> list[Problem]:
    from desktop.core.identifiers import check_ephoto_code

    rule = state.catalog.rule("ephoto")
    return _ids(
        check_ephoto_code(str(value), int(rule["code_length"]), str(rule["alphabet"])),
        "ephoto.code",
    )


def _ephoto_extra(state: FlowState, a: Answers) -> list[Problem]:
    if parse(BOOL, a.get("ui.answers.ephoto_later")):
        return []
    taken = a.get("ephoto.taken_on")
    try:
        day = parse(DATE, taken)
    except ValueError:
        return []
    if day is None or day > state.today:
        return []
    from desktop.core.calendar import filing_day

    until = sit.ephoto_valid_until(state.catalog, day)
    filing = filing_day(state.dossier.filing_date, state.today)
    if filing > until:
        return [problem("ephoto_too_old", "ephoto.taken_on", date=_fr(until))]
    return []


EPHOTO = Step(
    "ephoto",
    fields=(
        Field("ui.answers.ephoto_later", BOOL, required=never, default=False),
        Field(
            "ephoto.code",
            TEXT,
            check=_ephoto_check,
            shown=_not(_when("ui.answers.ephoto_later", True)),
            extras={"code": True},
        ),
        Field(
            "ephoto.taken_on",
            DATE,
            required=never,
            past_only=True,
            shown=_not(_when("ui.answers.ephoto_later", True)),
        ),
    ),
    applies=lambda s: s.requires_piece("ephoto"),
    extra_check=_ephoto_extra,
)


# ----- CER ----------------------------------------------------------------------------------
CER_PRINCIPLES = (
    "liberty",
    "expression",
    "equality",
    "dignity",
    "motto",
    "territory",
    "laicite",
)

CER = Step(
    "cer",
    fields=(Field("cer.signed_on", DATE, required=never, past_only=True),),
    applies=lambda s: s.requires_piece("cer"),
)


# ----- documents ----------------------------------------------------------------------------
def _document_dates(state: FlowState) -> list[Field]:
    out = []
    for pid in checklist(state):
        pdef = state.catalog.pieces[pid]
        for name in pdef.needs_dates:
            out.append(
                Field(
                    f"pieces.{pid}.{name}",
                    DATE,
                    required=never,
                    past_only=name == "issued_on",
                )
            )
    return out


def checklist(state: FlowState) -> list[str]:
    """The pieces to collect as files, in catalog order (typed codes excluded)."""
    s = state.situation
    if s is None:
        return []
    out = []
    for req in s.requirements:
        pdef = state.catalog.pieces[req.piece]
        if not pdef.formats:  # e-photo: a typed code, asked on its own step
            continue
        if req.when is None or state.holds(req.when):
            out.append(req.piece)
    return out


DOCUMENTS = Step("documents", dynamic_fields=_document_dates)


# ----- letters ------------------------------------------------------------------------------
def missing_pieces(state: FlowState) -> list[str]:
    v = state.verdict()
    if v is None:
        return []
    return [p.id for p in v.pieces if p.status == "missing" and p.definition.formats]


def needs_appointment_letter(state: FlowState) -> bool:
    return state.dossier.get("appointment.status") == "none"


def letters_offered(state: FlowState) -> bool:
    return bool(missing_pieces(state)) or needs_appointment_letter(state)


def _letters_apply(state: FlowState, a: Answers) -> None:
    """The missing-piece letter reads ``[missing.<piece>]``: keep the answers there."""
    piece = a.get("letters.missing.piece") or ""
    if not piece:
        return
    try:
        requested = parse(DATE, a.get("letters.missing.requested_on"))
        expected = parse(DATE, a.get("letters.missing.expected_on"))
    except ValueError:
        return
    base = f"missing.{piece}"
    state.dossier.set(f"{base}.reason", (a.get("letters.missing.reason") or "").strip())
    state.dossier.set(f"{base}.expected_on", expected)
    if requested is not None:
        state.dossier.set(f"{base}.steps", [{"date": requested, "what": FORM_STEP}])


LETTERS = Step(
    "letters",
    fields=(
        Field(
            "letters.missing.piece",
            CHOICE,
            choices=lambda s: ["", *missing_pieces(s)],
            required=never,
        ),
        Field("letters.missing.reason", TEXT, required=never),
        Field("letters.missing.requested_on", DATE, required=never, past_only=True),
        Field("letters.missing.expected_on", DATE, required=never),
        Field("appointment.service_email", TEXT, required=never),
    ),
    applies=letters_offered,
    after_apply=_letters_apply,
)


# ----- review -------------------------------------------------------------------------------
REVIEW = Step("review")

STEPS: tuple[Step, ...] = (
    WELCOME,
    SITUATION,
    CIVIL_STATUS,
    ADDRESS,
    EPHOTO,
    CER,
    DOCUMENTS,
    LETTERS,
    REVIEW,
)
BY_ID = {s.id: s for s in STEPS}
ORDER = tuple(s.id for s in STEPS)

__all__ = [
    "ADDRESS",
    "BY_ID",
    "CER_PRINCIPLES",
    "ORDER",
    "STEPS",
    "Step",
    "address_pieces",
    "always",
    "checklist",
    "letters_offered",
    "missing_pieces",
    "situation_summary",
]
