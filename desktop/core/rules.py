"""The rule engine: a fair, explained verdict on a dossier for its situation.

Each rule answers passed / failed / inconclusive with a blocking flag and a
``Problem`` whose message names the piece, the rule and the fix (DossierFacile's
shape). Thresholds come from the catalog; dates from one injectable clock.
File-level findings (from ``desktop.intake``) are passed in, so this module stays
standard-library only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from desktop.core.calendar import (
    EXPIRED,
    LATE,
    Dates,
    Deadline,
    Fee,
    add_months,
    dossier_dates,
    ephoto_valid_until,
    late_fee_id,
    months_between,
)
from desktop.core.catalog import Catalog, Dated, PieceDef, Requirement, Situation
from desktop.core.dossier import Dossier, file_status
from desktop.core.identifiers import (
    check_ephoto_code,
    check_numero_etranger,
    check_postcode,
    parse_td3,
)
from desktop.core.messages import Problem, Text
from desktop.core.routing import Routing, route

PASSED, FAILED, INCONCLUSIVE = "passed", "failed", "inconclusive"
STATUSES = ("ok", "warning", "error", "missing", "not_required")


class FileFinding(Protocol):
    """What intake says about one file (see desktop.intake.FileReport)."""

    @property
    def kind(self) -> str | None: ...

    @property
    def pages(self) -> int | None: ...

    @property
    def problems(self) -> list[Problem]: ...


@dataclass
class RuleResult:
    rule: str
    outcome: str
    blocking: bool
    piece: str | None = None
    problem: Problem | None = None
    dated: Dated | None = None


@dataclass
class PieceVerdict:
    id: str
    definition: PieceDef
    requirement: Requirement
    applicable: bool
    files: list[str]
    results: list[RuleResult] = field(default_factory=list)

    @property
    def required(self) -> bool:
        return self.applicable and self.requirement.required

    @property
    def has_input(self) -> bool:
        return bool(self.files)

    @property
    def problems(self) -> list[Problem]:
        return [r.problem for r in self.results if r.problem is not None]

    @property
    def status(self) -> str:
        if any(r.rule == "completeness" and r.outcome == FAILED for r in self.results):
            return "missing"
        if not self.applicable and not self.has_input:
            return "not_required"
        if not self.required and not self.has_input:
            return "not_required"
        if any(r.outcome == FAILED and (r.blocking or _sev(r) == "error") for r in self.results):
            return "error"
        if any(r.outcome in (FAILED, INCONCLUSIVE) for r in self.results):
            return "warning"
        return "ok"


def _sev(r: RuleResult) -> str:
    return r.problem.severity if r.problem else ""


@dataclass
class Verdict:
    """The engine's answer for a dossier on a day, in no language: problems carry
    codes and parameters (``Text`` for labels), turned into words at the edge."""

    situation: Situation
    dates: Dates
    pieces: list[PieceVerdict]
    dossier_results: list[RuleResult]
    rules_checked: dt.date  # when the catalog's rules were last checked against their sources
    routing: Routing | None = None  # how the situation was found (named, or from facts)

    @property
    def filing_date(self) -> dt.date:
        return self.dates.filing

    @property
    def today(self) -> dt.date:
        return self.dates.today

    @property
    def deadlines(self) -> list[Deadline]:
        return self.dates.deadlines

    @property
    def fees(self) -> list[Fee]:
        return self.dates.fees

    def piece(self, piece_id: str) -> PieceVerdict | None:
        return next((p for p in self.pieces if p.id == piece_id), None)

    @property
    def complete(self) -> bool:
        for p in self.pieces:
            if p.status in ("missing", "error"):
                return False
        return not any(r.outcome == FAILED and r.blocking for r in self.dossier_results)

    @property
    def problems(self) -> list[Problem]:
        return [r.problem for r in self.dossier_results if r.problem is not None]

    def to_json(self, lang: str | None) -> dict[str, Any]:
        s = self.situation
        return {
            "complete": self.complete,
            "situation": s.id,
            "situation_label": s.label_in(lang),
            "category": s.category,
            "procedure": s.procedure,
            "card": s.card,
            "filing_date": self.filing_date.isoformat(),
            "rules_checked": self.rules_checked.isoformat(),
            "today": self.today.isoformat(),
            "pieces": [
                {
                    "id": p.id,
                    "label": p.definition.label_in(lang),
                    "required": p.required,
                    "applicable": p.applicable,
                    "condition": p.requirement.when,
                    "status": p.status,
                    "files": p.files,
                    "problems": [x.to_json(lang) for x in p.problems],
                    "rules": [
                        {"rule": r.rule, "outcome": r.outcome, "blocking": r.blocking}
                        for r in p.results
                    ],
                    **p.requirement.dated.to_json(),
                }
                for p in self.pieces
            ],
            "problems": [x.to_json(lang) for x in self.problems],
            "deadlines": [
                {"id": d.id, "date": d.date.isoformat(), "label": d.label(lang)}
                for d in self.deadlines
            ],
            "fees": [f.to_json(lang) for f in self.fees],
            "derived": self.routing.to_json(lang) if self.routing else None,
            "situation_source": s.dated.to_json(),
        }


def _fail(
    rule: str, piece: str | None, code: str, sev: str, blocking: bool, **params: Any
) -> RuleResult:
    return RuleResult(rule, FAILED, blocking, piece, Problem(code, sev, params))


def _inconclusive(rule: str, piece: str | None, code: str, **params: Any) -> RuleResult:
    return RuleResult(rule, INCONCLUSIVE, False, piece, Problem(code, "warning", params))


def evaluate(
    dossier: Dossier,
    catalog: Catalog,
    today: dt.date,
    findings: Mapping[str, FileFinding] | None = None,
) -> Verdict:
    """Judge ``dossier``. ``findings`` maps each file path (as written in the
    dossier) to what intake found in it; missing entries are not inspected."""
    findings = findings or {}
    routing = route(dossier, catalog)  # the named situation, or the one its facts describe
    situation = routing.situation
    dates = dossier_dates(dossier, catalog, situation, today)
    filing = dates.filing
    facts = dossier.facts(today)
    facts.update(
        category=situation.category,
        procedure=situation.procedure,
        card=situation.card,
        integration=situation.integration,
        filing_date=filing,
    )
    if routing.first_of_kind is not None and dossier.get("applicant.first_of_kind") is None:
        facts["first_of_kind"] = routing.first_of_kind
    pieces: list[PieceVerdict] = []
    for req in situation.requirements:
        pdef = catalog.pieces[req.piece]
        applicable = req.when is None or catalog.holds(req.when, facts)
        entry = dossier.piece(req.piece)
        files = list(entry.files)
        if pdef.id == "ephoto" and dossier.ephoto_code:
            files = []
        pv = PieceVerdict(pdef.id, pdef, req, applicable, files)
        pieces.append(pv)
        ctx = _PieceContext(dossier, catalog, situation, filing, today, pv, findings)
        ctx.run()
    dossier_results = _dossier_rules(dossier, catalog, situation, dates, facts)
    dossier_results[:0] = _situation_rules(dossier, catalog, situation, dates.filing)
    if routing.contradicted_by is not None:
        dossier_results.insert(
            0,
            _fail(
                "situation.facts",
                None,
                "situation.contradicted",
                "warning",
                False,
                named=Text(situation.label),
                derived=Text(routing.contradicted_by.label),
                id=routing.contradicted_by.id,
            ),
        )
    if dates.planned is not None and dates.planned_passed:
        dossier_results.insert(
            0,
            _fail("filing_date", None, "filing_date.passed", "warning", False, date=dates.planned),
        )
    return Verdict(situation, dates, pieces, dossier_results, catalog.checked, routing)


def _situation_rules(
    dossier: Dossier, catalog: Catalog, situation: Situation, filing: dt.date
) -> list[RuleResult]:
    """What the situation says the upload cannot carry: its notice, and an error for
    a file given as a piece that must stay out (the medical file, for the OFII doctor).
    A route the law opens until a date (``until``): an error for a filing after it, a
    warning in the weeks before it (rules.toml ``route_ending``)."""
    out: list[RuleResult] = []
    if situation.until is not None:
        ended = filing > situation.until
        soon = (situation.until - filing).days <= int(catalog.rules["route_ending"]["warn_days"])
        if ended or soon:
            code, severity = (
                ("situation.ended", "error") if ended else ("situation.ending", "warning")
            )
            result = _fail(
                "situation.until",
                None,
                code,
                severity,
                ended,
                situation=Text(situation.label),
                until=situation.until,
            )
        else:
            result = RuleResult("situation.until", PASSED, True)
        result.dated = situation.dated
        out.append(result)
    if situation.notice:
        out.append(
            RuleResult(
                "situation.notice",
                PASSED,
                False,
                None,
                Problem("situation.notice", "info", {"notice": Text(situation.notice)}),
            )
        )
    for pid in situation.keep_out:
        files = dossier.piece(pid).files
        if files:
            out.append(
                _fail(
                    "situation.keep_out",
                    pid,
                    "piece.keep_out",
                    "error",
                    True,
                    files=", ".join(files),
                    notice=Text(situation.notice),
                )
            )
    return out


@dataclass
class _PieceContext:
    dossier: Dossier
    catalog: Catalog
    situation: Situation
    filing: dt.date
    today: dt.date
    pv: PieceVerdict
    findings: Mapping[str, FileFinding]

    @property
    def name(self) -> Text:
        return Text(self.pv.definition.label)

    def add(self, result: RuleResult) -> None:
        if result.problem is not None and "piece" not in result.problem.params:
            result.problem.params["piece"] = self.name
        result.piece = self.pv.id
        self.pv.results.append(result)

    def run(self) -> None:
        pv = self.pv
        if pv.id == "ephoto":
            self._ephoto()
            return
        entry = self.dossier.piece(pv.id)
        if not pv.files:
            if pv.required:
                self.add(
                    _fail(
                        "completeness",
                        pv.id,
                        "piece.missing",
                        "error",
                        True,
                        situation=Text(self.situation.label),
                        help=Text(pv.definition.help),
                    )
                )
            return
        self.add(RuleResult("completeness", PASSED, True))
        self._files()
        if pv.id == "cer":
            self._cer(self.dossier.cer_signed_on or entry.issued_on)
            return
        if pv.definition.freshness_months and pv.applicable:
            coded = self._coded_date()
            self._freshness(entry.issued_on or coded)
            if coded and entry.issued_on and coded != entry.issued_on:
                file = next(iter(self.pv.files), "")
                self.add(
                    _fail(
                        "freshness.coded",
                        None,
                        "freshness.coded_date_differs",
                        "warning",
                        False,
                        file=file.rsplit("/", 1)[-1],
                        coded=coded,
                        typed=entry.issued_on,
                    )
                )
        if "expires_on" in pv.definition.needs_dates:
            self._validity(entry.expires_on)
        if pv.id == "passport":
            self._mrz(entry.expires_on)

    # ----- files ------------------------------------------------------------
    def _files(self) -> None:
        pdef = self.pv.definition
        total_pages = 0
        for rel in self.pv.files:
            status = file_status(self.dossier.resolve(rel))
            if status != "file":
                key = {"folder": "file.is_folder", "unopenable": "file.cannot_open"}
                code = key.get(status, "file.not_found")
                self.add(_fail("file.exists", None, code, "error", True, file=rel))
                continue
            found = self.findings.get(rel)
            if found is None:
                continue
            refused = False
            for problem in found.problems:
                blocking = problem.severity == "error"
                refused = refused or blocking
                # Which of the dossier's files it is (two may share a name).
                problem = replace(problem, params={**problem.params, "entry": rel})
                self.add(RuleResult("file.quality", FAILED, blocking, None, problem))
            # A file intake refused (Word, empty, damaged…) already says why and what to
            # do; "format not accepted" would only repeat it with a technical name.
            if not refused and found.kind and pdef.formats and found.kind not in pdef.formats:
                self.add(
                    _fail(
                        "file.format",
                        None,
                        "file.format_not_accepted",
                        "error",
                        True,
                        file=rel,
                        kind=found.kind.upper(),
                        formats=", ".join(f.upper() for f in pdef.formats),
                    )
                )
            total_pages += found.pages or 0
        self._one_side()
        if pdef.max_pages and total_pages > pdef.max_pages:
            self.add(
                _fail(
                    "file.page_cap",
                    None,
                    "file.too_many_pages",
                    "warning",
                    False,
                    pages=total_pages,
                    max=pdef.max_pages,
                )
            )

    def _one_side(self) -> None:
        """A piece asked for on both sides (``both_sides``) whose files are all photos,
        with an odd number of cards found in them: a side is missing, or two sides
        share one photo, where only one card is kept (each photo gives one document)."""
        if not self.pv.definition.both_sides:
            return
        cards = 0
        for rel in self.pv.files:
            found = self.findings.get(rel)
            pages = getattr(found, "page_info", None)
            if found is None or not pages or not all(getattr(p, "photo", False) for p in pages):
                return  # a PDF or a scan may hold both sides: nothing to count
            for page in pages:
                doc = getattr(page, "document", None) or {}
                cards += doc.get("kind") == "id_card"
        if cards % 2:
            self.add(_fail("file.sides", None, "piece.one_side", "warning", False, cards=cards))

    def _read_mrz(self) -> list[str] | None:
        """The TD3 zone read from the passport's file, when every check digit passed."""
        for rel in self.pv.files:
            read = getattr(self.findings.get(rel), "mrz", None)
            if read is not None and read.valid and read.format == "TD3":
                return list(read.lines)
        return None

    # ----- freshness and validity -----------------------------------------------
    def _coded_date(self) -> dt.date | None:
        """The date a 2D-Doc in one of the piece's files gives it (signed by its issuer)."""
        for rel in self.pv.files:
            coded = getattr(self.findings.get(rel), "coded_date", None)
            if isinstance(coded, dt.date):
                return coded
        return None

    def _freshness(self, issued: dt.date | None) -> None:
        pdef = self.pv.definition
        months = int(pdef.freshness_months or 0)
        if issued is None:
            self.add(_inconclusive("freshness", None, "freshness.date_unknown", months=months))
            return
        if issued > self.filing:
            self.add(_fail("freshness", None, "date.in_future", "error", True, date=issued))
            return
        limit = add_months(issued, months)
        if self.filing > limit:
            age = months_between(issued, self.filing)
            # the piece's own freshness rule (pieces.toml `freshness_rule`), never a rule
            # found by name: its provenance must be the one the person is shown
            rule = self.catalog.rules[pdef.freshness_rule] if pdef.freshness_rule else {}
            relaxed = rule.get("relaxed_months")
            blocking = bool(rule.get("blocking", True))
            relaxable = bool(relaxed) and age < int(relaxed or 0)
            code = "freshness.too_old_relaxable" if relaxable else "freshness.too_old"
            # Where sources disagree (prefecture lists 3 months, the national list 6),
            # or no official text sets the limit: warn, never block.
            blocking = blocking and not relaxable
            self.add(
                _fail(
                    "freshness",
                    None,
                    code,
                    "error" if blocking else "warning",
                    blocking,
                    age=age,
                    months=months,
                    relaxed=relaxed or months,
                    date=issued,
                    filing=self.filing,
                )
            )
        else:
            self.add(RuleResult("freshness", PASSED, True))

    def _validity(self, expires: dt.date | None) -> None:
        pid = self.pv.id
        if pid == "current_permit":
            return  # judged by the renewal window
        if expires is None:
            self.add(_inconclusive("validity", None, "validity.date_unknown"))
            return
        if expires < self.filing:
            code = "passport.expired" if pid == "passport" else "validity.expired"
            self.add(
                _fail(
                    "validity",
                    None,
                    code,
                    "error",
                    True,
                    date=expires,
                    filing=self.filing,
                )
            )
            return
        if pid == "passport":
            warn = int(self.catalog.rule("passport_validity")["warn_months"])
            if expires < add_months(self.filing, warn):
                self.add(
                    _fail(
                        "validity",
                        None,
                        "passport.expires_soon",
                        "warning",
                        False,
                        date=expires,
                        months=warn,
                    )
                )
                return
        self.add(RuleResult("validity", PASSED, True))

    def _mrz(self, expires: dt.date | None) -> None:
        lines = self.dossier.get("pieces.passport.mrz") or self._read_mrz()
        if not lines:
            return
        if not isinstance(lines, list) or len(lines) != 2:
            self.add(_fail("passport.mrz", None, "id.mrz.length", "error", True, len1=0, len2=0))
            return
        mrz, problems = parse_td3(str(lines[0]), str(lines[1]), self.today)
        for problem in problems:
            self.add(RuleResult("passport.mrz", FAILED, True, None, problem))
        if mrz is None or problems:
            return
        a = self.dossier.applicant
        if a.nationality and mrz.nationality and a.nationality != mrz.nationality:
            self.add(
                _fail(
                    "passport.mrz",
                    None,
                    "passport.mrz_mismatch",
                    "warning",
                    False,
                    field="nationality",
                    typed=a.nationality,
                    mrz=mrz.nationality,
                )
            )
        if expires and mrz.expiry_date and expires != mrz.expiry_date:
            self.add(
                _fail(
                    "passport.mrz",
                    None,
                    "passport.mrz_mismatch",
                    "warning",
                    False,
                    field="expires_on",
                    typed=expires,
                    mrz=mrz.expiry_date,
                )
            )

    # ----- e-photo ------------------------------------------------------------
    def _ephoto(self) -> None:
        rule = self.catalog.rule("ephoto")
        code = self.dossier.ephoto_code
        if not code:
            if self.pv.required:
                self.add(
                    _fail(
                        "completeness",
                        None,
                        "ephoto.missing",
                        "error",
                        True,
                        months=rule["validity_months"],
                    )
                )
            return
        self.pv.files = []
        self.add(RuleResult("completeness", PASSED, True))
        for problem in check_ephoto_code(code, int(rule["code_length"]), str(rule["alphabet"])):
            self.add(
                RuleResult("ephoto.format", FAILED, problem.severity == "error", None, problem)
            )
        taken = self.dossier.ephoto_taken_on
        months = int(rule["validity_months"])
        if taken is None:
            self.add(_inconclusive("ephoto.age", None, "ephoto.date_unknown", months=months))
            return
        if taken > self.today:
            self.add(_fail("ephoto.age", None, "date.in_future", "error", True, date=taken))
            return
        if self.filing > ephoto_valid_until(self.catalog, taken):
            self.add(
                _fail(
                    "ephoto.age",
                    None,
                    "ephoto.too_old",
                    "error",
                    True,
                    date=taken,
                    months=months,
                )
            )
            return
        hours_since = (self.today - taken).days * 24
        if hours_since < int(rule["activation_min_hours"]):
            self.add(
                _fail(
                    "ephoto.activation",
                    None,
                    "ephoto.not_active_yet",
                    "warning",
                    False,
                    min=rule["activation_min_hours"],
                    max=rule["activation_max_hours"],
                )
            )
            return
        self.add(RuleResult("ephoto.age", PASSED, True))

    # ----- CER ------------------------------------------------------------------
    def _cer(self, signed: dt.date | None) -> None:
        rule = self.catalog.rule("cer")
        if signed is None:
            self.add(_inconclusive("cer.signed_for_this", None, "cer.date_unknown"))
            return
        if signed > self.filing:
            self.add(
                _fail("cer.signed_for_this", None, "date.in_future", "error", True, date=signed)
            )
            return
        before_law = signed < rule["in_force_from"]
        if before_law or (self.filing - signed).days > int(rule["max_age_days"]):
            # Signed before the contract existed: not this application's (blocking).
            # Long ago: no text sets a limit (R.412-1: signed for each application),
            # so a warning to check, never a block.
            self.add(
                _fail(
                    "cer.signed_for_this",
                    None,
                    "cer.old_signature",
                    "error" if before_law else "warning",
                    before_law,
                    date=signed,
                    days=rule["max_age_days"],
                )
            )
            return
        self.add(RuleResult("cer.signed_for_this", PASSED, True))


