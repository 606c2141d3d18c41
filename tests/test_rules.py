"""The rule engine's verdicts on the situations the issue names, piece by piece."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core.calendar import add_months, months_between
from desktop.core.catalog import default_catalog
from desktop.core.dossier import Dossier
from desktop.core.rules import evaluate
from tests.helpers import TODAY, make_dossier


def verdict(d: Dossier, today: dt.date = TODAY):
    return evaluate(d, default_catalog(), today, {})


def piece(v, pid):
    return next(p for p in v.pieces if p.id == pid)


def codes(p) -> list[str]:
    return [x.code for x in p.problems]


@pytest.mark.parametrize("situation", sorted(default_catalog().situations))
def test_every_situation_complete_when_all_pieces_present(tmp_path: Path, situation: str) -> None:
    d = make_dossier(tmp_path, situation)
    v = verdict(d)
    bad = [(p.id, p.status, codes(p)) for p in v.pieces if p.status in ("missing", "error")]
    assert bad == []
    assert v.complete


def test_hosted_needs_host_id_and_names_it(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "visiteur-premiere", address__kind="hosted")
    d.data["pieces"].pop("host_id")
    v = verdict(d)
    host = piece(v, "host_id")
    assert host.required and host.status == "missing"
    message = host.problems[0].message("fr")
    assert "hébergeant" in message and "Visiteur" in message
    assert piece(v, "proof_of_address").status == "not_required"
    assert not v.complete


def test_own_home_does_not_ask_host_pieces(tmp_path: Path) -> None:
    v = verdict(make_dossier(tmp_path, "visiteur-premiere"))
    assert piece(v, "host_id").status == "not_required"
    assert piece(v, "host_id").required is False


def test_proof_of_address_four_months_old_warns_naming_both_sources(tmp_path: Path) -> None:
    """CESEDA Annexe 10 admits 6 months, prefecture lists ask 3: between the two a
    warning that names both, never a block (issue 14; shared/DOMAIN.md)."""
    issued = add_months(TODAY, -4)
    d = make_dossier(
        tmp_path,
        "etudiant-premiere",
        pieces__proof_of_address={"files": ["docs/x.pdf"], "issued_on": issued},
    )
    (tmp_path / "docs" / "x.pdf").write_bytes((tmp_path / "docs" / "passport.pdf").read_bytes())
    v = verdict(d)
    p = piece(v, "proof_of_address")
    assert p.status == "warning"
    assert codes(p) == ["freshness.too_old_relaxable"]
    msg = p.problems[0].message("en")
    assert "4 months" in msg and "3 months" in msg and "annex 10" in msg
    assert v.complete


def test_proof_of_address_seven_months_old_blocks(tmp_path: Path) -> None:
    """Past the 6 months of CESEDA Annexe 10 no source admits it: an error."""
    d = make_dossier(
        tmp_path,
        "etudiant-premiere",
        pieces__proof_of_address={"files": ["docs/x.pdf"], "issued_on": add_months(TODAY, -7)},
    )
    (tmp_path / "docs" / "x.pdf").write_bytes((tmp_path / "docs" / "passport.pdf").read_bytes())
    p = piece(verdict(d), "proof_of_address")
    assert p.status == "error" and codes(p) == ["freshness.too_old"]


def test_proof_of_address_two_months_old_passes(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "etudiant-premiere")
    d.data["pieces"]["proof_of_address"]["issued_on"] = add_months(TODAY, -2)
    assert piece(verdict(d), "proof_of_address").status == "ok"


def test_ephoto_older_than_six_months(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "etudiant-premiere", ephoto__taken_on=add_months(TODAY, -7))
    p = piece(verdict(d), "ephoto")
    assert p.status == "error" and codes(p) == ["ephoto.too_old"]


def test_ephoto_malformed(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "etudiant-premiere", ephoto__code="ABC123")
    p = piece(verdict(d), "ephoto")
    assert p.status == "error"
    assert "id.ephoto.length" in codes(p)
    assert "6" in p.problems[0].message("fr") and "22" in p.problems[0].message("fr")


def test_ephoto_odd_characters_only_warn(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "etudiant-premiere", ephoto__code="A" * 21 + "é")
    p = piece(verdict(d), "ephoto")
    assert p.status == "warning" and codes(p) == ["id.ephoto.characters"]


def test_ephoto_taken_today_warns_about_activation(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "etudiant-premiere", ephoto__taken_on=TODAY)
    p = piece(verdict(d), "ephoto")
    assert codes(p) == ["ephoto.not_active_yet"] and p.status == "warning"


def test_renewal_after_expiry_names_the_late_fee(tmp_path: Path) -> None:
    d = make_dossier(
        tmp_path, "salarie-renouvellement", current_permit__expires_on=TODAY - dt.timedelta(days=5)
    )
    v = verdict(d)
    found = [p for p in v.problems if p.code == "renewal.after_expiry"]
    assert found and "180" in found[0].message("fr")
    assert any(f.id == "late_renewal" and f.total_eur == 180 for f in v.fees)


@pytest.mark.parametrize(
    ("days_before", "code"),
    [(150, "renewal.too_early"), (90, None), (30, "renewal.late")],
)
def test_renewal_window(tmp_path: Path, days_before: int, code: str | None) -> None:
    d = make_dossier(
        tmp_path,
        "salarie-renouvellement",
        current_permit__expires_on=TODAY + dt.timedelta(days=days_before),
    )
    v = verdict(d)
    window = [p.code for p in v.problems if p.code.startswith("renewal.")]
    assert window == ([code] if code else [])
    ids = {x.id for x in v.deadlines}
    assert {"renewal_opens", "renewal_closes", "permit_expiry"} <= ids


def test_passport_expired_on_filing_date(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "visiteur-renouvellement")
    d.data["pieces"]["passport"]["expires_on"] = TODAY - dt.timedelta(days=1)
    p = piece(verdict(d), "passport")
    assert p.status == "error" and codes(p) == ["passport.expired"]
    assert "23/11/2026" in p.problems[0].message("fr")


def test_passport_expiring_soon_warns(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "visiteur-renouvellement")
    d.data["pieces"]["passport"]["expires_on"] = TODAY + dt.timedelta(days=40)
    assert codes(piece(verdict(d), "passport")) == ["passport.expires_soon"]


def test_missing_cer_for_non_exempt_nationality(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "salarie-premiere")
    d.data["pieces"].pop("cer")
    v = verdict(d)
    assert piece(v, "cer").status == "missing"
    assert not v.complete


@pytest.mark.parametrize(
    ("nationality", "situation"),
    [("DZA", "salarie-premiere"), ("ITA", "visiteur-premiere"), ("MAR", "salarie-premiere")],
)
def test_cer_exemptions(tmp_path: Path, nationality: str, situation: str) -> None:
    d = make_dossier(tmp_path, situation, applicant__nationality=nationality)
    assert piece(verdict(d), "cer").required is False


def test_moroccan_student_is_not_exempt(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "etudiant-premiere", applicant__nationality="MAR")
    assert piece(verdict(d), "cer").required is True


def test_cer_signed_long_ago_is_a_warning(tmp_path: Path) -> None:
    """R.412-1 to R.412-3: a contract signed for each application, with no maximum
    age in the texts: a CER signed 400 days ago is a warning to check, not a block."""
    d = make_dossier(tmp_path, "salarie-premiere", cer__signed_on=TODAY - dt.timedelta(days=400))
    p = piece(verdict(d), "cer")
    assert p.status == "warning" and codes(p) == ["cer.old_signature"]


def test_cer_signed_before_the_law_blocks(tmp_path: Path) -> None:
    """Loi n° 2024-42 art. 46, décret n° 2024-811: the CER exists since 17 July 2024."""
    d = make_dossier(tmp_path, "salarie-premiere", cer__signed_on=dt.date(2024, 7, 1))
    p = piece(verdict(d), "cer")
    assert p.status == "error" and codes(p) == ["cer.old_signature"]


def test_missing_civic_exam_for_first_resident_card(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "resident-premiere")
    d.data["pieces"].pop("civic_exam")
    v = verdict(d)
    exam = piece(v, "civic_exam")
    assert exam.required and exam.status == "missing"
    assert piece(v, "french_level").required


def test_civic_exam_not_asked_over_65_or_on_renewal(tmp_path: Path) -> None:
    old = make_dossier(tmp_path, "resident-premiere", applicant__birth_date=dt.date(1950, 1, 1))
    v = verdict(old)
    assert piece(v, "civic_exam").required is False
    assert any(p.code == "integration.exempt_age" for p in v.problems)
    (tmp_path / "r").mkdir()
    renewal = make_dossier(tmp_path / "r", "resident-renouvellement")
    assert piece(verdict(renewal), "civic_exam").required is False


def test_civic_exam_not_asked_before_2026(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "resident-premiere", filing_date=dt.date(2025, 12, 1))
    assert piece(verdict(d, dt.date(2025, 12, 1)), "civic_exam").required is False


def test_married_national_of_polygamy_country_needs_statement(tmp_path: Path) -> None:
    d = make_dossier(
        tmp_path,
        "salarie-premiere",
        applicant__nationality="SEN",
        applicant__marital_status="married",
    )
    d.data["pieces"].pop("non_polygamy")
    assert piece(verdict(d), "non_polygamy").status == "missing"


def test_foreign_documents_need_sworn_translation(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "etudiant-premiere", applicant__foreign_documents=True)
    d.data["pieces"].pop("sworn_translation")
    assert piece(verdict(d), "sworn_translation").status == "missing"


def test_domiciliation_must_be_valid_on_filing(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "visiteur-premiere", address__kind="domiciliation")
    d.data["pieces"]["domiciliation_attestation"]["expires_on"] = TODAY - dt.timedelta(days=2)
    p = piece(verdict(d), "domiciliation_attestation")
    assert codes(p) == ["validity.expired"] and p.status == "error"


def test_missing_file_on_disk_is_an_error_naming_it(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "etudiant-premiere")
    (tmp_path / "docs" / "grades.pdf").unlink(missing_ok=True)
    (tmp_path / "docs" / "enrolment_certificate.pdf").unlink()
    p = piece(verdict(d), "enrolment_certificate")
    assert p.status == "error"
    assert "enrolment_certificate.pdf" in p.problems[0].message("fr")


def test_duplicate_close_to_expiry_suggests_renewal(tmp_path: Path) -> None:
    d = make_dossier(
        tmp_path, "duplicata-perte", current_permit__expires_on=TODAY + dt.timedelta(days=30)
    )
    assert any(p.code == "duplicate.renew_instead" for p in verdict(d).problems)


def test_theft_needs_police_report(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "duplicata-vol")
    d.data["pieces"].pop("police_report")
    assert piece(verdict(d), "police_report").status == "missing"


def test_fees_follow_the_filing_date(tmp_path: Path) -> None:
    new = verdict(make_dossier(tmp_path, "salarie-premiere"))
    assert new.fees[0].total_eur == 350 and new.fees[0].confirmed is True
    old_day = dt.date(2025, 6, 1)
    (tmp_path / "o").mkdir()
    old = make_dossier(tmp_path / "o", "salarie-premiere", filing_date=old_day)
    assert verdict(old, old_day).fees[0].total_eur == 225


def test_messages_follow_the_language(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, "visiteur-premiere", address__kind="hosted")
    d.data["pieces"].pop("host_id")
    p = piece(verdict(d), "host_id")
    # One verdict, no language in it: each output renders the same problem its own way.
    assert p.problems[0].message("en").startswith("Missing piece")
    assert p.problems[0].message("fr").startswith("Pièce manquante")
    label = default_catalog().pieces["host_id"].label
    assert label["en"] in p.problems[0].message("en")
    assert label["fr"] in p.problems[0].message("fr")
    assert label["zh"] in p.problems[0].message("zh")


def test_month_arithmetic() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert months_between(dt.date(2026, 7, 24), TODAY) == 4
    assert months_between(dt.date(2026, 7, 25), TODAY) == 3


def test_mrz_check_digits_and_consistency(tmp_path: Path) -> None:
    from desktop.core.identifiers import make_td3

    expiry = TODAY + dt.timedelta(days=800)
    l1, l2 = make_td3("TESTOVA", "MARIA", "12AB34567", "RUS", dt.date(1990, 1, 15), "F", expiry)
    d = make_dossier(tmp_path, "visiteur-premiere")
    d.data["pieces"]["passport"].update(mrz=[l1, l2], expires_on=expiry)
    assert piece(verdict(d), "passport").status == "ok"
    d.data["pieces"]["passport"]["mrz"] = [l1, l2[:5] + "9" + l2[6:]]
    p = piece(verdict(d), "passport")
    assert p.status == "error" and "id.mrz.check_digit" in codes(p)
    d.data["pieces"]["passport"].update(mrz=[l1, l2], expires_on=expiry - dt.timedelta(days=1))
    assert codes(piece(verdict(d), "passport")) == ["passport.mrz_mismatch"]


# ----- the law, rule by rule (each test names its source; checked 2026-12-06) -------------
def test_late_renewal_costs_the_fee_from_the_filing_deadline_not_from_expiry(
    tmp_path: Path,
) -> None:
    """CESEDA L.436-5: a renewal asked after the filing deadline of R.431-5 (the 60th
    day before expiry for titles filed on ANEF) costs the 180 € droit de visa de
    régularisation; R.431-15-1: no attestation de prolongation d'instruction then.
    https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042776292"""
    d = make_dossier(
        tmp_path, "salarie-renouvellement", current_permit__expires_on=TODAY + dt.timedelta(30)
    )
    v = verdict(d)
    late = [p for p in v.problems if p.code == "renewal.late"]
    assert late and late[0].severity == "warning"
    text = late[0].message("fr")
    assert "180 €" in text and "attestation de prolongation d’instruction" in text
    assert "30 jours" not in text and "60 jours" in text  # the deadline's days, from data
    assert any(f.id == "late_renewal" and f.total_eur == 180 for f in v.fees)
    assert "L.436-5" in default_catalog().fees["late_renewal"].regimes[0]["dated"].source


def test_renewal_within_the_window_costs_no_late_fee(tmp_path: Path) -> None:
    """R.431-5: between the 120th and the 60th day before expiry, no late fee."""
    d = make_dossier(
        tmp_path, "salarie-renouvellement", current_permit__expires_on=TODAY + dt.timedelta(90)
    )
    v = verdict(d)
    assert not any(f.id == "late_renewal" for f in v.fees)
    assert not [p for p in v.problems if p.code.startswith("renewal.")]


def test_2026_fees_per_regime(tmp_path: Path) -> None:
    """Loi de finances pour 2026, art. 128 (Conseil constitutionnel, décision
    n° 2026-901 DC du 19 février 2026): renewal taxes unchanged (200 €, reduced 50 €),
    stamp 25 → 50 € (CESEDA L.436-7); a duplicata is taxed like the renewal
    (L.436-2); the droit de visa de régularisation of L.436-4 is 300 €, 100 € of
    them at filing."""
    catalog = default_catalog()
    day = dt.date(2026, 12, 6)
    cases = {
        "etudiant-renouvellement": 100,  # 50 + 50 (was shown at 150 €)
        "salarie-renouvellement": 250,
        "etudiant-premiere": 150,
        "salarie-premiere": 350,
        "duplicata-perte": 250,  # taxed like a renewal (was 50 €)
        "changement-adresse": 50,
    }
    for situation, total in cases.items():
        fee = catalog.fees[catalog.situation(situation).fee].on(day)
        assert fee["tax"] + fee["stamp"] == total, situation
        # renewal and duplicate tax: one amount for « délivrance et renouvellement »
        # in L.436-1, unsettled without the text of art. 128 (jurist review 2026-12-07)
        fee_id = catalog.situation(situation).fee
        unsettled = fee_id.startswith(("renewal_", "duplicate_"))
        assert fee["confirmed"] is not unsettled, situation
        assert "à confirmer" not in fee["dated"].source and "non confirm" not in fee["dated"].source
    visa = catalog.fees["regularisation_visa"].on(day)
    assert (visa["tax"], visa["at_filing"]) == (300, 100)
    before = catalog.fees["regularisation_visa"].on(dt.date(2025, 12, 1))
    assert (before["tax"], before["at_filing"]) == (200, 50)


def test_visitor_renewal_is_outside_the_integration_conditions(tmp_path: Path) -> None:
    """CESEDA L.433-5 3°: the visitor card is excluded from the multi-year card of
    L.433-4; it renews as a one-year card (L.426-20), outside the 2026 civic exam
    and French-level conditions. Service-public F35799."""
    d = make_dossier(tmp_path, "visiteur-renouvellement")
    v = verdict(d)
    for pid in ("civic_exam", "french_level"):
        p = piece(v, pid)
        assert p is None or not p.required, pid
    s = default_catalog().situation("visiteur-renouvellement")
    assert s.card == "temporaire" and s.integration == "not_applicable"


def test_algerians_are_outside_the_2026_integration_conditions(tmp_path: Path) -> None:
    """Accord franco-algérien du 27 décembre 1968: Algerian nationals hold
    certificats de résidence; the CESEDA's 2026 integration conditions (civic exam,
    French level) do not apply to them."""
    common = dict(applicant__first_of_kind=True)
    (tmp_path / "a").mkdir()
    (tmp_path / "r").mkdir()
    other = verdict(make_dossier(tmp_path / "r", "resident-premiere", **common))
    algerian = verdict(
        make_dossier(tmp_path / "a", "resident-premiere", applicant__nationality="DZA", **common)
    )
    assert piece(other, "civic_exam").required
    civic = piece(algerian, "civic_exam")
    assert civic is None or not civic.required


def test_rules_say_when_they_are_older_than_six_months(tmp_path: Path) -> None:
    """Fees and conditions change every year (the 2026 finance law did): past six
    months after the catalog was checked, the verdict says so and where to check."""
    catalog = default_catalog()
    months = int(catalog.rule("catalog_age")["warn_after_months"])
    fresh_day = catalog.checked + dt.timedelta(days=30)
    stale_day = add_months(catalog.checked, months) + dt.timedelta(days=1)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    fresh = verdict(
        make_dossier(tmp_path / "a", "salarie-premiere", filing_date=fresh_day), fresh_day
    )
    stale = verdict(
        make_dossier(tmp_path / "b", "salarie-premiere", filing_date=stale_day), stale_day
    )
    assert "catalog.stale" not in [p.code for p in fresh.problems]
    found = [p for p in stale.problems if p.code == "catalog.stale"]
    assert found and found[0].severity == "warning"
    assert "service-public.fr" in found[0].message("fr")
    assert stale.to_json("en")["rules_checked"] == catalog.checked.isoformat()
