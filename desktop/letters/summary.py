"""Translated preview: what each French letter or statement says and what it
commits the signer to, in the interface language (message data in
``assets/i18n/messages/letters.toml``, keys ``letters.summary.<kind>``).

API::

    KINDS_ALL                      # "missing", "appointment", the statement kinds, "cer"
    summary(kind, dossier, lang, piece_ids=()) -> str
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.dossier import Dossier
from desktop.core.messages import normalise_lang, t
from desktop.errors import UserError
from desktop.letters.after import AFTER_KINDS
from desktop.letters.common import named, piece_label
from desktop.letters.places import de, prefecture_phrase
from desktop.letters.statements import KINDS

KINDS_ALL: tuple[str, ...] = ("missing", "appointment", *AFTER_KINDS, *KINDS, "cer")


def summary(kind: str, dossier: Dossier, lang: str, piece_ids: Sequence[str] = ()) -> str:
    """A few sentences in ``lang`` on what the French document ``kind`` says."""
    if kind not in KINDS_ALL:
        raise UserError("letters.unknown_statement", kind=kind, known=", ".join(KINDS_ALL))
    a = dossier.applicant
    mode = str(dossier.get("appointment.mode", "email") or "email").lower()
    name = named(a) or "…"
    params = {
        "name": name,
        "host": named(dossier.host) or "…",
        "prefecture": prefecture_phrase(dossier.prefecture) if dossier.prefecture else "…",
        "pieces": ", ".join(piece_label(p, lang) for p in piece_ids) or "…",
        "count": len(dossier.get("appointment.attempts", []) or []),
    }
    key = "letters.summary." + kind.replace("-", "_")
    text = t(key, lang, **params)
    if normalise_lang(lang) == "fr":  # « de IVANOVA » → « d’IVANOVA »
        text = text.replace(f"de {name}", de(name))
    if kind == "appointment":
        text += " " + t(
            "letters.summary.mode_lrar" if mode == "lrar" else "letters.summary.mode_email", lang
        )
    return text
