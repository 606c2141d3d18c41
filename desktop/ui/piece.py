"""One piece of the checklist: what it is, required or optional, formats and
size limit up front, a drop zone (drag and drop or file dialog, several files),
page thumbnails, dates, and its status with the rule's message and the fix."""

from __future__ import annotations

from pathlib import Path

from desktop.core.rules import PieceVerdict
from desktop.flow.fields import DATE, parse
from desktop.services.catalog import SourceView, piece_sources
from desktop.services.files import with_original_name
from desktop.ui import dialogs, thumbs
from desktop.ui.forms.ui_piece import Ui_PieceForm
from desktop.ui.i18n import status_labels
from desktop.ui.qt import (
    QAbstractItemView,
    QDialog,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QEvent,
    QFrame,
    QHBoxLayout,
    QIcon,
    QImage,
    QKeyEvent,
    QLabel,
    QListView,
    QListWidgetItem,
    QMimeData,
    QObject,
    QPixmap,
    QPushButton,
    QResizeEvent,
    QScrollArea,
    QShowEvent,
    QSize,
    QSizePolicy,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    translate,
)
from desktop.ui.session import Removed, Session
from desktop.ui.sources import SourceNote, inline_html
from desktop.ui.style import COLOURS, GLYPHS, badge_html, escape

# A protected PDF: the person types its password, the app keeps an unprotected copy.
PASSWORD_CODES = frozenset({"pdf_password_required", "pdf_password_wrong"})
FORMAT_NAMES = {"jpeg": "JPEG", "pdf": "PDF", "png": "PNG", "heic": "HEIC", "tiff": "TIFF"}


UNDO_MS = 30_000  # how long « Annuler » stays after a removal
PREVIEW = QSize(900, 1270)  # a page in the preview dialog, at most
STATUS_ROLE = 0x0100 + 2  # Qt.ItemDataRole.UserRole + 2: a page's status (ok, warning, error)
_RANK = {"": 0, "ok": 1, "warning": 2, "error": 3}


def _worst(a: str, b: str) -> str:
    return a if _RANK.get(a, 0) >= _RANK.get(b, 0) else b


def human_size(n: int) -> str:
    mb = n / 1_000_000
    return translate("Piece", "%1 Mo").replace("%1", f"{mb:g}")


