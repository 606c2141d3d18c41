"""``demo --out DIR``: write the bundled demo dossier and check it."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.context import Context, Subparsers
from desktop.core.messages import t
from desktop.services import check_path, write_demo


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="write and check the demo dossier")
    p.add_argument("--out", required=True, help="folder to write the demo dossier into")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    path = write_demo(Path(args.out), ctx.clock.today())
    result = check_path(path, ctx.clock.today())
    data = result.to_json(ctx.lang)
    if ctx.as_json:
        ctx.emit_json({"dossier": str(path), "check": data})
    else:
        from desktop.commands.check_cmd import print_verdict

        print_verdict(data, ctx)
        ctx.say(t("demo.written", ctx.lang, path=str(path)))
    return 0 if data["complete"] else 1


def run_headless_demo(ctx: Context) -> int:
    """No display: build the demo dossier and its bundle, show the verdict, say where."""
    from desktop.commands.check_cmd import print_verdict
    from desktop.services.building import build

    out = Path.cwd() / "out" / "demo"
    path = write_demo(out, ctx.clock.today())
    ctx.say(t("demo.no_display", ctx.lang))
    bundle = out / "bundle"
    built = build(path, bundle, today=ctx.clock.today(), lang=ctx.lang)
    report = built.to_json(ctx.lang)
    print_verdict(report["check"], ctx)
    ctx.say("")
    for o in report["outputs"]:
        ctx.say(f"  {bundle / o['path']}  ({o['bytes'] / 1000:.0f} kB)")
    ctx.say("")
    ctx.say(t("demo.written", ctx.lang, path=str(path)))
    ctx.say(t("demo.bundle_written", ctx.lang, path=str(bundle)))
    return 0 if built.complete else 1
