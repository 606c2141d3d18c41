"""Issue 14, breadth: the Tunisian and Moroccan agreements, the other routes to the
carte de résident and the résident permanent, stagiaire, jeune au pair, and the
change of civil status — each situation × procedure as a person uses it (a dossier
file, ``check --json`` run as a subprocess), and the routing from facts. Expected
pieces, fees, deadlines and exemptions are written from the sources each case
names, not read from the catalog.

Amounts on 2026-12-07 (loi de finances pour 2026, art. 128; CESEDA L.436-1 to
L.436-7): first card 300 + 50 stamp; reduced first card (L.436-1 al. 2: L.426-22
au pair, L.426-23 stagiaire) 100 + 50; renewal 200 + 50; reduced renewal 50 + 50;
change of a card: the stamp alone, 50 (L.436-7; service-public F35808).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.core.catalog import default_catalog
from desktop.core.routing import derive
from desktop.errors import UserError
from tests import test_situations as situations
from tests.test_situations import Run, codes, fees, reasons, required

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "situations"
TODAY = "2026-12-07"
OPEN_EXPIRY = "2027-03-07"  # 90 days ahead: the R.431-5 window (120th to 60th day) is open
CLOSES = "2027-01-06"  # the 60th day before OPEN_EXPIRY (R.431-5)


def check(path: Path, lang: str = "fr") -> Run:
    return situations.check(path, lang, today=TODAY)


def check_all(paths: list[Path]) -> list[Run]:
    return situations.check_all(paths, today=TODAY)


def dossier(tmp: Path, name: str, **kw: Any) -> Path:
    """``tests.test_situations.dossier`` on this file's day, born 1990-05-04."""
    return situations.dossier(tmp, name, birth="1990-05-04", today=TODAY, **kw)


def optional(run: Run) -> set[str]:
    return {p["id"] for p in run.data["pieces"] if not p["required"]}


