"""``check DOSSIER``: the verdict on a dossier file."""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from typing import Any

from desktop.commands.context import Context, Subparsers
from desktop.core.catalog import Dated
from desktop.core.messages import t
from desktop.services import check_path
from desktop.services.catalog import json_dated, source_lines, source_mark, verdict_json

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


Row = tuple[str, Any]  # ("text", line) or ("source", (indent, Dated))


class _Sources:
    """The verdict's lines with the sources under them, each source written out
    once: where it first appears it gets a number when it comes back
    (« règle : [1] CESEDA L.422-1… — vérifiée le … », its links below), and later
    only « règle : [1] (voir plus haut) — vérifiée le … » with its mark. A source
    met once is written as before, without a number. ``--json`` keeps every
    provenance in full."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.rows: list[Row] = []

    def say(self, text: str) -> None:
        self.rows.append(("text", text))

    def source(self, item: dict[str, Any], indent: str, shown: Dated | None = None) -> None:
        """Where ``item`` comes from (its ``provenance``), unless it is ``shown``
        right above (a problem under its piece, a second date of one rule)."""
        dated = json_dated(item.get("provenance"))
        if dated is not None and dated != shown:
            self.rows.append(("source", (indent, dated)))

    def flush(self) -> None:
        lang = self.ctx.lang
        counts = Counter(row[1][1] for row in self.rows if row[0] == "source")
        numbers: dict[Dated, int] = {}
        for kind, value in self.rows:
            if kind == "text":
                self.ctx.say(value)
                continue
            indent, dated = value
            if counts[dated] < 2:  # said once: as it is
                for line in source_lines(dated, lang):
                    self.ctx.say(indent + line)
            elif dated in numbers:  # said already: its number, its date, its mark
                line = t("sources.same", lang, n=numbers[dated], date=dated.checked)
                mark = source_mark(dated, lang)
                self.ctx.say(indent + (f"{line} {mark}" if mark else line))
            else:
                numbers[dated] = len(numbers) + 1
                for line in source_lines(dated, lang, number=numbers[dated]):
                    self.ctx.say(indent + line)
        self.rows = []


def print_verdict(data: dict[str, Any], ctx: Context, args_dossier: str | None = None) -> None:
    """The verdict as text, each requirement, problem, deadline and fee followed by
    where its rule comes from (``verdict_json``'s provenance, when it has one; a
    source met again refers to where it was first written out); with
    ``args_dossier``, the command that fixes what a command can fix (a PDF's
    password) follows its problem."""
    from desktop.commands.unlock_cmd import hint as unlock_hint

    lang = ctx.lang
    out = _Sources(ctx)
    out.say(f"{data['applicant']} — {data['situation_label']} ({data['filing_date']})")
    out.say("")
    for p in data["pieces"]:
        if p["status"] == "not_required":
            continue
        status = t(f"status.{p['status']}", lang)
        out.say(f"{ICONS[p['status']]} [{status}] {p['label']}")
        out.source(p, "    ")
        shown = json_dated(p.get("provenance"))
        for problem in p["problems"]:
            out.say(f"    - {problem['message']}")
            out.source(problem, "      ", shown)
            fix = unlock_hint(problem, args_dossier, lang, p["files"]) if args_dossier else None
            if fix:
                out.say(f"      {fix}")
    if data["problems"]:
        out.say("")
        for problem in data["problems"]:
            out.say(f"! {problem['message']}")
            out.source(problem, "    ")
    if data["deadlines"]:
        out.say("")
        previous = None
        for d in data["deadlines"]:
            out.say(f"  {d['label']}")
            out.source(d, "      ", previous)  # two dates of one rule: said once
            previous = json_dated(d.get("provenance"))
    for fee in data["fees"]:
        extra = "" if fee["confirmed"] else " " + t("fee.unconfirmed", lang)
        out.say("  " + t("fee.line", lang, label=fee["label"], amount=fee["total_eur"]) + extra)
        out.source(fee, "      ")
    out.flush()
    ctx.say("")
    ctx.say(t("check.rules_checked", lang, date=dt.date.fromisoformat(data["rules_checked"])))
    if data.get("catalog", {}).get("origin") == "imported":
        ctx.say(t("check.rules_imported", lang, version=data["catalog"]["version"]))
    ctx.say(t("check.complete" if data["complete"] else "check.incomplete", lang))
