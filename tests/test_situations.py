"""Facts in, situation out, and every situation the catalog covers — as a person
uses it: a dossier file (hand-written or generated here), ``check --json`` run as a
subprocess, its JSON read. Expected pieces, fees, deadlines and exemptions are
written from the sources each case names, not read from the catalog.

Amounts on 2026-12-06 (loi de finances pour 2026, art. 128; CESEDA L.436-1 to
L.436-7): first card 300 + 50 stamp; reduced first card 100 + 50; renewal
200 + 50; reduced renewal 50 + 50; no tax (L.436-1 al. 3 and 4) 0 + 50; late
renewal (L.436-5) 180.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "situations"
TODAY = "2026-12-06"
OPEN_EXPIRY = "2027-03-06"  # 90 days ahead: the R.431-5 window (120th to 60th day) is open
LATE_EXPIRY = "2027-01-05"  # 30 days ahead: past the 60th day, L.436-5 late fee


@dataclass
class Run:
    code: int
    data: dict[str, Any]
    stderr: str


def _env() -> dict[str, str]:
    env = {**os.environ, "DOSSIER_LANG": "fr", "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


def check(path: Path, lang: str = "fr", today: str = TODAY) -> Run:
    r = subprocess.run(
        [sys.executable, "-m", "desktop", "check", str(path), "--json"]
        + ["--today", today, "--lang", lang],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(),
        timeout=120,
    )
    data = json.loads(r.stdout) if r.stdout.strip() else {}
    return Run(r.returncode, data, r.stderr)


def check_all(paths: list[Path], today: str = TODAY) -> list[Run]:
    """``check --json`` on each file, two processes at a time (the machine has two cores)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda p: check(p, today=today), paths))


def dossier(
    tmp: Path,
    name: str,
    *,
    situation: str = "",
    facts: dict[str, Any] | None = None,
    nationality: str = "RUS",
    birth: str = "1994-03-02",
    expiry: str | None = None,
    marital: str = "single",
    today: str = TODAY,
) -> Path:
    lines = ["schema_version = 1", f"filing_date = {today}"]
    if situation:
        lines.append(f'situation = "{situation}"')
    if facts:
        lines.append("[facts]")
        for k, v in facts.items():
            lines.append(f"{k} = {json.dumps(v)}")
    lines += [
        "[applicant]",
        'surname = "EXEMPLE"',
        'given_names = "Test"',
        f"birth_date = {birth}",
        f'nationality = "{nationality}"',
        f'marital_status = "{marital}"',
        "[address]",
        'kind = "own"',
        'line1 = "1 rue du Test"',
        'postcode = "75011"',
        'city = "Paris"',
    ]
    if expiry:
        lines += ["[current_permit]", f"expires_on = {expiry}"]
    path = tmp / f"{name}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def required(run: Run) -> set[str]:
    return {p["id"] for p in run.data["pieces"] if p["required"]}


def fees(run: Run) -> dict[str, int]:
    return {f["id"]: f["total_eur"] for f in run.data["fees"]}


def codes(run: Run) -> set[str]:
    return {p["code"] for p in run.data["problems"]}


def reasons(run: Run) -> list[str]:
    return [r["code"] for r in run.data["derived"]["reasons"]]


