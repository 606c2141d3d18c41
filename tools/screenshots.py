"""Render every wizard page with the demo dossier to PNG, offscreen.

    python tools/screenshots.py --out shots [--lang fr ar] [--today 2026-12-01]

One PNG per page and language (``01-welcome-fr.png`` …), plus the hosted
branch of the address page and the letters page (shown for a missing piece),
and the vault's screens: the first-run key dialog, the lock screen (passphrase),
the volunteer's case list and the reception point's "end session" question.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--lang", nargs="+", default=["fr", "ar"])
    parser.add_argument("--today", default=None)
    parser.add_argument("--size", default="1100x800")
    args = parser.parse_args(argv)
    today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    width, height = (int(x) for x in args.size.split("x"))

    from desktop.core.clock import Clock
    from desktop.core.dossier import Dossier
    from desktop.demo import write_demo
    from desktop.flow import FlowState, Wizard
    from desktop.ui.app import build_window, make_app

    app = make_app()
    args.out.mkdir(parents=True, exist_ok=True)
    clock = Clock(today)
    written = []
    with tempfile.TemporaryDirectory(prefix="dossier-shots-") as tmp:
        for lang in args.lang:
            path = write_demo(Path(tmp) / lang, today)
            dossier = Dossier.load(path)
            dossier.set("lang", lang)
            dossier.set("appointment.status", "none")  # show the letters step too
            state = FlowState(dossier, today)
            state.set_ui("step", "review")
            window = build_window(state, clock)
            window.resize(width, height)
            window.show()
            session = window.session
            path_steps = session.wizard.path()
            for i, sid in enumerate(path_steps, 1):
                state.set_ui("step", sid)
                session.wizard = Wizard.resume(
                    state, on_change=lambda _s, s=session: s.schedule_save()
                )
                window.show_current()
                session.wait_inspections()
                app.processEvents()
                window.current_page().refresh()
                app.processEvents()
                name = args.out / f"{i:02d}-{sid}-{lang}.png"
                window.grab().save(str(name))
                written.append(name)
            # the hosted branch of the address step
            state.dossier.set("address.kind", "hosted")
            state.dossier.set("host.surname", "MARTIN")
            state.dossier.set("host.given_names", "Paul")
            state.set_ui("step", "address")
            session.wizard = Wizard.resume(state)
            window.show_current()
            for _ in range(3):
                app.processEvents()
            name = args.out / f"{path_steps.index('address') + 1:02d}-address-hosted-{lang}.png"
            window.grab().save(str(name))
            written.append(name)
            written += vault_screens(
                app, window, args.out, lang, Path(tmp) / f"store-{lang}", today
            )
            window.close()
            window.deleteLater()
            app.processEvents()
    for p in written:
        print(p)
    return 0


def vault_screens(app, window, out: Path, lang: str, store: Path, today) -> list[Path]:
    """The vault's screens over the same window (a throwaway in-memory store)."""
    from desktop import services
    from desktop.core.dossier import Dossier
    from desktop.ui.vault_screens import SetupDialog
    from desktop.ui.vault_ui import ModeController
    from desktop.vault import Vault

    written = []

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    ctl = ModeController(window)
    # first run: how to keep the key (no keyring on this machine: passphrase)
    dialog = SetupDialog(keyring_available=False, parent=window)
    dialog.ui.passphrase.setText("soleil du matin sur la Loire")
    dialog.ui.confirm.setText("soleil du matin sur la Loire")
    dialog.show()
    settle()
    name = out / f"90-vault-first-run-{lang}.png"
    dialog.grab().save(str(name))
    written.append(name)
    dialog.close()
    # a hand-over file's passphrase (volunteer)
    from desktop.ui.vault_screens import ExportDialog

    export = ExportDialog(parent=window)
    export.ui.generated.setText("K7QM-3XPA-W9TR-HN4D-8FJC")
    export.show()
    settle()
    name = out / f"95-vault-export-{lang}.png"
    export.grab().save(str(name))
    written.append(name)
    export.close()
    # the lock screen after idle, with a wrong passphrase typed
    ctl.lock_screen.configure(needs_passphrase=True, idle=True)
    window.show_screen(ctl.lock_screen)
    ctl.lock_screen.ui.passphrase.setText("pas la bonne")
    from desktop.core.messages import t

    ctl.lock_screen.show_error(t("vault.wrong_passphrase", lang))
    settle()
    name = out / f"91-vault-unlock-{lang}.png"
    window.grab().save(str(name))
    written.append(name)
    # the volunteer's case list
    demo = window.session.state.dossier
    people = [
        ("DIALLO", "Aminata", None),
        ("PETRENKO", "Olena", "7504123456"),
        ("WANG", "Li", "6903123456"),
        ("HADDAD", "Karim", None),
    ]
    with Vault.create(store, custody="ephemeral") as vault:
        for i, (surname, given, number) in enumerate(people):
            d = Dossier.from_toml_text(demo.to_toml())
            d.set("applicant.surname", surname)
            d.set("applicant.given_names", given)
            if number:
                d.set("applicant.numero_etranger", number)
            if i == 3:
                d.set("situation", "")
            summary = services.case_summary(d, today)
            vault.save_dossier(f"D-{i}", d.to_toml().encode(), {}, summary)
        ctl.case_list.fill(vault.list_dossiers())
    ctl.case_list.ui.search.setText("")
    window.ui.cases_button.setVisible(True)
    window.ui.lock_button.setVisible(True)
    window.show_screen(ctl.case_list)
    settle()
    name = out / f"92-vault-case-list-{lang}.png"
    window.grab().save(str(name))
    written.append(name)
    window.ui.cases_button.setVisible(False)
    window.ui.lock_button.setVisible(False)
    # reception point: the header's "End session" and its question
    window.ui.end_session.setVisible(True)
    window.show_wizard()
    settle()
    name = out / f"93-reception-header-{lang}.png"
    window.grab().save(str(name))
    written.append(name)
    from desktop.ui.vault_reception import ReceptionDesk

    box = ReceptionDesk(ctl).end_session_box()  # the question only; no session started
    box.show()
    settle()
    name = out / f"94-reception-end-session-{lang}.png"
    box.grab().save(str(name))
    written.append(name)
    box.close()
    window.ui.end_session.setVisible(False)
    ctl.shutdown()
    return written


if __name__ == "__main__":
    raise SystemExit(main())
