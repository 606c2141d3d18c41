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

from desktop.commands.context import Context, Subparsers
from desktop.core.messages import t
from desktop.errors import UserError

PASSWORD_REQUIRED = "pdf_password_required"


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
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
    or, for a bare file name, the one entry with that name."""
    entries = list(dict.fromkeys(f for entry in dossier.piece_entries() for f in entry.files))
    if given in entries:
        return given
    wanted = Path(given).expanduser().resolve()
    for entry in entries:
        if dossier.resolve(entry).resolve() == wanted:
            return entry
    if Path(given).name != given:  # a path to some other file: never a namesake's
        raise UserError("cli.unlock_not_in_dossier", file=given)
    named = {dossier.resolve(f).resolve(): f for f in entries if Path(f).name == given}
    if len(named) == 1:
        return next(iter(named.values()))
    if len(named) > 1:
        raise UserError("cli.unlock_ambiguous", file=given, choices=", ".join(named.values()))
    raise UserError("cli.unlock_not_in_dossier", file=given)


def stdin_password(name: str, lang: str, prompt: bool) -> str:
    """The password from standard input: asked without echo on a terminal (always
    when ``prompt``), else the first line of what is piped in (its line end, LF or
    CR LF, removed). Nothing typed: ``UserError`` (``cli.no_password``)."""
    if sys.stdin.isatty():
        import getpass

        try:
            password = getpass.getpass(t("cli.unlock_prompt", lang, file=name) + " ")
        except EOFError:  # Ctrl-D
            password = ""
    elif prompt:
        raise UserError("cli.unlock_no_terminal", file=name)
    else:
        password = sys.stdin.readline().removesuffix("\n").removesuffix("\r")
    if not password:
        raise UserError("cli.no_password", file=name)
    return password


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop import services
    from desktop.core.dossier import Dossier

    dossier = Dossier.load(args.dossier)
    rel = dossier_file(dossier, args.file)
    path = dossier.resolve(rel)
    if not path.exists():
        raise UserError("cli.file_not_found", file=rel)
    inside = services.dossier_entry_path(dossier, rel)
    if inside is None:
        # Never read nor overwrite a person's original elsewhere on the disk
        # (an absolute path, ``..`` or a link out of the dossier's folder).
        raise UserError("cli.unlock_outside", file=path.name, folder=str(dossier.base_dir))
    path = inside
    state = services.pdf_protection(path)  # a damaged PDF: its intake problem, exit 2
    if state != "password":
        key = "cli.unlock_not_pdf" if state == "not_pdf" else "cli.unlock_not_protected"
        if ctx.as_json:
            ctx.emit_json({"file": rel, "unlocked": False, "protection": state})
        else:
            ctx.say(t(key, ctx.lang, file=path.name))
        return 0
    password = stdin_password(path.name, ctx.lang, prompt=not args.password_stdin)
    try:
        services.unlock_pdf(dossier, rel, password)  # wrong password: UserError, unchanged
    except OSError as exc:  # read-only folder, file held open by a viewer…
        raise UserError(
            "cli.unlock_cannot_write",
            file=path.name,
            folder=str(path.parent),
            detail=exc.strerror or type(exc).__name__,
        ) from None
    if ctx.as_json:
        ctx.emit_json({"file": rel, "unlocked": True, "protection": "password"})
    else:
        ctx.say("✔ " + t("cli.unlock_done", ctx.lang, file=path.name))
    return 0


def hint(problem: dict[str, Any], dossier_arg: str, lang: str, entries: Any = ()) -> str | None:
    """For a PDF that needs its password: the command that unlocks it, naming the
    dossier's entry (``entries``: the piece's files) when the name is not enough."""
    name = problem.get("file")
    if problem.get("code") != PASSWORD_REQUIRED or not name:
        return None
    same = [e for e in entries if Path(e).name == name]
    target = problem.get("entry") or (same[0] if len(same) == 1 else name)
    words = ["dossier-sejour", "unlock", dossier_arg, target]
    if sys.platform == "win32":
        import subprocess

        command = subprocess.list2cmdline(words)
    else:
        import shlex

        command = " ".join(shlex.quote(w) for w in words)
    return t("cli.unlock_hint", lang, command=command)
