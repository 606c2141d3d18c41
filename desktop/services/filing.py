"""After filing: freeze what was sent, add the prefecture's papers, and say what
is due when (``desktop.core.filings``, ``desktop.core.timeline``).

Both front ends call these; the dossier is saved by the caller (the CLI saves
the TOML, the wizard's workspace saves it into the vault with every frozen file,
since ``checking.owned_files`` lists them).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core import reader
from desktop.core.atomic import atomic_copy
from desktop.core.dossier import Dossier
from desktop.core.filings import (
    ANSWER_KINDS,
    ANSWERS_DIR,
    FILINGS_DIR,
    REMOVAL,
    Answer,
    FiledFile,
    Filing,
    FrozenCheck,
    add_answer,
    add_filing,
    answers,
    check_frozen,
    filings,
    sha256_of,
)
from desktop.core.messages import t
from desktop.core.timeline import BEFORE, Event, after_filing, next_event
from desktop.errors import UserError

RECORD_NAME = "recapitulatif-depot.pdf"


@dataclass
class FilingReport:
    filing: Filing
    folder: Path

    def message(self, lang: str | None) -> str:
        return t(
            "filing.recorded",
            lang,
            date=self.filing.filed_on,
            count=len(self.filing.files),
            folder=self.filing.folder,
            record=self.filing.record,
        )


def record_filing(
    dossier: Dossier,
    *,
    filed_on: dt.date,
    today: dt.date,
    request: str = "",
    lang: str | None = None,
) -> FilingReport:
    """« J'ai déposé sur ANEF le … »: build the bundle as the dossier stands, copy
    every upload file (one per ANEF slot, and the complete PDF) under
    ``depots/<date>/`` with its SHA-256, write the one-page filing record, and list
    it all in ``[[filings]]``. The folder appears whole or not at all."""
    from desktop.letters.filing import filing_record_blocks, write_filing_record
    from desktop.services.building import build

    if filed_on > today:
        raise UserError("filing.in_future", date=filed_on)
    request = request.strip() or str(dossier.get("anef.request_number", "") or "").strip()
    if request and not dossier.get("anef.request_number"):
        dossier.set("anef.request_number", request)
    if any(f.filed_on == filed_on for f in filings(dossier)):
        raise UserError("filing.already", date=filed_on)
    rel_folder = f"{FILINGS_DIR}/{filed_on.isoformat()}"
    base = dossier.base_dir
    final = base / rel_folder
    partial = base / FILINGS_DIR / f".{filed_on.isoformat()}.partial"
    if final.exists():
        raise UserError("filing.already", date=filed_on)
    shutil.rmtree(partial, ignore_errors=True)
    try:
        report = build(dossier, partial / "build", today=filed_on, lang=lang)
        kept = [o for o in report.outputs if o.kind in ("slot", "complete")]
        files: list[FiledFile] = []
        for o in kept:
            name = Path(o.path).name
            os.replace(partial / "build" / o.path, partial / name)  # same folder: a rename
            files.append(
                FiledFile(
                    name=f"{rel_folder}/{name}",
                    sha256=sha256_of(partial / name),
                    bytes=(partial / name).stat().st_size,
                    slot=o.piece or o.kind,
                )
            )
        shutil.rmtree(partial / "build")
        verdict = report.checked.verdict
        warnings = sum(1 for p in verdict.pieces if p.status == "warning")
        missing = sum(1 for p in verdict.pieces if p.status in ("missing", "error"))
        blocks = filing_record_blocks(
            dossier,
            filed_on=filed_on,
            request=request,
            files=files,
            complete=verdict.complete,
            missing=missing,
            warnings=warnings,
            rules_checked=verdict.rules_checked,
            situation_label=verdict.situation.label_in("fr"),
        )
        write_filing_record(partial / RECORD_NAME, blocks)
        partial.rename(final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    filing = Filing(
        filed_on=filed_on,
        folder=rel_folder,
        files=tuple(files),
        request=request.strip(),
        record=f"{rel_folder}/{RECORD_NAME}",
        complete=verdict.complete,
        missing=missing,
        warnings=warnings,
        rules_checked=verdict.rules_checked,
        situation=verdict.situation.id,
    )
    add_filing(dossier, filing)
    return FilingReport(filing, final)


def verify_filings(dossier: Dossier) -> list[FrozenCheck]:
    """Every recorded filing's files against their recorded SHA-256."""
    return [check_frozen(dossier, f) for f in filings(dossier)]


# ----- the prefecture's papers ------------------------------------------------


