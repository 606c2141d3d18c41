"""The jurist's review of the catalog (issue 14): each fix states the rule and the
text it comes from. End to end where a person meets it (``check --json`` run as a
subprocess), in the catalog where the fix is the catalog's own wording.

Sources (checked 2026-12-06):
- Loi de finances pour 2026, art. 128: a 100 € tax on the issue and renewal of an
  autorisation provisoire de séjour (CESEDA L.436-1, II) — UNAFO and Fédération des
  acteurs de la solidarité syntheses (the latter names the parent d'enfant malade);
  before it, L.436-1 al. 1 excluded APS from the tax.
- CESEDA L.425-10: an APS for a parent of a sick minor; no condition on the child's
  nationality.
- CESEDA L.436-2: a duplicate is taxed like the renewal of the card "pour le même
  motif" (L.436-1: normal, reduced, untaxed cards).
- CESEDA L.421-11: carte bleue européenne — 3 years of higher education OR 5 years of
  comparable experience. Talent création d'entreprise: master OR 5 years.
- CESEDA L.424-3: a refugee's family gets the carte de résident; L.424-11 and
  L.424-19: a multi-year card for the families of subsidiary protection and
  stateless persons; L.436-1 al. 4 exempts the first issue of all three.
- CESEDA L.412-6 (no title to a polygamous foreigner) and R.431-10 / décret
  n° 2007-1205 (sworn translations): asked in every situation with civil-status
  documents, on the same conditions.
- Accord franco-algérien de 1968, art. 7 bis: the 10-year certificat after three
  years of residence under a certificat de résidence.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from desktop.core.catalog import default_catalog

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-12-06"


def _dossier(
    tmp: Path,
    name: str,
    situation: str,
    *,
    facts: dict[str, Any] | None = None,
    nationality: str = "RUS",
    marital: str = "single",
    foreign_documents: bool = False,
) -> Path:
    lines = ["schema_version = 1", f"filing_date = {TODAY}", f'situation = "{situation}"']
    if facts:
        lines.append("[facts]")
        lines += [f"{k} = {json.dumps(v)}" for k, v in facts.items()]
    lines += [
        "[applicant]",
        'surname = "EXEMPLE"',
        'given_names = "Test"',
        "birth_date = 1990-01-01",
        f'nationality = "{nationality}"',
        f'marital_status = "{marital}"',
        f"foreign_documents = {'true' if foreign_documents else 'false'}",
        "[address]",
        'kind = "own"',
        'line1 = "1 rue du Test"',
        'postcode = "75011"',
        'city = "Paris"',
    ]
    path = tmp / f"{name}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _check(path: Path) -> dict[str, Any]:
    env = {**os.environ, "DOSSIER_LANG": "fr", "PYTHONPATH": str(ROOT)}
    r = subprocess.run(
        [sys.executable, "-m", "desktop", "check", str(path), "--json", "--today", TODAY],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert r.stdout.strip(), r.stderr
    data: dict[str, Any] = json.loads(r.stdout)
    return data


def _check_all(paths: list[Path]) -> list[dict[str, Any]]:
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(_check, paths))


def _fees(data: dict[str, Any]) -> dict[str, int]:
    return {f["id"]: f["total_eur"] for f in data["fees"]}


def _required(data: dict[str, Any]) -> set[str]:
    return {p["id"] for p in data["pieces"] if p["required"]}


# ----- 1. parent d'enfant malade -----------------------------------------------------------
def test_sick_child_parent_aps_costs_100_since_the_2026_finance_law(tmp_path: Path) -> None:
    """L.436-1, II (loi de finances pour 2026, art. 128): 100 € on issuing and
    renewing an APS; no stamp (L.436-7 is about cards). Before it: nothing."""
    catalog = default_catalog()
    fee = catalog.fees["aps"]
    assert (fee.on(dt.date(2026, 12, 6))["tax"], fee.on(dt.date(2026, 12, 6))["stamp"]) == (100, 0)
    assert fee.on(dt.date(2025, 12, 1))["tax"] == 0
    now = fee.on(dt.date(2026, 12, 6))["dated"]
    assert now.confidence != "H" and "L.436-1, II" in now.source and now.note
    for sid in ("parent-enfant-malade-premiere", "parent-enfant-malade-renouvellement"):
        s = catalog.situation(sid)
        assert s.fee == "aps", sid
        assert "F17164" not in s.dated.url, "F17164 is the sick foreigner's fiche"
        assert "100 €" in s.dated.note
    runs = _check_all(
        [
            _dossier(tmp_path, "pem", "parent-enfant-malade-premiere"),
            _dossier(tmp_path, "pemr", "parent-enfant-malade-renouvellement"),
        ]
    )
    for data in runs:
        assert _fees(data) == {"aps": 100}
        assert "sick_child_birth_certificate" in _required(data)
        assert "child_birth_certificate" not in _required(data)
        label = next(p for p in data["pieces"] if p["id"] == "sick_child_birth_certificate")
        assert "français" not in label["label"], "L.425-10 sets no condition on nationality"


# ----- 2. duplicata: the fee of the card's category ------------------------------------------
def test_duplicate_is_taxed_like_the_renewal_of_the_same_card(tmp_path: Path) -> None:
    """L.436-2: a duplicate costs the renewal tax of the same card + the stamp (50 €).
    Student card (reduced, L.436-1 al. 2): 50 + 50; retraité card (no tax,
    L.436-1 al. 3): 0 + 50; salarié: 200 + 50; unknown card: 250 with a warning."""
    cases = {
        "etudiant": ({"duplicate_reduced": 100}, False),
        "retraite": ({"duplicate_stamp_only": 50}, False),
        "salarie": ({"duplicate_ordinary": 250}, False),
        None: ({"duplicate_ordinary": 250}, True),
    }
    paths = [
        _dossier(
            tmp_path,
            f"dup-{cat}",
            "duplicata-vol" if cat == "retraite" else "duplicata-perte",
            facts={"current_category": cat} if cat else None,
        )
        for cat in cases
    ]
    for (cat, (fee, warned)), data in zip(cases.items(), _check_all(paths), strict=True):
        assert _fees(data) == fee, cat
        codes = {p["code"] for p in data["problems"]}
        assert ("duplicate.fee_depends_on_category" in codes) is warned, cat
        if warned:
            msg = next(
                p["message"]
                for p in data["problems"]
                if p["code"] == "duplicate.fee_depends_on_category"
            )
            assert "L.436-2" in msg and "250 €" in msg


# ----- 3. talent: diploma OR experience --------------------------------------------------------
def test_talent_diploma_or_experience() -> None:
    """L.421-11 (CBE): 3 years of higher education or 5 years of experience;
    création d'entreprise: master or 5 years of experience."""
    catalog = default_catalog()
    for sid, piece, words in (
        ("talent-cbe-premiere", "diploma_or_experience_cbe", ("trois ans", "cinq ans")),
        ("talent-creation-premiere", "diploma_or_experience_creation", ("master", "cinq ans")),
    ):
        ids = {r.piece for r in catalog.situation(sid).requirements}
        assert piece in ids and "diploma" not in ids, sid
        label = catalog.pieces[piece].label["fr"]
        assert " ou " in label and all(w in label for w in words), label


