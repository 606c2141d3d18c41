"""``check DOSSIER``: the verdict on a dossier file."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop.commands.context import Context, Subparsers
from desktop.core.messages import t
from desktop.services import check_path
from desktop.services.catalog import json_dated, source_lines, verdict_json

ICONS = {"ok": "✔", "warning": "⚠", "error": "✖", "missing": "✖", "not_required": "·"}


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[common], help="check a dossier file")
    p.add_argument("dossier", help="the dossier .toml file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.filing import after_filing_json

    result = check_path(args.dossier, ctx.clock.today())
    data = verdict_json(result, ctx.lang)
    after = after_filing_json(result.dossier, ctx.clock.today(), ctx.lang)
    if after is not None:
        data["after_filing"] = after
    if ctx.as_json:
        ctx.emit_json(data)
    else:
        print_verdict(data, ctx, args.dossier)
        if after is not None:
            print_after_filing(after, ctx)
    return 0 if data["complete"] else 1


def print_after_filing(after: dict[str, Any], ctx: Context) -> None:
    """Once filed: the filing, whether its files are intact, and the next deadline."""
    ctx.say("")
    ctx.say(t("check.filed", ctx.lang, date=dt.date.fromisoformat(after["filed_on"])))
    if not after["intact"]:
        ctx.say("! " + t("check.filed_changed", ctx.lang))
    nxt = after.get("next")
    if nxt:
        ctx.say(f"  → {nxt['label']}")
        if nxt.get("advice"):
            ctx.say(f"    {nxt['advice']}")


def _sources(ctx: Context, item: dict[str, Any], indent: str, shown: Any = None) -> None:
    """Where ``item`` comes from (its ``provenance``), unless it is ``shown`` already."""
    dated = json_dated(item.get("provenance"))
    if dated is None or dated == shown:
        return
    for line in source_lines(dated, ctx.lang):
        ctx.say(indent + line)


def print_verdict(data: dict[str, Any], ctx: Context, args_dossier: str | None = None) -> None:
    """The verdict as text, each requirement, problem, deadline and fee followed by
    where its rule comes from (``verdict_json``'s provenance, when it has one); with
    ``args_dossier``, the command that fixes what a command can fix (a PDF's
    password) follows its problem."""
    from desktop.commands.unlock_cmd import hint as unlock_hint

    lang = ctx.lang
    ctx.say(f"{data['applicant']} — {data['situation_label']} ({data['filing_date']})")
    ctx.say("")
    for p in data["pieces"]:
        if p["status"] == "not_required":
            continue
        status = t(f"status.{p['status']}", lang)
        ctx.say(f"{ICONS[p['status']]} [{status}] {p['label']}")
        _sources(ctx, p, "    ")
        shown = json_dated(p.get("provenance"))
        for problem in p["problems"]:
            ctx.say(f"    - {problem['message']}")
            _sources(ctx, problem, "      ", shown)
            fix = unlock_hint(problem, args_dossier, lang, p["files"]) if args_dossier else None
            if fix:
                ctx.say(f"      {fix}")
    if data["problems"]:
        ctx.say("")
        for problem in data["problems"]:
            ctx.say(f"! {problem['message']}")
            _sources(ctx, problem, "    ")
    if data["deadlines"]:
        ctx.say("")
        previous = None
        for d in data["deadlines"]:
            ctx.say(f"  {d['label']}")
            _sources(ctx, d, "      ", previous)  # two dates of one rule: said once
            previous = json_dated(d.get("provenance"))
    for fee in data["fees"]:
        extra = "" if fee["confirmed"] else " " + t("fee.unconfirmed", lang)
        ctx.say("  " + t("fee.line", lang, label=fee["label"], amount=fee["total_eur"]) + extra)
        _sources(ctx, fee, "      ")
    ctx.say("")
    ctx.say(t("check.rules_checked", lang, date=dt.date.fromisoformat(data["rules_checked"])))
    if data.get("catalog", {}).get("origin") == "imported":
        ctx.say(t("check.rules_imported", lang, version=data["catalog"]["version"]))
    ctx.say(t("check.complete" if data["complete"] else "check.incomplete", lang))
