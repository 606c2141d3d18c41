"""``letter missing|appointment``, ``statement KIND``, ``sign``: the documents in French.

    python -m desktop letter missing DOSSIER --out F.pdf --piece ID [--piece ID]...
    python -m desktop letter appointment DOSSIER --out F.pdf [--text F.txt]
    python -m desktop statement KIND DOSSIER --out F.pdf
    python -m desktop sign IN.pdf --signature SIG.png --page N --at X,Y --place P
                                  [--date YYYY-MM-DD] --out OUT.pdf

``--json`` prints the files written and the summary in the interface language.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.commands.context import Context, Subparsers
from desktop.core.dossier import Dossier
from desktop.core.messages import t
from desktop.errors import UserError
from desktop.services import documents


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    from desktop.commands.options import date_arg as _date_arg

    p = sub.add_parser("letter", parents=[common], help="write a French letter (PDF)")
    p.add_argument("kind", choices=documents.LETTER_KINDS)
    p.add_argument("dossier", help="the dossier .toml file")
    p.add_argument("--out", required=True, help="PDF to write")
    p.add_argument("--piece", action="append", default=[], help="missing piece id (repeatable)")
    p.add_argument("--text", default=None, help="also write the text (e-mail body) to this file")
    p.set_defaults(func=run_letter)

    s = sub.add_parser("statement", parents=[common], help="write a sworn statement (PDF)")
    s.add_argument("kind", choices=documents.STATEMENT_KINDS)
    s.add_argument("dossier", help="the dossier .toml file")
    s.add_argument("--out", required=True, help="PDF to write")
    s.set_defaults(func=run_statement)

    g = sub.add_parser("sign", parents=[common], help="stamp a signature image on a PDF page")
    g.add_argument("pdf", help="the PDF to sign (left untouched)")
    g.add_argument("--signature", required=True, help="signature image (PNG, transparent)")
    g.add_argument("--page", type=int, default=1, help="page number, from 1")
    g.add_argument("--at", required=True, help="X,Y in points from the page's bottom-left")
    g.add_argument("--place", required=True, help="town for « Fait à …, le … »")
    g.add_argument("--date", type=_date_arg, default=None, help="date (default: today)")
    g.add_argument("--out", required=True, help="new signed PDF")
    g.set_defaults(func=run_sign)


def _report(ctx: Context, result: Any, summary_text: str, extra: list[str]) -> None:
    files = [str(result.pdf), *extra]
    if ctx.as_json:
        ctx.emit_json(
            {
                "kind": result.kind,
                "files": files,
                "pages": result.pages,
                "annexes": result.annexes,
                "summary": summary_text,
                "lang": ctx.lang,
            }
        )
        return
    ctx.say(t("letters.written", ctx.lang, file=str(result.pdf)))
    for f in extra:
        ctx.say(t("letters.text_written", ctx.lang, file=f))
    ctx.say("")
    ctx.say(t("letters.summary_heading", ctx.lang))
    ctx.say(summary_text)


def _write_text(path: str, text: str) -> str:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return str(p)


def run_letter(args: argparse.Namespace, ctx: Context) -> int:
    dossier = Dossier.load(args.dossier)
    result = documents.write_letter(
        args.kind, dossier, args.out, ctx.clock.today(), list(args.piece)
    )
    text_sum = documents.letter_summary(args.kind, dossier, ctx.lang, list(args.piece))
    extra = [_write_text(args.text, result.text)] if args.text else []
    _report(ctx, result, text_sum, extra)
    return 0


def run_statement(args: argparse.Namespace, ctx: Context) -> int:
    dossier = Dossier.load(args.dossier)
    result = documents.write_statement(args.kind, dossier, args.out, ctx.clock.today())
    _report(ctx, result, documents.letter_summary(args.kind, dossier, ctx.lang), [])
    return 0


def _xy(text: str) -> tuple[float, float]:
    try:
        x, y = (float(v) for v in text.replace(";", ",").split(","))
    except ValueError:
        raise UserError("letters.bad_at", value=text) from None
    return x, y


def run_sign(args: argparse.Namespace, ctx: Context) -> int:
    stamped = documents.sign_pdf(
        args.pdf,
        args.signature,
        args.page,
        _xy(args.at),
        args.place,
        args.date or ctx.clock.today(),
        args.out,
    )
    if ctx.as_json:
        ctx.emit_json(
            {
                "kind": "sign",
                "files": [str(stamped.pdf)],
                "page": stamped.page,
                "bbox": list(stamped.bbox),
                "text": stamped.text,
            }
        )
    else:
        ctx.say(t("letters.stamped", ctx.lang, file=str(stamped.pdf), page=stamped.page))
    return 0
