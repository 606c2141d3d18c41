"""The whole catalog as a document a jurist reads and annotates, situation by
situation: each piece with its condition in words, the fees by regime and date,
the deadlines and exemptions, each with its source, link, check date,
confidence and note, and an empty column for annotations. PDF (A4 landscape) or
HTML, always in French (the law's language). Fixed, anonymous PDF metadata."""

from __future__ import annotations

import datetime as dt
import html
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.core import provenance
from desktop.core.catalog import Catalog, Dated, Situation
from desktop.core.provenance import LOW, links, split_source
from desktop.letters.fonts import SANS, SANS_BOLD, SANS_ITALIC, para_markup, register_fonts
from desktop.letters.layout import PDF_META, write_pdf_atomic
from desktop.letters.typography import fr_date, fr_money, fr_text

PROCEDURES_FR = {
    "first": "première demande",
    "renewal": "renouvellement",
    "duplicate": "duplicata",
    "change": "changement (modification du titre)",
}
CARDS_FR = {
    "temporaire": "carte de séjour temporaire",
    "pluriannuelle": "carte de séjour pluriannuelle",
    "resident": "carte de résident",
    "aps": "autorisation provisoire de séjour",
    "none": "—",
}
INTEGRATION_FR = {
    "required": "conditions d’intégration 2026 exigées pour une première carte de ce type",
    "not_applicable": "conditions d’intégration 2026 : sans objet",
    "uncertain": "conditions d’intégration 2026 : incertain",
}
CONFIDENCE_FR = {"H": "H (texte officiel)", "M": "M (une bonne source)", "L": "L (faible)"}
#: Operators in words (the PDF's font has no mathematical signs but = < >).
OPS_FR = {
    "eq": "=",
    "ne": "différent de",
    "in": "parmi",
    "not_in": "hors de",
    "in_list": "dans la liste",
    "gte": "au moins",
    "lte": "au plus",
    "gt": ">",
    "lt": "<",
}
#: The mark of a weak or disputed entry (the PDF's font has no ⚠).
MARK = "(!)"
LINK = "lien : "
#: A piece or notice without a source of its own: the situation's, shown once above.
SEE_SITUATION = "Source : celle de la situation (ligne « Situation » ci-dessus)."
#: The longest run of a URL on one line of the PDF's source column (7 pt).
URL_RUN = 68


@dataclass
class Row:
    """One reviewed item: what it says (first line bold) and where it comes from."""

    what: list[str]
    dated: Dated | None
    #: instead of the source: where it is shown once (a piece that has no source of
    #: its own carries the situation's, already shown in the « Situation » row)
    see: str = ""

    @property
    def flagged(self) -> bool:
        """Marked for the reader: its own source is weak or disputed."""
        return not self.see and self.dated is not None and provenance.flagged(self.dated)


@dataclass
class Section:
    title: str
    intro: list[str] = field(default_factory=list)
    groups: list[tuple[str, list[Row]]] = field(default_factory=list)


def describe(
    cond: Mapping[str, Any],
    named: Mapping[str, Mapping[str, Any]],
    labels: Mapping[str, Mapping[str, str]] | None = None,
) -> str:
    """A condition of the catalog's small language, written out; a named condition
    by its French label where ``labels`` has one."""
    if "condition" in cond:
        name = str(cond["condition"])
        label = (labels or {}).get(name, {}).get("fr")
        return f"« {label} »" if label else f"« {name} »"
    parts = [
        "(" + word.join(describe(c, named, labels) for c in cond[combo]) + ")"
        for combo, word in (("all", " et "), ("any", " ou "))
        if combo in cond
    ]
    if "none" in cond:
        parts.append(
            "aucun de (" + " ; ".join(describe(c, named, labels) for c in cond["none"]) + ")"
        )
    if parts:  # a table may combine all, any and none: every part holds
        return " et ".join(parts)
    fact = cond.get("fact")
    if "present" in cond:
        return f"{fact} renseigné" if cond["present"] else f"{fact} non renseigné"
    if "truthy" in cond:
        return f"{fact} : oui" if cond["truthy"] else f"{fact} : non"
    for op, sign in OPS_FR.items():
        if op in cond:
            value = cond[op]
            shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            if isinstance(value, dt.date):
                shown = fr_date(value)
            return f"{fact} {sign} {shown}"
    return "?"


def _row_source(row: Row) -> list[str]:
    return [row.see] if row.see else _source_rows(row.dated)


