"""A calendar inside every date field of the wizard's pages (issue 15).

The small button at the field's end (or Alt+↓ in the field) opens a month grid in
the interface language (Qt's default locale, which the language switch sets):
arrows move the day, Page Up/Down the month, Enter or a click writes it as
JJ/MM/AAAA, Esc closes. The day goes through the page's usual path (checked,
then saved), as if typed. Typing stays the first way: any form ``parse_date``
reads (« 11/3/27 », « 11 mars 2027 »…).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.core.clock import parse_date
from desktop.ui import qt
from desktop.ui.qt import QLineEdit, translate

if TYPE_CHECKING:
    from desktop.ui.qt import QCalendarWidget, QDate, QIcon


WORDED_MAX = 32


def calendar_icon() -> QIcon:
    """A small calendar page, drawn: no icon theme needed."""
    pix = qt.QPixmap(32, 32)
    pix.fill(qt.Qt.GlobalColor.transparent)
    painter = qt.QPainter(pix)
    painter.setRenderHint(qt.QPainter.RenderHint.Antialiasing)
    blue = qt.QColor("#1d4f91")
    painter.setPen(qt.QPen(blue, 2.5))
    painter.setBrush(qt.QColor("#ffffff"))
    painter.drawRoundedRect(4, 7, 24, 21, 2, 2)
    painter.fillRect(4, 7, 24, 6, blue)
    painter.drawLine(10, 4, 10, 9)
    painter.drawLine(22, 4, 22, 9)
    for row in range(2):
        for col in range(3):
            painter.fillRect(8 + col * 6, 16 + row * 6, 3, 3, blue)
    painter.end()
    return qt.QIcon(pix)


class DatePicker:
    def __init__(
        self,
        edit: QLineEdit,
        past_only: bool = False,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.edit = edit
        self.past_only = past_only
        self.today = today  # the app's clock (``Session.today``), as the page's checks
        self.popup: QCalendarWidget | None = None
        # The forms cap date fields at JJ/MM/AAAA's 10 characters; a month written
        # out (« 11 septembre 2027 », « 11 березня 2027 року ») needs more.
        edit.setMaxLength(max(edit.maxLength(), WORDED_MAX))
        self.action = qt.QAction(calendar_icon(), "", edit)
        self.action.setObjectName(f"{edit.objectName()}_calendar")
        self.action.setShortcut(qt.QKeySequence("Alt+Down"))  # as a combo box opens
        self.action.setShortcutContext(qt.Qt.ShortcutContext.WidgetShortcut)
        edit.addAction(self.action, QLineEdit.ActionPosition.TrailingPosition)
        self.action.triggered.connect(self.open)
        self.retranslate()

    def retranslate(self) -> None:
        name = translate("Pages", "Choisir dans le calendrier")
        # No text on the icon (the field keeps its width); the name is for screen readers.
        self.action.setToolTip(name + " — Alt+↓")
        # What a screen reader says after the field's name: the calendar's key (its
        # button takes no Tab stop of its own).
        self.edit.setAccessibleDescription(translate("Pages", "Alt+↓ ouvre un calendrier."))
        for button in self.edit.findChildren(qt.QToolButton):
            if button.defaultAction() is self.action:
                button.setObjectName(self.action.objectName() + "_button")
                button.setAccessibleName(name)

    def open(self) -> QCalendarWidget:
        """The month grid under the field, on the day it holds (else today)."""
        if self.popup is not None:
            self.popup.close()
        popup = qt.QCalendarWidget(self.edit)
        popup.setWindowFlags(qt.Qt.WindowType.Popup)
        popup.setObjectName(f"{self.edit.objectName()}_calendar_popup")
        popup.setAccessibleName(translate("Pages", "Calendrier"))
        popup.setLocale(qt.QLocale())  # the interface's: month and day names
        popup.setGridVisible(True)
        popup.setVerticalHeaderFormat(qt.QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        today = self.today()
        if self.past_only:
            popup.setMaximumDate(qt.QDate(today.year, today.month, today.day))
        try:
            shown = parse_date(self.edit.text(), today) if self.edit.text().strip() else today
        except ValueError:
            shown = today
        popup.setSelectedDate(qt.QDate(shown.year, shown.month, shown.day))
        popup.activated.connect(self.pick)  # Enter, double click
        popup.clicked.connect(self.pick)
        below = self.edit.mapToGlobal(qt.QPoint(0, self.edit.height()))
        popup.move(below)
        popup.show()
        popup.setFocus()
        self.popup = popup
        return popup

    def pick(self, day: QDate) -> None:
        text = f"{day.day():02d}/{day.month():02d}/{day.year():04d}"
        self.edit.setText(text)
        self.edit.textEdited.emit(text)  # the page's path: checked, then saved
        self.edit.editingFinished.emit()  # a piece card's path (its dates save when done)
        if self.popup is not None:
            self.popup.close()
            self.popup.deleteLater()
            self.popup = None
        self.edit.setFocus()