@dataclass
class AnswerReport:
    answer: Answer
    #: (message key, params): what does not match the dossier, or needs acting on
    problems: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def messages(self, lang: str | None) -> list[str]:
        return [t(key, lang, **params) for key, params in self.problems]


_EXT = {"pdf": ".pdf", "jpeg": ".jpg", "png": ".png", "heic": ".heic", "webp": ".webp"}


def attach_answer(
    dossier: Dossier,
    source: str | Path,
    *,
    today: dt.date,
    kind: str = "",
    valid_until: dt.date | None = None,
    notified_on: dt.date | None = None,
    issued_on: dt.date | None = None,
    appointment_on: dt.date | None = None,
    appeal_days: int | None = None,
) -> AnswerReport:
    """Read a paper from the prefecture (its text layer), complete the reading with
    what the person stated, keep a copy under ``reponses/`` and list it in
    ``[[answers]]``; then check it against the dossier and its filing."""
    from desktop.intake import DEFAULT_LIMITS, sniff_file
    from desktop.intake.answers import AnswerReading, read_answer
    from desktop.services.files import checked_source

    src = Path(source)
    checked_source(src)
    sniffed = str(sniff_file(src).kind)
    reading = AnswerReading(has_text=False)
    if sniffed == "pdf":
        data = reader.read_capped(src, DEFAULT_LIMITS.max_file_bytes)
        reading = read_answer(data, src.name)  # IntakeError (a UserError) names the file
    elif sniffed not in _EXT:
        raise UserError("answer.not_a_paper", file=src.name)
    final_kind = kind or reading.kind
    if final_kind not in ANSWER_KINDS:
        raise UserError(
            "answer.unknown_kind" if reading.has_text else "answer.no_text",
            file=src.name,
            kinds=", ".join(ANSWER_KINDS),
        )
    stamp = issued_on or notified_on or reading.issued_on or reading.notified_on or today
    folder = dossier.base_dir / ANSWERS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    n = 1
    stem = f"{stamp.isoformat()}-{final_kind}"
    while (folder / f"{stem}-{n}{_EXT[sniffed]}").exists():
        n += 1
    target = folder / f"{stem}-{n}{_EXT[sniffed]}"
    atomic_copy(src, target)
    answer = Answer(
        kind=final_kind,
        file=f"{ANSWERS_DIR}/{target.name}",
        sha256=sha256_of(target),
        issued_on=issued_on or reading.issued_on,
        valid_until=valid_until or reading.valid_until,
        notified_on=notified_on or reading.notified_on,
        appointment_on=appointment_on or reading.appointment_on,
        request=reading.request,
        foreigner_number=reading.foreigner_number,
        work=reading.work,
        appeal_days=appeal_days if appeal_days is not None else reading.appeal_days,
    )
    add_answer(dossier, answer)
    return AnswerReport(answer, _answer_problems(dossier, answer, today))


def _answer_problems(
    dossier: Dossier, a: Answer, today: dt.date
) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    mine = "".join(c for c in dossier.applicant.numero_etranger if c.isdigit())
    if a.foreigner_number and mine and a.foreigner_number != mine:
        out.append(("answer.foreigner_mismatch", {"found": a.foreigner_number, "mine": mine}))
    recorded = filings(dossier)
    if a.request and recorded and recorded[-1].request:
        expected = recorded[-1].request.replace(" ", "").upper()
        if a.request.replace(" ", "").upper() != expected:
            out.append(("answer.request_mismatch", {"found": a.request, "mine": expected}))
    if a.valid_until and a.valid_until < today:
        out.append(("answer.expired", {"date": a.valid_until}))
    if a.kind in ("prolongation", "decision_favorable") and a.work == "no":
        out.append(("answer.no_work", {}))
    if a.kind == "prolongation" and a.valid_until is None:
        out.append(("answer.no_end_date", {}))
    if a.kind == REMOVAL:
        out.append(("answer.removal", {}))
    if not recorded:
        out.append(("filing.none", {}))
    return out


def answer_sheet(dossier: Dossier, out: str | Path, *, today: dt.date, lang: str) -> Path:
    """The one-page note on the latest paper (``letters.sheet``), in French with
    the summary in ``lang``; the PDF's path."""
    from desktop.letters.layout import render_pdf
    from desktop.letters.sheet import answer_sheet_blocks, rtl_summary

    papers = answers(dossier)
    if not papers:
        raise UserError("sheet.none")
    latest = papers[-1]
    recorded = filings(dossier)
    blocks = answer_sheet_blocks(dossier, latest, recorded[-1] if recorded else None, lang, today)
    path = Path(out)
    render_pdf(blocks, path, after=rtl_summary(latest, lang))
    return path


