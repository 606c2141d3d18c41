"""The wizard as data, walked with no widget: every situation of the catalog,
every address branch, both procedures, back navigation and resuming."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core.catalog import default_catalog
from desktop.core.dossier import ADDRESS_KINDS, Dossier
from desktop.core.messages import LANGS, all_messages, placeholders
from desktop.demo import write_demo
from desktop.flow import ORDER, FlowState, Wizard, address_pieces, checklist, errors, store
from desktop.flow import situation as sit
from desktop.flow.steps import BY_ID, situation_summary

TODAY = dt.date(2026, 12, 1)
CATALOG = default_catalog()

CIVIL = {
    "applicant.surname": "Doe",
    "applicant.given_names": "Sam",
    "applicant.sex": "X",
    "applicant.birth_date": "12/04/1990",
    "applicant.birth_place": "Oran (Algérie)",
    "applicant.marital_status": "single",
    "applicant.numero_etranger": "69 0312 3456",
    "applicant.email": "sam@example.invalid",
}
ADDRESS = {
    "address.line1": "3 rue du Test",
    "address.postcode": "69003",
    "address.city": "Lyon",
}
EXTRA_ADDRESS = {
    "own": {},
    "hosted": {"host.surname": "Martin", "host.given_names": "Paul"},
    "hotel": {"address.hotel": "Hôtel de la Gare"},
    "domiciliation": {"address.organisation": "CCAS de Lyon"},
}


def situation_answers(situation_id: str, expiry: dt.date | None = None) -> dict[str, object]:
    s = CATALOG.situations[situation_id]
    q = sit.answers_for(CATALOG, s)
    answers: dict[str, object] = {f"ui.answers.{k}": v for k, v in q.items() if k != "lost_reason"}
    if "lost_reason" in q:
        answers["current_permit.lost_reason"] = q["lost_reason"]
    if q.get("current_document") != "none":
        answers["current_permit.expires_on"] = expiry or TODAY + dt.timedelta(days=90)
    answers["applicant.nationality"] = str(q.get("nationality", "rus"))
    answers.pop("ui.answers.nationality", None)
    answers["appointment.status"] = "online"
    return answers


def walk(situation_id: str, kind: str = "own", *, nationality: str | None = None) -> Wizard:
    state = FlowState.new(TODAY, CATALOG)
    wizard = Wizard(state)
    assert wizard.next({"lang": "en", "ui.mode": "helper"}) == []
    assert wizard.current == "situation"
    answers = situation_answers(situation_id)
    if nationality is not None:
        answers["applicant.nationality"] = nationality
    assert errors(wizard.next(answers)) == []
    assert state.dossier.situation_id == situation_id
    assert wizard.current == "civil_status"
    assert errors(wizard.next(CIVIL)) == []
    assert wizard.current == "address"
    assert errors(wizard.next({"address.kind": kind, **ADDRESS, **EXTRA_ADDRESS[kind]})) == []
    return wizard


@pytest.mark.parametrize("situation_id", sorted(CATALOG.situations))
def test_every_situation_walks_to_review(situation_id: str) -> None:
    wizard = walk(situation_id)
    state = wizard.state
    s = CATALOG.situations[situation_id]
    seen = list(wizard.stack)
    for _ in range(10):
        if wizard.current == "review":
            break
        step = wizard.current
        if step == "ephoto":
            problems = wizard.next({"ephoto.code": "ABCD EFGH-JKLM NPQR STUV WX"})
        else:
            problems = wizard.next({})
        assert errors(problems) == [], (step, problems)
        seen.append(wizard.current)
    assert wizard.current == "review"
    assert wizard.is_last
    assert seen == wizard.path()
    # the derived procedure is the catalog's, and the checklist is the catalog's
    assert state.situation is not None and state.situation.procedure == s.procedure
    assert "ephoto" not in checklist(state)
    assert ("cer" in seen) == state.requires_piece("cer")
    summary = situation_summary(state)
    assert summary["procedure"] == s.procedure
    if s.fee:
        assert summary["fees"][0]["total_eur"] > 0
    # nothing is complete yet: the letters step was offered for the missing pieces
    assert "letters" in seen
    # the whole state survives a save and a reload
    assert state.dossier.get("ui.step") == "review"


def test_every_catalog_situation_is_reachable_by_the_questionnaire() -> None:
    reached = set()
    for s in CATALOG.situations.values():
        found = sit.derive(CATALOG, sit.answers_for(CATALOG, s))
        assert found is not None
        reached.add(found.id)
    assert reached == set(CATALOG.situations)


@pytest.mark.parametrize("kind", ADDRESS_KINDS)
@pytest.mark.parametrize("situation_id", ["etudiant-premiere", "salarie-renouvellement"])
def test_each_address_asks_exactly_its_pieces(kind: str, situation_id: str) -> None:
    wizard = walk(situation_id, kind)
    pieces = address_pieces(wizard.state)
    expected = {
        "own": ["proof_of_address"],
        "hosted": ["hosting_attestation", "host_id", "host_proof_of_address"],
        "hotel": ["hotel_attestation"],
        "domiciliation": ["domiciliation_attestation"],
    }[kind]
    assert pieces == expected
    cl = checklist(wizard.state)
    for other in ADDRESS_KINDS:
        for piece in address_pieces(wizard.state, other):
            assert (piece in cl) == (piece in expected)
    if kind == "hosted":
        assert wizard.state.dossier.host.surname == "MARTIN"


def test_hosted_address_requires_the_host_identity() -> None:
    wizard = walk("etudiant-premiere")
    wizard.back()
    assert wizard.current == "address"
    problems = wizard.next({"address.kind": "hosted", **ADDRESS})
    assert wizard.current == "address"
    assert {p.params["field"] for p in errors(problems)} == {"host.surname", "host.given_names"}
    assert all(p.code == "required" for p in problems)
    assert "obligatoire" in problems[0].message("fr")


def test_leaving_a_branch_drops_its_answers() -> None:
    wizard = walk("etudiant-premiere", "hosted")
    wizard.back()
    assert errors(wizard.next({"address.kind": "own", **ADDRESS})) == []
    assert wizard.state.dossier.get("host.surname") is None


@pytest.mark.parametrize(
    ("answers", "procedure"),
    [
        # The kind held is asked, never assumed (issue 14 part 3): see test_situations.py
        (
            {"current_document": "vls_ts", "category": "salarie", "current_category": "salarie"},
            "renewal",
        ),
        (
            {"current_document": "permit", "category": "salarie", "current_category": "salarie"},
            "renewal",
        ),
        (
            {"current_document": "permit", "category": "resident", "current_category": "salarie"},
            "first",
        ),
        ({"current_document": "visa", "category": "salarie"}, "first"),
        ({"current_document": "none", "category": "etudiant"}, "first"),
        ({"current_document": "receipt", "category": "visiteur"}, "first"),
    ],
)
def test_procedure_is_derived_from_the_current_document(answers: dict, procedure: str) -> None:
    found = sit.derive(CATALOG, {"request": "card", **answers})
    assert found is not None
    assert found.procedure == procedure
    assert found.category == answers["category"]


def test_renewal_window_and_fees_are_shown() -> None:
    wizard = walk("salarie-renouvellement")
    summary = situation_summary(wizard.state)
    window = summary["window"]
    expiry = TODAY + dt.timedelta(days=90)
    assert window["expiry"] == expiry
    assert window["opens"] == expiry - dt.timedelta(days=120)
    assert window["closes"] == expiry - dt.timedelta(days=60)
    assert window["state"] == "open"
    assert summary["fees"][0]["total_eur"] == 250  # 2026 regime: 200 + 50
    first = walk("salarie-premiere")
    assert "window" not in situation_summary(first.state)


def test_back_navigation_keeps_every_answer() -> None:
    wizard = walk("visiteur-renouvellement", "hosted")
    assert wizard.current == "ephoto"
    # type something, go back without validating: it is kept
    wizard.back({"ephoto.code": "ABC"})
    assert wizard.current == "address"
    assert BY_ID["address"].read(wizard.state)["host.surname"] == "MARTIN"
    wizard.back()
    assert wizard.current == "civil_status"
    assert BY_ID["civil_status"].read(wizard.state)["applicant.birth_date"] == dt.date(1990, 4, 12)
    wizard.back()
    wizard.back()
    assert wizard.current == "welcome"
    assert not wizard.can_back
    assert BY_ID["welcome"].read(wizard.state) == {"lang": "en", "ui.mode": "helper"}
    # forward again with no new answers: the dossier still has them all
    for expected in ("situation", "civil_status", "address", "ephoto"):
        assert errors(wizard.next({})) == []
        assert wizard.current == expected
    assert wizard.state.dossier.ephoto_code == "ABC"
    problems = wizard.next({})
    assert wizard.current == "ephoto"
    assert [p.code for p in errors(problems)] == ["id.ephoto.length"]


def test_invalid_answers_block_and_name_the_field() -> None:
    state = FlowState.new(TODAY, CATALOG)
    wizard = Wizard(state)
    wizard.next({})
    problems = wizard.next(
        {
            "ui.answers.request": "card",
            "ui.answers.category": "etudiant",
            "ui.answers.current_document": "visa",
            "current_permit.expires_on": "31/02/2026",
            "applicant.nationality": "Russia",
        }
    )
    assert wizard.current == "situation"
    by_field = {p.params["field"]: p.code for p in errors(problems)}
    assert by_field == {
        "current_permit.expires_on": "bad_date",
        "applicant.nationality": "nationality",
    }
    for p in problems:
        for lang in LANGS:
            assert "{" not in p.message(lang)


def test_duplicate_needs_a_permit() -> None:
    wizard = Wizard(FlowState.new(TODAY, CATALOG))
    wizard.next({})
    problems = wizard.next(
        {
            "ui.answers.request": "duplicate",
            "current_permit.lost_reason": "theft",
            "ui.answers.current_document": "visa",
            "current_permit.expires_on": TODAY,
            "applicant.nationality": "CHN",
        }
    )
    assert [p.code for p in errors(problems)] == ["situation.needs_permit"]


def test_cer_step_skipped_for_exempt_nationality() -> None:
    wizard = walk("dz-etudiant-premiere", nationality="DZA")  # accord de 1968: CER exempt
    problems = wizard.next({"ephoto.code": "A" * 22})
    assert problems == [], [p.code for p in problems]
    assert "cer" not in wizard.path()
    assert wizard.current == "documents"
    other = walk("etudiant-premiere", nationality="CHN")
    assert "cer" in other.path()


def test_ephoto_later_and_validation() -> None:
    wizard = walk("etudiant-premiere")
    problems = wizard.next({"ephoto.code": "ABC!"})
    assert wizard.current == "ephoto"
    assert {p.code for p in problems} == {"id.ephoto.length", "id.ephoto.characters"}
    old = TODAY - dt.timedelta(days=200)
    problems = wizard.next({"ephoto.code": "A" * 22, "ephoto.taken_on": old})
    assert [p.code for p in errors(problems)] == ["ephoto_too_old"]
    assert errors(wizard.next({"ui.answers.ephoto_later": True})) == []
    assert wizard.current == "cer"


def test_letters_offered_only_when_needed(tmp_path: Path) -> None:
    path = write_demo(tmp_path / "demo", TODAY)
    state = FlowState(Dossier.load(path), TODAY, CATALOG)
    state.set_ui("step", "review")
    wizard = Wizard.resume(state)
    assert wizard.current == "review"
    assert "letters" not in wizard.path()  # demo dossier: complete, filed online
    state.dossier.set("appointment.status", "none")
    assert "letters" in wizard.path()
    state.dossier.set("appointment.status", "online")
    state.dossier.remove_file("grades", "documents/releve-de-notes.pdf")
    assert "letters" in wizard.path()


def test_resume_where_left_off(tmp_path: Path) -> None:
    target = tmp_path / "d" / store.DOSSIER_FILE
    state = FlowState(Dossier.new(), TODAY, CATALOG)
    state.dossier.path = target
    saves: list[int] = []
    wizard = Wizard(state, on_change=lambda s: saves.append(bool(store.save(s))))
    wizard.next({"lang": "uk"})
    wizard.next(situation_answers("etudiant-renouvellement"))
    wizard.next(CIVIL)
    assert wizard.current == "address"
    assert len(saves) == 3
    reopened = FlowState(store.open_dossier(target), TODAY, CATALOG)
    assert reopened.dossier.get("ui.step") == "address"
    again = Wizard.resume(reopened)
    assert again.stack == ["welcome", "situation", "civil_status", "address"]
    assert reopened.lang == "uk"


def test_resume_stops_at_first_invalid_step() -> None:
    state = FlowState.new(TODAY, CATALOG)
    state.set_ui("step", "documents")
    wizard = Wizard.resume(state)
    assert wizard.current == "situation"  # nothing answered yet


def test_flow_messages_in_six_languages_with_same_placeholders() -> None:
    flow = {k: v for k, v in all_messages().items() if k.startswith("flow.")}
    assert len(flow) >= 8
    for key, table in flow.items():
        assert set(table) >= set(LANGS), key
        ref = placeholders(table["fr"])
        for lang in LANGS:
            assert placeholders(table[lang]) == ref, (key, lang)


def test_order_is_the_journey() -> None:
    assert ORDER == (
        "welcome",
        "situation",
        "civil_status",
        "address",
        "ephoto",
        "cer",
        "documents",
        "letters",
        "review",
    )


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("11/3/27", dt.date(2027, 3, 11)),  # the blocker: was year 0027, and stuck
        ("11.03.2027", dt.date(2027, 3, 11)),  # how Russian and Ukrainian keyboards write it
        ("11-3-2027", dt.date(2027, 3, 11)),
        ("2027-03-11", dt.date(2027, 3, 11)),
    ],
)
def test_dates_typed_the_way_people_type_them(typed: str, stored: dt.date) -> None:
    state = FlowState(Dossier.new("etudiant-renouvellement"), TODAY, CATALOG)
    wizard = Wizard(state)
    wizard.next({})
    wizard.save_answers({"current_permit.expires_on": typed})
    assert state.dossier.current_permit_expiry == stored


@pytest.mark.parametrize("typed", ["11/3/0027", "11/3/027", "31/02/2027", "11/3/2300"])
def test_a_date_that_cannot_be_read_back_is_never_written(typed: str) -> None:
    """Before: 11/3/0027 was saved, and every later refresh raised
    dossier.date_out_of_range (a blank step list, « Suivant » dead). Now it is
    said on the field and nothing is written; the good date typed next is kept."""
    state = FlowState(Dossier.new("etudiant-renouvellement"), TODAY, CATALOG)
    wizard = Wizard(state)
    wizard.next({})
    wizard.save_answers({"current_permit.expires_on": typed})
    assert state.dossier.get("current_permit.expires_on") is None
    problems = wizard.check({"current_permit.expires_on": typed})
    assert any(p.params.get("field") == "current_permit.expires_on" for p in errors(problems))
    wizard.save_answers({"current_permit.expires_on": "11/03/2027"})
    assert state.dossier.current_permit_expiry == dt.date(2027, 3, 11)
