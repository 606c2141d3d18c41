"""One piece of the checklist: what it is, required or optional, formats and
size limit up front, a drop zone (drag and drop or file dialog, several files),
page thumbnails, dates, and its status with the rule's message and the fix."""

from __future__ import annotations

from pathlib import Path

from desktop.core.rules import PieceVerdict
from desktop.flow.fields import DATE, parse
from desktop.services.files import with_original_name
from desktop.ui import thumbs
from desktop.ui.forms.ui_piece import Ui_PieceForm
from desktop.ui.i18n import status_labels
from desktop.ui.qt import (
    QAbstractItemView,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QEvent,
    QFileDialog,
    QFrame,
    QIcon,
    QListView,
    QListWidgetItem,
    QMimeData,
    QPixmap,
    QSize,
    QSizePolicy,
    Qt,
    QWidget,
    translate,
)
from desktop.ui.session import Session
from desktop.ui.style import COLOURS, GLYPHS, badge_html, escape

# A protected PDF: the person types its password, the app keeps an unprotected copy.
PASSWORD_CODES = frozenset({"pdf_password_required", "pdf_password_wrong"})
FORMAT_NAMES = {"jpeg": "JPEG", "pdf": "PDF", "png": "PNG", "heic": "HEIC", "tiff": "TIFF"}


STATUS_ROLE = 0x0100 + 2  # Qt.ItemDataRole.UserRole + 2: a page's status (ok, warning, error)
_RANK = {"": 0, "ok": 1, "warning": 2, "error": 3}


def _worst(a: str, b: str) -> str:
    return a if _RANK.get(a, 0) >= _RANK.get(b, 0) else b


def human_size(n: int) -> str:
    mb = n / 1_000_000
    return translate("Piece", "%1 Mo").replace("%1", f"{mb:g}")


