"""Text the way people mean it: compared without case or accents; file sizes as
they read them."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form (« Algérie » and « ALGERIE » fold the same):
    the vault's search, the country list, the prefecture names, ANEF's papers."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def file_size(n: int, kilo: str = "%1 ko", mega: str = "%1 Mo", comma: str = ",") -> str:
    """A file size as a person reads it, in decimal units as ANEF states its limits:
    « 340 ko » (at least 1) below a megabyte, « 1,2 Mo » (one decimal) from one.
    ``kilo`` and ``mega`` put the number in place of ``%1``; ``comma`` is the decimal
    sign (the interface passes its language's; letters keep the French defaults)."""
    if n < 1_000_000:
        return kilo.replace("%1", str(max(1, round(n / 1000))))
    return mega.replace("%1", f"{n / 1_000_000:.1f}".replace(".", comma))
