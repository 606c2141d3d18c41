"""Text compared the way people mean it: without case or accents."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form (« Algérie » and « ALGERIE » fold the same):
    the vault's search, the country list, the prefecture names, ANEF's papers."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
