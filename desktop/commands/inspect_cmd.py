"""``inspect FILE…``: what each file really is and whether the dossier can use it.

Exit codes: 0 every file accepted (warnings allowed), 1 at least one file has
an error-level problem, 2 a file cannot be opened at all (missing, a folder,
no permission) or the command is malformed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.context import Context, Subparsers
from desktop.core.dossier import file_status
from desktop.core.messages import t
from desktop.errors import UserError
from desktop.services import inspect_path

if TYPE_CHECKING:
    from desktop.services.checking import FileReport

ERROR = "error"

EXIT_OK, EXIT_PROBLEMS = 0, 1

_MARKS = {ERROR: "✘", "warning": "⚠"}


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "inspect",
        parents=[common],
        help="sniff, inspect and judge files (PDF or pictures)",
        description=(
            "Say what each file really is (from its bytes), its pages, size, effective "
            "dpi on A4 and colour, and whether it can go into the dossier."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="files to inspect")
    parser.add_argument(
        "--photos-as-taken",
        action="store_true",
        help="judge camera photos as taken (by default the document is found in the "
        "photo and judged: its resolution, sharpness and framing)",
    )
    given = parser.add_mutually_exclusive_group()
    given.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password of encrypted PDFs from the first line of standard input",
    )
    given.add_argument(
        "--password",
        default=None,
        help="password of encrypted PDFs (other users of the computer can see it in the "
        "process list: prefer --password-stdin)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    paths = [Path(f) for f in args.files]
    for given, path in zip(args.files, paths, strict=True):
        status = file_status(path)
        if status == "missing":
            raise UserError("cli.file_not_found", file=given)
        if status != "file":
            # a FIFO, a device, a socket (not a folder, not a file without permission)
            special = path.exists() and not path.is_dir() and not path.is_file()
            key = "intake.not_regular_file" if special else "intake.cannot_open"
            raise UserError(key, file=path.name or given)
    password = args.password
    if args.password_stdin:
        from desktop.commands.unlock_cmd import stdin_password

        names = ", ".join(p.name for p in paths)
        password = stdin_password(names, ctx.lang, prompt=False)
    as_taken = args.photos_as_taken
    reports = [inspect_path(path, password, photos_as_taken=as_taken) for path in paths]
    if ctx.as_json:
        payload = [r.to_json(ctx.lang) for r in reports]
        ctx.emit_json(payload[0] if len(payload) == 1 else payload)
    else:
        for report in reports:
            _say(report, ctx)
        if len(reports) > 1:
            accepted = sum(r.accepted for r in reports)
            ctx.say(t("intake.cli.summary", ctx.lang, accepted=accepted, total=len(reports)))
    return EXIT_OK if all(r.accepted for r in reports) else EXIT_PROBLEMS


def _say(report: FileReport, ctx: Context) -> None:
    verdict = t("intake.cli.accepted" if report.accepted else "intake.cli.refused", ctx.lang)
    mark = "✔" if report.accepted else "✘"
    ctx.say(f"{mark} {report.file} — {verdict}")
    ctx.say(f"  {report.summary(ctx.lang)}")
    for prob in sorted(report.problems, key=lambda p: p.severity != ERROR):
        ctx.say(f"  {_MARKS.get(prob.severity, '·')} {prob.message(ctx.lang)}")
    for code in report.twoddocs:  # what the paper says of itself (evidence only)
        verdict = t(f"intake.twoddoc.{code.verdict}", ctx.lang, issuer=code.issuer or "")
        ctx.say("  " + t("papers.inspect_twoddoc", ctx.lang, type=code.type_label, verdict=verdict))
    if report.mrz is not None:
        checked = "✓" if report.mrz.valid else "?"
        ctx.say("  " + t("papers.inspect_mrz", ctx.lang, format=report.mrz.format, mark=checked))
    ctx.say()
