"""``build DOSSIER --out DIR`` and ``convert FILE… --out OUT.pdf``: the bundle."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.commands.context import Context, Subparsers
from desktop.core.messages import t

GREY_CHOICES = ("auto", "always", "never")


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    b = sub.add_parser(
        "build", parents=[common], help="build the upload files and the complete PDF"
    )
    b.add_argument("dossier", help="the dossier .toml file")
    b.add_argument("--out", required=True, help="output folder")
    b.add_argument(
        "--watermark",
        metavar="PREFECTURE",
        default=None,
        help="watermark identity pieces for this prefecture",
    )
    b.add_argument("--grey", choices=GREY_CHOICES, default="auto")
    b.add_argument("--split", action="store_true", help="split a piece that cannot fit its slot")
    b.add_argument(
        "--photos-as-taken",
        action="store_true",
        help="keep camera photos as taken (by default the document is found in each photo, "
        "cropped, flattened and cleaned)",
    )
    b.add_argument("--workers", type=int, default=2, help=argparse.SUPPRESS)
    b.set_defaults(func=run_build)
    c = sub.add_parser(
        "convert", parents=[common], help="photos and PDFs into one upload-ready PDF"
    )
    c.add_argument("files", nargs="+", help="photos (JPEG, PNG, HEIC, TIFF, WebP) and PDFs")
    c.add_argument("--out", required=True, help="the PDF to write")
    c.add_argument("--max-mb", type=float, default=None, help="size limit in MB (default: ANEF's)")
    c.add_argument("--grey", choices=GREY_CHOICES, default="auto")
    c.add_argument("--split", action="store_true", help="split into several files if needed")
    c.add_argument(
        "--photos-as-taken",
        action="store_true",
        help="keep camera photos as taken (by default the document is found in each photo, "
        "cropped, flattened and cleaned)",
    )
    c.add_argument("--workers", type=int, default=2, help=argparse.SUPPRESS)
    c.set_defaults(func=run_convert)


def _say_problems(
    problems: list[dict[str, Any]],
    ctx: Context,
    dossier: str | None = None,
    files: dict[str, list[str]] | None = None,
) -> None:
    """Each problem; with ``dossier`` (and each piece's ``files``), the command that
    fixes what a command can fix follows it."""
    from desktop.commands.unlock_cmd import hint as unlock_hint

    for p in problems:
        mark = "✖" if p["severity"] == "error" else "⚠"
        ctx.say(f"{mark} {p['message']}")
        entries = (files or {}).get(p.get("piece", ""), [])
        fix = unlock_hint(p, dossier, ctx.lang, entries) if dossier else None
        if fix:
            ctx.say(f"  {fix}")


def run_build(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.building import BuildCancelled, build

    try:
        built = build(
            args.dossier,
            Path(args.out),
            today=ctx.clock.today(),
            lang=ctx.lang,
            watermark=args.watermark,
            grey=args.grey,
            split=args.split,
            max_workers=args.workers,
            photos_as_taken=args.photos_as_taken,
        )
    except BuildCancelled:
        sys.stderr.write(t("bundle.cancelled", ctx.lang) + "\n")
        return 130
    report = built.to_json(ctx.lang)
    if ctx.as_json:
        ctx.emit_json(report)
        return built.exit_code
    from desktop.commands.check_cmd import print_verdict

    print_verdict(report["check"], ctx)
    ctx.say("")
    for o in report["outputs"]:
        line = t(
            "bundle.output_line",
            ctx.lang,
            file=o["path"],
            pages=o["pages"] or "—",
            size_kb=round(o["bytes"] / 1000),
        )
        ctx.say(("  " if o.get("fits", True) else "✖ ") + line)
    files = {p["id"]: p["files"] for p in report["check"]["pieces"]}
    _say_problems(report["problems"], ctx, args.dossier, files)
    ctx.say("")
    if report["complete"]:
        ctx.say(t("bundle.built_complete", ctx.lang, path=args.out))
    else:
        bad = {p["id"] for p in report["check"]["pieces"] if p["status"] in ("missing", "error")}
        bad |= {p["piece"] for p in report["problems"] if p["severity"] == "error"}
        ctx.say(t("bundle.built_incomplete", ctx.lang, path=args.out, count=max(1, len(bad))))
    return built.exit_code


def run_convert(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.errors import UserError
    from desktop.services.workers import start_photo_workers

    start_photo_workers(args.files, args.workers)  # before the bundle's modules load
    from desktop.services.building import convert, default_max_bytes

    if args.max_mb is None:
        max_bytes = default_max_bytes()
    elif args.max_mb <= 0 or args.max_mb > 10_000:
        raise UserError("bundle.convert_bad_max", value=str(args.max_mb))
    else:
        max_bytes = int(args.max_mb * 1_000_000)
    converted = convert(
        args.files,
        Path(args.out),
        max_bytes=max_bytes,
        grey=args.grey,
        split=args.split,
        max_workers=args.workers,
        photos_as_taken=args.photos_as_taken,
    )
    report = converted.to_json(ctx.lang)
    problems = report["problems"]
    if ctx.as_json:
        ctx.emit_json(report)
    else:
        for o in report["outputs"]:
            ctx.say(
                t(
                    "bundle.convert_done",
                    ctx.lang,
                    file=o["path"],
                    pages=o["pages"],
                    size_mb=f"{o['bytes'] / 1e6:.2f}",
                    limit_mb=f"{max_bytes / 1e6:g}",
                )
            )
        _say_problems(problems, ctx)
    return 0 if report["fits"] and not any(p["severity"] == "error" for p in problems) else 1