# The files « Recadrer… » applies to (a photo: never a PDF or a scan's PDF).
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".tif", ".tiff")


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
        # One row of pages (item: thumbnail + 40 px of label, 4 px spacing each side),
        # the horizontal scroll bar under it; never a vertical one.
        t.setFixedHeight(
            thumbs.THUMB.height() + 40 + 2 * 4 + 4 + t.horizontalScrollBar().sizeHint().height()
        )
        t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        t.setSpacing(4)
        t.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        t.itemSelectionChanged.connect(self._selection)
        # Pages are dragged to a new place (or moved with Ctrl+←/→); a double click,
        # Enter or Space shows the page large.
        t.setDragEnabled(True)
        t.setAcceptDrops(True)
        t.viewport().setAcceptDrops(True)  # (setMovement(Static) turned it off)
        t.setDropIndicatorShown(True)
        t.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        t.setDefaultDropAction(Qt.DropAction.MoveAction)
        t.model().rowsMoved.connect(self._rows_moved)
        t.itemActivated.connect(lambda _item: self.preview_selected())
        t.installEventFilter(self)
        self._filling = False
        self.removed: Removed | None = None
        self._add_undo_bar()
        self.ui.add.clicked.connect(self.choose_files)
        self.ui.remove.clicked.connect(self.remove_selected)
        self.ui.replace.clicked.connect(self.replace_selected)
        self.ui.rotate.clicked.connect(self.rotate_selected)
        self.ui.remove_page.clicked.connect(self.remove_selected_page)
        self.ui.unlock.clicked.connect(self.unlock_protected)
        self.crop = QPushButton(self)
        self.crop.setObjectName("crop")
        self.ui.actions_layout.insertWidget(1, self.crop)
        self.crop.clicked.connect(self.crop_selected)
        self.ui.issued_on.editingFinished.connect(lambda: self._date("issued_on"))
        self.ui.expires_on.editingFinished.connect(lambda: self._date("expires_on"))
        from desktop.ui.date_picker import DatePicker

        # A calendar in each date field, as on the pages (Alt+↓ or its button).
        self.date_pickers = [
            DatePicker(self.ui.issued_on, True, lambda: self.session.today),
            DatePicker(self.ui.expires_on, False, lambda: self.session.today),
        ]
        self.pdef = session.state.catalog.pieces[piece_id]
        for name in ("issued", "expires"):
            shown = f"{name}_on" in self.pdef.needs_dates
            getattr(self.ui, f"{name}_on").setVisible(shown)
            getattr(self.ui, f"{name}_label").setVisible(shown)
        # Where the requirement comes from, under what the piece is (issue 14 part 4).
        self.source = SourceNote(self, "piece_source")
        layout = self.ui.piece_layout
        layout.insertWidget(layout.indexOf(self.ui.help) + 1, self.source)
        # Files being added in the background: how many are still to come, then any
        # that could not be added (named, with why).
        self.adding_note = QLabel(self)
        self.adding_note.setObjectName("adding_note")
        self.adding_note.setWordWrap(True)
        self.adding_note.setProperty("role", "help")
        self.adding_note.setVisible(False)
        layout.insertWidget(layout.indexOf(self.ui.thumbs), self.adding_note)
        self._thumbs_shown: tuple[object, ...] | None = None  # what _fill_thumbs drew
        self._icons: dict[tuple[object, ...], QIcon] = {}
        session.adding_changed.connect(self._adding_changed)
        session.thumbs_ready.connect(self.refresh_thumbs)
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
        for picker in self.date_pickers:
            picker.retranslate()
        lang = self.session.state.lang
        name = self.pdef.label_in(lang)
        self.ui.name.setText(name)
        fmts = ", ".join(FORMAT_NAMES.get(f, f.upper()) for f in self.pdef.formats)
        limit = human_size(self.session.state.catalog.slot_max_bytes(self.piece_id))
        # The limit is the app's to meet, not the person's: said so, or people shrink
        # their photos themselves (issue 15).
        info = translate(
            "Piece",
            "Formats acceptés : %1. Taille maximale du fichier déposé : %2 "
            "(l'application réduit elle-même les fichiers trop lourds).",
        )
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
        self.crop.setText(translate("Piece", "Recadrer…"))
        self.crop.setAccessibleName(translate("Piece", "Recadrer la photo") + f" — {name}")
        self.undo.setText(translate("Piece", "Annuler"))
        self.undo.setAccessibleName(translate("Piece", "Annuler le retrait") + f" — {name}")
        hint = translate(
            "Piece",
            "Double-clic, Entrée ou Espace : voir la page en grand. Glissez une page, ou "
            "Ctrl+← / Ctrl+→, pour changer son ordre.",
        )
        self.ui.thumbs.setToolTip(hint)
        self.ui.thumbs.setAccessibleDescription(hint)
        self.hint.setText(hint)
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
        if self.property("status") != status:  # (a repolish costs: only on a change)
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
        sources = piece_sources(state.catalog, pv, lang) if pv is not None else None
        requirement = sources.requirement if sources is not None else None
        said = {requirement.dated} if requirement is not None else set()
        more: list[tuple[str, SourceView]] = []
        if sources is not None:
            for prob, view in sources.problems:
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
                if view is not None and view.dated not in said:  # its own rule, said once
                    said.add(view.dated)
                    line += f"<br/>&nbsp;&nbsp;{inline_html(view)}"
                    more.append((translate("Piece", "Règle d'un point signalé"), view))
                lines.append(line)
        self.ui.status_text.setText("<br/>".join(lines))
        self.source.show_source(requirement, subject=self.pdef.label_in(lang), more=more)
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

    def refresh_thumbs(self) -> None:
        """The pages only (thumbnails read in the background are ready). A card not
        shown (another page) is redrawn when its page shows."""
        if not self.isVisible():
            return
        self._fill_thumbs(self.session.state.dossier.piece(self.piece_id).files)

    def _thumbs_state(self, files: list[str]) -> tuple[object, ...]:
        """Everything the pages' row shows, in brief: the same state, the same row."""
        dossier = self.session.state.dossier
        return (
            self.session.state.lang,
            tuple(
                (
                    rel,
                    dossier.original_name(rel),
                    thumbs.state_of(dossier.resolve(rel)),
                    self.file_states(rel)[0],
                    tuple(sorted(self.file_states(rel)[1].items())),
                )
                for rel in files
            ),
        )

    def _fill_thumbs(self, files: list[str]) -> None:
        t = self.ui.thumbs
        if self._thumbs_shown is not None and self._thumbs_shown == self._thumbs_state(files):
            self._selection()  # (a finding may show « Mot de passe… »)
            return
        selected, selected_page = self.selected_file(), self.selected_page()
        dossier = self.session.state.dossier
        labels = status_labels()
        self._filling = True
        t.blockSignals(True)
        t.clear()
        # The pages' icons drawn last time, by what they show: a row redrawn because one
        # file came draws that file's only (forty photos: 40 badges at every change).
        icons, kept = self._icons, dict[tuple[object, ...], QIcon]()
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
            shown = thumbs.state_of(path)
            for i, img in enumerate(pages):
                status = _worst(whole, page_status.get(i, "ok")) if whole else ""
                label = f"{name} · {i + 1}/{count}" if count > 1 else name
                if status:
                    label = f"{GLYPHS[status]} {label}"
                icon_key = (rel, shown, i, status, refused)
                icon = icons.get(icon_key)
                if icon is None:
                    badged = thumbs.badged(img, status, grey=refused) if status else img
                    icon = QIcon(QPixmap.fromImage(badged))
                kept[icon_key] = icon
                item = QListWidgetItem(icon, label)
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
        self._filling = False
        t.setVisible(bool(files))
        self._selection()
        self._icons = kept
        self._thumbs_shown = self._thumbs_state(files)  # (the thumbnails now cached)

    def crop_selected(self) -> None:
        """« Recadrer… »: the photo's outline, its corners to adjust, the cleaned page."""
        from desktop.ui.scan_view import ScanDialog

        rel = self.selected_file()
        if rel is None:
            return
        dialog = ScanDialog(self.session, rel, self)
        dialog.exec()

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
        pages = self._pages_of(rel) if rel is not None else 0
        self.ui.remove.setEnabled(has)
        self.ui.replace.setEnabled(has)
        self.ui.rotate.setEnabled(has)
        self.ui.remove_page.setEnabled(rel is not None and pages > 1)
        photo = rel is not None and Path(rel).suffix.lower() in PHOTO_SUFFIXES
        self.crop.setEnabled(photo)
        self.crop.setToolTip(
            translate("Piece", "Montre le document trouvé sur la photo : ajustez ses coins.")
            if photo
            else translate("Piece", "Choisissez d'abord une photo (JPEG, PNG, HEIC…).")
        )
        any_files = self.ui.thumbs.count() > 0
        self.crop.setVisible(any_files)
        for b in (self.ui.remove, self.ui.replace, self.ui.rotate, self.ui.remove_page):
            b.setVisible(any_files)
        self.hint.setVisible(any_files)
        self.ui.unlock.setVisible(bool(self.protected_files()))
        # Each button says what it does, or why it is grey (a tooltip shows on a
        # disabled button too).
        pick = translate("Piece", "Choisissez d'abord une page : cliquez sur sa vignette.")
        tips = {
            self.ui.rotate: translate("Piece", "Tourne la page choisie d'un quart de tour."),
            self.ui.remove: translate(
                "Piece", "Retire le fichier choisi de cette pièce (vous pourrez annuler)."
            ),
            self.ui.replace: translate("Piece", "Remplace le fichier choisi par un autre."),
            self.ui.remove_page: translate(
                "Piece", "Retire seulement cette page du PDF (vous pourrez annuler)."
            ),
        }
        for b, tip in tips.items():
            b.setToolTip(tip if has else pick)
        if has and pages <= 1:
            self.ui.remove_page.setToolTip(
                translate(
                    "Piece",
                    "Ce fichier n'a qu'une page : pour l'enlever, utilisez « Retirer ».",
                )
            )

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
        paths = dialogs.open_files(
            self, translate("Piece", "Choisir des fichiers"), dialogs.DOCUMENTS, self._filter()
        )
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        self._forget_removal()  # « Annuler » undoes the last change only
        files = [p for p in paths if Path(p).is_file()]
        if len(files) == 1 and not self.session.is_adding():
            self.session.attach(self.piece_id, files)  # one file: shown at once
        elif files:  # many (forty photos): copied off the GUI thread, shown as they come
            self.session.add_files(self.piece_id, files)

    def _adding_changed(self, piece_id: str) -> None:
        if piece_id != self.piece_id:
            return
        entry = self.session.adding.get(piece_id)
        lines = []
        if entry is not None and entry.pending:
            if entry.pending == 1:
                lines.append(translate("Piece", "Ajout d'un fichier…"))
            else:
                text = translate("Piece", "Ajout de %1 fichiers…")
                lines.append(text.replace("%1", str(entry.pending)))
        for name, why in entry.failed if entry is not None else []:
            text = translate("Piece", "✖ « %1 » n'a pas été ajouté : %2")
            lines.append(text.replace("%1", name).replace("%2", why))
        self.adding_note.setText("<br/>".join(escape(line) for line in lines))
        self.adding_note.setVisible(bool(lines))

    def remove_selected(self) -> None:
        """Retire the file; « Annuler » in the bar that appears puts it back."""
        rel = self.selected_file()
        if not rel:
            return
        kept = self.session.keep_for_undo(self.piece_id, rel)
        name = self.session.state.dossier.original_name(rel)
        self.session.detach(self.piece_id, rel)
        self._offer_undo(kept, translate("Piece", "Fichier retiré : « %1 ».").replace("%1", name))

    def replace_selected(self) -> None:
        self._forget_removal()  # « Annuler » undoes the last change only
        rel = self.selected_file()
        if not rel:
            return
        path = dialogs.open_file(
            self, translate("Piece", "Remplacer le fichier"), dialogs.DOCUMENTS, self._filter()
        )
        if path:
            self.session.replace(self.piece_id, rel, path)

    def rotate_selected(self) -> None:
        self._forget_removal()  # « Annuler » undoes the last change only
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
            kept = self.session.keep_for_undo(self.piece_id, rel, whole_file=False)
            name = self.session.state.dossier.original_name(rel)
            self.session.remove_page(rel, page)
            text = translate("Piece", "Page %1 retirée de « %2 ».")
            self._offer_undo(kept, text.replace("%1", str(page + 1)).replace("%2", name))

    # ----- undo -----------------------------------------------------------------------------
    def _add_undo_bar(self) -> None:
        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("undo_bar")
        self.undo_bar.setProperty("role", "undo")
        row = QHBoxLayout(self.undo_bar)
        row.setContentsMargins(6, 2, 6, 2)
        self.undo_text = QLabel(self.undo_bar)
        self.undo_text.setObjectName("undo_text")
        self.undo_text.setWordWrap(True)
        self.undo = QPushButton(self.undo_bar)
        self.undo.setObjectName("undo")
        row.addWidget(self.undo_text, 1)
        row.addWidget(self.undo)
        layout = self.ui.piece_layout
        layout.insertWidget(layout.indexOf(self.ui.thumbs) + 1, self.undo_bar)
        self.undo_bar.setVisible(False)
        self.undo.clicked.connect(self.undo_removal)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MS)
        self._undo_timer.timeout.connect(self._forget_removal)
        # How to see a page large and reorder pages (no button: the actions row is full
        # at 200 % text).
        self.hint = QLabel(self)
        self.hint.setObjectName("thumbs_hint")
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "help")
        layout.insertWidget(layout.indexOf(self.ui.thumbs) + 1, self.hint)

    def _offer_undo(self, kept: Removed | None, text: str) -> None:
        self.removed = kept
        if kept is None:  # unreadable: nothing to put back, nothing promised
            self._forget_removal()
            return
        self.undo_text.setText(escape(text))
        self.undo.setVisible(True)
        self.undo_bar.setVisible(True)
        self._undo_timer.start()

    def _forget_removal(self) -> None:
        self.removed = None
        self.undo_bar.setVisible(False)

    def undo_removal(self) -> None:
        kept = self.removed
        self._forget_removal()
        if kept is None:
            return
        from desktop.errors import UserError

        try:
            self.session.put_back(kept)
        except UserError as exc:  # said where the person was looking, then it goes
            self.undo_text.setText("✖ " + escape(exc.message(self.session.state.lang)))
            self.undo.setVisible(False)
            self.undo_bar.setVisible(True)
            self._undo_timer.start()

    # ----- order ----------------------------------------------------------------------------
    def _order(self) -> list[tuple[str, int]]:
        t = self.ui.thumbs
        out = []
        for i in range(t.count()):
            item = t.item(i)
            if item is not None:
                page = item.data(Qt.ItemDataRole.UserRole + 1)
                out.append((item.data(Qt.ItemDataRole.UserRole), page if page is not None else 0))
        return out

    def _rows_moved(self, *_args: object) -> None:
        """A page was dragged: its file moves among the piece's files, or the page
        moves inside its PDF. A page dropped among another file's pages goes back."""
        if self._filling:
            return
        QTimer.singleShot(0, lambda: self.apply_order(self._order()))

    def apply_order(self, order: list[tuple[str, int]]) -> None:
        """Make the dossier follow the thumbnails' order ``order`` ((file, page) pairs)."""
        self._forget_removal()
        files = self.session.state.dossier.piece(self.piece_id).files
        runs: list[str] = []
        for rel, _page in order:
            if not runs or runs[-1] != rel:
                runs.append(rel)
        if len(runs) != len(set(runs)) or set(runs) != set(files):
            self.refresh()  # a page cannot leave its file: back where it was
            return
        for index, rel in enumerate(runs):
            if files.index(rel) != index:
                self.session.move_file(self.piece_id, rel, index)
                files = self.session.state.dossier.piece(self.piece_id).files
        for rel in runs:
            pages = [page for r, page in order if r == rel]
            for to, page in enumerate(pages):
                if page != to:  # one move at a time: the first page out of place
                    self.session.move_page(rel, page, to)
                    self._select(rel, to)
                    return
        self.refresh()

    def move_selected(self, step: int) -> None:
        """Ctrl+← / Ctrl+→: the selected page (or single-page file) one place on."""
        self._forget_removal()
        items = self.ui.thumbs.selectedItems()
        if not items:
            return
        order = self._order()
        i = self.ui.thumbs.row(items[0])
        j = i + step
        if not 0 <= j < len(order):
            return
        rel, page = order[i]
        other, other_page = order[j]
        if other == rel:  # inside one PDF
            self.session.move_page(rel, page, other_page)
            self._select(rel, other_page)
            return
        files = self.session.state.dossier.piece(self.piece_id).files
        target = files.index(other)
        self.session.move_file(self.piece_id, rel, target)
        self._select(rel, page)

    def _select(self, rel: str, page: int) -> None:
        t = self.ui.thumbs
        for i in range(t.count()):
            item = t.item(i)
            if (
                item is not None
                and item.data(Qt.ItemDataRole.UserRole) == rel
                and (item.data(Qt.ItemDataRole.UserRole + 1) or 0) == page
            ):
                t.setCurrentItem(item)
                return

    # ----- preview --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.thumbs and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            if key == Qt.Key.Key_Space and not ctrl:
                self.preview_selected()
                return True
            if ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                forward = (key == Qt.Key.Key_Right) == self.isLeftToRight()
                self.move_selected(1 if forward else -1)
                return True
        return super().eventFilter(watched, event)

    def preview_selected(self) -> PagePreview | None:
        items = self.ui.thumbs.selectedItems()
        if not items:
            return None
        dialog = PagePreview(self, self.ui.thumbs.row(items[0]))
        dialog.open()
        return dialog

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


