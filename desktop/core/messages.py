"""User-facing messages of the headless packages, in the six interface languages.

Messages are data: ``assets/i18n/messages/*.toml``, one table per key, one string
per language, with ``{placeholders}`` filled from a problem's parameters.  Each
package owns its own file (core.toml, intake.toml, bundle.toml, ...), all merged.
The Qt interface has its own .ts/.qm translations; these are for what the
headless core says (rule verdicts, intake problems, CLI errors).
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.paths import MESSAGES_DIR

LANGS: tuple[str, ...] = ("fr", "en", "ru", "zh", "ar", "uk")
SOURCE_LANG = "fr"
RTL_LANGS = frozenset({"ar"})


class MessageError(KeyError):
    pass


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """Every message (key -> language -> text) and every fix's finding codes
    (code -> ``fix.*`` key: the ``codes`` list of fixes.toml's tables)."""
    import tomllib  # on the first message, not at import (the GUI's start needs none)

    merged: dict[str, dict[str, str]] = {}
    fixes: dict[str, str] = {}
    for path in sorted(Path(MESSAGES_DIR).glob("*.toml")):
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        for key, table in data.items():
            if key in merged:
                raise MessageError(f"message key {key!r} defined twice ({path.name})")
            for code in table.pop("codes", ()):
                if code in fixes:
                    raise MessageError(f"finding {code!r} has two fixes ({fixes[code]}, {key})")
                fixes[code] = key
            merged[key] = table
    return merged, fixes


def _catalog() -> dict[str, dict[str, str]]:
    return _load()[0]


def all_messages() -> dict[str, dict[str, str]]:
    return dict(_catalog())


def fix_for(code: str, lang: str | None = None) -> str:
    """What the person does about a finding with ``code``, in ``lang`` ("" if none)."""
    key = _load()[1].get(code)
    return t(key, lang) if key else ""


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


_EN_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def format_date(day: dt.date, lang: str | None = None) -> str:
    """A date as people of ``lang`` read it (no locale lookup: same on every machine)."""
    lang = normalise_lang(lang)
    if lang == "en":
        return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    if lang in ("ru", "uk"):
        return day.strftime("%d.%m.%Y")
    return day.strftime("%d/%m/%Y")


@dataclass(frozen=True)
class Text:
    """Words in several languages (a catalog label, a piece's help), chosen only
    when a message is made: a finding carries ``Text``, never a label already
    rendered in one language, so one verdict serves every output."""

    by_lang: Mapping[str, str]

    def in_lang(self, lang: str | None) -> str:
        return self.by_lang.get(normalise_lang(lang)) or self.by_lang.get(SOURCE_LANG, "")

    def __str__(self) -> str:
        return self.in_lang(SOURCE_LANG)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.by_lang.items())))


def render_param(value: Any, lang: str | None) -> Any:
    """A message parameter as ``lang`` shows it: dates its own way, ``Text`` in it."""
    if isinstance(value, Text):
        return value.in_lang(lang)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return format_date(value, lang)
    return value


#: Values a message may quote from the data instead of writing them out
#: ("{rule[ephoto][validity_months]} mois"): ``quote(name, provider)`` registers
#: them (the catalog registers ``rule`` when it is imported), so a message never
#: states a number the catalog holds (tests/test_sources_numbers.py).
_QUOTED: dict[str, Callable[[], Any]] = {}


def quote(name: str, provider: Callable[[], Any]) -> None:
    _QUOTED[name] = provider


class _Unfilled:
    """A placeholder with no value: shown as written, whatever is looked up in it."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __getitem__(self, item: Any) -> _Unfilled:
        return _Unfilled(f"{self.name}[{item}]")

    def __format__(self, spec: str) -> str:
        return "{" + self.name + "}"


class _Lenient(dict[str, Any]):
    def __missing__(self, key: str) -> Any:
        provider = _QUOTED.get(key)
        if provider is not None:
            return provider()
        return _Unfilled(key)


def fill(text: str, lang: str | None = None, /, **params: Any) -> str:
    """``text`` with its placeholders filled from ``params`` and the quoted data
    (``quote``); a placeholder with no value stays as written."""
    shown = {k: render_param(v, lang) for k, v in params.items()}
    return text.format_map(_Lenient(shown))


def normalise_lang(lang: str | None) -> str:
    if not lang:
        return SOURCE_LANG
    short = lang.replace("-", "_").split("_")[0].lower()
    return short if short in LANGS else SOURCE_LANG


def t(key: str, lang: str | None = None, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` (falling back to French), placeholders filled."""
    table = _catalog().get(key)
    if table is None:
        raise MessageError(f"unknown message key {key!r}")
    lang = normalise_lang(lang)
    return fill(table.get(lang) or table[SOURCE_LANG], lang, **params)


@dataclass(frozen=True)
class Problem:
    """One finding about a file or a piece: stable ``code``, a severity, a message.

    ``code`` is stable for tests and the JSON output; ``key`` names the message in
    the messages catalog (defaults to the code); ``params`` fill its placeholders.
    """

    code: str
    severity: str  # "error" | "warning" | "info"
    params: dict[str, Any] = field(default_factory=dict)
    key: str | None = None

    def message(self, lang: str | None = None) -> str:
        return t(self.key or self.code, lang, **self.params)

    def fix(self, lang: str | None = None) -> str:
        """The wizard's fix for this finding ("" when it has none)."""
        return fix_for(self.code, lang)

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        out = {"code": self.code, "severity": self.severity, "message": self.message(lang)}
        for key in ("file", "entry"):  # the file's name; its path in the dossier
            if isinstance(self.params.get(key), str):
                out[key] = self.params[key]
        return out