# ----- every new situation through check --json ------------------------------------------
# situation → (nationality, fees on 2026-12-07, pieces required, pieces never required,
# whether the R.431-5 filing window applies, source). Written from the texts.
EXPECTED: dict[str, tuple[str, dict[str, int], set[str], set[str], bool, str]] = {
    # Accord franco-tunisien du 17 mars 1988, art. 3: a one-year "salarié" card on a
    # contract approved by the authorities (work authorisation); a one-year card is
    # outside the 2026 integration conditions (L.413-7: first multi-year or resident
    # card). Service-public F38329: signing the CER (L.412-7) is optional for a
    # Tunisian who asks for a title "en tant que salarié".
    "tn-salarie-premiere": (
        "TUN",
        {"first_ordinary": 350},
        {"employment_contract", "work_authorisation", "birth_certificate"},
        {"civic_exam", "french_level", "cer"},
        False,
        "accord franco-tunisien, art. 3",
    ),
    # art. 3: "valable un an et renouvelable"; renewal tax 200 + 50 (L.436-1, L.436-7)
    "tn-salarie-renouvellement": (
        "TUN",
        {"renewal_ordinary": 250},
        {"current_permit", "employment_contract", "payslips"},
        {"civic_exam", "french_level"},
        True,
        "accord franco-tunisien, art. 3 ; R.431-5",
    ),
    # art. 3: the ten-year card after three years under the "salarié" card, judged on
    # the professional activity and the means of existence. Whether the 2026 civic exam
    # and B1 apply: no source read says — offered, never required.
    "tn-resident-premiere": (
        "TUN",
        {"first_ordinary": 350},
        {"previous_permits_3y", "payslips", "resources_proof", "current_permit"},
        {"civic_exam", "french_level"},
        False,
        "accord franco-tunisien, art. 3 (trois ans)",
    ),
    # art. 1 al. 2: "renouvelable de plein droit"
    "tn-resident-renouvellement": (
        "TUN",
        {"renewal_ordinary": 250},
        {"current_permit"},
        {"civic_exam", "french_level", "previous_permits_3y"},
        True,
        "accord franco-tunisien, art. 1",
    ),
    # Accord franco-marocain du 9 octobre 1987, art. 3 (exclusive for the "salarié"
    # card: ministère de l'Intérieur); Moroccan salariés are exempt from the CER
    # (instruction du 17 juillet 2024).
    "ma-salarie-premiere": (
        "MAR",
        {"first_ordinary": 350},
        {"employment_contract", "work_authorisation"},
        {"cer", "civic_exam", "french_level"},
        False,
        "accord franco-marocain, art. 3",
    ),
    "ma-salarie-renouvellement": (
        "MAR",
        {"renewal_ordinary": 250},
        {"current_permit", "payslips"},
        {"cer", "civic_exam", "french_level"},
        True,
        "accord franco-marocain, art. 3 ; R.431-5",
    ),
    # art. 3 al. 2: "Après trois ans de séjour continu en France … un titre de séjour de
    # dix ans", on the activity and the means of existence
    "ma-resident-premiere": (
        "MAR",
        {"first_ordinary": 350},
        {"previous_permits_3y", "payslips", "resources_proof"},
        {"civic_exam", "french_level"},
        False,
        "accord franco-marocain, art. 3 al. 2",
    ),
    "ma-resident-renouvellement": (
        "MAR",
        {"renewal_ordinary": 250},
        {"current_permit"},
        {"civic_exam", "french_level"},
        True,
        "accord franco-marocain, art. 3 al. 2 et art. 1 al. 2",
    ),
    # CESEDA L.423-6: married three years, three years of lawful stay, living together,
    # spouse still French; integration of L.413-7 (2026: civic exam and B1). The request
    # "vaut demande de renouvellement du titre de séjour précédemment acquis" (R.423-…):
    # the R.431-5 window applies.
    "resident-conjoint-francais": (
        "RUS",
        {"resident_from_card": 350},
        {
            "marriage_certificate",
            "spouse_nationality",
            "shared_life",
            "previous_permits_3y",
            "current_permit",
            "civic_exam",
            "french_level",
        },
        set(),
        True,
        "L.423-6, L.413-7",
    ),
    # CESEDA L.423-10: three years under the L.423-7 card or a multi-year VPF card;
    # the request is a renewal of that title (R.423-…); L.413-7
    "resident-parent-enfant-francais": (
        "RUS",
        {"resident_from_card": 350},
        {
            "child_birth_certificate",
            "child_nationality",
            "child_upkeep",
            "previous_permits_3y",
            "civic_exam",
            "french_level",
        },
        set(),
        True,
        "L.423-10, L.413-7",
    ),
    # CESEDA L.426-4: at the expiry of a carte de résident, under L.413-7
    "resident-permanent": (
        "RUS",
        {"resident_from_card": 350},
        {"current_permit", "civic_exam", "french_level", "cer"},
        set(),
        True,
        "L.426-4",
    ),
    # CESEDA L.426-23: a convention de stage approved, sufficient means; reduced tax
    # (L.436-1 al. 2 names L.426-23)
    "stagiaire-premiere": (
        "RUS",
        {"first_reduced": 150},
        {"internship_agreement", "resources_proof", "cer"},
        {"civic_exam", "french_level"},
        False,
        "L.426-23, L.436-1 al. 2",
    ),
    "stagiaire-renouvellement": (
        "RUS",
        {"renewal_reduced": 100},
        {"internship_agreement", "current_permit"},
        {"civic_exam"},
        True,
        "L.426-23, L.436-1 al. 2",
    ),
    # CESEDA L.426-22: the convention with the host family, basic French or secondary
    # education or a qualification; one year, renewable once; reduced tax
    "au-pair-premiere": (
        "RUS",
        {"first_reduced": 150},
        {"au_pair_agreement", "au_pair_french"},
        {"civic_exam"},
        False,
        "L.426-22, L.436-1 al. 2",
    ),
    "au-pair-renouvellement": (
        "RUS",
        {"renewal_reduced": 100},
        {"au_pair_agreement", "current_permit"},
        {"civic_exam", "au_pair_french"},
        True,
        "L.426-22, R.426-15",
    ),
    # service-public F35808: optional, online; card, passport, birth certificate, the
    # act of the change, proof of address, photos; the stamp alone (L.436-7: 50 €)
    "changement-etat-civil": (
        "RUS",
        {"change_card": 50},
        {"civil_status_change_proof", "current_permit", "birth_certificate", "passport"},
        {"cer", "civic_exam"},
        False,
        "F35808, L.436-7",
    ),
}


