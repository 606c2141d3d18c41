"""``check DOSSIER``: the verdict on a dossier file."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop.commands.context import Context, Subparsers
from desktop.core.messages import t
from desktop.services import check_path

ICONS = {"ok": "✔", "warning": "⚠", "error": "✖", "missing": "✖", "not_required": "·"}


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[common], help="check a dossier file")
    p.add_argument("dossier", help="the dossier .toml file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    result = check_path(args.dossier, ctx.clock.today())
    data = result.to_json(ctx.lang)
    if ctx.as_json:
        ctx.emit_json(data)
    else:
        print_verdict(data, ctx, args.dossier)
    return 0 if data["complete"] else 1


def print_verdict(data: dict[str, Any], ctx: Context, args_dossier: str | None = None) -> None:
    """The verdict as text; with ``args_dossier``, the command that fixes what a
    command can fix (a PDF's password) follows its problem."""
    from desktop.commands.unlock_cmd import hint as unlock_hint

    lang = ctx.lang
    ctx.say(f"{data['applicant']} — {data['situation_label']} ({data['filing_date']})")
    ctx.say("")
    for p in data["pieces"]:
        if p["status"] == "not_required":
            continue
        status = t(f"status.{p['status']}", lang)
        ctx.say(f"{ICONS[p['status']]} [{status}] {p['label']}")
        for problem in p["problems"]:
            ctx.say(f"    - {problem['message']}")
            fix = unlock_hint(problem, args_dossier, lang, p["files"]) if args_dossier else None
            if fix:
                ctx.say(f"      {fix}")
    if data["problems"]:
        ctx.say("")
        for problem in data["problems"]:
            ctx.say(f"! {problem['message']}")
    if data["deadlines"]:
        ctx.say("")
        for d in data["deadlines"]:
            ctx.say(f"  {d['label']}")
    for fee in data["fees"]:
        extra = "" if fee["confirmed"] else " " + t("fee.unconfirmed", lang)
        ctx.say("  " + t("fee.line", lang, label=fee["label"], amount=fee["total_eur"]) + extra)
    ctx.say("")
    ctx.say(t("check.rules_checked", lang, date=dt.date.fromisoformat(data["rules_checked"])))
    ctx.say(t("check.complete" if data["complete"] else "check.incomplete", lang))
