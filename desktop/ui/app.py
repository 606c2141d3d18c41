"""Start the Qt application: ``run_gui(lang, clock, selftest)`` (called by
``desktop.cli``).

By default dossiers live in the encrypted vault: the welcome page's choice
opens the personal store, the volunteer's case list or a reception session
(``desktop.ui.vault_ui``), and a personal dossier reopens where the person
left off. A plain dossier file (a volunteer's TOML, the examples) opens
instead when given by ``DOSSIER_FILE`` or ``run_gui(dossier_file=…)``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Unpack

from desktop.core.clock import Clock
from desktop.core.dossier import Dossier
from desktop.core.messages import normalise_lang
from desktop.errors import UserError
from desktop.flow import FlowState, store
from desktop.paths import FONTS_DIR
from desktop.ui.i18n import Languages
from desktop.ui.main_window import MainWindow
from desktop.ui.qt import QApplication, QFontDatabase, QFontInfo, QSettings, QTimer
from desktop.ui.session import Session
from desktop.ui.style import stylesheet
from desktop.ui.vault_ui import ModeController, VaultOptions, install, plain_dossier
from desktop.vault.appdirs import ENV_HOME

ORG, APP = "DossierSejour", "dossier-sejour"


def process_age_ms() -> float:
    """Milliseconds since this process started (for --selftest)."""
    env = os.environ.get("DOSSIER_T0")
    if env:
        return (time.time() - float(env)) * 1000.0
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        hz = os.sysconf("SC_CLK_TCK")
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return (uptime - start_ticks / hz) * 1000.0
    except (OSError, ValueError, IndexError):  # no /proc: not known
        return -1.0


#: The interface's scripts that a machine with only basic fonts may lack: the app
#: ships them for its PDFs (assets/fonts/README.md) and gives them to Qt too, so
#: « 中文 » and the Chinese and Arabic interfaces never show as boxes.
UI_FONTS = ("DroidSansFallbackFull.ttf", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")


def add_bundled_fonts() -> list[str]:
    """Register the shipped fonts with Qt (about 1 ms: Qt reads a file's glyphs only
    when one is drawn); Qt's font fallback then finds them. Returns their families."""
    families: list[str] = []
    for name in UI_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def make_app(argv: list[str] | None = None) -> QApplication:
    running = QApplication.instance()  # (typed as a QCoreApplication)
    app = running if isinstance(running, QApplication) else QApplication(argv or [sys.argv[0]])
    add_bundled_fonts()
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName("Dossier Séjour")
    app.setStyleSheet(stylesheet(QFontInfo(app.font()).pointSizeF()))
    return app


def open_state(clock: Clock, path: Path | None = None, lang: str | None = None) -> FlowState:
    """The dossier to work on: ``path``, else the last one, else a new one."""
    settings = QSettings(ORG, APP)
    if path is None:
        last = settings.value("last_dossier", "")
        if last and Path(str(last)).is_file():
            path = Path(str(last))
    dossier = None
    if path is not None:
        try:
            dossier = Dossier.load(path, salvage=True)
        except UserError:
            dossier = None
    if dossier is None:
        target = store.new_dossier_dir(store.default_home(), clock.now())
        dossier = Dossier.new()
        dossier.set("lang", normalise_lang(lang))
        dossier.save(target)
    settings.setValue("last_dossier", str(dossier.path))
    return FlowState(dossier, clock.today())


def build_window(state: FlowState, clock: Clock) -> MainWindow:
    """A window on one plain dossier file (saved in clear where it is)."""
    languages = Languages()
    languages.switch(state.lang)
    session = Session(state, clock)
    window = MainWindow(session, languages)
    return window


def build_vault_window(
    clock: Clock, lang: str | None = None, **options: Unpack[VaultOptions]
) -> MainWindow:
    """The default window: the welcome page, then the vault of the chosen mode.
    ``options`` go to ``ModeController`` (store_dir, kdf_strength, session_base,
    monotonic). Call ``window.controller.start()`` once the window is shown."""
    state = FlowState(plain_dossier(lang), clock.today())
    window = build_window(state, clock)
    install(window, default_lang=normalise_lang(lang), **options)
    return window


def vault_controller(window: MainWindow) -> ModeController:
    """The controller ``build_vault_window`` put on its window."""
    if window.controller is None:
        raise RuntimeError("a plain dossier's window has no vault")
    return window.controller


def run_gui(
    lang: str | None = None,
    clock: Clock | None = None,
    selftest: bool = False,
    dossier_file: str | None = None,
) -> int:
    clock = clock or Clock()
    app = make_app()
    if selftest:
        return _selftest(app, clock, lang)
    dossier_file = dossier_file or os.environ.get("DOSSIER_FILE") or None
    if dossier_file is None:
        window = build_vault_window(clock, lang)
        window.show()
        vault_controller(window).start()
        return int(app.exec())
    state = open_state(clock, Path(dossier_file), lang)
    if lang and not state.dossier.lang:
        state.dossier.set("lang", normalise_lang(lang))
    window = build_window(state, clock)
    window.show()
    return int(app.exec())


def _selftest(app: QApplication, clock: Clock, lang: str | None) -> int:
    """The real start (the vault window's welcome page), timed, in a throwaway
    home: the vault's folders and settings go to a temporary folder, removed at
    the end, so the test neither reads nor leaves anything of the person's."""
    tmp = tempfile.TemporaryDirectory(prefix="dossier-selftest-")
    saved_home = os.environ.get(ENV_HOME)
    os.environ[ENV_HOME] = tmp.name
    result: dict[str, object] = {}
    try:
        window = build_vault_window(clock, lang, store_dir=Path(tmp.name) / "vault")
        controller = vault_controller(window)
        window.show()
        controller.start()

        def done() -> None:
            ms = process_age_ms()
            ok = window.isVisible() and window.ui.next.isEnabled()
            result.update(
                ok=bool(ok),
                first_page_ms=round(ms, 1),
                page=window.session.wizard.current,
                window="vault",
            )
            # Saving works (TOML writer, atomic rename) in this build too.
            window.session.state.dossier.save(Path(tmp.name) / store.DOSSIER_FILE)
            app.quit()

        QTimer.singleShot(0, done)
        app.exec()
        controller.shutdown()
        window.close()
    finally:
        if saved_home is None:
            os.environ.pop(ENV_HOME, None)
        else:
            os.environ[ENV_HOME] = saved_home
        tmp.cleanup()
    import json  # after the first page: ~2 ms nobody waits for

    print(json.dumps(result))
    return 0 if result.get("ok") else 1
