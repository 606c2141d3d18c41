"""``papers``: what the app reads inside the papers. ``papers trust`` says where the
shipped 2D-Doc certificate set comes from and how old it is; ``papers mrz FILE``
reads a passport's machine-readable zone (a proposal to check, never a fact)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.context import Context, Subparsers
from desktop.core.messages import t
from desktop.services import papers


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("papers", parents=[common], help="2D-Doc certificates, passport MRZ")
    inner = p.add_subparsers(dest="papers_command", required=True)
    trust = inner.add_parser("trust", parents=[common], help="the 2D-Doc certificate set's age")
    trust.set_defaults(func=run_trust)
    mrz = inner.add_parser("mrz", parents=[common], help="read a passport's MRZ")
    mrz.add_argument("file", type=Path)
    mrz.set_defaults(func=run_mrz)


def run_trust(args: argparse.Namespace, ctx: Context) -> int:
    status = papers.trust_status(ctx.clock.today())
    if ctx.as_json:
        ctx.emit_json(status.to_json())
        return 0
    ctx.say(
        t(
            "papers.trust_line",
            ctx.lang,
            source=status.source,
            issued=status.issued,
            age=status.age_days,
            cas=", ".join(status.authorities),
            signers=status.signers,
        )
    )
    key = "papers.trust_outdated" if status.outdated else "papers.trust_current"
    ctx.say(t(key, ctx.lang, next=status.next_update))
    return 0


def run_mrz(args: argparse.Namespace, ctx: Context) -> int:
    read = papers.read_passport(args.file)
    if ctx.as_json:
        ctx.emit_json(read.to_json() if read else None)
    elif read is None:
        ctx.say(t("papers.mrz_none", ctx.lang, file=args.file.name))
    else:
        for name, value in read.fields_out().items():
            mark = "✓" if read.verified(name) else "?"
            ctx.say(f"{mark} {name}: {value}")
    return 0 if read is not None and read.valid else 1