def _source_rows(dated: Dated | None) -> list[str]:
    if dated is None:
        return ["(aucune source au catalogue)"]
    text, _ = split_source(dated.source)
    out = [text]
    out += [LINK + u for u in links(dated)]
    mark = f" {MARK}" if dated.confidence == LOW else ""
    conf = CONFIDENCE_FR.get(dated.confidence, dated.confidence)
    out.append(f"vérifiée le {fr_date(dated.checked)} — confiance {conf}{mark}")
    if dated.note:
        out.append(f"{MARK} note : {dated.note}")
    return out


def _fee_rows(catalog: Catalog, fee_id: str) -> list[Row]:
    fee = catalog.fees[fee_id]
    rows = []
    for r in fee.regimes:
        total = int(r["tax"]) + int(r["stamp"])
        state = "" if r.get("confirmed", False) else " (non confirmé)"
        rows.append(
            Row(
                [
                    f"{fee.label['fr']} — à partir du {fr_date(r['from'])}",
                    f"taxe {fr_money(r['tax'])} + timbre {fr_money(r['stamp'])} = "
                    f"{fr_money(total)}{state}",
                ],
                r["dated"],
            )
        )
    return rows


def situation_section(catalog: Catalog, s: Situation) -> Section:
    sec = Section(f"{s.label['fr']}  ·  {s.id}")
    sec.intro = [
        f"Catégorie : {catalog.categories[s.category]['fr']} — procédure : "
        f"{PROCEDURES_FR.get(s.procedure, s.procedure)} — titre demandé : "
        f"{CARDS_FR.get(s.card, s.card)}",
        INTEGRATION_FR.get(s.integration, s.integration),
    ]
    sec.groups.append(("Situation", [Row([s.label["fr"]], s.dated)]))
    if s.notice:
        sec.groups.append(
            (
                "Avis lu par la personne (notice)",
                [Row(["Avis affiché avec la situation", s.notice["fr"]], s.dated, SEE_SITUATION)],
            )
        )
    pieces: list[Row] = []
    for req in s.requirements:
        pdef = catalog.pieces[req.piece]
        if req.when:
            label = catalog.condition_labels[req.when]["fr"]
            shown = describe(
                catalog.conditions[req.when], catalog.conditions, catalog.condition_labels
            )
            need = f"si : {label}  [{shown}]"
        else:
            need = "obligatoire" if req.required else "facultative"
        details = []
        if pdef.freshness_months:
            details.append(f"de moins de {pdef.freshness_months} mois au dépôt")
        if pdef.max_pages:
            details.append(f"au plus {pdef.max_pages} pages")
        if pdef.formats:
            details.append("formats : " + ", ".join(f.upper() for f in pdef.formats))
        note = req.note.get("fr", "")
        what = [pdef.label["fr"], need, " ; ".join(details)] + ([note] if note else [])
        pieces.append(Row(what, req.dated, SEE_SITUATION if req.dated is s.dated else ""))
    sec.groups.append(("Pièces", pieces))
    fees: list[Row] = []
    if s.fee:
        fees += _fee_rows(catalog, s.fee)
    window = catalog.rules.get("renewal_window", {})
    if s.procedure == "renewal" and window.get("late_fee") in catalog.fees:
        fees += _fee_rows(catalog, str(window["late_fee"]))
    if fees:
        sec.groups.append(("Taxes et droits, par régime et date", fees))
    deadlines: list[Row] = []
    if s.procedure == "renewal" and window:
        deadlines.append(
            Row(
                [
                    "Délai de dépôt du renouvellement",
                    f"du {window.get('open_days_before')}e au {window.get('close_days_before')}e "
                    "jour avant l’expiration du titre ; après : droit de visa de régularisation",
                ],
                Dated.from_table(window),
            )
        )
    fresh = sorted({fr for r in s.requirements if (fr := catalog.pieces[r.piece].freshness_rule)})
    for name in fresh:
        rule = catalog.rules[name]
        deadlines.append(
            Row(
                [f"Ancienneté des pièces : règle « {name} »", _values(rule)], Dated.from_table(rule)
            )
        )
    if any(r.piece == "ephoto" for r in s.requirements) and "ephoto" in catalog.rules:
        rule = catalog.rules["ephoto"]
        deadlines.append(Row(["Code e-photo", _values(rule)], Dated.from_table(rule)))
    if s.procedure == "duplicate" and "duplicate" in catalog.rules:
        rule = catalog.rules["duplicate"]
        deadlines.append(
            Row(["Duplicata ou renouvellement", _values(rule)], Dated.from_table(rule))
        )
    if deadlines:
        sec.groups.append(("Délais", deadlines))
    exemptions: list[Row] = []
    if s.integration == "required" and "integration" in catalog.rules:
        rule = catalog.rules["integration"]
        exemptions.append(
            Row(
                ["Conditions d’intégration (examen civique, langue)", _values(rule)],
                Dated.from_table(rule),
            )
        )
    for req in s.requirements:
        if req.when and _mentions_list(catalog.conditions[req.when], catalog.conditions):
            for lst in sorted(_lists_of(catalog.conditions[req.when], catalog.conditions)):
                exemptions.append(
                    Row(
                        [
                            f"Liste « {lst} » (pièce : {catalog.pieces[req.piece].label['fr']})",
                            f"{len(catalog.lists[lst])} codes : "
                            + ", ".join(map(str, catalog.lists[lst])),
                        ],
                        catalog.list_dated.get(lst),
                    )
                )
    if exemptions:
        sec.groups.append(("Exemptions et listes", exemptions))
    return sec


