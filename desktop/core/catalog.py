"""The permit catalog: situations, pieces, conditions, thresholds, fees and limits,
loaded from dated TOML data in ``assets/catalog/``.

Every piece, requirement, condition, threshold, fee and limit carries ``source``
and ``checked`` (a date); a requirement without its own inherits its group's or
its situation's. The loader refuses a catalog that breaks that promise.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.core import conditions as cond
from desktop.core import messages
from desktop.core.catalog_update import Update, load_active, shipped_meta
from desktop.core.messages import LANGS, SOURCE_LANG, fill, normalise_lang
from desktop.paths import CATALOG_DIR

PROCEDURES = ("first", "renewal", "duplicate", "change")
CARDS = ("temporaire", "pluriannuelle", "resident", "aps", "none")
REGIMES = ("ceseda", "algerie", "tunisie", "maroc")
FORMATS = ("pdf", "jpeg", "png", "tiff", "gif", "webp", "heic")


#: the provenance keys any catalog entry may carry (see ``Dated``)
DATED_KEYS = frozenset({"label", "source", "checked", "confidence", "url", "note"})


class CatalogError(ValueError):
    pass


@dataclass(frozen=True)
class Dated:
    source: str
    checked: dt.date
    confidence: str = "M"
    #: where a person can read the text (Légifrance article, service-public fiche)
    url: str = ""
    #: where sources disagree or the reading is uncertain: what says what
    note: str = ""

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> Dated | None:
        """The provenance written in a catalog table (``source``, ``checked`` as a
        date, ``confidence``, ``url``, ``note``); None without a source or a date."""
        source, checked = table.get("source"), table.get("checked")
        if not source or not isinstance(checked, dt.date):
            return None
        return cls(
            str(source),
            checked,
            str(table.get("confidence", "M")),
            url=str(table.get("url", "")),
            note=str(table.get("note", "")),
        )

    @classmethod
    def from_json(cls, item: Mapping[str, Any] | None) -> Dated | None:
        """A ``to_json`` object (with its ``checked`` in ISO form) back as a ``Dated``."""
        if not item or not isinstance(item.get("checked"), str):
            return None
        return cls.from_table({**item, "checked": dt.date.fromisoformat(item["checked"])})

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "checked": self.checked.isoformat(),
            "confidence": self.confidence,
        }
        if self.url:
            out["url"] = self.url
        if self.note:
            out["note"] = self.note
        return out


def _dated(table: Mapping[str, Any], where: str, inherit: Dated | None = None) -> Dated:
    if table.get("source") is None and table.get("checked") is None and inherit is not None:
        return inherit
    dated = Dated.from_table(table)
    if dated is None:
        raise CatalogError(f"{where}: needs 'source' and a 'checked' date")
    return dated


def _labels(table: Mapping[str, Any], where: str, key: str = "label") -> dict[str, str]:
    labels = table.get(key)
    if not isinstance(labels, dict) or SOURCE_LANG not in labels:
        raise CatalogError(f"{where}: needs a '{key}' table with at least '{SOURCE_LANG}'")
    return {str(k): str(v) for k, v in labels.items()}


def _helps(helps: Mapping[str, Any], where: str, **values: Any) -> dict[str, str]:
    """A piece's help in each language, the values it quotes filled in."""
    try:
        return {k: fill(str(v), k, **values) for k, v in helps.items()}
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise CatalogError(f"{where}: help quotes an unknown value ({exc})") from None


def pick(labels: Mapping[str, str], lang: str | None) -> str:
    return labels.get(normalise_lang(lang)) or labels[SOURCE_LANG]


@dataclass(frozen=True)
class PieceDef:
    id: str
    label: dict[str, str]
    help: dict[str, str]
    formats: tuple[str, ...]
    max_pages: int | None
    freshness_months: int | None
    freshness_rule: str | None  # name of the rule in rules.toml that sets the months
    needs_dates: tuple[str, ...]
    anef_slot: dict[str, str]
    anef_slot_confirmed: bool
    identity: bool
    dated: Dated
    # A card asked for on both sides (« recto-verso »): one side alone is flagged.
    both_sides: bool = False

    def label_in(self, lang: str | None) -> str:
        return pick(self.label, lang)


