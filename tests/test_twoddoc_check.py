"""A 2D-Doc on the proof of address reaches ``inspect --json`` and ``check``: its
date feeds the freshness rule, its holder and address are compared with the
dossier's, each mismatch a warning with a fix; a forged code is flagged."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.dossier import Dossier
from desktop.core.messages import LANGS
from desktop.intake import twoddoc
from desktop.services.checking import check_dossier
from tests.helpers import TODAY, make_dossier
from tests.twoddoc_helpers import invoice, make_trust, pdf_with_code

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def trusted(monkeypatch: pytest.MonkeyPatch) -> object:
    """The shipped trust set plus a test CA and signer; returns the signer's key."""
    trust, key = make_trust()
    monkeypatch.setattr(twoddoc, "shipped_trust", lambda: trust)
    return key


def _with_invoice(tmp_path: Path, raw: str, issued_on: dt.date | None) -> Dossier:
    dossier = make_dossier(tmp_path, "visiteur-renouvellement")
    rel = "docs/proof_of_address.pdf"
    (tmp_path / rel).write_bytes(pdf_with_code(raw))
    entry = dossier.data["pieces"]["proof_of_address"]
    entry["files"] = [rel]
    if issued_on is None:
        entry.pop("issued_on", None)
    else:
        entry["issued_on"] = issued_on
    dossier.save()
    return Dossier.load(dossier.path)


def _piece_codes(result: object, piece: str = "proof_of_address") -> list[str]:
    pv = result.verdict.piece(piece)  # type: ignore[attr-defined]
    return [r.problem.code for r in pv.results if r.problem is not None]


def test_matching_invoice_gives_no_warning(tmp_path: Path, trusted: object) -> None:
    raw = invoice(
        trusted,
        issued=TODAY - dt.timedelta(days=20),
        name="MME/TESTOVA/MARIA",
        street="1 R DE LA PAIX",
        postcode="75002",
        city="PARIS",
    )
    result = check_dossier(_with_invoice(tmp_path, raw, None), TODAY)
    codes = _piece_codes(result)
    assert not [c for c in codes if "twoddoc" in c or c.startswith("freshness")], codes
    assert result.verdict.piece("proof_of_address").status == "ok"


def test_the_coded_date_feeds_freshness(tmp_path: Path, trusted: object) -> None:
    """No date typed: the 2D-Doc's emission date (5 months old) makes it too old."""
    raw = invoice(
        trusted,
        issued=TODAY - dt.timedelta(days=150),
        name="MME/TESTOVA/MARIA",
        street="1 RUE DE LA PAIX",
        postcode="75002",
        city="PARIS",
    )
    result = check_dossier(_with_invoice(tmp_path, raw, None), TODAY)
    codes = _piece_codes(result)
    assert "freshness.too_old" in codes or "freshness.too_old_relaxable" in codes, codes
    assert "freshness.date_unknown" not in codes


def test_typed_date_differing_from_the_code_is_explained(tmp_path: Path, trusted: object) -> None:
    coded = TODAY - dt.timedelta(days=20)
    raw = invoice(
        trusted,
        issued=coded,
        name="MME/TESTOVA/MARIA",
        street="1 RUE DE LA PAIX",
        postcode="75002",
        city="PARIS",
    )
    result = check_dossier(_with_invoice(tmp_path, raw, TODAY - dt.timedelta(days=5)), TODAY)
    pv = result.verdict.piece("proof_of_address")
    found = [
        r.problem
        for r in pv.results
        if r.problem and r.problem.code == "freshness.coded_date_differs"
    ]
    assert len(found) == 1 and found[0].severity == "warning"
    assert coded.strftime("%d/%m/%Y") in found[0].message("fr")


def test_other_holder_and_address_are_warnings_with_a_fix(tmp_path: Path, trusted: object) -> None:
    raw = invoice(
        trusted,
        issued=TODAY - dt.timedelta(days=20),
        name="M/DUPONT/JEAN",
        street="8 AVENUE FOCH",
        postcode="69006",
        city="LYON",
    )
    result = check_dossier(_with_invoice(tmp_path, raw, None), TODAY)
    pv = result.verdict.piece("proof_of_address")
    problems = {r.problem.code: r.problem for r in pv.results if r.problem}
    name = problems["twoddoc_name_mismatch"]
    addr = problems["twoddoc_address_mismatch"]
    assert name.severity == addr.severity == "warning"
    assert "DUPONT" in name.message("fr") and "Maria TESTOVA" in name.message("fr")
    text = addr.message("fr")
    assert "69006" in text and "code postal" in text and "commune" in text
    for lang in LANGS:
        assert "{" not in addr.message(lang) and "{" not in name.message(lang)
    assert pv.status == "warning"  # evidence, never a gate


def test_forged_code_is_flagged_and_not_compared(tmp_path: Path, trusted: object) -> None:
    raw = invoice(
        trusted,
        issued=TODAY - dt.timedelta(days=20),
        name="MME/TESTOVA/MARIA",
        street="1 RUE DE LA PAIX",
        postcode="75002",
        city="PARIS",
    )
    forged = raw.replace("75002", "75003")
    result = check_dossier(_with_invoice(tmp_path, forged, None), TODAY)
    codes = _piece_codes(result)
    assert "twoddoc_signature_invalid" in codes
    assert "twoddoc_address_mismatch" not in codes


def test_inspect_json_reports_the_code(tmp_path: Path) -> None:
    trust, key = make_trust()
    pdf = tmp_path / "facture.pdf"
    pdf.write_bytes(pdf_with_code(invoice(key)))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "inspect", "--json", str(pdf)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=tmp_path,
    )
    report = json.loads(out.stdout)
    report = report[0] if isinstance(report, list) else report
    [code] = report["twoddocs"]
    assert code["type"] == "01" and code["emitted_on"] == "2026-11-02"
    fields = {f["id"]: f for f in code["fields"]}
    assert fields["10"]["value"] == "MME/DIALLO/AMINATA"
    assert fields["24"]["name"].startswith("Code postal")
    # The test CA is not in the shipped ANTS list: read, but not verifiable offline.
    assert code["signature"] == "unknown_certificate"
    assert code["signature_text"] == "non vérifiable hors ligne (certificat inconnu)"