class PieceWidget(QFrame):
    """A view over one piece of the dossier; the session does the work."""

    def __init__(self, session: Session, piece_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.piece_id = piece_id
        self.ui = Ui_PieceForm()
        self.ui.setupUi(self)
        self.setObjectName(f"piece_{piece_id}")
        self.setProperty("role", "piece")
        self.setAcceptDrops(True)
        self.ui.head_layout.setStretch(1, 1)
        self.ui.drop_layout.setStretch(0, 1)
        self.ui.name.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.ui.badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        t = self.ui.thumbs
        t.setViewMode(QListView.ViewMode.IconMode)
        t.setIconSize(thumbs.THUMB)
        t.setFlow(QListView.Flow.LeftToRight)
        t.setWrapping(False)
        t.setMovement(QListView.Movement.Static)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setFixedHeight(thumbs.THUMB.height() + 48)
        t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        t.setSpacing(4)
        t.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        t.itemSelectionChanged.connect(self._selection)
        self.ui.add.clicked.connect(self.choose_files)
        self.ui.remove.clicked.connect(self.remove_selected)
        self.ui.replace.clicked.connect(self.replace_selected)
        self.ui.rotate.clicked.connect(self.rotate_selected)
        self.ui.remove_page.clicked.connect(self.remove_selected_page)
        self.ui.unlock.clicked.connect(self.unlock_protected)
        self.ui.issued_on.editingFinished.connect(lambda: self._date("issued_on"))
        self.ui.expires_on.editingFinished.connect(lambda: self._date("expires_on"))
        self.pdef = session.state.catalog.pieces[piece_id]
        for name in ("issued", "expires"):
            shown = f"{name}_on" in self.pdef.needs_dates
            getattr(self.ui, f"{name}_on").setVisible(shown)
            getattr(self.ui, f"{name}_label").setVisible(shown)
        self.dialog_dir = str(Path.home())
        self.retranslate()
        self.refresh()

    # ----- text ---------------------------------------------------------------------------
    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
            self.refresh()
        super().changeEvent(e)

    def retranslate(self) -> None:
        lang = self.session.state.lang
        name = self.pdef.label_in(lang)
        self.ui.name.setText(name)
        fmts = ", ".join(FORMAT_NAMES.get(f, f.upper()) for f in self.pdef.formats)
        limit = human_size(self.session.state.catalog.slot_max_bytes(self.piece_id))
        info = translate("Piece", "Formats acceptés : %1. Taille maximale du fichier déposé : %2.")
        info = info.replace("%1", fmts).replace("%2", limit)
        if self.pdef.max_pages:
            # No plural forms (%n): pyside6-lupdate does not extract them from Python.
            more = translate("Piece", "Nombre maximal de pages : %1.")
            info += " " + more.replace("%1", str(int(self.pdef.max_pages)))
        self.ui.info.setText(info)
        self.ui.help.setText(self.pdef.help.get(lang) or self.pdef.help.get("fr", ""))
        self.ui.help.setVisible(bool(self.ui.help.text()))
        self.ui.drop_zone.setAccessibleName(
            translate("Piece", "Zone de dépôt : %1").replace("%1", name)
        )
        self.ui.thumbs.setAccessibleName(translate("Piece", "Pages de : %1").replace("%1", name))
        self.ui.add.setAccessibleName(
            translate("Piece", "Ajouter des fichiers : %1").replace("%1", name)
        )
        for b in (
            self.ui.rotate,
            self.ui.remove_page,
            self.ui.replace,
            self.ui.unlock,
            self.ui.remove,
        ):
            b.setAccessibleName(f"{b.text().replace('&', '')} — {name}")
        self.ui.issued_on.setAccessibleName(self.ui.issued_label.text())
        self.ui.expires_on.setAccessibleName(self.ui.expires_label.text())
        self.setAccessibleName(name)

    # ----- state --------------------------------------------------------------------------
    def verdict(self) -> PieceVerdict | None:
        v = self.session.verdict()
        return None if v is None else v.piece(self.piece_id)

    def refresh(self) -> None:
        state = self.session.state
        entry = state.dossier.piece(self.piece_id)
        for name in ("issued_on", "expires_on"):
            w = getattr(self.ui, name)
            value = getattr(entry, name)
            if not w.hasFocus():
                w.setText(value.strftime("%d/%m/%Y") if value else "")
        pv = self.verdict()
        required = pv.required if pv is not None else True
        self.ui.badge.setText(
            translate("Piece", "Obligatoire") if required else translate("Piece", "Facultatif")
        )
        status = pv.status if pv is not None else ("missing" if not entry.files else "ok")
        if status == "not_required" and entry.files:
            status = "ok"
        self.status = status
        self.setProperty("status", status)
        self.style().unpolish(self)
        self.style().polish(self)
        self.ui.status_icon.setText(GLYPHS.get(status, ""))
        self.ui.status_icon.setStyleSheet(f"color:{COLOURS.get(status, '#000')}; font-weight:bold")
        self.ui.status_icon.setAccessibleName(status_labels().get(status, status))
        lines = [badge_html(status)]
        lang = state.lang
        for rel in self.refused_files():
            line = translate(
                "Piece",
                "✖ « %1 » est refusé : ce fichier ne convient pas en l'état. Retirez-le "
                "(bouton « Retirer ») ou remplacez-le.",
            ).replace("%1", state.dossier.original_name(rel))
            lines.append(escape(line))
        if pv is not None:
            for prob in pv.problems:
                prob = with_original_name(state.dossier, prob)
                if prob.code == "piece.missing":
                    text = translate("Piece", "Aucun fichier pour cette pièce.")
                else:
                    text = prob.message(lang)
                sign = "✖" if prob.severity == "error" else "⚠"
                line = f"{sign} {escape(text)}"
                fix = prob.fix(lang)  # data: assets/i18n/messages/fixes.toml
                if fix:
                    arrow = "←" if self.isRightToLeft() else "→"  # towards the reading direction
                    line += f"<br/>&nbsp;&nbsp;{arrow} {escape(fix)}"
                lines.append(line)
        self.ui.status_text.setText("<br/>".join(lines))
        self.ui.status_text.setAccessibleName(
            status_labels().get(status, status) + " — " + self.pdef.label_in(lang)
        )
        self._fill_thumbs(entry.files)

    def file_states(self, rel: str) -> tuple[str, dict[int, str]]:
        """What intake said of ``rel``: the whole file's status ("" not inspected yet,
        ok, warning, error) and the status of the pages named by a finding (0-based)."""
        found = self.session.state.findings.get(rel)
        if found is None:
            return "", {}
        whole, pages = "ok", dict[int, str]()
        for prob in found.problems:
            sev = prob.severity if prob.severity in ("error", "warning") else None
            if sev is None:
                continue
            named = prob.params.get("pages")
            numbers = [int(n) for n in str(named).split(",") if n.strip().isdigit()]
            if numbers:
                for n in numbers:
                    pages[n - 1] = _worst(pages.get(n - 1, "ok"), sev)
            else:
                whole = _worst(whole, sev)
        return whole, pages

    def refused_files(self) -> list[str]:
        """Files intake refused (blank, unreadable, too blurred…): shown greyed with
        ✖, named in the piece's status, « Retirer » ready."""
        entry = self.session.state.dossier.piece(self.piece_id)
        return [rel for rel in entry.files if self.file_states(rel)[0] == "error"]

    def _fill_thumbs(self, files: list[str]) -> None:
        t = self.ui.thumbs
        selected, selected_page = self.selected_file(), self.selected_page()
        dossier = self.session.state.dossier
        labels = status_labels()
        t.blockSignals(True)
        t.clear()
        for rel in files:
            path = dossier.resolve(rel)
            pages, count = thumbs.thumbnails(path)
            name = dossier.original_name(rel)
            whole, page_status = self.file_states(rel)
            copy_note = ""
            if name != Path(rel).name:
                copy_note = "\n" + translate("Piece", "Copie gardée dans le dossier : %1").replace(
                    "%1", rel
                )
            if not pages:
                item = QListWidgetItem(f"⚠ {name}")
                item.setData(Qt.ItemDataRole.UserRole, rel)
                item.setData(STATUS_ROLE, whole or "error")
                item.setToolTip(name + copy_note)
                t.addItem(item)
                continue
            refused = whole == "error"
            for i, img in enumerate(pages):
                status = _worst(whole, page_status.get(i, "ok")) if whole else ""
                label = f"{name} · {i + 1}/{count}" if count > 1 else name
                if status:
                    label = f"{GLYPHS[status]} {label}"
                    img = thumbs.badged(img, status, grey=refused)
                item = QListWidgetItem(QIcon(QPixmap.fromImage(img)), label)
                item.setData(Qt.ItemDataRole.UserRole, rel)
                item.setData(Qt.ItemDataRole.UserRole + 1, i)
                item.setData(STATUS_ROLE, status)
                tip = label + copy_note
                if status:
                    tip = f"{labels.get(status, status)} — {tip}"
                item.setToolTip(tip)
                item.setSizeHint(QSize(thumbs.THUMB.width() + 24, thumbs.THUMB.height() + 40))
                t.addItem(item)
                if rel == selected and i == (selected_page or 0):
                    item.setSelected(True)
        if not t.selectedItems():
            # A refused file is selected for the person: « Retirer » is one click away.
            first_refused = self.refused_files()[:1]
            for i in range(t.count()):
                item = t.item(i)
                if item is not None and [item.data(Qt.ItemDataRole.UserRole)] == first_refused:
                    item.setSelected(True)
                    break
        t.blockSignals(False)
        t.setVisible(bool(files))
        self._selection()

    def selected_file(self) -> str | None:
        items = self.ui.thumbs.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def selected_page(self) -> int | None:
        items = self.ui.thumbs.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole + 1) if items else None

    def _pages_of(self, rel: str) -> int:
        t = self.ui.thumbs
        items = (t.item(i) for i in range(t.count()))
        return len([x for x in items if x is not None and x.data(Qt.ItemDataRole.UserRole) == rel])

    def _selection(self) -> None:
        rel = self.selected_file()
        has = rel is not None
        self.ui.remove.setEnabled(has)
        self.ui.replace.setEnabled(has)
        self.ui.rotate.setEnabled(has)
        self.ui.remove_page.setEnabled(rel is not None and self._pages_of(rel) > 1)
        any_files = self.ui.thumbs.count() > 0
        for b in (self.ui.remove, self.ui.replace, self.ui.rotate, self.ui.remove_page):
            b.setVisible(any_files)
        self.ui.unlock.setVisible(bool(self.protected_files()))

    def protected_files(self) -> list[str]:
        """Files of this piece that intake found protected by a password."""
        findings = self.session.state.findings
        return [
            rel
            for rel in self.session.state.dossier.piece(self.piece_id).files
            if rel in findings and any(p.code in PASSWORD_CODES for p in findings[rel].problems)
        ]

    # ----- actions ------------------------------------------------------------------------
    def _filter(self) -> str:
        patterns = {
            "pdf": "*.pdf",
            "jpeg": "*.jpg *.jpeg",
            "png": "*.png",
            "heic": "*.heic *.heif",
            "tiff": "*.tif *.tiff",
            "webp": "*.webp",
            "gif": "*.gif",
        }
        pats = " ".join(patterns.get(f, f"*.{f}") for f in self.pdef.formats)
        upper = " ".join(p.upper() for p in pats.split())
        return (
            translate("Piece", "Documents acceptés")
            + f" ({pats} {upper});;"
            + translate("Piece", "Tous les fichiers")
            + " (*)"
        )

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("Piece", "Choisir des fichiers"), self.dialog_dir, self._filter()
        )
        if paths:
            self.dialog_dir = str(Path(paths[0]).parent)
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        files = [p for p in paths if Path(p).is_file()]
        if files:
            self.session.attach(self.piece_id, files)

    def remove_selected(self) -> None:
        rel = self.selected_file()
        if rel:
            self.session.detach(self.piece_id, rel)

    def replace_selected(self) -> None:
        rel = self.selected_file()
        if not rel:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Piece", "Remplacer le fichier"), self.dialog_dir, self._filter()
        )
        if path:
            self.session.replace(self.piece_id, rel, path)

    def rotate_selected(self) -> None:
        rel = self.selected_file()
        if not rel:
            return
        page = self.selected_page() if self._pages_of(rel) > 1 else None
        self.session.rotate(rel, page)

    def unlock_protected(self) -> None:
        """Ask for each protected PDF's password; keep an unprotected copy. A wrong
        password says so (in the person's language) and changes nothing."""
        from desktop.errors import UserError
        from desktop.ui.qt import QInputDialog, QLineEdit, QMessageBox

        lang = self.session.state.lang
        for rel in self.protected_files():
            name = Path(rel).name
            password, ok = QInputDialog.getText(
                self,
                translate("Piece", "Mot de passe du PDF"),
                translate("Piece", "Mot de passe de « %1 »\u00a0:").replace("%1", name),
                QLineEdit.EchoMode.Password,
            )
            if not ok or not password:
                return
            try:
                self.session.unlock(rel, password)
            except UserError as exc:
                QMessageBox.warning(
                    self, translate("Piece", "Mot de passe du PDF"), exc.message(lang)
                )
                return

    def remove_selected_page(self) -> None:
        rel, page = self.selected_file(), self.selected_page()
        if rel and page is not None and self._pages_of(rel) > 1:
            self.session.remove_page(rel, page)

    def _date(self, name: str) -> None:
        w = getattr(self.ui, name)
        try:
            value = parse(DATE, w.text())
        except ValueError:
            w.setProperty("invalid", True)
            w.style().polish(w)
            return
        w.setProperty("invalid", False)
        w.style().polish(w)
        self.session.set_piece_date(self.piece_id, name, value)

    # ----- drag and drop ------------------------------------------------------------------
    def _local_files(self, mime: QMimeData | None) -> list[str]:
        if mime is None or not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]

    def _hover(self, on: bool) -> None:
        self.ui.drop_zone.setProperty("hover", on)
        self.ui.drop_zone.style().unpolish(self.ui.drop_zone)
        self.ui.drop_zone.style().polish(self.ui.drop_zone)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if self._local_files(e.mimeData()):
            e.acceptProposedAction()
            self._hover(True)
        else:
            e.ignore()

    def dragMoveEvent(self, e: QDragMoveEvent) -> None:
        if self._local_files(e.mimeData()):
            e.acceptProposedAction()

    def dragLeaveEvent(self, e: QDragLeaveEvent) -> None:
        self._hover(False)

    def dropEvent(self, e: QDropEvent) -> None:
        self._hover(False)
        files = self._local_files(e.mimeData())
        if files:
            e.acceptProposedAction()
            self.add_paths(files)