def _mentions_list(cond: Mapping[str, Any], named: Mapping[str, Mapping[str, Any]]) -> bool:
    return bool(_lists_of(cond, named))


def _lists_of(
    cond: Mapping[str, Any], named: Mapping[str, Mapping[str, Any]], depth: int = 0
) -> set[str]:
    if depth > 20:
        return set()
    if "condition" in cond:
        return _lists_of(named[cond["condition"]], named, depth + 1)
    found: set[str] = set()
    for combo in ("all", "any", "none"):
        for sub in cond.get(combo, []):
            found |= _lists_of(sub, named, depth + 1)
    if "in_list" in cond:
        found.add(str(cond["in_list"]))
    return found


def _values(table: Mapping[str, Any]) -> str:
    skip = {"source", "checked", "confidence", "url", "note", "label"}
    parts = []
    for k, v in table.items():
        if k in skip or isinstance(v, dict):
            continue
        if isinstance(v, bool):
            shown = "oui" if v else "non"
        elif isinstance(v, dt.date):
            shown = fr_date(v)
        elif isinstance(v, list):
            shown = ", ".join(map(str, v))
        else:
            shown = str(v)
        parts.append(f"{k} = {shown}")
    return " ; ".join(parts)


def annex_sections(catalog: Catalog) -> list[Section]:
    rules = Section("Annexe A — Seuils et délais (rules.toml)")
    rules.groups.append(
        (
            "Règles",
            [Row([name, _values(t)], Dated.from_table(t)) for name, t in catalog.rules.items()],
        )
    )
    fees = Section("Annexe B — Taxes et droits (fees.toml)")
    for fid, fee in catalog.fees.items():
        label = fee.label.get("fr")
        fees.groups.append((f"{label} ({fid})" if label else fid, _fee_rows(catalog, fid)))
    conds = Section("Annexe C — Conditions (conditions.toml)")
    conds.groups.append(
        (
            "Conditions",
            [
                Row(
                    [
                        catalog.condition_labels[n]["fr"],
                        describe(c, catalog.conditions, catalog.condition_labels),
                        f"identifiant : {n}",
                    ],
                    catalog.condition_dated.get(n),
                )
                for n, c in catalog.conditions.items()
            ],
        )
    )
    limits = Section("Annexe D — Limites de dépôt ANEF (limits.toml)")
    limits.groups.append(
        ("ANEF", [Row(["Limites ANEF", _values(catalog.limits)], Dated.from_table(catalog.limits))])
    )
    uncovered = Section("Annexe E — Demandes non couvertes (situations.toml, not_covered)")
    uncovered.intro = ["Ce que lit la personne quand sa demande n’est pas couverte : où aller."]
    uncovered.groups.append(
        (
            "Demandes non couvertes",
            [
                Row(
                    [e.label["fr"], "Où aller : " + e.where["fr"], f"identifiant : {e.id}"], e.dated
                )
                for e in catalog.not_covered.values()
            ],
        )
    )
    return [rules, fees, conds, limits, uncovered]


def sections(catalog: Catalog) -> list[Section]:
    ordered = sorted(
        catalog.situations.values(),
        key=lambda s: (list(catalog.categories).index(s.category), s.id),
    )
    return [situation_section(catalog, s) for s in ordered] + annex_sections(catalog)


# ----- PDF ---------------------------------------------------------------------------

