"""Builders shared by the core tests: small dossiers on disk, with real files."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from desktop.core.dossier import SCHEMA_VERSION, Dossier

TODAY = dt.date(2026, 11, 24)


def tiny_pdf(path: Path, text: str = "Document") -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 12)
    for i in range(30):
        c.drawString(60, 780 - i * 20, f"{text} — ligne {i} : texte de test lisible.")
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


def make_dossier(tmp: Path, situation: str, **overrides: Any) -> Dossier:
    """A complete-looking dossier for ``situation``: every applicable piece gets a PDF."""
    from desktop.core.catalog import default_catalog

    catalog = default_catalog()
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "situation": situation,
        "filing_date": TODAY,
        "applicant": {
            "surname": "TESTOVA",
            "given_names": "Maria",
            "birth_date": dt.date(1990, 1, 15),
            "nationality": "RUS",
            "numero_etranger": "7512345678",
            "marital_status": "single",
            "first_of_kind": True,
        },
        "address": {
            "kind": "own",
            "line1": "1 rue de la Paix",
            "postcode": "75002",
            "city": "Paris",
        },
        "current_permit": {"expires_on": TODAY + dt.timedelta(days=90)},
        "ephoto": {"code": "A" * 11 + "7" * 11, "taken_on": TODAY - dt.timedelta(days=20)},
        "cer": {"signed_on": TODAY - dt.timedelta(days=3)},
        "pieces": {},
    }
    for dotted, value in overrides.items():
        node = data
        parts = dotted.split("__")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        if value is None:
            node.pop(parts[-1], None)
        else:
            node[parts[-1]] = value
    dossier = Dossier(data=data, path=tmp / "dossier.toml")
    facts = dossier.facts(TODAY)
    s = catalog.situation(situation)
    facts.update(category=s.category, procedure=s.procedure, card=s.card, integration=s.integration)
    (tmp / "docs").mkdir(exist_ok=True)
    for req in s.requirements:
        if req.piece == "ephoto":
            continue
        if req.when and not catalog.holds(req.when, facts):
            continue
        if req.piece in data["pieces"]:
            continue
        rel = f"docs/{req.piece}.pdf"
        tiny_pdf(tmp / rel, req.piece)
        entry: dict[str, Any] = {"files": [rel]}
        pdef = catalog.pieces[req.piece]
        if "issued_on" in pdef.needs_dates or pdef.freshness_months:
            entry["issued_on"] = TODAY - dt.timedelta(days=10)
        if "expires_on" in pdef.needs_dates:
            entry["expires_on"] = TODAY + dt.timedelta(days=800)
        data["pieces"][req.piece] = entry
    dossier.save()
    return Dossier.load(tmp / "dossier.toml")
