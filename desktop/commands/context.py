"""What every command gets (``run(args, ctx)``): the language, the clock, JSON or
text, its streams."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from typing import Any, TextIO

from desktop.core.clock import Clock

#: ``register(sub, common)`` receives the CLI's subparsers.
Subparsers = argparse._SubParsersAction  # argparse names no public type for it


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
        self.out.write(text + "\n")
