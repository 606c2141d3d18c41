"""``catalog``: the situations and their pieces, with each rule's source and date;
``catalog status | import FILE | revert``: the signed catalog updates;
``catalog review --out FILE.pdf|.html``: the whole catalog for a jurist to review."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands.context import Context, Subparsers
from desktop.core.catalog import Catalog, default_catalog, pick
from desktop.core.messages import t
from desktop.errors import UserError
from desktop.services.catalog import (
    catalog_status,
    import_catalog,
    revert_catalog,
    shipped_catalog,
    status_lines,
)


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "catalog",
        parents=[common],
        help="list situations and their pieces; status, import FILE, revert, review --out FILE",
    )
    p.add_argument(
        "situation",
        nargs="?",
        help="only this situation; or an action: status, import, revert, review",
    )
    p.add_argument("file", nargs="?", help="import: the signed update file")
    p.add_argument("--out", default=None, help="review: the .pdf or .html file to write")
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


ACTIONS = ("status", "import", "revert", "review")


def run(args: argparse.Namespace, ctx: Context) -> int:
    action = args.situation if args.situation in ACTIONS else None
    if action is None and args.file is not None:
        raise UserError("cli.usage", detail=f"unexpected {args.file!r}", prog="catalog")
    if action == "status":
        return run_status(ctx)
    if action == "import":
        if not args.file:
            raise UserError("cli.usage", detail="catalog import FILE", prog="catalog")
        update = import_catalog(args.file)
        if ctx.as_json:
            ctx.emit_json({"imported": update.summary()})
        else:
            ctx.say(
                t("catalog_update.imported", ctx.lang, version=update.version, date=update.date)
            )
        return 0
    if action == "revert":
        removed = revert_catalog()
        version, checked = shipped_catalog()
        if ctx.as_json:
            ctx.emit_json(
                {
                    "in_use": "shipped",
                    "removed": removed,
                    "version": version,
                    "checked": checked.isoformat(),
                }
            )
        else:
            key = "catalog_update.reverted" if removed else "catalog_update.nothing_to_revert"
            ctx.say(t(key, ctx.lang, version=version, date=checked))
        return 0
    if action == "review":
        if not args.out:
            raise UserError("cli.usage", detail="catalog review --out FILE.pdf", prog="catalog")
        from desktop.services.review import write_review

        out = write_review(args.out, ctx.clock.today())
        if ctx.as_json:
            ctx.emit_json({"review": str(out)})
        else:
            ctx.say(str(out))
        return 0
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


def run_status(ctx: Context) -> int:
    today = ctx.clock.today()
    if ctx.as_json:
        ctx.emit_json(catalog_status().to_json(ctx.lang, today))
        return 0
    for line in status_lines(ctx.lang, today):
        ctx.say(line)
    return 0