def test_every_breadth_situation_through_check_json(tmp_path: Path) -> None:
    paths = [
        dossier(tmp_path, sid, situation=sid, nationality=nat, expiry=OPEN_EXPIRY)
        for sid, (nat, *_rest) in EXPECTED.items()
    ]
    for (sid, (_, fee, must, must_not, window, source)), run in zip(
        EXPECTED.items(), check_all(paths), strict=True
    ):
        assert run.code == 1, (sid, run.stderr)  # no files: incomplete, but judged
        assert run.data["situation"] == sid
        assert fees(run) == fee, (sid, source, fees(run))
        assert must <= required(run), (sid, source, must - required(run))
        assert not must_not & required(run), (sid, source, must_not & required(run))
        deadlines = {d["id"]: d["date"] for d in run.data["deadlines"]}
        if window:
            assert deadlines.get("renewal_closes") == CLOSES, (sid, source, deadlines)
        else:
            assert "renewal_closes" not in deadlines, (sid, source, deadlines)


def test_agreement_ten_year_card_offers_the_2026_conditions_without_requiring_them(
    tmp_path: Path,
) -> None:
    """L.413-7 (2026) lists the cards it covers; the ten-year card of art. 3 of the
    Tunisian and Moroccan agreements is not among them (jurist review 2026-12-07): the
    pieces are offered, optional, with a note saying « pas exigé par le texte ; une
    préfecture peut vous le demander » — never a blocking requirement."""
    tn, ma = check_all(
        [
            dossier(tmp_path, "tn", situation="tn-resident-premiere", nationality="TUN"),
            dossier(tmp_path, "ma", situation="ma-resident-premiere", nationality="MAR"),
        ]
    )
    for run in (tn, ma):
        assert {"civic_exam", "french_level"} <= optional(run)
    catalog = default_catalog()
    for sid in ("tn-resident-premiere", "ma-resident-premiere"):
        s = catalog.situations[sid]
        assert s.integration == "uncertain"
        note = next(r for r in s.requirements if r.piece == "civic_exam").note
        assert "Pas exigé par le texte" in note["fr"] and "préfecture peut" in note["fr"]


def test_salarie_of_an_agreement_is_told_of_the_medical_check(tmp_path: Path) -> None:
    """Art. 3 of both agreements: the card is issued after the medical check (OFII)."""
    tn, ma = check_all(
        [
            dossier(tmp_path, "tn", situation="tn-salarie-premiere", nationality="TUN"),
            dossier(tmp_path, "ma", situation="ma-salarie-premiere", nationality="MAR"),
        ]
    )
    for run in (tn, ma):
        notice = next(p for p in run.data["problems"] if p["code"] == "situation.notice")
        assert "OFII" in notice["message"] and "art. 3" in notice["message"]


