"""After filing: ``filed``, ``attach-answer``, ``timeline``.

    python -m desktop filed DOSSIER --on YYYY-MM-DD [--request N]
    python -m desktop attach-answer DOSSIER FILE [--kind K] [--valid-until D] [--notified-on D]
    python -m desktop timeline DOSSIER [--ics FILE]

``filed`` freezes the bundle as it stands (``depots/<date>/``, SHA-256 of each
file, a one-page record); ``attach-answer`` reads a paper from ANEF or the
prefecture and checks it against the dossier; ``timeline`` says what is due when,
and writes it as an iCalendar file for reminders outside the app.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.context import Context, Subparsers
from desktop.core.atomic import atomic_write
from desktop.core.dossier import Dossier
from desktop.core.filings import ANSWER_KINDS
from desktop.core.messages import t
from desktop.services import filing as service


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    from desktop.commands.options import date_arg

    f = sub.add_parser("filed", parents=[common], help="record a filing on ANEF and freeze it")
    f.add_argument("dossier", help="the dossier .toml file")
    f.add_argument("--on", required=True, type=date_arg, help="the day you filed (YYYY-MM-DD)")
    f.add_argument("--request", default="", help="the ANEF request number")
    f.set_defaults(func=run_filed)

    a = sub.add_parser("attach-answer", parents=[common], help="add a paper ANEF sent back")
    a.add_argument("dossier", help="the dossier .toml file")
    a.add_argument("file", help="the attestation, convocation or decision (PDF or photo)")
    a.add_argument("--kind", choices=ANSWER_KINDS, default="", help="what the paper is")
    a.add_argument("--valid-until", type=date_arg, default=None, help="its end date")
    a.add_argument("--notified-on", type=date_arg, default=None, help="day it was notified")
    a.add_argument("--issued-on", type=date_arg, default=None, help="day it was issued")
    a.add_argument("--appointment-on", type=date_arg, default=None, help="convocation day")
    a.add_argument("--appeal-days", type=int, default=None, help="appeal deadline on an OQTF")
    a.add_argument("--sheet", default=None, help="also write the note for an employer (PDF)")
    a.set_defaults(func=run_attach)

    t_ = sub.add_parser("timeline", parents=[common], help="what is due when, after filing")
    t_.add_argument("dossier", help="the dossier .toml file")
    t_.add_argument("--ics", default=None, help="also write an iCalendar (.ics) file")
    t_.add_argument("--pdf", default=None, help="also write a printable page (PDF, French)")
    t_.set_defaults(func=run_timeline)


def run_filed(args: argparse.Namespace, ctx: Context) -> int:
    dossier = Dossier.load(args.dossier)
    report = service.record_filing(
        dossier, filed_on=args.on, today=ctx.clock.today(), request=args.request, lang=ctx.lang
    )
    dossier.save()
    if ctx.as_json:
        f = report.filing
        ctx.emit_json(
            {
                "filed_on": f.filed_on.isoformat(),
                "request": f.request,
                "folder": f.folder,
                "record": f.record,
                "complete": f.complete,
                "missing": f.missing,
                "warnings": f.warnings,
                "files": [x.to_toml() for x in f.files],
            }
        )
    else:
        ctx.say(report.message(ctx.lang))
    return 0


def run_attach(args: argparse.Namespace, ctx: Context) -> int:
    dossier = Dossier.load(args.dossier)
    report = service.attach_answer(
        dossier,
        args.file,
        today=ctx.clock.today(),
        kind=args.kind,
        valid_until=args.valid_until,
        notified_on=args.notified_on,
        issued_on=args.issued_on,
        appointment_on=args.appointment_on,
        appeal_days=args.appeal_days,
    )
    dossier.save()
    if args.sheet:
        service.answer_sheet(dossier, args.sheet, today=ctx.clock.today(), lang=ctx.lang)
    a = report.answer
    if ctx.as_json:
        data = {
            k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in a.to_toml().items()
        }
        ctx.emit_json({"answer": data, "problems": report.messages(ctx.lang)})
    else:
        ctx.say(f"{t('answer.kind.' + a.kind, ctx.lang)} — {a.file}")
        for line in report.messages(ctx.lang):
            ctx.say(f"  ! {line}")
    return 1 if report.problems else 0


def run_timeline(args: argparse.Namespace, ctx: Context) -> int:
    dossier = Dossier.load(args.dossier)
    today = ctx.clock.today()
    tl = service.timeline(dossier, today)
    checks = service.verify_filings(dossier)
    if args.ics:
        atomic_write(Path(args.ics), service.timeline_ics(tl, ctx.lang))
    if args.pdf:
        service.timeline_pdf(dossier, tl, args.pdf)
    if ctx.as_json:
        data = tl.to_json(ctx.lang)
        data["filings"] = [
            {"filed_on": c.filing.filed_on.isoformat(), "intact": c.intact,
             "changed": c.changed, "missing": c.missing}
            for c in checks
        ]  # fmt: skip
        ctx.emit_json(data)
        return 0
    if not tl.filed:
        ctx.say(t("filing.none", ctx.lang))
        ctx.say("")
    for c in checks:
        if c.intact:
            ctx.say(t("filing.intact", ctx.lang, date=c.filing.filed_on, count=len(c.filing.files)))
        for name in [*c.changed, *c.missing]:
            ctx.say("! " + t("filing.changed", ctx.lang, date=c.filing.filed_on, file=name))
    for e in tl.events:
        state = e.state_on(today)
        mark = {"past": "·", "urgent": "‼", "soon": "!", "later": " "}[state]
        ctx.say(f"{mark} [{t('timeline.state.' + state, ctx.lang)}] {e.label(ctx.lang)}")
        if e.advice and state != "past":
            ctx.say(f"      {t(e.advice, ctx.lang)}")
        if e.rule is not None and state != "past":
            rule = t("timeline.rule", ctx.lang, source=e.rule.source, checked=e.rule.checked)
            ctx.say(f"      {rule}")
    if args.ics:
        ctx.say("")
        ctx.say(t("timeline.ics_written", ctx.lang, file=args.ics))
    return 0