class PagePreview(QDialog):
    """A page of the piece, large: its name, its status and what intake said of it;
    ← / → (or the buttons) go through the piece's pages, Escape closes."""

    def __init__(self, piece: PieceWidget, row: int) -> None:
        super().__init__(piece)
        self.piece = piece
        self.row: int = row
        self._img: QImage | None = None
        self.setObjectName("page_preview")
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.caption = QLabel(self)
        self.caption.setObjectName("preview_caption")
        self.caption.setWordWrap(True)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.image = QLabel(self.area)
        self.image.setObjectName("preview_image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setWidget(self.image)
        self.findings = QLabel(self)
        self.findings.setObjectName("preview_findings")
        self.findings.setWordWrap(True)
        buttons = QHBoxLayout()
        self.previous = QPushButton(translate("Piece", "Page précédente"), self)
        self.next = QPushButton(translate("Piece", "Page suivante"), self)
        self.close_button = QPushButton(translate("Piece", "Fermer"), self)
        for b in (self.previous, self.next):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addWidget(self.caption)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.findings)
        layout.addLayout(buttons)
        self.previous.clicked.connect(lambda: self.show_row(self.row - 1))
        self.next.clicked.connect(lambda: self.show_row(self.row + 1))
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        self.area.setAccessibleName(translate("Piece", "Page en grand"))
        screen = piece.screen().availableGeometry() if piece.screen() else None
        height = min(PREVIEW.height(), int(screen.height() * 0.85)) if screen else 900
        self.resize(int(height * 0.75), height)
        self.show_row(row)

    def show_row(self, row: int) -> None:
        t = self.piece.ui.thumbs
        item = t.item(row)
        if item is None:
            return
        self.row = row
        rel = item.data(Qt.ItemDataRole.UserRole)
        page = item.data(Qt.ItemDataRole.UserRole + 1) or 0
        session = self.piece.session
        path = session.state.dossier.resolve(rel)
        img = thumbs.page_image(path, page, PREVIEW) if path.is_file() else None
        self._img = img if img is not None and not img.isNull() else None
        if self._img is None:
            self.image.setText(translate("Piece", "Cette page ne peut pas être affichée."))
        self._fit()
        self.caption.setText(escape(item.text()))
        self.setWindowTitle(item.text())
        lang = session.state.lang
        found = session.state.findings.get(rel)
        lines = []
        for prob in found.problems if found is not None else []:
            prob = with_original_name(session.state.dossier, prob)
            sign = "✖" if prob.severity == "error" else "⚠"
            lines.append(f"{sign} {escape(prob.message(lang))}")
        self.findings.setText("<br/>".join(lines))
        self.findings.setVisible(bool(lines))
        self.previous.setEnabled(row > 0)
        self.next.setEnabled(row < t.count() - 1)

    def _fit(self) -> None:
        """The whole page in the window (the dialog is as tall as the screen allows)."""
        if self._img is None:
            return
        room = self.area.viewport().size() - QSize(4, 4)
        scaled = self._img.scaled(
            room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.image.setPixmap(QPixmap.fromImage(scaled))

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._fit()

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        QTimer.singleShot(0, self._fit)  # once the layout has sized the viewport

    def keyPressEvent(self, e: QKeyEvent) -> None:
        forward = self.isLeftToRight()
        if e.key() == Qt.Key.Key_Right:
            self.show_row(self.row + (1 if forward else -1))
        elif e.key() == Qt.Key.Key_Left:
            self.show_row(self.row - (1 if forward else -1))
        elif e.key() == Qt.Key.Key_Space:
            self.accept()
        else:
            super().keyPressEvent(e)
