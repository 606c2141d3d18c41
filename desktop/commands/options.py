"""Argument types the command line shares (``desktop.cli`` and the command modules)."""

from __future__ import annotations

import argparse
import datetime as dt

from desktop.core.clock import parse_date
from desktop.core.dossier import MAX_YEAR, MIN_YEAR
from desktop.errors import UserError


def date_arg(text: str) -> dt.date:
    """``--today``/``--date``: YYYY-MM-DD within the years the dossier accepts."""
    try:
        day = parse_date(text)
    except (ValueError, TypeError):
        raise argparse.ArgumentTypeError(f"{text!r}: YYYY-MM-DD") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise UserError("cli.bad_today", value=text, min=MIN_YEAR, max=MAX_YEAR)
    return day