PAGE = landscape(A4)
MARGIN = 12 * mm
#: Room a group's heading needs below it (its table's header and first rows).
KEEP_WITH_HEADING = 45 * mm
COLS = (92 * mm, 104 * mm, PAGE[0] - 2 * MARGIN - 196 * mm)


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("b", fontName=SANS, fontSize=8, leading=10, alignment=TA_LEFT)
    return {
        "base": base,
        "bold": ParagraphStyle("bo", parent=base, fontName=SANS_BOLD),
        "small": ParagraphStyle(
            "s", parent=base, fontSize=7, leading=8.6, textColor=colors.HexColor("#333333")
        ),
        "warn": ParagraphStyle(
            "w", parent=base, fontSize=7, leading=8.6, textColor=colors.HexColor("#9a3b00")
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=12,
            leading=15,
            spaceAfter=3,
            keepWithNext=1,
        ),
        # URLs split at their slashes rather than overflowing or breaking mid-word.
        "link": ParagraphStyle(
            "l",
            parent=base,
            fontSize=7,
            leading=8.6,
            textColor=colors.HexColor("#333333"),
            uriWasteReduce=0.3,
        ),
        "intro_keep": ParagraphStyle("ik", parent=base, fontName=SANS_ITALIC, keepWithNext=1),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=9,
            leading=12,
            spaceBefore=5,
            spaceAfter=2,
        ),
        "intro": ParagraphStyle("i", parent=base, fontName=SANS_ITALIC),
        "title": ParagraphStyle(
            "t", parent=base, fontName=SANS_BOLD, fontSize=16, leading=20, spaceAfter=8
        ),
    }