# ----- facts in, situation out ---------------------------------------------------------------
# (facts, nationality) → situation and the reasons, in order. Sources in the comments.
ROUTES: list[tuple[dict[str, Any], str, str, list[str]]] = [
    # Tunisian agreement art. 3 (salarié card), art. 11 (CESEDA for the rest)
    (
        {"requested": "salarie", "current_document": "visa"},
        "TUN",
        "tn-salarie-premiere",
        ["agreement_tunisia", "first_application"],
    ),
    # a "salarié" card held by a Tunisian is the agreement's (it governs that card)
    (
        {"requested": "salarie", "current_document": "permit", "current_category": "salarie"},
        "TUN",
        "tn-salarie-renouvellement",
        ["agreement_tunisia", "same_kind_renewal"],
    ),
    # art. 3: the ten-year card from the "salarié" card
    (
        {"requested": "resident", "current_document": "permit", "current_category": "salarie"},
        "TUN",
        "tn-resident-premiere",
        ["agreement_tunisia", "from_held"],
    ),
    (
        {"requested": "resident", "current_document": "permit", "current_category": "tn_resident"},
        "TUN",
        "tn-resident-renouvellement",
        ["agreement_tunisia", "same_kind_renewal"],
    ),
    # a Tunisian student: the agreement does not treat it, CESEDA L.422-1 (art. 11)
    (
        {"requested": "etudiant", "current_document": "visa"},
        "TUN",
        "etudiant-premiere",
        ["agreement_common_law", "first_application"],
    ),
    # a Tunisian with a VPF card asking for the carte de résident: not art. 3 (salariés
    # only), CESEDA L.426-17
    (
        {"requested": "resident", "current_document": "permit", "current_category": "vpf_liens"},
        "TUN",
        "resident-premiere",
        ["agreement_common_law", "change_of_status"],
    ),
    # Moroccan agreement art. 3; a VLS-TS "salarié" holder's first card is a renewal
    # (R.431-5) of the agreement's card
    (
        {"requested": "salarie", "current_document": "vls_ts", "current_category": "salarie"},
        "MAR",
        "ma-salarie-renouvellement",
        ["agreement_morocco", "vls_ts_renewal"],
    ),
    (
        {"requested": "salarie", "current_document": "none"},
        "MAR",
        "ma-salarie-premiere",
        ["agreement_morocco", "first_application"],
    ),
    (
        {"requested": "resident", "current_document": "permit", "current_category": "ma_salarie"},
        "MAR",
        "ma-resident-premiere",
        ["agreement_morocco", "from_held"],
    ),
    (
        {"requested": "resident", "current_document": "permit", "current_category": "ma_resident"},
        "MAR",
        "ma-resident-renouvellement",
        ["agreement_morocco", "same_kind_renewal"],
    ),
    # a Moroccan's CESEDA carte de résident renews under CESEDA (art. 9)
    (
        {"requested": "resident", "current_document": "permit", "current_category": "resident"},
        "MAR",
        "resident-renouvellement",
        ["agreement_common_law", "same_kind_renewal"],
    ),
    # CESEDA L.423-6 and R.423-…: the request is the renewal of the title held
    (
        {
            "requested": "resident_conjoint",
            "current_document": "permit",
            "current_category": "vpf_conjoint",
        },
        "RUS",
        "resident-conjoint-francais",
        ["renews_held"],
    ),
    # L.423-6 asks three years of lawful stay, under any title: a "salarié" married to a
    # French national for three years asks it too
    (
        {
            "requested": "resident_conjoint",
            "current_document": "permit",
            "current_category": "salarie",
        },
        "VNM",
        "resident-conjoint-francais",
        ["renews_held"],
    ),
    # a Moroccan spouse of a French national: the agreement does not treat it
    (
        {
            "requested": "resident_conjoint",
            "current_document": "permit",
            "current_category": "vpf_conjoint",
        },
        "MAR",
        "resident-conjoint-francais",
        ["agreement_common_law", "renews_held"],
    ),
    # CESEDA L.423-10: from a VPF card held three years
    (
        {
            "requested": "resident_parent",
            "current_document": "permit",
            "current_category": "vpf_parent",
        },
        "SEN",
        "resident-parent-enfant-francais",
        ["renews_held"],
    ),
    # CESEDA L.426-4: at the expiry of a carte de résident (here a refugee's, L.424-1)
    (
        {
            "requested": "resident_permanent",
            "current_document": "permit",
            "current_category": "refugie",
        },
        "AFG",
        "resident-permanent",
        ["renews_held"],
    ),
    # CESEDA L.426-23, L.426-22
    (
        {"requested": "stagiaire", "current_document": "visa"},
        "BRA",
        "stagiaire-premiere",
        ["first_application"],
    ),
    (
        {"requested": "stagiaire", "current_document": "permit", "current_category": "stagiaire"},
        "BRA",
        "stagiaire-renouvellement",
        ["same_kind_renewal"],
    ),
    (
        {"requested": "au_pair", "current_document": "vls_ts", "current_category": "au_pair"},
        "COL",
        "au-pair-renouvellement",
        ["vls_ts_renewal"],
    ),
    # service-public F35808
    (
        {"request": "change_civil_status", "current_document": "permit"},
        "CHN",
        "changement-etat-civil",
        ["request_change_civil_status"],
    ),
]


