"""``catalog``: the situations and their pieces, with each rule's source and date."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands.context import Context, Subparsers
from desktop.core.catalog import Catalog, default_catalog, pick


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("catalog", parents=[common], help="list situations and their pieces")
    p.add_argument("situation", nargs="?", help="only this situation")
    p.set_defaults(func=run)


def catalog_json(catalog: Catalog, lang: str, only: str | None = None) -> dict[str, Any]:
    situations = [catalog.situation(only)] if only else list(catalog.situations.values())
    return {
        "version": catalog.version,
        "checked": catalog.checked.isoformat(),
        "limits": {
            "default_max_bytes": catalog.limits["default_max_bytes"],
            "source": catalog.limits["source"],
            "checked": catalog.limits["checked"].isoformat(),
        },
        "situations": [
            {
                "id": s.id,
                "label": s.label_in(lang),
                "category": s.category,
                "category_label": pick(catalog.categories[s.category], lang),
                "procedure": s.procedure,
                "card": s.card,
                "integration": s.integration,
                "fee": s.fee,
                **s.dated.to_json(),
                "pieces": [
                    {
                        "id": r.piece,
                        "label": catalog.pieces[r.piece].label_in(lang),
                        "required": r.required,
                        "when": r.when,
                        "when_label": pick(catalog.condition_labels[r.when], lang)
                        if r.when
                        else None,
                        "formats": list(catalog.pieces[r.piece].formats),
                        "max_pages": catalog.pieces[r.piece].max_pages,
                        "freshness_months": catalog.pieces[r.piece].freshness_months,
                        "max_bytes": catalog.slot_max_bytes(r.piece),
                        **r.dated.to_json(),
                    }
                    for r in s.requirements
                ],
            }
            for s in situations
        ],
    }


def run(args: argparse.Namespace, ctx: Context) -> int:
    catalog = default_catalog()
    data = catalog_json(catalog, ctx.lang, args.situation)
    if ctx.as_json:
        ctx.emit_json(data)
        return 0
    for s in data["situations"]:
        ctx.say(f"{s['id']}  —  {s['label']}")
        for p in s["pieces"]:
            mark = "*" if p["required"] and not p["when"] else ("?" if p["when"] else " ")
            cond = f"  [{p['when_label']}]" if p["when_label"] else ""
            ctx.say(f"   {mark} {p['label']}{cond}")
        ctx.say("")
    return 0