@dataclass(frozen=True)
class Requirement:
    piece: str
    required: bool
    when: str | None
    dated: Dated
    note: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Situation:
    id: str
    category: str
    procedure: str
    card: str
    fee: str | None
    label: dict[str, str]
    integration: str  # "required" | "not_applicable" | "uncertain"
    requirements: tuple[Requirement, ...]
    dated: Dated
    #: "ceseda", "algerie" (accord franco-algérien du 27 décembre 1968), "tunisie"
    #: (accord franco-tunisien du 17 mars 1988) or "maroc" (accord franco-marocain
    #: du 9 octobre 1987)
    regime: str = "ceseda"
    #: for a card of a bilateral agreement: the CESEDA category a request for it is
    #: routed from
    equivalent: str = ""
    #: reached only by a person holding a title of one of these categories ("*": any
    #: title), with the situation's own procedure: a carte de résident whose request
    #: "vaut demande de renouvellement du titre précédemment acquis" (CESEDA R.423-…),
    #: or an agreement's 10-year card after three years under its "salarié" card
    held: tuple[str, ...] = ()
    #: what the person must know and the upload cannot carry (the medical file
    #: goes to the OFII doctor), in the six languages
    notice: dict[str, str] = field(default_factory=dict)
    #: pieces that must never reach the upload (a file there is an error)
    keep_out: tuple[str, ...] = ()
    #: the last day a request can be filed under this route (an experiment the law
    #: ends on a date, e.g. « métiers en tension » until 31 December 2026)
    until: dt.date | None = None

    def label_in(self, lang: str | None) -> str:
        return pick(self.label, lang)


@dataclass(frozen=True)
class NotCovered:
    """A request the catalog does not cover, and where the person goes instead."""

    id: str
    label: dict[str, str]
    where: dict[str, str]
    dated: Dated


@dataclass(frozen=True)
class Fee:
    id: str
    label: dict[str, str]
    regimes: tuple[dict[str, Any], ...]  # each: from (date), tax, stamp, confirmed, dated

    def on(self, day: dt.date) -> dict[str, Any]:
        chosen = self.regimes[0]
        for regime in self.regimes:
            if regime["from"] <= day:
                chosen = regime
        return chosen


