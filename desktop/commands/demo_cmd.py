"""``demo --out DIR``: write the bundled demo dossier and check it."""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from typing import Any

from desktop.core.messages import t
from desktop.demo import write_demo
from desktop.services import check_path


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="write and check the demo dossier")
    p.add_argument("--out", required=True, help="folder to write the demo dossier into")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Any) -> int:
    path = write_demo(Path(args.out), ctx.clock.today())
    result = check_path(path, ctx.clock.today(), lang=ctx.lang)
    data = result.to_json(ctx.lang)
    if ctx.as_json:
        ctx.emit_json({"dossier": str(path), "check": data})
    else:
        from desktop.commands.check_cmd import print_verdict

        print_verdict(data, ctx)
        ctx.say(t("demo.written", ctx.lang, path=str(path)))
    return 0 if data["complete"] else 1


def run_headless_demo(ctx: Any) -> int:
    """No display: build the demo dossier (and its bundle when available) and say where."""
    out = Path.cwd() / "out" / "demo"
    path = write_demo(out, ctx.clock.today())
    ctx.say(t("demo.no_display", ctx.lang))
    if importlib.util.find_spec("desktop.bundle.build") is not None:
        from desktop.bundle.build import build_dossier

        report = build_dossier(path, out / "bundle", today=ctx.clock.today(), lang=ctx.lang)
        ctx.say(t("demo.bundle_written", ctx.lang, path=str(out / "bundle")))
        return 0 if report.get("complete") else 1
    result = check_path(path, ctx.clock.today(), lang=ctx.lang)
    from desktop.commands.check_cmd import print_verdict

    print_verdict(result.to_json(ctx.lang), ctx)
    ctx.say(t("demo.written", ctx.lang, path=str(path)))
    return 0
