"""French names of prefectures with the right preposition: « la préfecture du
Rhône », « de la Gironde », « de l’Ain », « des Yvelines », « de Paris ».

The article each département's name takes is data (``assets/letters/departements.toml``,
from INSEE's Code officiel géographique). A person may type the département
(« Rhône », « la Gironde », « 69 ») or the whole name (« Préfecture du Rhône »,
« sous-préfecture de Saint-Denis »): both give the same phrase.

API::

    prefecture_phrase(text) -> str   # "préfecture du Rhône" (lower case: after « la »)
    prefecture_title(text) -> str    # "Préfecture du Rhône" (an address line)
    de(name) -> str                  # "de Paris", "d’Ivanova": French elision
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from desktop.core.text import fold
from desktop.paths import ASSETS

_VOWELS = "aeiouyàâäéèêëîïôöùûü"
_OFFICES = ("sous-préfecture", "préfecture", "sous-prefecture", "prefecture")


def _key(text: str) -> str:
    text = fold(text)
    text = re.sub(r"[\s'’\-]+", " ", text).strip()
    return re.sub(r"^(le|la|les|l) ", "", text)


@cache
def _departements() -> dict[str, str]:
    """key (name without accents or article, or the code) → « du Rhône »."""
    with (ASSETS / "letters" / "departements.toml").open("rb") as fh:
        data = tomllib.load(fh)
    joins = {int(k): str(v) for k, v in data["charniere"].items()}
    out: dict[str, str] = {}
    for code, d in data["departements"].items():
        phrase = joins[int(d["tncc"])] + str(d["name"])
        out[_key(str(d["name"]))] = phrase
        out[code.casefold()] = phrase
    return out


def de(name: str) -> str:
    """« de » before ``name``, elided before a vowel: "d’IVANOVA", "de Paris"."""
    name = name.strip()
    return f"d’{name}" if name[:1].casefold() in _VOWELS else f"de {name}"


def prefecture_phrase(text: str) -> str:
    """The prefecture ``text`` names, as French words that follow « la »."""
    text = " ".join(text.split())
    if not text:
        return "préfecture"
    low = text.casefold()
    for office in _OFFICES:
        if low.startswith(office):
            canon = "sous-préfecture" if office.startswith("sous") else "préfecture"
            return canon + text[len(office) :]
    known = _departements().get(_key(text))
    return f"préfecture {known}" if known else f"préfecture {de(text)}"


def prefecture_title(text: str) -> str:
    """The same, starting with a capital (an addressee line, the cover)."""
    phrase = prefecture_phrase(text)
    return phrase[:1].upper() + phrase[1:]