def _para(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    return Paragraph(para_markup(fr_text(text), bold=bold), style)


def _cell(lines: Iterable[str], st: dict[str, ParagraphStyle], first_bold: bool) -> list[Paragraph]:
    out = []
    for i, line in enumerate(lines):
        if not line:
            continue
        if line.startswith(MARK):
            out.append(_para(line, st["warn"]))
        elif line.startswith(LINK):
            out.append(Paragraph(_link_markup(line[len(LINK) :]), st["link"]))
        else:
            out.append(
                _para(
                    line,
                    st["base"] if i == 0 or not first_bold else st["small"],
                    bold=first_bold and i == 0,
                )
            )
    return out


def url_runs(url: str, width: int = URL_RUN) -> list[str]:
    """``url`` cut into runs of at most ``width`` characters, after a « / », « - », « _ »,
    « ? », « & » or « = » where one falls in the run (else mid-run): a long path
    segment (« Les-accords-bilateraux-en-matiere-de-… ») would otherwise run past
    the source column into the annotations."""
    runs: list[str] = []
    rest = url
    while len(rest) > width:
        cut = max(rest.rfind(c, 0, width) for c in "/-_?&=") + 1
        if cut <= width // 3:
            cut = width
        runs.append(rest[:cut])
        rest = rest[cut:]
    return runs + ([rest] if rest else [])


def _link_markup(url: str) -> str:
    """« lien : » and the URL as a clickable link (no French spacing inside it), its
    text broken into runs that fit the column."""
    if not url.startswith(("http://", "https://")):
        return para_markup(LINK + url)
    href = html.escape(url, quote=True)
    shown = "<br/>".join(para_markup(run) for run in url_runs(url))
    return f'{para_markup(LINK)}<a href="{href}" color="#1a4d99">{shown}</a>'


def _table(rows: list[Row], st: dict[str, ParagraphStyle]) -> Table:
    data: list[list[Any]] = [
        [
            _para("Élément", st["bold"]),
            _para("Source", st["bold"]),
            _para("Annotations", st["bold"]),
        ]
    ]
    flagged = []
    for i, row in enumerate(rows, start=1):
        data.append([_cell(row.what, st, True), _cell(_row_source(row), st, False), ""])
        if row.flagged:
            flagged.append(i)
    t = Table(data, colWidths=COLS, repeatRows=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("BACKGROUND", (2, 1), (2, -1), colors.HexColor("#fbfbf3")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for i in flagged:
        style.append(("LINEBEFORE", (0, i), (0, i), 2.5, colors.HexColor("#d97a00")))
    t.setStyle(TableStyle(style))
    return t


def _head(meta: Mapping[str, str]) -> list[str]:
    return [
        f"Catalogue version {meta['version']}, règles vérifiées le {meta['checked']} "
        f"({meta['origin']}) — document produit le {meta['today']}.",
        "Pour chaque situation : les pièces et leur condition, les taxes par régime et date, "
        "les délais et les exemptions ; en face, le texte qui les fonde, son lien, la date de "
        "vérification et la confiance (H : texte officiel ou sources concordantes ; M : une bonne "
        "source ; L : source faible ou contradictoire). Un trait orange et « (!) » signalent une "
        "confiance faible ou une note où les sources divergent. La colonne de droite est "
        "réservée à vos annotations.",
    ]


def render_pdf(catalog: Catalog, meta: Mapping[str, str], out: Path) -> int:
    st = _styles()
    story: list[Any] = [_para("Règles du catalogue — document de relecture", st["title"])]
    story += [_para(line, st["intro"]) for line in _head(meta)]
    story.append(Spacer(1, 4 * mm))
    for i, sec in enumerate(sections(catalog)):
        if i:
            story.append(PageBreak())
        # A heading never ends a page: the title keeps with its intro
        # (keepWithNext), and a group's heading starts a new page when too little
        # room is left for it and its table's first rows (CondPageBreak) — without
        # pushing whole tables over, which would leave half-empty pages.
        story.append(_para(sec.title, st["h1"]))
        story += [_para(line, st["intro_keep"]) for line in sec.intro]
        for title, rows in sec.groups:
            if rows:
                story.append(CondPageBreak(KEEP_WITH_HEADING))
                story.append(_para(title, st["h2"]))
                story.append(_table(rows, st))
    pages = [0]

    def footer(canvas: Any, doc: Any) -> None:
        pages[0] = doc.page
        canvas.saveState()
        canvas.setFont(SANS, 7)
        canvas.drawString(
            MARGIN, 6 * mm, f"Catalogue v{meta['version']} — relecture — page {doc.page}"
        )
        canvas.restoreState()

    def build(buf: io.BytesIO) -> None:
        doc = SimpleDocTemplate(
            buf,
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=12 * mm,
            lang="fr-FR",
            **PDF_META,
        )
        doc.build(story, onFirstPage=footer, onLaterPages=footer)

    write_pdf_atomic(out, build)
    return pages[0]


# ----- HTML --------------------------------------------------------------------------

_CSS = """
body{font-family:"Noto Sans",sans-serif;font-size:13px;margin:2em;color:#111}
h1{font-size:22px} h2{font-size:18px;margin-top:2em;border-bottom:1px solid #999}
h3{font-size:14px;margin:1em 0 .3em}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:4px;vertical-align:top}
th{background:#e8e8e8;text-align:left} td.what{width:34%} td.src{width:38%;font-size:12px}
td.notes{background:#fbfbf3} td.src a{overflow-wrap:anywhere} tr.flag td.what{border-left:4px solid #d97a00}
.warn{color:#9a3b00} .intro{font-style:italic}
@media print{h2{page-break-before:always}}
"""


def render_html(catalog: Catalog, meta: Mapping[str, str]) -> str:
    esc = html.escape
    out = [
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">',
        "<title>Règles du catalogue — document de relecture</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Règles du catalogue — document de relecture</h1>",
    ]
    out += [f'<p class="intro">{esc(fr_text(line))}</p>' for line in _head(meta)]
    for sec in sections(catalog):
        out.append(f"<h2>{esc(fr_text(sec.title))}</h2>")
        out += [f'<p class="intro">{esc(fr_text(line))}</p>' for line in sec.intro]
        for title, rows in sec.groups:
            if not rows:
                continue
            out.append(
                f"<h3>{esc(title)}</h3><table><tr><th>Élément</th><th>Source</th><th>Annotations</th></tr>"
            )
            for row in rows:
                flag = row.flagged
                what = "<br>".join(
                    (f"<b>{esc(fr_text(x))}</b>" if i == 0 else esc(fr_text(x)))
                    for i, x in enumerate(row.what)
                    if x
                )
                src = []
                for line in _row_source(row):
                    url = line[len(LINK) :]
                    if line.startswith(LINK) and url.startswith(("http://", "https://")):
                        src.append(f'{esc(LINK)}<a href="{esc(url)}">{esc(url)}</a>')
                    elif line.startswith(MARK):
                        src.append(f'<span class="warn">{esc(fr_text(line))}</span>')
                    else:
                        src.append(esc(fr_text(line)))
                cls = ' class="flag"' if flag else ""
                out.append(
                    f'<tr{cls}><td class="what">{what}</td><td class="src">{"<br>".join(src)}</td>'
                    '<td class="notes"></td></tr>'
                )
            out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)