# ----- facts in, situation out ----------------------------------------------------------------
def test_routing_from_facts(tmp_path: Path) -> None:
    """One subprocess per case, run two at a time; each assertion names its source."""
    v = "vls_ts"
    cases = {
        # R.431-5, L.433-1 (service-public F2231): a VLS-TS holder's first card of the
        # same kind is a renewal, with the window and the reduced renewal fee (L.436-1).
        "vls_student": dossier(
            tmp_path,
            "vls_student",
            facts={"requested": "etudiant", "current_document": v, "current_category": "etudiant"},
            expiry=OPEN_EXPIRY,
        ),
        # Session 4's trap: a VLS-TS holder asking for a *résident* card is a first
        # application (CESEDA L.426-17: years of residence first), B1 and civic exam.
        "vls_resident": dossier(
            tmp_path,
            "vls_resident",
            facts={"requested": "resident", "current_document": v, "current_category": "etudiant"},
            expiry=OPEN_EXPIRY,
        ),
        # Change of status, student card → salarié: a first application (L.433-1).
        "student_to_employee": dossier(
            tmp_path,
            "student_to_employee",
            facts={
                "requested": "salarie",
                "current_document": "permit",
                "current_category": "etudiant",
            },
            expiry=OPEN_EXPIRY,
        ),
        # Student card → talent carte bleue européenne (L.421-11): first, no integration (L.433-5).
        "student_to_blue_card": dossier(
            tmp_path,
            "student_to_blue_card",
            facts={
                "requested": "talent_cbe",
                "current_document": "permit",
                "current_category": "etudiant",
            },
            expiry=OPEN_EXPIRY,
        ),
        # VLS-TS salarié with 3 years of school in France: exempt (décret n° 2025-647).
        "vls_employee_studied": dossier(
            tmp_path,
            "vls_employee_studied",
            facts={
                "requested": "salarie",
                "current_document": v,
                "current_category": "salarie",
                "studies_in_france": True,
            },
            expiry=OPEN_EXPIRY,
        ),
        # Accord franco-algérien de 1968: an Algerian salarié renews a certificat de
        # résidence, no CER (L.412-7 exemption) and no 2026 integration conditions.
        "algerian_employee": dossier(
            tmp_path,
            "algerian_employee",
            facts={
                "requested": "salarie",
                "current_document": "permit",
                "current_category": "salarie",
            },
            nationality="DZA",
            expiry=OPEN_EXPIRY,
            marital="married",
        ),
        # No VLS-TS for Algerians (R.431-16; accord de 1968): a first certificat.
        "algerian_visa": dossier(
            tmp_path,
            "algerian_visa",
            facts={"requested": "salarie", "current_document": v, "current_category": "salarie"},
            nationality="DZA",
            expiry=OPEN_EXPIRY,
        ),
        # A person who names the situation still gets it, and the JSON says so.
        "stated": dossier(tmp_path, "stated", situation="visiteur-premiere"),
    }
    runs = dict(zip(cases, check_all(list(cases.values())), strict=True))
    for name, run in runs.items():
        assert run.code in (0, 1), (name, run.stderr)

    r = runs["vls_student"]
    assert r.data["situation"] == "etudiant-renouvellement"
    assert r.data["derived"]["from"] == "facts"
    assert reasons(r)[0] == "vls_ts_renewal"
    assert fees(r) == {"renewal_reduced": 100}
    assert {d["id"] for d in r.data["deadlines"]} >= {"renewal_opens", "renewal_closes"}
    closes = next(d for d in r.data["deadlines"] if d["id"] == "renewal_closes")
    assert closes["date"] == "2027-01-05"  # 60 days before 2027-03-06 (R.431-5)

    r = runs["vls_resident"]
    assert r.data["situation"] == "resident-premiere"
    assert r.data["procedure"] == "first"
    assert {"civic_exam", "french_level"} <= required(r)
    assert fees(r) == {"first_ordinary": 350}

    r = runs["student_to_employee"]
    assert r.data["situation"] == "salarie-premiere"
    assert "change_of_status" in reasons(r)
    assert fees(r) == {"first_ordinary": 350}

    r = runs["student_to_blue_card"]
    assert r.data["situation"] == "talent-cbe-premiere"
    assert {"employment_contract", "diploma_or_experience_cbe", "employer_attestation"} <= required(
        r
    )
    assert not {"civic_exam", "french_level"} & required(r)

    r = runs["vls_employee_studied"]
    assert r.data["situation"] == "salarie-renouvellement"
    assert not {"civic_exam", "french_level"} & required(r)
    assert "integration.exempt_studies" in codes(r)

    r = runs["algerian_employee"]
    assert r.data["situation"] == "dz-salarie-renouvellement"
    assert "algeria" in reasons(r)
    assert not {"cer", "civic_exam", "french_level"} & required(r)
    assert "non_polygamy" in required(r)  # married, Algeria allows polygamy (L.412-6)

    r = runs["algerian_visa"]
    assert r.data["situation"] == "dz-salarie-premiere"
    assert reasons(r)[:2] == ["algeria", "algeria_no_vls_ts"]
    assert fees(r) == {"first_ordinary": 350}

    r = runs["stated"]
    assert r.data["derived"]["from"] == "situation"
    assert reasons(r) == ["stated"]


