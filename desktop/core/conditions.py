"""A tiny, safe condition language for the catalog (no eval).

A condition is a TOML table:
    { fact = "address.kind", eq = "hosted" }
    { fact = "nationality", in_list = "cer_exempt_nationalities" }
    { fact = "age", gte = 65 }
    { all = [ ... ] }   { any = [ ... ] }   { none = [ ... ] }
    { condition = "hosted" }      # reference to a named condition
Operators on a fact: eq, ne, in, not_in, in_list, gte, lte, gt, lt, present, truthy.
A fact that is unknown (None) makes a comparison false, except ``present = false``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

OPERATORS = ("eq", "ne", "in", "not_in", "in_list", "gte", "lte", "gt", "lt", "present", "truthy")
COMBINATORS = ("all", "any", "none")


class ConditionError(ValueError):
    pass


def _comparable(a: Any, b: Any) -> tuple[Any, Any]:
    if isinstance(a, dt.date) and isinstance(b, str):
        b = dt.date.fromisoformat(b)
    return a, b


def validate(cond: Mapping[str, Any], names: set[str], lists: set[str], where: str) -> None:
    keys = set(cond) - {"source", "checked", "note", "confidence", "url"}
    if "condition" in keys:
        if cond["condition"] not in names:
            raise ConditionError(f"{where}: unknown condition {cond['condition']!r}")
        return
    combos = keys & set(COMBINATORS)
    if combos:
        for c in combos:
            for i, sub in enumerate(cond[c]):
                validate(sub, names, lists, f"{where}.{c}[{i}]")
        if keys - set(COMBINATORS):
            raise ConditionError(f"{where}: mixes combinators and operators")
        return
    if "fact" not in keys:
        raise ConditionError(f"{where}: needs fact, condition or all/any/none")
    ops = keys - {"fact"}
    if len(ops) != 1 or not ops <= set(OPERATORS):
        raise ConditionError(f"{where}: needs exactly one operator among {OPERATORS}")
    if "in_list" in ops and cond["in_list"] not in lists:
        raise ConditionError(f"{where}: unknown list {cond['in_list']!r}")


def evaluate(
    cond: Mapping[str, Any],
    facts: Mapping[str, Any],
    named: Mapping[str, Mapping[str, Any]],
    lists: Mapping[str, list[Any]],
) -> bool:
    if "condition" in cond:
        return evaluate(named[cond["condition"]], facts, named, lists)
    if any(c in cond for c in COMBINATORS):
        result = True
        if "all" in cond:
            result = result and all(evaluate(c, facts, named, lists) for c in cond["all"])
        if "any" in cond:
            result = result and any(evaluate(c, facts, named, lists) for c in cond["any"])
        if "none" in cond:
            result = result and not any(evaluate(c, facts, named, lists) for c in cond["none"])
        return result
    value = facts.get(cond["fact"])
    if "present" in cond:
        return (value not in (None, "", [], False)) == bool(cond["present"])
    if "truthy" in cond:
        return bool(value) == bool(cond["truthy"])
    if value is None:
        return False
    if "eq" in cond:
        return bool(value == cond["eq"])
    if "ne" in cond:
        return bool(value != cond["ne"])
    if "in" in cond:
        return value in cond["in"]
    if "not_in" in cond:
        return value not in cond["not_in"]
    if "in_list" in cond:
        return value in lists[cond["in_list"]]
    for op in ("gte", "lte", "gt", "lt"):
        if op in cond:
            a, b = _comparable(value, cond[op])
            if op == "gte":
                return bool(a >= b)
            if op == "lte":
                return bool(a <= b)
            if op == "gt":
                return bool(a > b)
            return bool(a < b)
    raise ConditionError(f"no operator in {dict(cond)!r}")
