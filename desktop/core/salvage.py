"""Open a dossier that holds a bad value, instead of refusing it.

A dossier written by an older version, edited by hand, or saved before a value
was checked (a date typed as ``11/3/27`` once became year 0027) must still
open in the wizard, on the field to fix. ``salvage`` runs the dossier's own
validation; each value it refuses (a ``UserError`` naming a ``field``) is
moved, as the text it was, to the ``[set_aside]`` table (``field → value``),
and validation runs again. Nothing is thrown away: the person sees what was
set aside and types it again; a hand editor finds it in the file.

The command line does not salvage: ``check`` names the bad field and stops.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from desktop.errors import UserError

SET_ASIDE = "set_aside"
#: More bad values than this and the file is not a dossier worth opening.
MAX_SET_ASIDE = 40

#: Refusals that name their field only through their message key.
_FIELD_OF = {
    "dossier.bad_address_kind": "address.kind",
    "dossier.bad_marital_status": "applicant.marital_status",
}

_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _path(field: str) -> list[str | int]:
    out: list[str | int] = []
    for name, index in _TOKEN.findall(field):
        out.append(int(index) if index else name)
    return out


def _take(data: dict[str, Any], path: list[str | int]) -> tuple[bool, Any]:
    """Remove the value at ``path`` (its container's entry); (found, value)."""
    node: Any = data
    for step in path[:-1]:
        if isinstance(step, int):
            if not isinstance(node, list) or step >= len(node):
                return False, None
        elif not isinstance(node, dict) or step not in node:
            return False, None
        node = node[step]
    last = path[-1] if path else None
    if isinstance(last, int) and isinstance(node, list) and last < len(node):
        return True, node.pop(last)
    if isinstance(last, str) and isinstance(node, dict) and last in node:
        return True, node.pop(last)
    return False, None


def salvage(data: dict[str, Any], validate: Callable[[], None]) -> list[tuple[str, str]]:
    """Validate; set each refused value aside and validate again. Returns the
    ``(field, value)`` pairs set aside this time. A refusal that names no field
    that can be taken out is raised as it is."""
    moved: list[tuple[str, str]] = []
    while True:
        try:
            validate()
            return moved
        except UserError as exc:
            field = str(
                exc.params.get("field") or exc.params.get("section") or _FIELD_OF.get(exc.key, "")
            )
            path = _path(field) if field else []
            found, value = _take(data, path) if path else (False, None)
            while not found and len(path) > 1:  # the value's container, e.g. one attempt
                path = path[:-1]
                found, value = _take(data, path)
                field = _join(path)
            if not found or len(moved) >= MAX_SET_ASIDE:
                raise
            text = value if isinstance(value, str) else _as_text(value)
            aside = data.setdefault(SET_ASIDE, {})
            if not isinstance(aside, dict):
                data[SET_ASIDE] = aside = {}
            aside[field] = text
            moved.append((field, text))


def _join(path: list[str | int]) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


def _as_text(value: Any) -> str:
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def set_aside(data: dict[str, Any]) -> dict[str, str]:
    """What earlier openings set aside and the person has not dealt with yet."""
    table = data.get(SET_ASIDE)
    if not isinstance(table, dict):
        return {}
    return {str(k): str(v) for k, v in table.items()}