def test_vls_ts_late_renewal_hand_written_file() -> None:
    """tests/fixtures/situations/vls-ts-salarie-tardif.toml states facts only. R.431-5:
    a VLS-TS salarié holder filing 30 days before the end files a *renewal*, late:
    renewal fee 250 € (L.436-1, L.436-7) + 180 € (L.436-5), no attestation de
    prolongation (R.431-15-1); first multi-year card: civic exam and A2 (L.433-4)."""
    r = check(FIXTURES / "vls-ts-salarie-tardif.toml")
    assert r.code == 1, r.stderr
    assert r.data["situation"] == "salarie-renouvellement"
    assert r.data["derived"]["first_of_kind"] is True
    assert reasons(r) == ["vls_ts_renewal", "first_multiyear_after_vls_ts"]
    assert fees(r) == {"renewal_ordinary": 250, "late_renewal": 180}
    assert "renewal.late" in codes(r)
    assert {"civic_exam", "french_level", "current_permit"} <= required(r)
    # Indian national: CER required (L.412-7). A Moroccan is under the Franco-Moroccan
    # agreement's one-year "salarié" card instead (art. 3): tests/test_breadth.py.
    assert "cer" in required(r)


def test_medical_file_never_in_the_upload(tmp_path: Path) -> None:
    """CESEDA L.425-9, R.425-11; service-public F17164: no medical information to the
    prefecture. The situation says where the certificate goes, a file given for it
    is a blocking error, and it is not one of the pieces (the bundle uploads only those)."""
    r = check(FIXTURES / "etranger-malade.toml")
    assert r.code == 1
    assert r.data["situation"] == "etranger-malade-premiere"
    notice = next(p for p in r.data["problems"] if p["code"] == "situation.notice")
    assert "OFII" in notice["message"] and "secret médical" in notice["message"]
    assert "piece.keep_out" in codes(r)
    assert "medical_certificate" not in {p["id"] for p in r.data["pieces"]}
    assert fees(r) == {"stamp_only": 50}  # L.436-1 al. 4: first issuance without tax


def test_entry_without_visa_costs_the_regularisation_visa(tmp_path: Path) -> None:
    """CESEDA L.436-4 (loi de finances pour 2026, art. 128): a first card asked after
    entering without the required visa costs 300 €, 100 € of it at filing; the
    article excludes refugees (and L.423-22), so their first card does not."""
    facts = {"current_document": "none", "entered_without_visa": True}
    ties, refugee, renewal = check_all(
        [
            dossier(tmp_path, "ties", facts={**facts, "requested": "vpf_liens"}),
            dossier(tmp_path, "refugee", facts={**facts, "requested": "refugie"}),
            dossier(
                tmp_path,
                "renewal",
                facts={
                    **facts,
                    "requested": "salarie",
                    "current_document": "permit",
                    "current_category": "salarie",
                },
                expiry=OPEN_EXPIRY,
            ),
        ]
    )
    assert fees(ties) == {"first_ordinary": 350, "regularisation_visa": 300}
    visa = next(f for f in ties.data["fees"] if f["id"] == "regularisation_visa")
    assert visa["at_filing_eur"] == 100
    assert fees(refugee) == {"stamp_only": 50}
    assert fees(renewal) == {"renewal_ordinary": 250}  # L.436-4 is about a first card


