"""Errors a front end shows to the person, never as a traceback."""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """A mistake or an unreadable input: the CLI exits 2 with the message.

    ``key`` is a message key (see desktop.core.messages); ``params`` fill it.
    """

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str | None = None) -> str:
        from desktop.core.messages import t

        return t(self.key, lang, **self.params)