# ----- 4. family of a protected person: the card the text gives --------------------------------
def test_refugee_family_gets_a_resident_card() -> None:
    """L.424-3: carte de résident for a refugee's family; L.424-11 / L.424-19: a
    multi-year card for the families of subsidiary protection and stateless persons."""
    catalog = default_catalog()
    assert catalog.situation("famille-refugie-premiere").card == "resident"
    assert catalog.situation("famille-refugie-premiere").fee == "stamp_only"  # L.436-1 al. 4
    assert "L.424-3" in catalog.situation("famille-refugie-premiere").dated.source
    assert catalog.situation("famille-refugie-renouvellement").card == "resident"
    other = catalog.situation("famille-protection-premiere")
    assert other.card == "pluriannuelle" and "L.424-11" in other.dated.source
    assert "réfugié" not in other.label["fr"]
    # L.436-4 does not apply to their families either
    assert "famille_refugie" in catalog.rule("regularisation_visa")["exempt_categories"]


# ----- 5. non-polygamy and sworn translation -----------------------------------------------------
SAME_RULE = (
    "refugie-premiere",
    "protection-subsidiaire-premiere",
    "apatride-premiere",
    "resident-renouvellement",
    "dz-resident-premiere",
    "rece-premiere",
    "parent-enfant-malade-renouvellement",
)