NOT_COVERED = {
    # (facts, nationality) → words the message must hold (what, where, source)
    # a récépissé for the very card asked: the request is pending (R.431-15-1)
    "receipt": (
        {"requested": "salarie", "current_document": "receipt", "current_category": "salarie"},
        "RUS",
        "R.431-15-1",
    ),
    "eu": ({"requested": "salarie", "current_document": "none"}, "DEU", "F2651"),
    "algerian_talent": ({"requested": "talent_cbe", "current_document": "none"}, "DZA", "1968"),
    "not_algerian": ({"requested": "dz_salarie", "current_document": "none"}, "RUS", "DZA"),
    "eu_family": ({"requested": "famille_ue", "current_document": "none"}, "TUN", "F2653"),
    "withdrawal": ({"requested": "accord_retrait", "current_document": "permit"}, "GBR", "F35191"),
    "rece_renewal": (
        {"requested": "rece", "current_document": "permit", "current_category": "rece"},
        "CHN",
        "L.422-10",
    ),
    "ase_renewal": (
        {
            "requested": "jeune_majeur_ase",
            "current_document": "permit",
            "current_category": "jeune_majeur_ase",
        },
        "GIN",
        "L.423-22",
    ),
}


def test_not_covered_says_where_to_go_never_the_nearest(tmp_path: Path) -> None:
    """Issue 14 part 2: a request the catalog does not cover is said, with where to go
    and the text that says so; check exits 2 and never picks a neighbouring situation."""
    paths = [
        dossier(tmp_path, name, facts=facts, nationality=nat, expiry=OPEN_EXPIRY)
        for name, (facts, nat, _) in NOT_COVERED.items()
    ]
    for (name, (_, _, words)), run in zip(NOT_COVERED.items(), check_all(paths), strict=True):
        assert run.code == 2, (name, run.data.get("situation"))
        assert "ne prépare pas ce dossier" in run.stderr, (name, run.stderr)
        assert words in run.stderr, (name, run.stderr)
        assert run.data == {}


