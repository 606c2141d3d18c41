"""The headless front end: ``python -m desktop COMMAND …`` (no command: the GUI).

Exit codes: 0 success, 1 problems found, 2 bad usage or unreadable input.
A person's mistake never shows a Python traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from desktop.commands.context import Context, safe_text
from desktop.commands.options import date_arg
from desktop.core.clock import Clock
from desktop.core.messages import LANGS, normalise_lang, t
from desktop.errors import UserError

# Each module exposes ``register(subparsers, common)``; its parsers set ``func=run(args, ctx)``.
# Only the module of the command given is imported: starting the GUI, or running
# one command, does not pay for the others' libraries (reportlab, pypdfium2…).
COMMANDS: dict[str, str] = {
    "catalog": "desktop.commands.catalog_cmd",
    "inspect": "desktop.commands.inspect_cmd",
    "check": "desktop.commands.check_cmd",
    "demo": "desktop.commands.demo_cmd",
    "build": "desktop.commands.bundle_cmd",
    "convert": "desktop.commands.bundle_cmd",
    "unlock": "desktop.commands.unlock_cmd",
    "vault": "desktop.commands.vault_cmd",
    "letter": "desktop.commands.letters_cmd",
    "statement": "desktop.commands.letters_cmd",
    "sign": "desktop.commands.letters_cmd",
    "filed": "desktop.commands.filing_cmd",
    "attach-answer": "desktop.commands.filing_cmd",
    "timeline": "desktop.commands.filing_cmd",
    "papers": "desktop.commands.papers_cmd",
}
COMMAND_MODULES: tuple[str, ...] = tuple(dict.fromkeys(COMMANDS.values()))
_VALUED_OPTIONS = ("--lang", "--today")

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """A usage mistake is a ``UserError``: said in the person's language, exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError("cli.usage", detail=message, prog=self.prog)


def _common(defaults: bool) -> argparse.ArgumentParser:
    """The options every command takes. Given before or after the command name: the
    subcommands' copies default to SUPPRESS so they never reset a value given first."""
    common = argparse.ArgumentParser(add_help=False)
    d = (lambda v: v) if defaults else (lambda v: argparse.SUPPRESS)
    common.add_argument(
        "--lang",
        choices=LANGS,
        default=d(None),
        help="interface language for messages (default: from the environment, else fr)",
    )
    common.add_argument("--today", type=date_arg, default=d(None), help="date used by every rule")
    common.add_argument(
        "--json", dest="as_json", action="store_true", default=d(False), help="machine output"
    )
    return common


def _modules_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules ``argv`` needs: the named command's, none for the GUI,
    all of them for --help or an unknown command (so argparse can list the choices)."""
    skip = False
    positional = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _VALUED_OPTIONS:
            skip = True
            continue
        if arg in COMMANDS:
            return (COMMANDS[arg],)
        if arg in ("-h", "--help"):
            return COMMAND_MODULES
        if not arg.startswith("-"):
            positional = True
    return COMMAND_MODULES if positional else ()


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="dossier-sejour",
        description="Prepare a French residence-permit dossier, offline.",
        parents=[_common(defaults=True)],
    )
    parser.add_argument("--selftest", action="store_true", help="start the GUI, time it, quit")
    parser.add_argument(
        "--dossier",
        metavar="FILE",
        default=None,
        help="open this plain dossier .toml in the GUI instead of the encrypted vault",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    common = _common(defaults=False) if modules else None  # the GUI takes no command
    for name in modules:
        importlib.import_module(name).register(sub, common)
    return parser


def _env_lang() -> str:
    for var in ("DOSSIER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return normalise_lang(value)
    return "fr"


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _env_lang()
    try:
        args = build_parser(_modules_for(argv)).parse_args(argv)
        lang = normalise_lang(args.lang) if args.lang else lang
        ctx = Context(lang=lang, clock=Clock(args.today), as_json=args.as_json)
        if args.command is None:
            return _no_command(args, ctx)
        return int(args.func(args, ctx))
    except UserError as exc:
        sys.stderr.write(safe_text(t("cli.error_prefix", lang) + " " + exc.message(lang)) + "\n")
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into `head` and closed: not an error
        sys.stdout = open(os.devnull, "w")
        return EXIT_OK
    except KeyboardInterrupt:
        sys.stderr.write(t("cli.interrupted", lang) + "\n")
        return 130


def _no_command(args: argparse.Namespace, ctx: Context) -> int:
    if args.selftest and not has_display():
        # A build machine or CI runner: Qt would abort looking for a display.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if has_display() or args.selftest:
        try:
            from desktop.ui.app import run_gui
        except ImportError as exc:
            if args.selftest:
                ctx.err.write(f"GUI unavailable: {exc}\n")
                return EXIT_USAGE
        else:
            return int(
                run_gui(
                    lang=ctx.lang,
                    clock=ctx.clock,
                    selftest=args.selftest,
                    dossier_file=args.dossier,
                )
            )
    from desktop.commands.demo_cmd import run_headless_demo

    return run_headless_demo(ctx)