@dataclass
class Catalog:
    version: int
    checked: dt.date
    pieces: dict[str, PieceDef]
    situations: dict[str, Situation]
    conditions: dict[str, dict[str, Any]]
    condition_labels: dict[str, dict[str, str]]
    lists: dict[str, list[Any]]
    rules: dict[str, dict[str, Any]]
    fees: dict[str, Fee]
    limits: dict[str, Any]
    categories: dict[str, dict[str, str]]
    not_covered: dict[str, NotCovered] = field(default_factory=dict)
    #: where each condition and each list comes from (``conditions`` and ``lists``
    #: hold what the engine evaluates, without it)
    condition_dated: dict[str, Dated] = field(default_factory=dict)
    list_dated: dict[str, Dated] = field(default_factory=dict)

    def situation(self, situation_id: str) -> Situation:
        from desktop.errors import UserError

        try:
            return self.situations[situation_id]
        except KeyError:
            raise UserError(
                "catalog.unknown_situation",
                situation=situation_id or "?",
                known=", ".join(sorted(self.situations)),
            ) from None

    def rule(self, name: str) -> dict[str, Any]:
        return self.rules[name]

    def holds(self, condition: str, facts: Mapping[str, Any]) -> bool:
        return cond.evaluate(self.conditions[condition], facts, self.conditions, self.lists)

    def slot_max_bytes(self, piece_id: str) -> int:
        overrides = self.limits.get("slot_max_bytes", {})
        return int(overrides.get(piece_id, self.limits["default_max_bytes"]))


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def load_catalog(directory: Path | str = CATALOG_DIR) -> Catalog:
    d = Path(directory)
    meta = _read(d / "catalog.toml")
    pieces_raw = _read(d / "pieces.toml")["pieces"]
    groups_raw = _read(d / "groups.toml")["groups"]
    situations_file = _read(d / "situations.toml")
    situations_raw = situations_file["situations"]
    conditions_raw = _read(d / "conditions.toml")
    lists_raw = _read(d / "lists.toml")["lists"]
    rules_raw = _read(d / "rules.toml")["rules"]
    fees_raw = _read(d / "fees.toml")["fees"]
    limits_raw = _read(d / "limits.toml")["anef"]

    lists: dict[str, list[Any]] = {}
    list_dated: dict[str, Dated] = {}
    for name, table in lists_raw.items():
        list_dated[name] = _dated(table, f"lists.{name}")
        lists[name] = list(table["values"])

    named = conditions_raw.get("conditions", {})
    condition_labels = {}
    condition_dated: dict[str, Dated] = {}
    for name, table in named.items():
        condition_dated[name] = _dated(table, f"conditions.{name}")
        condition_labels[name] = _labels(table, f"conditions.{name}")
    plain = {n: {k: v for k, v in t.items() if k not in DATED_KEYS} for n, t in named.items()}
    for name, table in plain.items():
        cond.validate(table, set(plain), set(lists), f"conditions.{name}")

    rules: dict[str, dict[str, Any]] = {}
    for name, table in rules_raw.items():
        _dated(table, f"rules.{name}")
        rules[name] = dict(table)

    pieces: dict[str, PieceDef] = {}
    for pid, t in pieces_raw.items():
        where = f"pieces.{pid}"
        formats = tuple(t.get("formats", ["pdf", "jpeg", "png"]))
        bad = set(formats) - set(FORMATS)
        if bad:
            raise CatalogError(f"{where}: unknown formats {sorted(bad)}")
        fresh_rule = t.get("freshness_rule")
        months = t.get("freshness_months")
        if fresh_rule is not None:
            if fresh_rule not in rules:
                raise CatalogError(f"{where}: unknown freshness_rule {fresh_rule!r}")
            months = rules[fresh_rule]["months"]
        pieces[pid] = PieceDef(
            id=pid,
            label=_labels(t, where),
            # a help may quote its piece's values: "{months}", "{max_pages}", "{rule[…]}"
            help=_helps(
                t.get("help", {}), where, months=months, max_pages=t.get("max_pages"), rule=rules
            ),
            formats=formats,
            max_pages=t.get("max_pages"),
            freshness_months=months,
            freshness_rule=fresh_rule,
            needs_dates=tuple(t.get("needs_dates", [])),
            anef_slot=_labels(t, where, "anef_slot") if "anef_slot" in t else {},
            anef_slot_confirmed=bool(t.get("anef_slot_confirmed", False)),
            identity=bool(t.get("identity", False)),
            dated=_dated(t, where),
            both_sides=bool(t.get("both_sides", False)),
        )

    def requirements(
        entries: list[dict[str, Any]], inherit: Dated, where: str
    ) -> list[Requirement]:
        out = []
        for i, e in enumerate(entries):
            w = f"{where}[{i}]"
            if "group" in e:
                g = groups_raw.get(e["group"])
                if g is None:
                    raise CatalogError(f"{w}: unknown group {e['group']!r}")
                gdated = _dated(g, f"groups.{e['group']}")
                out.extend(requirements(g["pieces"], gdated, f"groups.{e['group']}"))
                continue
            if e.get("piece") not in pieces:
                raise CatalogError(f"{w}: unknown piece {e.get('piece')!r}")
            when = e.get("when")
            if when is not None and when not in plain:
                raise CatalogError(f"{w}: unknown condition {when!r}")
            out.append(
                Requirement(
                    piece=e["piece"],
                    required=bool(e.get("required", True)),
                    when=when,
                    dated=_dated(e, w, inherit),
                    note=dict(e.get("note", {})),
                )
            )
        return out

    situations: dict[str, Situation] = {}
    for sid, t in situations_raw.items():
        where = f"situations.{sid}"
        sdated = _dated(t, where)
        if t.get("procedure") not in PROCEDURES:
            raise CatalogError(f"{where}: procedure must be one of {PROCEDURES}")
        if t.get("card", "none") not in CARDS:
            raise CatalogError(f"{where}: card must be one of {CARDS}")
        reqs = requirements(t.get("pieces", []), sdated, where)
        seen: dict[str, Requirement] = {}
        for r in reqs:  # a later, more specific entry replaces a group's
            seen[r.piece] = r
        fee = t.get("fee")
        if fee is not None and fee not in fees_raw:
            raise CatalogError(f"{where}: unknown fee {fee!r}")
        regime = str(t.get("regime", "ceseda"))
        if regime not in REGIMES:
            raise CatalogError(f"{where}: regime must be one of {REGIMES}")
        held = tuple(str(c) for c in t.get("held", ()))
        keep_out = tuple(t.get("keep_out", ()))
        until = t.get("until")
        if until is not None and not isinstance(until, dt.date):
            raise CatalogError(f"{where}: 'until' must be a date")
        for pid in keep_out:
            if pid not in pieces:
                raise CatalogError(f"{where}: unknown piece {pid!r} in keep_out")
        situations[sid] = Situation(
            id=sid,
            category=str(t["category"]),
            procedure=str(t["procedure"]),
            card=str(t.get("card", "none")),
            fee=fee,
            label=_labels(t, where),
            integration=str(t.get("integration", "not_applicable")),
            requirements=tuple(seen.values()),
            dated=sdated,
            regime=regime,
            equivalent=str(t.get("equivalent", "")),
            notice=_labels(t, where, "notice") if "notice" in t else {},
            keep_out=keep_out,
            until=until,
            held=held,
        )

    not_covered: dict[str, NotCovered] = {}
    for nid, t in situations_file.get("not_covered", {}).items():
        where = f"not_covered.{nid}"
        not_covered[nid] = NotCovered(
            nid, _labels(t, where), _labels(t, where, "where"), _dated(t, where)
        )
    if "generic" not in not_covered:
        raise CatalogError("situations.toml: needs [not_covered.generic]")

    fees: dict[str, Fee] = {}
    for fid, t in fees_raw.items():
        regimes = []
        for i, r in enumerate(t["regimes"]):
            regimes.append({**r, "dated": _dated(r, f"fees.{fid}.regimes[{i}]")})
        regimes.sort(key=lambda r: r["from"])
        fees[fid] = Fee(id=fid, label=_labels(t, f"fees.{fid}"), regimes=tuple(regimes))

    _dated(limits_raw, "limits.anef")
    limits = dict(limits_raw)

    categories = {
        k: _labels({"label": v}, f"categories.{k}") for k, v in meta.get("categories", {}).items()
    }
    for s in situations.values():
        if s.category not in categories:
            raise CatalogError(f"situations.{s.id}: category {s.category!r} has no label")
        for c in s.held:
            if c != "*" and c not in categories:
                raise CatalogError(f"situations.{s.id}: held category {c!r} is unknown")

    return Catalog(
        version=int(meta["version"]),
        checked=meta["checked"],
        pieces=pieces,
        situations=situations,
        conditions=plain,
        condition_labels=condition_labels,
        lists=lists,
        rules=rules,
        fees=fees,
        limits=limits,
        categories=categories,
        not_covered=not_covered,
        condition_dated=condition_dated,
        list_dated=list_dated,
    )