# ----- every situation the catalog covers ----------------------------------------------------
# situation → (fee total on 2026-12-06, pieces that must be required, pieces that
# must not be, source). Written from the texts, not from the catalog.
P = "passport"
EXPECTED: dict[str, tuple[dict[str, int], set[str], set[str], str]] = {
    "rece-premiere": ({"first_reduced": 150}, {"diploma", "current_permit"}, set(), "L.422-10"),
    # L.421-11: a diploma of 3 years of higher education OR 5 years of experience
    "talent-cbe-premiere": (
        {"first_ordinary": 350},
        {"diploma_or_experience_cbe"},
        {"civic_exam", "diploma"},
        "L.421-11",
    ),
    "talent-cbe-renouvellement": (
        {"renewal_ordinary": 250},
        {"payslips"},
        {"civic_exam"},
        "L.421-11",
    ),
    "talent-chercheur-premiere": (
        {"first_ordinary": 350},
        {"hosting_agreement"},
        set(),
        "L.421-14",
    ),
    "talent-chercheur-renouvellement": (
        {"renewal_ordinary": 250},
        {"hosting_agreement"},
        set(),
        "L.421-14",
    ),
    # Master OR 5 years of experience (L.421-16, 2021 numbering)
    "talent-creation-premiere": (
        {"first_ordinary": 350},
        {"business_project", "diploma_or_experience_creation"},
        {"diploma"},
        "L.421-16",
    ),
    "talent-creation-renouvellement": (
        {"renewal_ordinary": 250},
        {"business_project"},
        set(),
        "L.421-16",
    ),
    "talent-artiste-premiere": ({"first_ordinary": 350}, {"artistic_activity"}, set(), "L.421-20"),
    "talent-artiste-renouvellement": (
        {"renewal_ordinary": 250},
        {"artistic_activity"},
        set(),
        "L.421-20",
    ),
    "talent-renommee-premiere": ({"first_ordinary": 350}, {"renown_proof"}, set(), "L.421-21"),
    "talent-renommee-renouvellement": (
        {"renewal_ordinary": 250},
        {"renown_proof"},
        set(),
        "L.421-21",
    ),
    "talent-famille-premiere": (
        {"first_ordinary": 350},
        {"family_member_permit"},
        set(),
        "L.421-22",
    ),
    "talent-famille-renouvellement": (
        {"renewal_ordinary": 250},
        {"family_member_permit"},
        set(),
        "L.421-22",
    ),
    "vpf-liens-premiere": (
        {"first_ordinary": 350},
        {"presence_proof", "family_ties"},
        set(),
        "L.423-23",
    ),
    "vpf-liens-renouvellement": (
        {"renewal_ordinary": 250},
        {"civic_exam", "french_level"},
        set(),
        "L.433-4",
    ),
    "refugie-premiere": (
        {"stamp_only": 50},
        {"protection_decision", "ephoto"},
        {P, "civic_exam"},
        "L.424-1, L.436-1",
    ),
    "refugie-renouvellement": (
        {"renewal_ordinary": 250},
        {"current_permit"},
        {P},
        "L.424-1, L.436-1",
    ),
    "protection-subsidiaire-premiere": (
        {"stamp_only": 50},
        {"protection_decision"},
        {P},
        "L.424-9",
    ),
    "protection-subsidiaire-renouvellement": (
        {"renewal_ordinary": 250},
        {"current_permit"},
        {P},
        "L.424-9",
    ),
    "apatride-premiere": ({"stamp_only": 50}, {"protection_decision"}, {P}, "L.424-18"),
    "apatride-renouvellement": ({"renewal_ordinary": 250}, {"current_permit"}, {P}, "L.424-18"),
    # L.424-3: a refugee's family gets the carte de résident (first issue untaxed,
    # L.436-1 al. 4); L.424-11 / L.424-19: a 4-year multi-year card otherwise.
    "famille-refugie-premiere": (
        {"stamp_only": 50},
        {"family_member_permit"},
        set(),
        "L.424-3",
    ),
    "famille-refugie-renouvellement": (
        {"renewal_ordinary": 250},
        {"family_member_permit", "current_permit"},
        set(),
        "L.424-3, L.436-1",
    ),
    "famille-protection-premiere": (
        {"stamp_only": 50},
        {"family_member_permit"},
        set(),
        "L.424-11, L.424-19",
    ),
    "famille-protection-renouvellement": (
        {"renewal_ordinary": 250},
        {"family_member_permit"},
        set(),
        "L.424-11",
    ),
    "etranger-malade-premiere": (
        {"stamp_only": 50},
        {P},
        {"medical_certificate"},
        "L.425-9, L.436-1",
    ),
    "etranger-malade-renouvellement": (
        {"renewal_ordinary": 250},
        {"current_permit"},
        {"medical_certificate"},
        "L.425-9",
    ),
    "retraite-premiere": (
        {"stamp_only": 50},
        {"pension_proof"},
        {"civic_exam"},
        "L.426-8, L.436-1 al. 3",
    ),
    "retraite-renouvellement": (
        {"stamp_only": 50},
        {"pension_proof"},
        set(),
        "L.426-8, L.436-1 al. 3",
    ),
    "saisonnier-premiere": (
        {"first_reduced": 150},
        {"work_authorisation"},
        set(),
        "L.421-34, L.436-1",
    ),
    "saisonnier-renouvellement": (
        {"renewal_reduced": 100},
        {"work_authorisation"},
        set(),
        "L.421-34",
    ),
    "entrepreneur-premiere": ({"first_ordinary": 350}, {"business_registration"}, set(), "L.421-5"),
    "entrepreneur-renouvellement": (
        {"renewal_ordinary": 250},
        {"civic_exam", "french_level"},
        set(),
        "L.421-5, L.433-4",
    ),
    "jeune-majeur-ase-premiere": (
        {"stamp_only": 50},
        {"ase_placement", "training_proof"},
        set(),
        "L.423-22, L.436-1",
    ),
    "admission-exceptionnelle-premiere": (
        {"first_ordinary": 350},
        {"presence_proof"},
        set(),
        "L.435-1",
    ),
    "metiers-tension-premiere": (
        {"first_ordinary": 350},
        {"presence_proof", "payslips"},
        set(),
        "L.435-4",
    ),
    # L.425-10: an APS; since the 2026 finance law (art. 128) its issue and renewal
    # cost 100 € (L.436-1, II), no card stamp (L.436-7 is about cards). The child's
    # birth certificate, whatever the child's nationality.
    "parent-enfant-malade-premiere": (
        {"aps": 100},
        {"sick_child_birth_certificate"},
        {"medical_certificate"},
        "L.425-10",
    ),
    "parent-enfant-malade-renouvellement": (
        {"aps": 100},
        {"current_permit"},
        {"medical_certificate"},
        "L.425-10",
    ),
    "dz-etudiant-premiere": (
        {"first_reduced": 150},
        {"enrolment_certificate"},
        {"cer"},
        "accord de 1968",
    ),
    "dz-etudiant-renouvellement": ({"renewal_reduced": 100}, {"grades"}, {"cer"}, "accord de 1968"),
    "dz-salarie-premiere": (
        {"first_ordinary": 350},
        {"work_authorisation"},
        {"cer"},
        "accord de 1968, art. 7 b",
    ),
    "dz-salarie-renouvellement": (
        {"renewal_ordinary": 250},
        {"payslips"},
        {"cer", "civic_exam"},
        "art. 7 b",
    ),
    "dz-vpf-premiere": (
        {"first_ordinary": 350},
        {"family_ties"},
        {"cer"},
        "accord de 1968, art. 6",
    ),
    "dz-vpf-renouvellement": (
        {"renewal_ordinary": 250},
        {"family_ties"},
        {"cer", "civic_exam"},
        "art. 6",
    ),
    "dz-resident-premiere": (
        {"first_ordinary": 350},
        {"previous_permits_dz"},
        {"cer", "civic_exam"},
        "art. 7 bis (3 ans)",
    ),
    "dz-resident-renouvellement": (
        {"renewal_ordinary": 250},
        {"current_permit"},
        {"cer"},
        "art. 7 bis",
    ),
}


