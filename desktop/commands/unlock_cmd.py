"""``unlock DOSSIER FILE``: replace a password-protected PDF of the dossier by an
unprotected, cleaned copy (ANEF refuses protected PDFs), as the wizard's
« Mot de passe… » does. Only a file inside the dossier's folder is replaced.

    python -m desktop unlock dossier.toml releves-bancaires.pdf      # asks the password
    printf '%s\\n' "$PW" | python -m desktop unlock dossier.toml FILE --password-stdin

The password is never an argument (shell history and the process list would
keep it). A wrong one changes nothing and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.core.messages import t
from desktop.errors import UserError

PASSWORD_REQUIRED = "pdf_password_required"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "unlock",
        parents=[common],
        help="replace a password-protected PDF of a dossier by an unprotected copy",
        description=(
            "Ask the PDF's password (or read it from standard input) and replace the "
            "file, in the dossier's folder, by a cleaned copy without a password."
        ),
    )
    p.add_argument("dossier", help="the dossier .toml file")
    p.add_argument("file", help="the protected PDF: its name or its path in the dossier")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (for scripts)",
    )
    p.set_defaults(func=run)


def dossier_file(dossier: Any, given: str) -> str:
    """The dossier's entry for ``given``: the entry itself, a path to the same file,
    or a file name that only one entry has."""
    entries = [f for entry in dossier.piece_entries() for f in entry.files]
    if given in entries:
        return given
    wanted = Path(given).expanduser()
    if wanted.exists():
        same = [f for f in entries if dossier.resolve(f).resolve() == wanted.resolve()]
        if same:
            return same[0]
    named = sorted({f for f in entries if Path(f).name == Path(given).name})
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise UserError("cli.unlock_ambiguous", file=given, choices=", ".join(named))
    raise UserError("cli.unlock_not_in_dossier", file=given)


def _password(args: argparse.Namespace, ctx: Any, name: str) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        return line[:-1] if line.endswith("\n") else line
    if not sys.stdin.isatty():
        raise UserError("cli.unlock_no_terminal", file=name)
    import getpass

    return getpass.getpass(t("cli.unlock_prompt", ctx.lang, file=name) + " ")


def run(args: argparse.Namespace, ctx: Any) -> int:
    from desktop import services
    from desktop.core.dossier import Dossier

    dossier = Dossier.load(args.dossier)
    rel = dossier_file(dossier, args.file)
    path = dossier.resolve(rel)
    if not path.is_file():
        raise UserError("cli.file_not_found", file=rel)
    if not path.resolve().is_relative_to(dossier.base_dir.resolve()):
        # Never overwrite a person's original elsewhere on the disk.
        raise UserError("cli.unlock_outside", file=path.name, folder=str(dossier.base_dir))
    state = services.pdf_protection(path)
    if state != "password":
        key = "cli.unlock_not_pdf" if state == "not_pdf" else "cli.unlock_not_protected"
        if ctx.as_json:
            ctx.emit_json({"file": rel, "unlocked": False, "protection": state})
        else:
            ctx.say(t(key, ctx.lang, file=path.name))
        return 0
    password = _password(args, ctx, path.name)
    services.unlock_pdf(dossier, rel, password)  # a wrong password: UserError, file unchanged
    if ctx.as_json:
        ctx.emit_json({"file": rel, "unlocked": True, "protection": "password"})
    else:
        ctx.say("✔ " + t("cli.unlock_done", ctx.lang, file=path.name))
    return 0


def hint(problem: dict[str, Any], dossier_arg: str, lang: str) -> str | None:
    """For a PDF that needs its password: the command that unlocks it."""
    if problem.get("code") != PASSWORD_REQUIRED or not problem.get("file"):
        return None
    import shlex

    command = f"dossier-sejour unlock {shlex.quote(dossier_arg)} {shlex.quote(problem['file'])}"
    return t("cli.unlock_hint", lang, command=command)
