"""What every command gets (``run(args, ctx)``): the language, the clock, JSON or
text, its streams."""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from typing import Any, TextIO

from desktop.core.clock import Clock

#: ``register(sub, common)`` receives the CLI's subparsers.
Subparsers = argparse._SubParsersAction  # argparse names no public type for it

#: What must never reach a terminal raw: C0 and C1 controls (newlines that would
#: forge a line, ANSI escapes), DEL, and the bidi embeddings, overrides and
#: isolates that reorder text (U+202E turns "cod.exe" around). The bidi *marks*
#: (U+200E, U+200F) stay: the Arabic messages use them and they reorder nothing.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """``text`` fit for a terminal line: each unsafe character (see ``_UNSAFE``)
    shown as its escape (``\\n``, ``\\x1b``, ``\\u202e``), the rest unchanged.
    Every command's text output goes through it (``Context.say``, the CLI's error
    line); JSON output stays exact JSON (``json.dump`` escapes controls itself)."""
    return _UNSAFE.sub(_escape_char, text)


@dataclass
class Context:
    """What every command gets: the language, the clock, JSON or text, its streams."""

    lang: str
    clock: Clock
    as_json: bool
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    def emit_json(self, payload: Any) -> None:
        json.dump(payload, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")

    def say(self, text: str = "") -> None:
        """One line of text output, names in it escaped (``safe_text``)."""
        self.out.write(safe_text(text) + "\n")
