"""The review step: the verdict at a glance, then the build off the GUI thread
(progress, cancel), and what to do with the result (open, print, copy)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core import text as core_text
from desktop.errors import UserError
from desktop.services.catalog import (
    SourceView,
    dossier_problem_sources,
    piece_sources,
    rules_age,
)
from desktop.services.files import with_original_name
from desktop.ui import dialogs
from desktop.ui.i18n import status_labels
from desktop.ui.operations import Operation, Progress
from desktop.ui.qt import (
    HAS_PDF,
    QApplication,
    QDesktopServices,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPdfDocument,
    QPushButton,
    QStorageInfo,
    QUrl,
    QWidget,
    translate,
)
from desktop.ui.sources import SourceNote, inline_html, ltr
from desktop.ui.style import GLYPHS, escape

if TYPE_CHECKING:
    from desktop.services.building import BuildReport
    from desktop.ui.step_pages import ReviewPage

OUT_DIR = "a-deposer"
PIECE_ROLE = 0x0100  # Qt.ItemDataRole.UserRole: the piece of a checklist row
ACCESSIBLE_DESCRIPTION_ROLE = 12  # Qt.ItemDataRole.AccessibleDescriptionRole


def stage_label(stage: str) -> str:
    labels = {
        "check": translate("ReviewPage", "Vérification du dossier"),
        "slot": translate("ReviewPage", "Préparation des fichiers"),
        "page": translate("ReviewPage", "Préparation des pages"),
        "fit": translate("ReviewPage", "Réduction de la taille"),
        "complete": translate("ReviewPage", "Dossier complet (PDF)"),
        "guide": translate("ReviewPage", "Guide de dépôt"),
        "done": translate("ReviewPage", "Terminé"),
    }
    return labels.get(stage, stage)


def removable_drives() -> list[Path]:
    out: list[Path] = []
    for v in QStorageInfo.mountedVolumes():
        root = v.rootPath()
        if not v.isValid() or not v.isReady() or v.isReadOnly():
            continue
        if root.startswith(("/media/", "/run/media/", "/Volumes/")) or (
            len(root) <= 3 and root[:1].upper() not in ("C", "/")
        ):
            out.append(Path(root))
    return out


def file_size(n: int) -> str:
    """A size as a person reads it in the interface's language (``core.text.file_size``)."""
    return core_text.file_size(
        n,
        translate("ReviewPage", "%1 Ko"),
        translate("ReviewPage", "%1 Mo"),
        translate("ReviewPage", ","),
    )


def isolate(text: str) -> str:
    """Text in its own direction inside the sentence around it (FSI…PDI)."""
    return f"\u2068{text}\u2069"


def warnings_count_text(n: int) -> str:
    """« 1 avertissement », « 3 avertissements » (no %n plurals from Python's lupdate)."""
    if n == 1:
        return translate("ReviewPage", "1 avertissement")
    return translate("ReviewPage", "%1 avertissements").replace("%1", str(n))


