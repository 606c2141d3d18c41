"""``python -m desktop vault init|list|add|open|export|import|passwd|delete|log|wipe``.

The store is ``--store DIR`` (default: the personal store in the user data
directory, or under ``$DOSSIER_SEJOUR_HOME``).  Passphrases come from a file
(``--passphrase-file``), an environment variable, or a prompt when on a
terminal; never from the command line, where other users could read them.

| secret | file option | variable |
|---|---|---|
| the store's | ``--passphrase-file`` | ``DOSSIER_SEJOUR_PASSPHRASE`` |
| a new one (init, passwd) | ``--new-passphrase-file`` | ``DOSSIER_SEJOUR_NEW_PASSPHRASE`` |
| a hand-over file's | ``--file-passphrase-file`` | ``DOSSIER_SEJOUR_FILE_PASSPHRASE`` |
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.messages import LANGS, t
from desktop.errors import UserError
from desktop.services import vault as service

if TYPE_CHECKING:
    from desktop.services.vault import Vault

ENV_PASSPHRASE = "DOSSIER_SEJOUR_PASSPHRASE"
ENV_NEW = "DOSSIER_SEJOUR_NEW_PASSPHRASE"
ENV_FILE = "DOSSIER_SEJOUR_FILE_PASSPHRASE"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "vault",
        parents=[common],
        help="encrypted store of dossiers: init, list, add, open, export, import, passwd, wipe",
        description="The encrypted store of dossiers (AES-256-GCM, key in the OS keyring "
        "or behind a passphrase).",
    )
    # Options repeated after the sub-command; SUPPRESS keeps values given before it.
    nested = argparse.ArgumentParser(add_help=False)
    nested.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS)
    nested.add_argument("--json", dest="as_json", action="store_true", default=argparse.SUPPRESS)
    nested.add_argument(
        "--store", type=Path, default=argparse.SUPPRESS, help="store folder (default: personal)"
    )
    nested.add_argument(
        "--passphrase-file",
        type=Path,
        default=argparse.SUPPRESS,
        help=f"file holding the store passphrase (else ${ENV_PASSPHRASE}, else a prompt)",
    )
    vsub = parser.add_subparsers(dest="vault_command", metavar="ACTION")
    vsub.required = True

    p = vsub.add_parser("init", parents=[nested], help="create a store")
    p.add_argument("--custody", choices=service.CUSTODIES[:3], default="auto")
    p.add_argument(
        "--new-passphrase-file", type=Path, help=f"passphrase of the new store (else ${ENV_NEW})"
    )
    p.add_argument(
        "--recovery",
        action="store_true",
        help="with --custody keyring: also a recovery passphrase (from --new-passphrase-file)",
    )

    p = vsub.add_parser("list", parents=[nested], help="the case list")
    p.add_argument("--search", help="part of a name, id or number (accents ignored)")

    p = vsub.add_parser("add", parents=[nested], help="store a dossier TOML and its files")
    p.add_argument("dossier", type=Path, help="the dossier .toml file")
    p.add_argument("--id", help="dossier id (default: the TOML's id, else its file name)")
    p.add_argument("--name", help="applicant display name for the case list")

    p = vsub.add_parser("open", parents=[nested], help="write a dossier and its files to a folder")
    p.add_argument("id")
    p.add_argument("--to", type=Path, required=True, help="empty or new folder (created 0700)")

    p = vsub.add_parser("export", parents=[nested], help="one encrypted hand-over file")
    p.add_argument("id")
    p.add_argument("--out", type=Path, required=True, help="the .dsvx file to write")
    p.add_argument("--file-passphrase-file", type=Path, help=f"else ${ENV_FILE}, else a prompt")
    p.add_argument(
        "--generate-passphrase", action="store_true", help="make up a passphrase and print it"
    )

    p = vsub.add_parser("import", parents=[nested], help="add the dossier of a hand-over file")
    p.add_argument("file", type=Path)
    p.add_argument("--file-passphrase-file", type=Path, help=f"else ${ENV_FILE}, else a prompt")
    p.add_argument("--as-id", help="store it under another id")
    p.add_argument("--replace", action="store_true", help="replace a dossier with the same id")

    p = vsub.add_parser("passwd", parents=[nested], help="change the passphrase (re-wraps the key)")
    p.add_argument("--new-passphrase-file", type=Path, help=f"else ${ENV_NEW}, else a prompt")

    p = vsub.add_parser("delete", parents=[nested], help="remove one dossier for good")
    p.add_argument("id")

    vsub.add_parser("log", parents=[nested], help="what was generated for whom, and when")

    p = vsub.add_parser("wipe", parents=[nested], help="destroy the store and forget its key")
    p.add_argument("--yes", action="store_true", help="confirm")

    parser.set_defaults(func=run)


# ---------------------------------------------------------------- secrets


def _read_secret_file(path: Path) -> str:
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise UserError("cli.file_not_found", file=str(path)) from None
    except (OSError, UnicodeDecodeError):
        raise UserError("vault.file_unreadable", file=str(path)) from None
    return text.rstrip("\r\n")


def _secret(
    path: Path | None,
    env: str,
    option: str,
    purpose: str,
    lang: str,
    *,
    confirm: bool = False,
) -> str:
    if path is not None:
        return _read_secret_file(path)
    if os.environ.get(env):
        return os.environ[env]
    if sys.stdin is not None and sys.stdin.isatty():
        prompt = t(purpose, lang) + " : " if lang == "fr" else t(purpose, lang) + ": "
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(prompt) != first:
            raise UserError("vault.passphrases_differ")
        return first
    raise UserError(
        "vault.no_passphrase_input", purpose=t(purpose, lang), option=option, variable=env
    )


def _store_dir(args: argparse.Namespace) -> Path:
    store = getattr(args, "store", None)
    return Path(store) if store is not None else service.default_store_dir()


def _store_passphrase(args: argparse.Namespace, lang: str) -> str:
    return _secret(
        getattr(args, "passphrase_file", None),
        ENV_PASSPHRASE,
        "--passphrase-file",
        "vault.purpose_store",
        lang,
    )


def _open(args: argparse.Namespace, lang: str) -> Vault:
    """The store, through the keyring when it can; the passphrase when given (file or
    variable), or when the keyring cannot and the store has a passphrase slot."""
    store = _store_dir(args)
    given = getattr(args, "passphrase_file", None) is not None or bool(
        os.environ.get(ENV_PASSPHRASE)
    )
    if given:
        vault = service.open_store(store, _store_passphrase(args, lang))
    else:
        vault = service.open_store(store, ask=lambda: _store_passphrase(args, lang))
    notice = service.recovery_notice(vault, lang)
    if notice:  # on stderr: the JSON on stdout stays parseable, and says it too
        print(notice, file=sys.stderr)
    service.note_sweep(vault, getattr(args, "swept", 0))  # the count only
    args.swept = 0
    return vault


# ---------------------------------------------------------------- actions


def run(args: argparse.Namespace, ctx: Any) -> int:
    action = args.vault_command
    # Clear working copies a killed process left (issue 16): shredded before anything
    # else, said once on stderr, logged (a count) when the store opens.
    args.swept = service.sweep_leftovers()
    if args.swept:
        print(service.sweep_notice(args.swept, ctx.lang), file=sys.stderr)
    return int(_ACTIONS[action](args, ctx))


def _init(args: argparse.Namespace, ctx: Any) -> int:
    store = _store_dir(args)
    custody = service.recommended_custody() if args.custody == "auto" else args.custody
    passphrase = recovery = None
    if custody == "passphrase" or args.recovery:
        if args.new_passphrase_file is not None or os.environ.get(ENV_NEW):
            source, env, option = args.new_passphrase_file, ENV_NEW, "--new-passphrase-file"
        else:
            source = getattr(args, "passphrase_file", None)
            env, option = ENV_PASSPHRASE, "--passphrase-file"
        secret = _secret(source, env, option, "vault.purpose_new", ctx.lang, confirm=True)
        if custody == "passphrase":
            passphrase = secret
        else:
            recovery = secret
    with service.create_store(
        store, custody=custody, passphrase=passphrase, recovery_passphrase=recovery
    ) as v:
        slots = v.custody
    if ctx.as_json:
        ctx.emit_json({"store": str(store), "custody": slots})
    else:
        ctx.say(t("vault.created", ctx.lang, store=str(store), custody=" + ".join(slots)))
    return 0


def _list(args: argparse.Namespace, ctx: Any) -> int:
    with _open(args, ctx.lang) as v:
        cases = service.list_cases(v, args.search or "")
        recovered = list(v.recovered)
    code = 1 if recovered else 0  # the newest state was lost: a problem found
    if ctx.as_json:
        ctx.emit_json({"dossiers": [c.to_json() for c in cases], "recovered": recovered})
        return code
    if not cases:
        ctx.say(t("vault.list_empty", ctx.lang))
        return code
    ctx.say(t("vault.list_header", ctx.lang, count=len(cases)))
    for c in cases:
        fields = [c.id, c.display_name or "-", c.status or "-", c.deadline or "-", c.updated]
        ctx.say("  " + " | ".join(fields))
    return code


def _add(args: argparse.Namespace, ctx: Any) -> int:
    source = service.read_dossier_file(args.dossier)
    dossier = source.dossier
    dossier_id = args.id or dossier.get("id") or dossier.get("dossier.id") or args.dossier.stem
    summary = service.case_summary(dossier, ctx.clock.today())
    if args.name:
        summary["display_name"] = args.name
    files = source.files
    with _open(args, ctx.lang) as v:
        result = service.add_dossier(v, source, str(dossier_id), summary)
    if ctx.as_json:
        ctx.emit_json(
            {
                "id": dossier_id,
                "files": sorted(files),
                "generation": result.generation,
                "changed": result.changed,
            }
        )
    else:
        ctx.say(
            t(
                "vault.added",
                ctx.lang,
                id=dossier_id,
                files=len(files),
                generation=result.generation,
            )
        )
    return 0


def _open_to(args: argparse.Namespace, ctx: Any) -> int:
    with _open(args, ctx.lang) as v:
        toml_path = service.open_clear_copy(v, args.id, args.to)
    if ctx.as_json:
        ctx.emit_json({"id": args.id, "toml": str(toml_path)})
    else:
        ctx.say(t("vault.opened_to", ctx.lang, id=args.id, path=str(toml_path)))
    return 0


def _export(args: argparse.Namespace, ctx: Any) -> int:
    generated = None
    if args.generate_passphrase:
        generated = passphrase = service.suggest_passphrase()
    else:
        passphrase = _secret(
            args.file_passphrase_file,
            ENV_FILE,
            "--file-passphrase-file",
            "vault.purpose_file",
            ctx.lang,
            confirm=True,
        )
    with _open(args, ctx.lang) as v:
        out = service.export_case(v, args.id, args.out, passphrase)
    if ctx.as_json:
        payload: dict[str, Any] = {"id": args.id, "file": str(out)}
        if generated:
            payload["passphrase"] = generated
        ctx.emit_json(payload)
    else:
        ctx.say(t("vault.exported", ctx.lang, id=args.id, file=str(out)))
        if generated:
            ctx.say(t("vault.generated_passphrase", ctx.lang, passphrase=generated))
    return 0


def _import(args: argparse.Namespace, ctx: Any) -> int:
    passphrase = _secret(
        args.file_passphrase_file,
        ENV_FILE,
        "--file-passphrase-file",
        "vault.purpose_file",
        ctx.lang,
    )
    with _open(args, ctx.lang) as v:
        dossier_id = service.import_case(
            v, args.file, passphrase, as_id=args.as_id, replace=args.replace
        )
    if ctx.as_json:
        ctx.emit_json({"id": dossier_id})
    else:
        ctx.say(t("vault.imported", ctx.lang, id=dossier_id))
    return 0


def _passwd(args: argparse.Namespace, ctx: Any) -> int:
    store = _store_dir(args)
    has_pp = "passphrase" in service.store_slots(store)
    old = _store_passphrase(args, ctx.lang) if has_pp else None
    new = _secret(
        args.new_passphrase_file,
        ENV_NEW,
        "--new-passphrase-file",
        "vault.purpose_new",
        ctx.lang,
        confirm=True,
    )
    service.change_passphrase(store, old, new)
    if ctx.as_json:
        ctx.emit_json({"store": str(store), "changed": True})
    else:
        ctx.say(t("vault.passwd_done", ctx.lang))
    return 0


def _delete(args: argparse.Namespace, ctx: Any) -> int:
    with _open(args, ctx.lang) as v:
        service.delete_case(v, args.id)
    if ctx.as_json:
        ctx.emit_json({"id": args.id, "deleted": True})
    else:
        ctx.say(t("vault.deleted", ctx.lang, id=args.id))
    return 0


def _log(args: argparse.Namespace, ctx: Any) -> int:
    with _open(args, ctx.lang) as v:
        reading = service.read_log(v)
    rows = [dict(e.to_json(), display_name=name) for e, name in reading.entries]
    sound = reading.intact and not reading.truncated
    if ctx.as_json:
        ctx.emit_json(
            {
                "entries": rows,
                "intact": reading.intact,
                "torn_tail": reading.torn_tail,
                "truncated": reading.truncated,
                "expected": reading.expected,
            }
        )
    else:
        if not rows and not reading.truncated:
            ctx.say(t("vault.log_empty", ctx.lang))
        for r in rows:
            who = r["display_name"] or "-"
            ctx.say(f"{r['seq']:>5}  {r['at']}  {r['dossier']}  {who}  {r['action']}  {r['what']}")
        if not reading.intact:
            ctx.say(t("vault.log_broken", ctx.lang, seq=len(rows)))
        if reading.truncated:
            ctx.say(t("vault.log_truncated", ctx.lang, found=len(rows), expected=reading.expected))
    return 0 if sound else 1


def _wipe(args: argparse.Namespace, ctx: Any) -> int:
    store = _store_dir(args)
    if not args.yes:
        raise UserError("vault.wipe_needs_yes", store=str(store))
    count = service.wipe_store(store)
    if ctx.as_json:
        ctx.emit_json({"store": str(store), "files": count, "wiped": True})
    else:
        ctx.say(t("vault.wiped", ctx.lang, store=str(store), files=count))
    return 0


_ACTIONS = {
    "init": _init,
    "list": _list,
    "add": _add,
    "open": _open_to,
    "export": _export,
    "import": _import,
    "passwd": _passwd,
    "delete": _delete,
    "log": _log,
    "wipe": _wipe,
}
