"""The letters step: preview the French letter or sworn statement, its summary
in the person's language beside it, and the log of failed booking attempts
(screenshots). A statement the situation asks for (hosting, non-polygamy, loss,
not working) is offered here, with what to do next with it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.errors import UserError
from desktop.flow import missing_pieces
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

if TYPE_CHECKING:
    from desktop.ui.qt import QWidget
    from desktop.ui.step_pages import LettersPage

LETTERS_DIR = "lettres"
#: The sworn statements the app writes, and the piece each one is for.
STATEMENT_PIECE = {
    "hebergement": "hosting_attestation",
    "non-polygamie": "non_polygamy",
    "perte": "loss_declaration",
    "non-travail": "no_work_undertaking",
}


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
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


class LettersController:
    def __init__(self, page: LettersPage) -> None:
        self.page = page
        self.ui = page.ui
        self.session = page.session
        self.doc: QPdfDocument | None = None
        self.view: QWidget  # the PDF, or its text without QtPdf
        if HAS_PDF:
            self.doc = QPdfDocument(page)
            pdf_view = QPdfView(self.ui.preview)
            pdf_view.setDocument(self.doc)
            pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            pdf_view.setMinimumHeight(360)
            self.view = pdf_view
        else:
            text_view = QLabel(self.ui.preview)
            text_view.setWordWrap(True)
            self.view = text_view
        self.view.setObjectName("letter_view")
        self.ui.preview_layout.addWidget(self.view)
        self.view.setVisible(False)  # until a letter is written: preview_empty says how
        self.ui.record_attempt.clicked.connect(self.record_attempt)
        self.ui.make_letter.clicked.connect(self.make_letter)
        self.ui.attach_letter.clicked.connect(self.attach_letter)
        self.written_kind: str | None = None  # the document in the preview
        self.attached: dict[str, str] = {}  # piece -> the statement this page added to it
        self.written = 0  # documents written on this page: which one was attached
        self.attached_written = -1
        self.ui.letter_kind.currentIndexChanged.connect(lambda _i: self.show_summary())
        self.last_pdf: Path | None = None

    def offered(self) -> dict[str, str]:
        """The documents this page writes for this dossier: the two letters, and
        the statements whose piece the situation asks for."""
        from desktop.flow import checklist

        kinds = {
            "missing": translate("LettersPage", "Lettre explicative (pièce manquante)"),
            "appointment": translate("LettersPage", "Demande de rendez-vous"),
        }
        statements = {
            "hebergement": translate(
                "LettersPage", "Attestation d’hébergement (signée par l’hébergeant)"
            ),
            "non-polygamie": translate("LettersPage", "Déclaration sur l’honneur de non-polygamie"),
            "perte": translate("LettersPage", "Déclaration de perte du titre de séjour"),
            "non-travail": translate(
                "LettersPage", "Engagement à ne pas travailler (modèle à recopier)"
            ),
        }
        wanted = set(checklist(self.session.state))
        for kind, label in statements.items():
            if STATEMENT_PIECE[kind] in wanted:
                kinds[kind] = label
        return kinds

    def retranslate(self) -> None:
        kinds = self.offered()
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
        self.show_next_step()  # its text in the new language

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
            from desktop.services import documents

            text = documents.letter_summary(self.kind(), state.dossier, state.lang, self.pieces())
        except (ImportError, UserError, KeyError):
            text = ""
        self.ui.translation.setText(escape(text))

    def record_attempt(self) -> None:
        message = self.ui.attempt_message.toPlainText()
        png = grab_screen_png()
        self.session.record_attempt(message, png)
        self.ui.attempt_message.clear()
        self.refresh()

    def make_letter(self) -> None:
        self.page.commit()
        state = self.session.state
        self.session.save_now()
        folder = state.dossier.base_dir / LETTERS_DIR
        folder.mkdir(parents=True, exist_ok=True)
        kind = self.kind()
        try:
            from desktop.services import documents

            today = self.session.today
            if kind in STATEMENT_PIECE:
                result = documents.write_statement(
                    kind, state.dossier, folder / f"{kind}.pdf", today
                )
            else:
                name = "lettre-piece-manquante" if kind == "missing" else "demande-rendez-vous"
                result = documents.write_letter(
                    kind, state.dossier, folder / f"{name}.pdf", today, self.pieces()
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
        elif isinstance(self.view, QLabel):
            self.view.setText(escape(result.text))
        self.ui.preview_empty.setVisible(False)
        self.view.setVisible(True)
        self.written_kind = kind
        self.written += 1
        self.show_next_step()
        self.show_summary()

    def show_next_step(self) -> None:
        """After a statement: what to do with it, and « Joindre au dossier » when it
        is ready as it is (signed with the signature drawn at the CER step)."""
        from desktop.services.documents import drawn_signature

        kind = self.written_kind
        state = self.session.state
        piece = STATEMENT_PIECE.get(kind or "")
        ready = False
        text = ""
        if piece is not None:
            label = state.catalog.pieces[piece].label_in(state.lang)
            if kind == "hebergement":
                text = translate(
                    "LettersPage",
                    "Imprimez cette attestation : l’hébergeant la date et la signe. Ajoutez "
                    "ensuite la copie signée à la pièce « %1 » (page Documents).",
                )
            elif kind == "non-travail":
                text = translate(
                    "LettersPage",
                    "C’est un modèle : recopiez-le à la main, datez-le et signez-le, puis "
                    "ajoutez-le à la pièce « %1 » (page Documents).",
                )
            elif self.attached_written == self.written:
                text = "✔ " + translate("LettersPage", "Ajouté à la pièce « %1 ».")
            elif drawn_signature(state.dossier) is not None:
                ready = True
                text = translate(
                    "LettersPage",
                    "Ce document porte votre signature dessinée. « Joindre au dossier » "
                    "l’ajoute à la pièce « %1 ».",
                )
            else:
                text = translate(
                    "LettersPage",
                    "Imprimez ce document, signez-le, puis ajoutez la copie signée à la pièce "
                    "« %1 » (page Documents).",
                )
                if "cer" in self.session.wizard.path():  # where the signature pad is
                    text += " " + translate(
                        "LettersPage",
                        "Pour le signer à l’écran, dessinez votre signature à l’étape "
                        "Contrat (CER), puis rédigez-le à nouveau.",
                    )
            text = text.replace("%1", label)
        self.ui.next_step.setText(text)  # (a plain-text label)
        self.ui.next_step.setVisible(bool(text))
        self.ui.attach_letter.setVisible(ready)

    def attach_letter(self) -> None:
        """Add the statement just written (signed) to its piece, as a dropped file."""
        piece = STATEMENT_PIECE.get(self.written_kind or "")
        if piece is None or self.last_pdf is None or not self.last_pdf.is_file():
            return
        earlier = self.attached.get(piece)
        try:
            if earlier in self.session.state.dossier.piece(piece).files:
                self.session.detach(piece, earlier)  # written again: this one replaces it
            self.attached[piece] = self.session.attach(piece, [str(self.last_pdf)])[0]
        except UserError as exc:
            self.page.ui.problems.setText("✖ " + escape(exc.message(self.session.state.lang)))
            self.page.ui.problems.setVisible(True)
            return
        self.attached_written = self.written
        self.show_next_step()