def test_every_new_situation_through_check_json(tmp_path: Path) -> None:
    """Each new situation's dossier: its pieces, its fee and (renewals) its window."""
    paths = []
    for sid in EXPECTED:
        algerian = sid.startswith("dz-")
        renewal = sid.endswith("renouvellement")
        paths.append(
            dossier(
                tmp_path,
                sid,
                situation=sid,
                nationality="DZA" if algerian else "RUS",
                expiry=OPEN_EXPIRY if renewal else None,
            )
        )
    for (sid, (fee, must, must_not, source)), run in zip(
        EXPECTED.items(), check_all(paths), strict=True
    ):
        assert run.code == 1, (sid, run.stderr)  # no files: incomplete, but judged
        assert fees(run) == fee, (sid, source, fees(run))
        assert must <= required(run), (sid, source, must - required(run))
        assert not must_not & required(run), (sid, source, must_not & required(run))
        if sid.endswith("renouvellement"):
            closes = next(d for d in run.data["deadlines"] if d["id"] == "renewal_closes")
            assert closes["date"] == "2027-01-05", sid  # R.431-5: 60th day before expiry


def test_every_situation_has_a_test_here_or_in_test_rules() -> None:
    """New situations are checked above, those of the breadth work in
    tests/test_breadth.py; the first 20 by tests/test_rules.py."""
    from desktop.core.catalog import default_catalog
    from tests.test_breadth import EXPECTED as BREADTH

    by_test_rules = {
        f"{c}-{p}"
        for c in ("etudiant", "visiteur", "salarie", "travailleur-temporaire")
        + ("talent-salarie-qualifie", "vpf-conjoint-francais", "vpf-parent-enfant-francais")
        + ("resident",)
        for p in ("premiere", "renouvellement")
    } | {"duplicata-perte", "duplicata-vol", "changement-adresse"}
    assert set(default_catalog().situations) - by_test_rules == set(EXPECTED) | set(BREADTH)


