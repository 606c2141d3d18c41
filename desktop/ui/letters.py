"""The letters step: preview the French letter, its summary in the person's
language beside it, and the log of failed booking attempts (screenshots)."""

from __future__ import annotations

from pathlib import Path

from desktop.errors import UserError
from desktop.flow import missing_pieces, store
from desktop.flow.steps import needs_appointment_letter
from desktop.ui.qt import (
    HAS_PDF,
    QBuffer,
    QByteArray,
    QGuiApplication,
    QIODevice,
    QLabel,
    QListWidgetItem,
    QPdfDocument,
    QPdfView,
    translate,
)
from desktop.ui.style import escape

LETTERS_DIR = "lettres"


def grab_screen_png() -> bytes | None:
    """The whole screen (browser page and system clock), as PNG bytes."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return None
    pixmap = screen.grabWindow(0)
    if pixmap.isNull():
        return None
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    pixmap.save(buf, "PNG")
    buf.close()
    return bytes(data)


class LettersController:
    def __init__(self, page) -> None:
        self.page = page
        self.ui = page.ui
        self.session = page.session
        self.doc = QPdfDocument(page) if HAS_PDF else None
        if HAS_PDF:
            self.view = QPdfView(self.ui.preview)
            self.view.setDocument(self.doc)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setMinimumHeight(360)
        else:
            self.view = QLabel(self.ui.preview)
            self.view.setWordWrap(True)
        self.view.setObjectName("letter_view")
        self.ui.preview.layout().addWidget(self.view)
        self.view.setVisible(False)  # until a letter is written: preview_empty says how
        self.ui.record_attempt.clicked.connect(self.record_attempt)
        self.ui.make_letter.clicked.connect(self.make_letter)
        self.ui.letter_kind.currentIndexChanged.connect(lambda _i: self.show_summary())
        self.last_pdf: Path | None = None

    def retranslate(self) -> None:
        kinds = {
            "missing": translate("LettersPage", "Lettre explicative (pièce manquante)"),
            "appointment": translate("LettersPage", "Demande de rendez-vous"),
        }
        current = self.ui.letter_kind.currentData()
        self.ui.letter_kind.clear()
        for k, label in kinds.items():
            self.ui.letter_kind.addItem(label, k)
        i = self.ui.letter_kind.findData(current)
        if i >= 0:
            self.ui.letter_kind.setCurrentIndex(i)
        self.ui.letter_kind.setAccessibleName(translate("LettersPage", "Lettre à rédiger"))
        self.view.setAccessibleName(translate("LettersPage", "Aperçu de la lettre en français"))
        self.ui.attempts.setAccessibleName(translate("LettersPage", "Tentatives enregistrées"))
        self.ui.attempt_message.setAccessibleName(
            translate("LettersPage", "Message affiché par le site")
        )

    def refresh(self) -> None:
        state = self.session.state
        missing = missing_pieces(state)
        self.ui.missing_group.setVisible(bool(missing))
        self.ui.appointment_group.setVisible(needs_appointment_letter(state))
        if not missing and self.ui.letter_kind.currentData() == "missing":
            self.ui.letter_kind.setCurrentIndex(1)
        self.ui.attempts.clear()
        for a in state.dossier.attempts:
            text = f"{a.at:%d/%m/%Y %H:%M} — {a.message or '…'}"
            if a.screenshot:
                text += " " + translate("LettersPage", "(capture d'écran jointe)")
            self.ui.attempts.addItem(QListWidgetItem(text))
        self.ui.attempts.setVisible(self.ui.attempts.count() > 0)
        self.ui.attempts_empty.setVisible(self.ui.attempts.count() == 0)
        self.show_summary()

    def kind(self) -> str:
        return self.ui.letter_kind.currentData() or "missing"

    def pieces(self) -> list[str]:
        chosen = self.session.state.dossier.get("letters.missing.piece")
        return [chosen] if chosen else missing_pieces(self.session.state)[:1]

    def show_summary(self) -> None:
        state = self.session.state
        try:
            from desktop.letters.summary import summary

            text = summary(self.kind(), state.dossier, state.lang, self.pieces())
        except (ImportError, UserError, KeyError):
            text = ""
        self.ui.translation.setText(escape(text))

    def record_attempt(self) -> None:
        state = self.session.state
        message = self.ui.attempt_message.toPlainText()
        png = grab_screen_png()
        store.record_attempt(state, self.session.clock.now(), message, png)
        self.ui.attempt_message.clear()
        self.session.touch()
        self.refresh()

    def make_letter(self) -> None:
        self.page.commit()
        state = self.session.state
        self.session.save_now()
        folder = state.dossier.base_dir / LETTERS_DIR
        folder.mkdir(parents=True, exist_ok=True)
        kind = self.kind()
        try:
            if kind == "missing":
                from desktop.letters.missing import missing_piece_letter

                result = missing_piece_letter(
                    state.dossier,
                    self.pieces(),
                    None,
                    folder / "lettre-piece-manquante.pdf",
                    self.session.today,
                )
            else:
                from desktop.letters.appointment import appointment_letter

                result = appointment_letter(
                    state.dossier, folder / "demande-rendez-vous.pdf", self.session.today
                )
        except UserError as exc:
            self.page.ui.problems.setText("✖ " + escape(exc.message(state.lang)))
            self.page.ui.problems.setVisible(True)
            return
        except ImportError:
            return
        self.page.ui.problems.setVisible(False)
        self.session.log("generated", f"letter:{kind}")
        self.last_pdf = Path(result.pdf)
        if self.doc is not None:
            self.doc.close()
            self.doc.load(str(self.last_pdf))
        else:
            self.view.setText(escape(result.text))
        self.ui.preview_empty.setVisible(False)
        self.view.setVisible(True)
        self.show_summary()