# ----- the timeline ------------------------------------------------------------


@dataclass
class Timeline:
    today: dt.date
    events: list[Event]
    filed: bool

    @property
    def next(self) -> Event | None:
        return next_event(self.events, self.today)

    def to_json(self, lang: str | None) -> dict[str, Any]:
        nxt = self.next
        return {
            "today": self.today.isoformat(),
            "filed": self.filed,
            "events": [e.to_json(self.today, lang) for e in self.events],
            "next": nxt.to_json(self.today, lang) if nxt else None,
        }


def timeline(dossier: Dossier, today: dt.date) -> Timeline:
    """The latest filing's events and the papers that answered it; before any
    filing, the dossier's own deadlines (renewal window, permit expiry…)."""
    recorded = filings(dossier)
    if not recorded:
        from desktop.services.checking import check_dossier

        verdict = check_dossier(dossier, today, inspect=False).verdict
        events = [
            Event(f"{BEFORE}{d.id}", d.date, dict(d.params), deadline=True)
            for d in verdict.deadlines
        ]
        return Timeline(today, events, False)
    last = recorded[-1]
    papers = [
        a for a in answers(dossier) if (a.issued_on or a.notified_on or today) >= last.filed_on
    ]
    return Timeline(today, after_filing(last, papers, today), True)


def timeline_pdf(dossier: Dossier, tl: Timeline, out: str | Path) -> Path:
    """The timeline as a printable page in French (``letters.filing.timeline_blocks``)."""
    from desktop.core.messages import t
    from desktop.letters.filing import timeline_blocks
    from desktop.letters.layout import render_pdf
    from desktop.letters.typography import fr_date

    rows = []
    for e in tl.events:
        when = fr_date(e.date) if e.date else "sur la décision"
        advice = t(e.advice, "fr") if e.advice else ""
        rule = e.rule.source if e.rule is not None else ""
        rows.append((when, e.label("fr"), advice, rule))
    path = Path(out)
    render_pdf(timeline_blocks(dossier, rows, tl.today), path, size=9)
    return path


def after_filing_json(dossier: Dossier, today: dt.date, lang: str | None) -> dict[str, Any] | None:
    """What ``check`` adds once a dossier is filed (None before): the latest filing,
    whether its frozen files are intact, and the timeline's next deadline. A
    hand-edited filing section that cannot be read is left to ``timeline``."""
    try:
        recorded = filings(dossier)
        if not recorded:
            return None
        tl = timeline(dossier, today)
        checks = verify_filings(dossier)
    except UserError:
        return None
    nxt = tl.next
    return {
        "filed_on": recorded[-1].filed_on.isoformat(),
        "request": recorded[-1].request,
        "intact": all(c.intact for c in checks),
        "next": nxt.to_json(today, lang) if nxt else None,
    }


def timeline_ics(tl: Timeline, lang: str | None) -> bytes:
    """The timeline as an iCalendar file: one all-day event per dated step, with
    reminders 7 days and 1 day before each deadline. No name or number of the
    person goes in it (a calendar is often synced elsewhere)."""
    import hashlib

    from icalendar import Alarm, Calendar
    from icalendar import Event as IcsEvent

    cal = Calendar()
    cal.add("prodid", "-//Dossier Sejour//timeline//FR")
    cal.add("version", "2.0")
    for e in tl.events:
        if e.date is None:
            continue
        item = IcsEvent()
        uid = hashlib.sha256(f"{e.id}|{e.date.isoformat()}".encode()).hexdigest()[:24]
        item.add("uid", f"{uid}@dossier-sejour.invalid")
        item.add("dtstamp", dt.datetime(tl.today.year, tl.today.month, tl.today.day, tzinfo=dt.UTC))
        item.add("dtstart", e.date)
        item.add("dtend", e.date + dt.timedelta(days=1))
        item.add("summary", _calendar_label(e, lang))
        lines = []
        if e.advice:
            lines.append(t(e.advice, lang))
        if e.rule is not None:
            lines.append(t("timeline.rule", lang, source=e.rule.source, checked=e.rule.checked))
            if e.rule.url:
                lines.append(e.rule.url)
        if lines:
            item.add("description", "\n".join(lines))
        if e.deadline:
            for days in (7, 1):
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", _calendar_label(e, lang))
                alarm.add("trigger", dt.timedelta(days=-days))
                item.add_component(alarm)
        cal.add_component(item)
    return bytes(cal.to_ical())


def _calendar_label(e: Event, lang: str | None) -> str:
    if e.id == "filed":  # the request number stays out of the calendar
        return t("timeline.filed", lang, date=e.date, request="…")
    return e.label(lang)