@pytest.mark.parametrize("lang", ["ar", "zh"])
def test_routing_reasons_in_the_persons_language(tmp_path: Path, lang: str) -> None:
    path = dossier(
        tmp_path,
        "vls",
        facts={
            "requested": "etudiant",
            "current_document": "vls_ts",
            "current_category": "etudiant",
        },
        expiry=OPEN_EXPIRY,
    )
    run = check(path, lang)
    message = run.data["derived"]["reasons"][0]["message"]
    assert "VLS-TS" in message and "R.431-5" in message
    assert ("تجديد" if lang == "ar" else "续签") in message


def test_a_named_situation_the_facts_contradict_is_said(tmp_path: Path) -> None:
    """The named id is kept (a dossier may name it), but never silently against its own
    facts: an Algerian named to a CESEDA card is told the certificat that applies
    (accord franco-algérien de 1968), and stated facts that describe another case too."""
    algerian, facts = check_all(
        [
            dossier(tmp_path, "dz", situation="salarie-premiere", nationality="DZA"),
            dossier(
                tmp_path,
                "facts",
                situation="salarie-premiere",
                facts={
                    "requested": "salarie",
                    "current_document": "vls_ts",
                    "current_category": "salarie",
                },
                expiry=OPEN_EXPIRY,
            ),
        ]
    )
    assert algerian.data["situation"] == "salarie-premiere"
    said = next(p for p in algerian.data["problems"] if p["code"] == "situation.contradicted")
    assert said["severity"] == "warning" and "dz-salarie-premiere" in said["message"]
    said = next(p for p in facts.data["problems"] if p["code"] == "situation.contradicted")
    assert "salarie-renouvellement" in said["message"]


def test_a_bad_fact_is_named_with_the_values_allowed(tmp_path: Path) -> None:
    path = dossier(tmp_path, "bad", facts={"requested": "salarie", "current_document": "carte"})
    run = check(path)
    assert run.code == 2
    assert "facts.current_document" in run.stderr and "vls_ts" in run.stderr


def test_the_medical_file_never_reaches_the_build(tmp_path: Path) -> None:
    """CESEDA R.425-11; service-public F17164: no medical information to the prefecture.
    A medical certificate given in the dossier is refused by check, and `build` leaves
    it out of every upload file and of the complete PDF."""
    from pypdf import PdfReader

    from tests.helpers import make_dossier, tiny_pdf

    d = make_dossier(tmp_path, "etranger-malade-premiere")
    tiny_pdf(tmp_path / "docs" / "certificat.pdf", "DIAGNOSTIC CONFIDENTIEL")
    d.data["pieces"]["medical_certificate"] = {"files": ["docs/certificat.pdf"]}
    d.save()
    out = tmp_path / "out"
    r = subprocess.run(
        [sys.executable, "-m", "desktop", "build", str(d.path), "--out", str(out)]
        + ["--today", "2026-11-24"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(),
        timeout=300,
    )
    assert r.returncode == 1, r.stderr  # refused: the file must be taken out
    pdfs = sorted(out.rglob("*.pdf"))
    assert pdfs and (out / "dossier-complet.pdf") in pdfs
    for pdf in pdfs:
        text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
        assert "DIAGNOSTIC CONFIDENTIEL" not in text, pdf.name
    assert not [p for p in (out / "upload").iterdir() if "medical" in p.name]
    assert sorted(p.name for p in (out / "upload").glob("*.pdf")) == [
        "01-passport.pdf",
        "02-birth-certificate.pdf",
        "03-proof-of-address.pdf",
        "04-cer.pdf",
        "GUIDE.pdf",
    ]
    pages = PdfReader(out / "dossier-complet.pdf").pages[:2]
    assert "médecin de l'OFII" in "".join(page.extract_text() for page in pages)