class BuildController:
    def __init__(self, page: ReviewPage) -> None:
        self.page = page
        self.ui = page.ui
        self.session = page.session
        self.op: Operation | None = None
        self.report: BuildReport | None = None
        self._add_finish_line()
        # The date of the rules, and in its details the source of each point listed
        # (issue 14 parts 4 and 6).
        self.sources = SourceNote(self.ui.content, "review_sources")
        layout = self.ui.content_layout
        layout.insertWidget(layout.indexOf(self.ui.summary) + 1, self.sources)
        self.ui.checklist.itemActivated.connect(self.open_piece)
        self.ui.build.clicked.connect(self.start)
        self.ui.cancel.clicked.connect(self.cancel)
        self.ui.choose_out.clicked.connect(self.choose_out)
        self.ui.open_folder.clicked.connect(self.open_folder)
        self.ui.print.clicked.connect(self.print_complete)
        self.ui.copy_usb.clicked.connect(self.copy_usb)
        self.ui.progress.setRange(0, 1000)
        self._set_running(False)
        self._set_done(False)

    def open_piece(self, item: QListWidgetItem) -> None:
        """A piece of the list, opened where it is filled in (the window knows where)."""
        piece_id = item.data(PIECE_ROLE)
        window = self.page.window()
        if piece_id and hasattr(window, "open_piece"):
            window.open_piece(piece_id)

    def _add_finish_line(self) -> None:
        """After the build: the files written with their sizes, the next step on
        ANEF, the guide, and the folder's path to copy when no file manager opens."""
        ui = self.ui
        # The primary action: Enter on this page builds (setDefault), and it stands out.
        ui.build.setDefault(True)
        ui.build.setAutoDefault(True)
        ui.build.setProperty("role", "primary")
        ui.build.style().unpolish(ui.build)  # (already polished by the form's setup)
        ui.build.style().polish(ui.build)
        self.open_guide = QPushButton(ui.build_group)
        self.open_guide.setObjectName("open_guide")
        ui.result_buttons.insertWidget(1, self.open_guide)
        self.outputs = QListWidget(ui.build_group)
        self.outputs.setObjectName("outputs")
        self.outputs.setMinimumHeight(120)
        self.next_step = QLabel(ui.build_group)
        self.next_step.setObjectName("next_step")
        self.next_step.setWordWrap(True)
        self.next_step.setProperty("role", "summary")
        self.path_note = QLabel(ui.build_group)
        self.path_note.setObjectName("path_note")
        self.path_note.setWordWrap(True)
        self.path_row = QWidget(ui.build_group)
        row = QHBoxLayout(self.path_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.path_field = QLineEdit(self.path_row)
        self.path_field.setObjectName("path_field")
        self.path_field.setReadOnly(True)
        self.copy_path = QPushButton(self.path_row)
        self.copy_path.setObjectName("copy_path")
        row.addWidget(self.path_field, 1)
        row.addWidget(self.copy_path)
        for w in (self.next_step, self.outputs, self.path_note, self.path_row):
            ui.build_layout.addWidget(w)
            w.setVisible(False)
        self.open_guide.clicked.connect(self.open_guide_pdf)
        self.copy_path.clicked.connect(self.copy_shown_path)
        self._finish_texts()

    def _finish_texts(self) -> None:
        self.open_guide.setText(translate("ReviewPage", "Ouvrir le guide"))
        self.copy_path.setText(translate("ReviewPage", "Copier le chemin"))
        self.outputs.setAccessibleName(translate("ReviewPage", "Fichiers préparés"))
        self.path_field.setAccessibleName(translate("ReviewPage", "Chemin du dossier"))
        self.copy_path.setAccessibleName(translate("ReviewPage", "Copier le chemin"))
        self.open_guide.setAccessibleName(translate("ReviewPage", "Ouvrir le guide"))
        if self.report is not None:
            self._show_outputs(self.report)

    def retranslate(self) -> None:
        self._finish_texts()
        self.ui.checklist.setAccessibleName(translate("ReviewPage", "État des pièces"))
        self.ui.progress.setAccessibleName(translate("ReviewPage", "Avancement"))
        self.ui.out_dir.setAccessibleName(translate("ReviewPage", "Dossier de sortie"))

    def out_dir(self) -> Path:
        text = self.ui.out_dir.text().strip()
        if text:
            return Path(text)
        if self.session.out_dir_default is not None:
            return self.session.out_dir_default
        return self.session.state.dossier.base_dir / OUT_DIR

    def refresh(self) -> None:
        state = self.session.state
        if not self.ui.out_dir.text():
            self.ui.out_dir.setText(str(self.out_dir()))
        v = self.session.verdict()
        self.ui.checklist.clear()
        if v is None:
            self.ui.summary.setText(translate("ReviewPage", "Choisissez d'abord votre situation."))
            return
        labels = status_labels()
        lang = state.lang
        hint = translate("ReviewPage", "Double-clic ou Entrée : ouvrir cette pièce.")
        sources = {p.id: piece_sources(state.catalog, p, lang) for p in v.pieces}
        for p in v.pieces:
            if p.status == "not_required":
                continue
            text = f"{GLYPHS.get(p.status, '')} {labels.get(p.status, p.status)} — {p.definition.label_in(lang)}"
            rule = sources[p.id].requirement
            if rule is not None and rule.mark:  # in words, not only in the tooltip
                text += f" ({rule.mark})"
            item = QListWidgetItem(text)
            item.setData(PIECE_ROLE, p.id)
            tip = hint if rule is None else f"{hint}\n{rule.description}"
            item.setToolTip(tip)
            if rule is not None:
                item.setData(ACCESSIBLE_DESCRIPTION_ROLE, rule.description)
            self.ui.checklist.addItem(item)
        to_check = [p for p in v.pieces if p.status == "warning"]
        warnings = sum(
            1 for p in to_check for prob in p.problems if prob.severity == "warning"
        ) + sum(1 for prob in v.problems if prob.severity == "warning")
        if v.complete and to_check:
            # Complete, but not "✔": a blurred scan or an old bill is still worth a look.
            text = translate(
                "ReviewPage",
                "⚠ Rien ne manque (complet, %1), mais vérifiez d'abord les points ci-dessous : "
                "vous pouvez préparer les fichiers, ou corriger puis les préparer.",
            ).replace("%1", warnings_count_text(max(1, warnings)))
        elif v.complete:
            text = translate(
                "ReviewPage", "✔ Le dossier est complet : vous pouvez préparer les fichiers."
            )
        else:
            text = translate(
                "ReviewPage",
                "⚠ Le dossier n'est pas encore complet. Vous pouvez quand même préparer les fichiers "
                "et compléter plus tard.",
            )
        lines = [text]
        # Each point with the rule it comes from, a rule said once on the page.
        said: set[object] = set()
        listed: list[tuple[str, SourceView]] = []

        def with_source(line: str, view: SourceView | None, caption: str) -> str:
            if view is None or view.dated in said:
                return line
            said.add(view.dated)
            listed.append((caption, view))
            return f"{line}<br/>&nbsp;&nbsp;{inline_html(view)}"

        for piece in to_check:
            label = piece.definition.label_in(lang)
            for prob, view in sources[piece.id].problems:
                prob = with_original_name(state.dossier, prob)
                if prob.severity == "warning":
                    line = "⚠ " + escape(f"{label} : {prob.message(lang)}")
                    lines.append(with_source(line, view, label))
        for prob, view in dossier_problem_sources(state.catalog, v, lang):
            if prob.severity in ("error", "warning"):
                line = ("✖ " if prob.severity == "error" else "⚠ ") + escape(prob.message(lang))
                lines.append(with_source(line, view, translate("ReviewPage", "Dossier")))
        self.ui.summary.setText("<br/>".join(lines))
        age = rules_age(state.catalog, self.session.today, lang)
        self.sources.show_source(
            None,
            subject=translate("ReviewPage", "Règles de l'application"),
            more=listed,
            headline=age.line,
        )

    # ----- building ------------------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        self.page.busy_changed.emit()
        self.ui.build.setEnabled(not running)
        self.ui.cancel.setEnabled(running)
        self.ui.cancel.setVisible(running)
        self.ui.progress.setVisible(running or self.ui.progress.value() > 0)

    def _set_done(self, done: bool) -> None:
        for b in (self.ui.open_folder, self.ui.print, self.ui.copy_usb, self.open_guide):
            b.setEnabled(done)
        if not done:
            for w in (self.next_step, self.outputs, self.path_note, self.path_row):
                w.setVisible(False)
        self.ui.print.setVisible(HAS_PDF)
        # A reception point opens no file manager (thumbnails, recent files): the
        # person copies the files to a folder or drive they pick.
        self.ui.open_folder.setVisible(not self.session.export_only_to_chosen_folder)

    def choose_out(self) -> None:
        path = dialogs.choose_folder(
            self.page, translate("ReviewPage", "Dossier de sortie"), dialogs.OUTPUT, self.out_dir()
        )
        if path:
            self.ui.out_dir.setText(path)

    def start(self) -> None:
        """Build from the dossier as the wizard holds it, with what was already found
        in its files: only files not inspected yet are read again."""
        self.page.commit()
        self.session.save_now()
        state = self.session.state
        if state.dossier.path is None:
            return
        from desktop.services.building import build

        # The build runs on another thread while the person may go on editing: it
        # works on a copy of the dossier as it is now.
        dossier = state.dossier.snapshot()
        known = self.session.findings()
        out = self.out_dir()
        today, lang = self.session.today, state.lang
        watermark = dossier.prefecture or None

        def work(on_progress: Progress, cancel: threading.Event) -> BuildReport:
            return build(
                dossier,
                out,
                today=today,
                lang=lang,
                watermark=watermark,
                known=known,
                progress=lambda event: on_progress(event.fraction, event.stage),
                cancel=cancel,
            )

        self.op = Operation(work)
        self.op.signals.progress.connect(self._progress)
        self.op.signals.finished.connect(self._finished)
        self.op.signals.failed.connect(self._failed)
        self.report = None
        self._set_done(False)
        self.ui.progress.setValue(0)
        self._set_running(True)
        self.ui.build_status.setText(stage_label("check"))
        # On the session's one-thread pool, never beside an inspection: pdfium (pypdfium2)
        # is not thread-safe, and two renders at once crash the process (seen: the
        # build's 2D-Doc search and a file's inspection, both rendering a page).
        self.op.start(self.session.pool)

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel.set()
            self.ui.build_status.setText(translate("ReviewPage", "Annulation…"))

    def _progress(self, fraction: float, stage: str) -> None:
        self.ui.progress.setValue(int(fraction * 1000))
        self.ui.build_status.setText(stage_label(stage))

    def _finished(self, report: BuildReport) -> None:
        self.op = None
        self.report = report
        self.ui.progress.setValue(1000)
        self._set_running(False)
        self._set_done(True)
        self.session.log("generated", "bundle")
        if report.complete:
            text = translate("ReviewPage", "✔ Les fichiers sont prêts dans : %1")
        else:
            text = translate(
                "ReviewPage",
                "⚠ Les fichiers sont prêts dans : %1 — mais il manque encore des pièces.",
            )
        self.ui.build_status.setText(text.replace("%1", ltr(str(self.out_dir()))))
        self._show_outputs(report)

    def _show_outputs(self, report: BuildReport) -> None:
        """The files written, each with its size (and the ANEF box it goes in), then
        what to do next with them."""
        lang = self.session.state.lang
        self.outputs.clear()
        rtl = self.page.isRightToLeft()
        arrow = "←" if rtl else "→"  # towards the reading direction
        for o in report.outputs:
            # A path and a size stay in their own direction inside Arabic text.
            text = f"{ltr(o.path)} — {isolate(file_size(o.bytes))}"
            if o.kind == "slot":
                if not o.fits:
                    text = f"✖ {text}"
                if o.anef_slot is not None:
                    slot = o.anef_slot.in_lang(lang)
                    slot_text = translate("ReviewPage", "ANEF : « %1 »").replace("%1", slot)
                    text += f" {arrow} {slot_text}"
                if not o.fits and o.limit_bytes:
                    text += " — " + translate("ReviewPage", "trop lourd (maximum %1)").replace(
                        "%1", file_size(o.limit_bytes)
                    )
            self.outputs.addItem(QListWidgetItem(text))
        self.outputs.setVisible(self.outputs.count() > 0)
        self.next_step.setText(
            translate(
                "ReviewPage",
                "Étape suivante : connectez-vous à votre espace ANEF et déposez ces fichiers "
                "(dossier « upload ») en suivant GUIDE.pdf, qui dit dans quelle case va chacun. "
                "« dossier-complet.pdf » est votre copie à garder ou à imprimer.",
            )
        )
        self.next_step.setVisible(True)

    def guide_pdf(self) -> Path:
        return self.out_dir() / "upload" / "GUIDE.pdf"

    def open_path(self, path: Path, is_folder: bool) -> bool:
        """Open ``path`` with the system (file manager, PDF viewer). When nothing
        opens it (no file manager, no viewer), show the path with a copy button and
        say so: the person is never left with a button that did nothing."""
        opened = bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        if opened:
            self.path_note.setVisible(False)
            self.path_row.setVisible(False)
            return True
        if is_folder:
            note = translate(
                "ReviewPage",
                "Aucun gestionnaire de fichiers n'a pu s'ouvrir sur cet ordinateur. Les "
                "fichiers sont ici : copiez ce chemin et ouvrez-le vous-même.",
            )
        else:
            note = translate(
                "ReviewPage",
                "Aucune application n'a pu ouvrir ce fichier sur cet ordinateur. Il est "
                "ici : copiez ce chemin et ouvrez-le vous-même.",
            )
        self.path_note.setText("⚠ " + note)
        self.path_field.setText(str(path))
        self.path_note.setVisible(True)
        self.path_row.setVisible(True)
        self.path_field.setFocus()
        self.path_field.selectAll()
        return False

    def open_guide_pdf(self) -> None:
        self.open_path(self.guide_pdf(), is_folder=False)

    def copy_shown_path(self) -> None:
        QApplication.clipboard().setText(self.path_field.text())
        self.path_note.setText(
            "✔ "
            + translate("ReviewPage", "Chemin copié : collez-le dans une fenêtre ou un terminal.")
        )

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self._set_running(False)
        self.ui.progress.setValue(0)
        name = type(exc).__name__
        if name == "BuildCancelled":
            self.ui.build_status.setText(
                translate("ReviewPage", "Préparation annulée : rien n'a été écrit.")
            )
        elif isinstance(exc, UserError):
            self.ui.build_status.setText("✖ " + exc.message(self.session.state.lang))
        else:
            self.ui.build_status.setText(
                translate("ReviewPage", "✖ La préparation a échoué. Votre dossier est intact.")
            )

    def stop(self, ms: int = 30000) -> None:
        """The window closes: a running build is cancelled (it leaves nothing behind)
        and waited for, so that no result arrives afterwards."""
        if self.op is not None:
            self.cancel()
            self.wait(ms)

    def wait(self, ms: int = 60000) -> bool:
        return bool(self.session.pool.waitForDone(ms))

    # ----- after the build ------------------------------------------------------------------
    def open_folder(self) -> None:
        self.open_path(self.out_dir(), is_folder=True)

    def complete_pdf(self) -> Path:
        return self.out_dir() / "dossier-complet.pdf"

    def print_complete(self) -> None:
        print_pdf(self.page, self.complete_pdf())

    def copy_usb(self) -> None:
        drives = removable_drives()
        target = dialogs.choose_folder(
            self.page,
            translate("ReviewPage", "Choisir la clé USB"),
            dialogs.OUTPUT,
            drives[0] if drives else None,
        )
        if not target:
            return
        dest = self.copy_to(Path(target))
        self.ui.build_status.setText(
            translate("ReviewPage", "✔ Copié sur : %1").replace("%1", str(dest))
        )

    def copy_to(self, target: Path) -> Path:
        dest = target / "dossier-sejour"
        src = self.out_dir()
        shutil.copytree(src, dest, dirs_exist_ok=True)
        return dest


def print_pdf(parent: QWidget, pdf: Path) -> bool:
    """Print a PDF through the system's print dialog (pages rendered by QtPdf).
    False when there is nothing to print or the person cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from desktop.ui.qt import QDialog, QPainter, QRect, Qt

    if not pdf.is_file() or not HAS_PDF:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    doc = QPdfDocument()
    doc.load(str(pdf))
    painter = QPainter(printer)
    rect = painter.viewport()
    for i in range(doc.pageCount()):
        if i:
            printer.newPage()
        size = doc.pagePointSize(i).toSize().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
        img = doc.render(i, size)
        painter.drawImage(QRect(rect.topLeft(), size), img)
    painter.end()
    doc.close()
    return True