def test_routing_from_facts_in_process() -> None:
    catalog = default_catalog()
    for facts, nationality, expected, why in ROUTES:
        situation, found = derive(catalog, {**facts, "nationality": nationality})
        assert (situation.id, [r.code for r in found]) == (expected, why), (facts, nationality)


NOT_COVERED: list[tuple[dict[str, Any], str, str]] = [
    # agreement cards are for their nationals only
    ({"requested": "tn_salarie", "current_document": "none"}, "RUS", "accord_only"),
    # art. 3: the ten-year card needs the agreement's "salarié" card
    (
        {"requested": "tn_resident", "current_document": "permit", "current_category": "etudiant"},
        "TUN",
        "tn_resident.held",
    ),
    ({"requested": "ma_resident", "current_document": "none"}, "MAR", "ma_resident.held"),
    # Tunisian agreement art. 10 governs the "simple" carte de résident itself
    (
        {
            "requested": "resident_conjoint",
            "current_document": "permit",
            "current_category": "vpf_conjoint",
        },
        "TUN",
        "tunisie_art10",
    ),
    # L.423-6: three years of lawful stay, so a title held
    (
        {"requested": "resident_conjoint", "current_document": "none"},
        "RUS",
        "resident_conjoint.held",
    ),
    # L.423-10: from a VPF card, not a student card
    (
        {
            "requested": "resident_parent",
            "current_document": "permit",
            "current_category": "etudiant",
        },
        "RUS",
        "resident_parent.held",
    ),
    # L.426-4: from a carte de résident only; no renewal (à durée indéterminée)
    (
        {
            "requested": "resident_permanent",
            "current_document": "permit",
            "current_category": "salarie",
        },
        "RUS",
        "resident_permanent.held",
    ),
    (
        {
            "requested": "resident_permanent",
            "current_document": "permit",
            "current_category": "resident_permanent",
        },
        "RUS",
        "resident_permanent.renewal",
    ),
    # a resident card renews as a resident card (L.433-2), never as L.423-6 again
    (
        {
            "requested": "resident_conjoint",
            "current_document": "permit",
            "current_category": "resident_conjoint",
        },
        "RUS",
        "resident_conjoint.renewal",
    ),
    # a change of civil status supposes a card (F35808)
    ({"request": "change_civil_status", "current_document": "vls_ts"}, "RUS", "request_needs_card"),
]


def test_not_covered_in_process_names_its_entry() -> None:
    catalog = default_catalog()
    for facts, nationality, code in NOT_COVERED:
        with pytest.raises(UserError) as caught:
            derive(catalog, {**facts, "nationality": nationality})
        assert caught.value.params.get("code") == code, (facts, nationality)
        assert code in catalog.not_covered


def test_not_covered_says_where_to_go_through_the_cli(tmp_path: Path) -> None:
    """A person sees what is not covered, where to go and the text that says so; check
    exits 2 and never picks a neighbouring situation."""
    cases = {
        "tunisian_spouse": (NOT_COVERED[3], "art. 10"),
        "permanent_renewal": (NOT_COVERED[7], "L.426-4"),
        "agreement_card_for_a_russian": (NOT_COVERED[0], "TUN"),
    }
    paths = [
        dossier(tmp_path, name, facts=facts, nationality=nat, expiry=OPEN_EXPIRY)
        for name, ((facts, nat, _), _) in cases.items()
    ]
    for (name, (_, words)), run in zip(cases.items(), check_all(paths), strict=True):
        assert run.code == 2, (name, run.data.get("situation"))
        assert "ne prépare pas ce dossier" in run.stderr, (name, run.stderr)
        assert words in run.stderr, (name, run.stderr)
        assert run.data == {}