def test_polygamy_and_translation_asked_on_the_same_conditions() -> None:
    """L.412-6 and R.431-10: the declaration when married and national of a country
    allowing polygamy, the sworn translation when documents are foreign. Refugees,
    subsidiary protection and stateless persons: civil status from OFPRA, in French."""
    catalog = default_catalog()
    ofpra = {"refugie-premiere", "protection-subsidiaire-premiere", "apatride-premiere"}
    for sid in SAME_RULE:
        whens = {r.piece: r.when for r in catalog.situation(sid).requirements}
        assert whens.get("non_polygamy") == "polygamy_statement", sid
        if sid in ofpra:
            assert "sworn_translation" not in whens, sid
            assert "OFPRA" in catalog.situation(sid).dated.note
        else:
            assert whens.get("sworn_translation") == "foreign_documents", sid


def test_polygamy_declaration_end_to_end(tmp_path: Path) -> None:
    single, married = _check_all(
        [
            _dossier(tmp_path, "s", "dz-resident-premiere", nationality="DZA"),
            _dossier(
                tmp_path,
                "m",
                "dz-resident-premiere",
                nationality="DZA",
                marital="married",
                foreign_documents=True,
            ),
        ]
    )
    assert not {"non_polygamy", "sworn_translation"} & _required(single)
    assert {"non_polygamy", "sworn_translation"} <= _required(married)


# ----- 6. Algerian 10-year certificate: three years ----------------------------------------------
def test_algerian_resident_certificate_asks_three_years() -> None:
    """Accord franco-algérien, art. 7 bis al. 1: three years under a certificat."""
    catalog = default_catalog()
    ids = {r.piece for r in catalog.situation("dz-resident-premiere").requirements}
    assert "previous_permits_dz" in ids and "previous_permits" not in ids
    piece = catalog.pieces["previous_permits_dz"]
    assert "trois" in piece.label["fr"] and "cinq" not in piece.label["fr"]
    assert "7 bis" in piece.dated.source


# ----- 7. confidence that matches the notes ------------------------------------------------------
def test_confidence_matches_what_the_sources_say() -> None:
    catalog = default_catalog()
    proof = catalog.rule("proof_of_address")
    assert "divergent" in proof["note"] and proof["confidence"] == "M"
    for pid in ("proof_of_address", "hosting_attestation", "host_id", "host_proof_of_address"):
        d = catalog.pieces[pid].dated
        assert "préfectures" in d.source and d.confidence == "M", pid
    student = catalog.situation("etudiant-renouvellement").dated
    assert "confiance L" not in student.source and "L.436-1" in student.source
    visitor = catalog.situation("visiteur-renouvellement").dated
    assert "F35799" not in visitor.source and visitor.url.endswith("/F302")
    change = catalog.situation("changement-adresse").dated
    assert "R.431-23" in change.source and change.url.endswith("/F35807")
    assert "25 €" in change.note and "50 €" in change.note
    assert change.confidence == "M"


# ----- 8. the review document's own layout -------------------------------------------------------
GROUP_HEADINGS = ("Situation", "Pièces", "Taxes et droits, par régime et date", "Délais")


def test_review_pdf_headings_stay_with_their_tables_and_links_open(tmp_path: Path) -> None:
    """A jurist reads it on paper and on screen: no group heading alone at the foot of
    a page, each URL a link that opens, French labels where the catalog has them."""
    import pypdf

    out = tmp_path / "catalogue.pdf"
    r = subprocess.run(
        [sys.executable, "-m", "desktop", "catalog", "review", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "DOSSIER_LANG": "fr", "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    reader = pypdf.PdfReader(out)
    orphans, uris = [], []
    for number, page in enumerate(reader.pages, start=1):
        lines = [x.strip() for x in (page.extract_text() or "").splitlines() if x.strip()]
        lines = [x for x in lines if not x.startswith("Catalogue v")]
        if any(x in GROUP_HEADINGS for x in lines[-2:]):
            orphans.append(number)
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None and action.get("/URI"):
                uris.append(str(action["/URI"]))
    assert orphans == [], f"group headings at the foot of pages {orphans[:10]}"
    assert any(u.startswith("https://www.legifrance.gouv.fr/") for u in uris)
    assert "https://www.service-public.fr/particuliers/vosdroits/F35807" in uris
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    text = " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
    catalog = default_catalog()
    # Annex B groups by the fee's French label; conditions name conditions by label
    assert catalog.fees["duplicate_reduced"].label["fr"][:40] in text
    # cer_required: "all" and "none" both hold; the named condition by its label
    exempt = catalog.condition_labels["cer_exempt"]["fr"]
    assert f"aucun de (« {exempt} »)" in text and "« cer_exempt »" not in text
    assert "titre demandé : autorisation provisoire de séjour" in text