# ----- dossier-level rules ----------------------------------------------------------
def _dossier_rules(
    dossier: Dossier,
    catalog: Catalog,
    situation: Situation,
    dates: Dates,
    facts: Mapping[str, Any],
) -> list[RuleResult]:
    out: list[RuleResult] = []
    filing = dates.filing
    expiry = dossier.current_permit_expiry
    if situation.procedure == "renewal":
        window = dates.window
        if window is None:
            out.append(_inconclusive("renewal.window", None, "renewal.expiry_unknown"))
        else:
            state = window.state_on(filing)
            opens, closes, expiry = window.opens, window.closes, window.expiry
            late_fee = next((f for f in dates.fees if f.id == late_fee_id(catalog)), None)
            if state == EXPIRED and late_fee is not None:
                out.append(
                    _fail(
                        "renewal.window",
                        None,
                        "renewal.after_expiry",
                        "error",
                        False,
                        expiry=expiry,
                        fee=late_fee.total_eur,
                    )
                )
            elif state == LATE and late_fee is not None:
                out.append(
                    _fail(
                        "renewal.window",
                        None,
                        "renewal.late",
                        "warning",
                        False,
                        expiry=expiry,
                        closes=closes,
                        days=(expiry - closes).days,
                        fee=late_fee.total_eur,
                    )
                )
            elif filing < opens:  # early
                out.append(
                    _fail(
                        "renewal.window",
                        None,
                        "renewal.too_early",
                        "warning",
                        False,
                        opens=opens,
                        closes=closes,
                    )
                )
            else:
                out.append(RuleResult("renewal.window", PASSED, False))
    if situation.procedure == "duplicate" and expiry is not None:
        days = int(catalog.rule("duplicate")["renew_instead_within_days"])
        if expiry - filing <= dt.timedelta(days=days):
            out.append(
                _fail(
                    "duplicate.renew_instead",
                    None,
                    "duplicate.renew_instead",
                    "warning",
                    False,
                    expiry=expiry,
                )
            )
    if dates.fee_guessed:
        # CESEDA L.436-2: the duplicate costs what the renewal of the same card
        # costs; without the card's category the standard rate is only a guess.
        shown = next((f for f in dates.fees if f.id == situation.fee), None)
        out.append(
            _fail(
                "duplicate.fee",
                None,
                "duplicate.fee_depends_on_category",
                "warning",
                False,
                fee=shown.total_eur if shown is not None else 0,
            )
        )
    a = dossier.applicant
    for problem in check_numero_etranger(a.numero_etranger):
        out.append(RuleResult("id.numero_etranger", FAILED, False, None, problem))
    for problem in check_postcode(dossier.address.postcode):
        out.append(RuleResult("id.postcode", FAILED, problem.severity == "error", None, problem))
    if situation.integration == "required" and facts.get("first_of_kind"):
        rule = catalog.rule("integration")
        age = facts.get("age")
        if facts.get("studies_in_france"):
            out.append(
                RuleResult(
                    "integration.exempt",
                    PASSED,
                    False,
                    None,
                    Problem(
                        "integration.exempt_studies",
                        "info",
                        {
                            "secondary": rule["exempt_secondary_years"],
                            "higher": rule["exempt_higher_years"],
                        },
                    ),
                )
            )
        elif isinstance(age, int) and age >= int(rule["exempt_age"]):
            out.append(
                RuleResult(
                    "integration.exempt",
                    PASSED,
                    False,
                    None,
                    Problem("integration.exempt_age", "info", {"age": rule["exempt_age"]}),
                )
            )
    age_rule = catalog.rule("catalog_age")
    months = int(age_rule["warn_after_months"])
    if dates.today > add_months(catalog.checked, months):
        out.append(
            _fail(
                "catalog.age",
                None,
                "catalog.stale",
                "warning",
                False,
                checked=catalog.checked,
                months=months,
            )
        )
    return out


@dataclass
class CheckResult:
    """A checked dossier, built once (``desktop.services.check_dossier``) and handed
    down: what every file was found to be and the engine's verdict on the whole.
    The bundle, the letters and both front ends read it; none judges again."""

    dossier: Dossier
    catalog: Catalog
    findings: dict[str, FileFinding]
    verdict: Verdict

    @property
    def complete(self) -> bool:
        return self.verdict.complete

    def to_json(self, lang: str | None) -> dict[str, Any]:
        data = self.verdict.to_json(lang)
        data["applicant"] = self.dossier.applicant.display_name
        return data