def test_hand_written_moroccan_asks_the_ten_year_card() -> None:
    """tests/fixtures/situations/ma-resident-apres-salarie.toml states facts only: a
    Moroccan "salarié" of three years asks for the carte de résident 90 days before
    the card ends. Accord franco-marocain, art. 3 al. 2: the ten-year card, 300 + 50;
    the agreement's three years, not CESEDA L.426-17's five."""
    r = check(FIXTURES / "ma-resident-apres-salarie.toml")
    assert r.code == 1, r.stderr
    assert r.data["situation"] == "ma-resident-premiere"
    assert r.data["derived"]["from"] == "facts"
    assert reasons(r) == ["agreement_morocco", "from_held"]
    assert fees(r) == {"first_ordinary": 350}
    assert {"previous_permits_3y", "resources_proof"} <= required(r)
    assert "previous_permits" not in required(r)  # the five years of L.426-17


def test_hand_written_change_of_civil_status() -> None:
    """tests/fixtures/situations/changement-etat-civil.toml: married, new name on the
    card. Service-public F35808: the marriage certificate, the card, the birth
    certificate; stamp 50 € (L.436-7, loi de finances pour 2026); no CER (not a first
    application nor a renewal, L.412-7)."""
    r = check(FIXTURES / "changement-etat-civil.toml")
    assert r.code == 1, r.stderr
    assert r.data["situation"] == "changement-etat-civil"
    assert reasons(r) == ["request_change_civil_status"]
    assert fees(r) == {"change_card": 50}
    assert {"civil_status_change_proof", "current_permit", "birth_certificate"} <= required(r)
    assert "cer" not in required(r)
    # married, Moroccan: F35808 does not list the non-polygamy statement (jurist review)
    assert "non_polygamy" not in {p["id"] for p in r.data["pieces"]}


@pytest.mark.parametrize("lang", ["ar", "uk"])
def test_agreement_reason_in_the_persons_language(tmp_path: Path, lang: str) -> None:
    path = dossier(
        tmp_path,
        "tn",
        facts={"requested": "salarie", "current_document": "visa"},
        nationality="TUN",
    )
    run = check(path, lang)
    message = run.data["derived"]["reasons"][0]["message"]
    assert "1988" in message and "3" in message
    assert ("تونس" if lang == "ar" else "Туніс") in message


def test_every_breadth_situation_is_reached_by_the_questionnaire() -> None:
    """The wizard's answers (flow.situation.answers_for) lead to each new situation."""
    from desktop.flow import situation as sit

    catalog = default_catalog()
    for sid in EXPECTED:
        s = catalog.situations[sid]
        assert sit.derive(catalog, sit.answers_for(catalog, s)) is s, sid


def test_moroccan_vls_ts_late_renewal_hand_written_file() -> None:
    """tests/fixtures/situations/vls-ts-salarie-marocain-tardif.toml (filed 2026-12-06,
    30 days before the visa ends). R.431-5: a renewal, late: 200 + 50 (L.436-1,
    L.436-7) and 180 (L.436-5), "renewal.late". Accord franco-marocain, art. 3: the
    agreement's one-year "salarié" card — no civic exam nor A2 (not a multi-year
    card, L.413-7), no CER (Moroccan salariés, instruction du 17 juillet 2024)."""
    r = check(FIXTURES / "vls-ts-salarie-marocain-tardif.toml")
    assert r.code == 1, r.stderr
    assert r.data["situation"] == "ma-salarie-renouvellement"
    assert reasons(r) == ["agreement_morocco", "vls_ts_renewal"]
    assert fees(r) == {"renewal_ordinary": 250, "late_renewal": 180}
    assert "renewal.late" in codes(r)
    assert "current_permit" in required(r)
    assert not {"civic_exam", "french_level", "cer"} & required(r)