@dataclass(frozen=True)
class ActiveCatalog:
    """The catalog the app uses and where it comes from."""

    catalog: Catalog
    update: Update | None  # the signed update it was loaded from; None: the shipped one
    shipped_version: int
    shipped_checked: dt.date

    @property
    def origin(self) -> str:
        return "imported" if self.update is not None else "shipped"


@lru_cache(maxsize=1)
def active_catalog() -> ActiveCatalog:
    """The catalog the app uses: the shipped one, or a newer signed update the
    person imported, verified again (``desktop.core.catalog_update.load_active``);
    worked out once, until ``catalog_changed``."""
    catalog, update = load_active(load_catalog)
    # The shipped catalog's version and date: the loaded one's, or read once beside
    # the update in use.
    version, checked = shipped_meta() if update is not None else (catalog.version, catalog.checked)
    return ActiveCatalog(catalog, update, version, checked)


def catalog_changed() -> None:
    """An update was imported or removed: the next ``active_catalog`` loads again."""
    active_catalog.cache_clear()


def default_catalog() -> Catalog:
    """The catalog the app uses (``active_catalog``)."""
    return active_catalog().catalog


def _quoted_rules() -> dict[str, dict[str, Any]]:
    return default_catalog().rules


# Messages quote the catalog's rules ("{rule[ephoto][validity_months]}").
messages.quote("rule", _quoted_rules)


def missing_translations(catalog: Catalog) -> list[str]:
    """Labels lacking one of the six interface languages (a test keeps this empty)."""
    out = []
    for p in catalog.pieces.values():
        out += [f"pieces.{p.id}.label.{lang}" for lang in LANGS if lang not in p.label]
    for s in catalog.situations.values():
        out += [f"situations.{s.id}.label.{lang}" for lang in LANGS if lang not in s.label]
    for name, labels in catalog.condition_labels.items():
        out += [f"conditions.{name}.label.{lang}" for lang in LANGS if lang not in labels]
    for fid, f in catalog.fees.items():
        out += [f"fees.{fid}.label.{lang}" for lang in LANGS if lang not in f.label]
    for cid, labels in catalog.categories.items():
        out += [f"categories.{cid}.{lang}" for lang in LANGS if lang not in labels]
    for s in catalog.situations.values():
        if s.notice:
            out += [f"situations.{s.id}.notice.{lang}" for lang in LANGS if lang not in s.notice]
    for n in catalog.not_covered.values():
        for key, labels in (("label", n.label), ("where", n.where)):
            out += [f"not_covered.{n.id}.{key}.{lang}" for lang in LANGS if lang not in labels]
    return out
