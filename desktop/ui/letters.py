"""The letters step: preview the French letter or sworn statement, its summary
in the person's language beside it, and the log of failed booking attempts
(screenshots). A statement the situation asks for (hosting, non-polygamy, loss,
not working) is offered here, with what to do next with it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.errors import UserError
from desktop.flow import missing_pieces
from desktop.flow.steps import FORM_STEP, needs_appointment_letter
from desktop.ui import dialogs
from desktop.ui.build import ltr
from desktop.ui.pages import fmt_date
from desktop.ui.qt import (
    HAS_PDF,
    QBuffer,
    QByteArray,
    QDesktopServices,
    QGuiApplication,
    QHBoxLayout,
    QIODevice,
    QLabel,
    QListWidgetItem,
    QPdfDocument,
    QPdfView,
    QPushButton,
    Qt,
    QUrl,
    QWidget,
    translate,
)
from desktop.ui.style import escape

if TYPE_CHECKING:
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
        self.ui.letters_missing_piece.activated.connect(lambda _i: self.fill_from_dossier(True))
        self.last_pdf: Path | None = None
        self._add_finish_line()

    # ----- after a letter: where it is, open, print, save as -------------------------------
    def _add_finish_line(self) -> None:
        ui = self.ui
        self.where = QLabel(ui.preview_group)
        self.where.setObjectName("letter_where")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.letter_buttons = QWidget(ui.preview_group)
        row = QHBoxLayout(self.letter_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.open_letter = QPushButton(self.letter_buttons)
        self.open_letter.setObjectName("open_letter")
        self.print_letter = QPushButton(self.letter_buttons)
        self.print_letter.setObjectName("print_letter")
        self.save_letter = QPushButton(self.letter_buttons)
        self.save_letter.setObjectName("save_letter")
        for b in (self.open_letter, self.print_letter, self.save_letter):
            row.addWidget(b)
        row.addStretch(1)
        layout = ui.preview_box_layout
        at = layout.indexOf(ui.next_step) + 1
        layout.insertWidget(at, self.letter_buttons)
        layout.insertWidget(at, self.where)
        self.where.setVisible(False)
        self.letter_buttons.setVisible(False)
        self.print_letter.setEnabled(HAS_PDF)
        self.open_letter.clicked.connect(self.open_written)
        self.print_letter.clicked.connect(self.print_written)
        self.save_letter.clicked.connect(self.save_written_as)

    def _finish_texts(self) -> None:
        self.open_letter.setText(translate("LettersPage", "Ouvrir"))
        self.print_letter.setText(translate("LettersPage", "Imprimer"))
        self.save_letter.setText(translate("LettersPage", "Enregistrer sous…"))
        self.open_letter.setAccessibleName(translate("LettersPage", "Ouvrir la lettre"))
        self.print_letter.setAccessibleName(translate("LettersPage", "Imprimer la lettre"))
        self.save_letter.setAccessibleName(translate("LettersPage", "Enregistrer la lettre sous…"))
        self._show_where()

    def _show_where(self, note: str = "") -> None:
        pdf = self.last_pdf
        shown = pdf is not None and pdf.is_file()
        if shown and pdf is not None:
            text = translate("LettersPage", "✔ Lettre enregistrée dans : %1").replace(
                "%1", ltr(str(pdf))
            )
            if self.session.saver is not None:  # the vault's working copy goes at closing
                text += " " + translate(
                    "LettersPage",
                    "(copie de travail, effacée à la fermeture : « Enregistrer sous… » en "
                    "garde une où vous voulez).",
                )
            self.where.setText(escape(text) + ("<br/>" + escape(note) if note else ""))
        self.where.setVisible(shown)
        self.letter_buttons.setVisible(shown)

    def open_written(self) -> None:
        """The letter in the system's PDF viewer; when nothing opens it, say so (its
        path is shown, selectable, just above)."""
        if self.last_pdf is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_pdf))):
            self._show_where(
                translate(
                    "LettersPage",
                    "⚠ Aucune application n'a pu ouvrir ce PDF : copiez le chemin ci-dessus, "
                    "ou utilisez « Enregistrer sous… ».",
                )
            )

    def print_written(self) -> None:
        from desktop.ui.build import print_pdf

        if self.last_pdf is not None:
            print_pdf(self.page, self.last_pdf)

    def save_written_as(self) -> None:
        from desktop.core.atomic import atomic_copy

        if self.last_pdf is None or not self.last_pdf.is_file():
            return
        target = dialogs.save_file(
            self.page,
            translate("LettersPage", "Enregistrer la lettre sous"),
            dialogs.LETTERS,
            self.last_pdf.name,
            "PDF (*.pdf)",
        )
        if not target:
            return
        dest = Path(target)
        if dest.suffix.lower() != ".pdf":
            dest = dest.with_name(dest.name + ".pdf")
        try:
            atomic_copy(self.last_pdf, dest)
        except OSError as exc:
            self._show_where("✖ " + (exc.strerror or type(exc).__name__))
            return
        self._show_where(
            "✔ " + translate("LettersPage", "Copie enregistrée : %1").replace("%1", ltr(str(dest)))
        )

    # ----- the form shows what the letter uses ----------------------------------------------
    def fill_from_dossier(self, replace: bool = False) -> None:
        """The missing-piece form shows the piece, reason and expected date the letter
        will use (``[missing.<piece>]`` in the dossier), not « — » and empty fields.
        ``replace``: the person picked another piece, whose own answers are shown."""
        ui, page = self.ui, self.page
        combo = ui.letters_missing_piece
        pid = combo.currentData() or ""
        if not pid:
            chosen = self.pieces()
            i = combo.findData(chosen[0]) if chosen else -1
            if i < 0:
                return
            page._loading = True
            combo.setCurrentIndex(i)
            page._loading = False
            pid = chosen[0]
        record = self.session.state.dossier.get(f"missing.{pid}")
        if not isinstance(record, dict):
            record = {}
        steps = record.get("steps") or []
        first = steps[0] if isinstance(steps, list) and steps else None
        requested = (
            first.get("date")
            if isinstance(first, dict) and first.get("what") == FORM_STEP
            else None
        )
        values = {
            ui.letters_missing_reason: str(record.get("reason") or ""),
            ui.letters_missing_expected_on: fmt_date(record.get("expected_on")),
            ui.letters_missing_requested_on: fmt_date(requested),
        }
        page._loading = True
        try:
            for edit, value in values.items():
                if replace or not edit.text().strip():
                    edit.setText(value)
        finally:
            page._loading = False

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
        self._finish_texts()

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
        if self.signed_statement(kind):
            # Signed as it is: it goes to its piece now, so the dossier the cover lists
            # holds it (issue 15) — no second step to forget. The documents page shows
            # it, where « Retirer » takes it out.
            self.attach_letter()
        self.show_next_step()
        self.show_summary()
        self._show_where()

    def signed_statement(self, kind: str) -> bool:
        """A statement the applicant signs, written with their drawn signature (the
        hosting attestation is signed by the host, the no-work undertaking copied by
        hand: those go to their piece once signed on paper)."""
        from desktop.services.documents import drawn_signature

        return (
            kind in STATEMENT_PIECE
            and kind not in ("hebergement", "non-travail")
            and drawn_signature(self.session.state.dossier) is not None
        )

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
                text = "✔ " + translate(
                    "LettersPage",
                    "Signé avec votre signature dessinée et ajouté à la pièce « %1 » : il "
                    "fera partie du dossier préparé (page Documents pour le retirer).",
                )
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
