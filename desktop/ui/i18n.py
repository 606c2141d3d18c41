"""Interface languages: Qt translators (ours and Qt's own qtbase), layout
direction, and the labels of the flow's choices.

French is the source language of every ``tr()`` string; ``dossier_XX.qm`` in
``assets/i18n`` translate it; Qt's ``qtbase_XX.qm`` translate Qt's own buttons
and dialogs. Switching installs new translators, which sends
``QEvent.LanguageChange`` to every widget: pages retranslate themselves.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.messages import LANGS, RTL_LANGS, normalise_lang
from desktop.paths import ASSETS
from desktop.ui.qt import (
    QApplication,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
    translate,
)

I18N_DIR = ASSETS / "i18n"
NATIVE = {
    "fr": "Français",
    "en": "English",
    "ru": "Русский",
    "zh": "中文（简体）",
    "ar": "العربية",
    "uk": "Українська",
}
QT_NAMES = {"fr": "fr", "en": "en", "ru": "ru", "zh": "zh_CN", "ar": "ar", "uk": "uk"}
LOCALES = {"fr": "fr_FR", "en": "en_GB", "ru": "ru_RU", "zh": "zh_CN", "ar": "ar", "uk": "uk_UA"}


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


#: Qt 6 asks for some of its file dialog's words under keys its shipped
#: ``qtbase_XX.qm`` (Qt 5's) does not hold: « &Look in: » and « Files of &type: »
#: (the .qm has them without the ``&``), and the type column's « Folder » and
#: « Drive » under ``QAbstractFileIconProvider`` (the .qm: ``QFileDialog``). Left
#: alone, Qt's dialog is half in English in every language.
RENAMED_CONTEXTS = {"QAbstractFileIconProvider": "QFileDialog"}


class QtBaseAliases(QTranslator):
    """Asked last (installed first): finds Qt's own words under their Qt 5 keys."""

    def __init__(self, base: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.base = base

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """Qt's translation, or None: "not here", where "" would be a translation
        (an empty one) and blank every untranslated text of the application."""
        found: str | None = None
        old = RENAMED_CONTEXTS.get(context)
        if old is not None:
            found = self.base.translate(old, source, disambiguation, n)
        elif context == "QFileDialog" and "&" in source:
            found = self.base.translate(context, source.replace("&", ""), disambiguation, n)
        return found or None

    def isEmpty(self) -> bool:
        return self.base.isEmpty()


#: The translators installed, whichever ``Languages`` installed them: the application
#: speaks one language, so a switch removes them all (a second window's, a test's),
#: never leaving an earlier language under the new one's untranslated strings.
_INSTALLED: list[QTranslator] = []


class Languages:
    """Installs the application's translators (one language at a time)."""

    def __init__(self) -> None:
        self.lang = "fr"
        self._installed = _INSTALLED

    def switch(self, lang: str) -> bool:
        lang = normalise_lang(lang)
        app = QCoreApplication.instance()
        if app is None:
            return False
        for tr in self._installed:
            app.removeTranslator(tr)
            tr.deleteLater()
        self._installed.clear()
        ours = QTranslator(app)
        if lang != "fr" and ours.load(f"dossier_{lang}", str(I18N_DIR)):
            self._installed.append(ours)
        base = QTranslator(app)
        if base.load(f"qtbase_{QT_NAMES[lang]}", str(qt_translations_dir())):
            # Installed first, so asked last: only for what nothing else translates.
            self._installed.insert(0, QtBaseAliases(base, app))
            self._installed.append(base)
        for tr in self._installed:
            app.installTranslator(tr)
        QLocale.setDefault(QLocale(LOCALES[lang]))
        rtl = lang in RTL_LANGS
        if isinstance(app, QApplication) and rtl != app.isRightToLeft():
            # Only when it changes: left to right is Qt's default, and a start in a
            # left-to-right language touches no Qt enum (the first costs ~15 ms, see
            # desktop.ui.qt). isRightToLeft() answers with a plain bool.
            from desktop.ui.qt import Qt

            app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
        changed = lang != self.lang
        self.lang = lang
        return changed


# ----- the flow's choices, as a person reads them --------------------------------------
def mode_labels() -> dict[str, str]:
    return {
        "self": translate("Choices", "Pour moi-même"),
        "helper": translate("Choices", "J'aide une autre personne"),
        "reception": translate("Choices", "Point d'accueil numérique"),
    }


def current_document_labels() -> dict[str, str]:
    return {
        "none": translate("Choices", "Aucun (je n'ai pas de document de séjour)"),
        "visa": translate(
            "Choices", "Un autre visa (court séjour, ou visa long séjour à échanger)"
        ),
        "vls_ts": translate("Choices", "Visa long séjour valant titre de séjour (VLS-TS)"),
        "permit": translate("Choices", "Titre de séjour (carte)"),
        "receipt": translate("Choices", "Récépissé ou attestation de prolongation"),
        "aps": translate("Choices", "Autorisation provisoire de séjour (APS)"),
    }


def lost_reason_labels() -> dict[str, str]:
    return {
        "loss": translate("Choices", "perdu"),
        "theft": translate("Choices", "volé"),
    }


def appointment_labels() -> dict[str, str]:
    return {
        "online": translate("Choices", "En ligne sur le site ANEF"),
        "booked": translate("Choices", "J'ai déjà un rendez-vous à la préfecture"),
        "none": translate("Choices", "Je n'arrive pas à obtenir de rendez-vous"),
    }


def sex_labels() -> dict[str, str]:
    return {
        "": translate("Choices", "Non précisé"),
        "F": translate("Choices", "Femme"),
        "M": translate("Choices", "Homme"),
        "X": translate("Choices", "Autre (X)"),
    }


def marital_labels() -> dict[str, str]:
    return {
        "single": translate("Choices", "Célibataire"),
        "married": translate("Choices", "Marié(e)"),
        "pacs": translate("Choices", "Pacsé(e)"),
        "divorced": translate("Choices", "Divorcé(e)"),
        "widowed": translate("Choices", "Veuf ou veuve"),
    }


def status_labels() -> dict[str, str]:
    return {
        "ok": translate("Status", "Prêt"),
        "warning": translate("Status", "À vérifier"),
        "error": translate("Status", "À corriger"),
        "missing": translate("Status", "Manquant"),
        "not_required": translate("Status", "Facultatif"),
    }


def step_titles() -> dict[str, str]:
    return {
        "welcome": translate("Steps", "Bienvenue"),
        "situation": translate("Steps", "Situation"),
        "civil_status": translate("Steps", "État civil"),
        "address": translate("Steps", "Adresse"),
        "ephoto": translate("Steps", "Photo (e-photo)"),
        "cer": translate("Steps", "Contrat (CER)"),
        "documents": translate("Steps", "Documents"),
        "letters": translate("Steps", "Lettres"),
        "review": translate("Steps", "Vérifier et préparer"),
    }


def principle_labels() -> list[str]:
    return [
        translate("Principles", "la liberté personnelle"),
        translate("Principles", "la liberté d'expression et de conscience"),
        translate("Principles", "l'égalité entre les femmes et les hommes"),
        translate("Principles", "la dignité de la personne humaine"),
        translate("Principles", "la devise et les symboles de la République"),
        translate("Principles", "l'intégrité territoriale"),
        translate("Principles", "la laïcité"),
    ]


__all__ = ["LANGS", "NATIVE", "Languages"]
