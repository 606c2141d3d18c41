"""The jurist review of 2026-12-07, one rule per test, each naming its source.
Run as a person uses the app: ``check`` as a subprocess on a dossier file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.test_situations import OPEN_EXPIRY, ROOT, TODAY, _env, check, dossier


def check_text(path: Path, lang: str = "fr") -> str:
    r = subprocess.run(
        [sys.executable, "-m", "desktop", "check", str(path), "--today", TODAY, "--lang", lang],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(),
        timeout=120,
    )
    assert r.returncode in (0, 1), r.stderr
    return r.stdout


# ----- 1. renewal tax since 20 Feb 2026 ------------------------------------------------


def test_renewal_tax_2026_is_flagged_uncertain(tmp_path: Path) -> None:
    """Loi de finances pour 2026, art. 128: one secondary source (UNAFO) keeps the
    renewal tax at 200 €; L.436-1 sets one amount for « délivrance et renouvellement »
    (LFI 2020 art. 26) and AN amendment 3262 reads the rise as hitting renewals too.
    Without the primary text, the amount is shown as uncertain (confidence L, not
    confirmed) and the person is told to buy the stamp once ANEF states the amount."""
    path = dossier(tmp_path, "renew", situation="salarie-renouvellement", expiry=OPEN_EXPIRY)
    run = check(path)
    fee = next(f for f in run.data["fees"] if f["id"] == "renewal_ordinary")
    assert fee["confirmed"] is False
    assert fee["confidence"] == "L"
    assert "délivrance et le renouvellement" in fee["note"]
    text = check_text(path)
    assert "n’achetez le timbre fiscal qu’une fois le montant indiqué par l’ANEF" in text
    assert "source peu sûre" in text
    en = check_text(path, "en")
    assert "only once ANEF states the amount" in en


def test_first_card_tax_2026_stays_confirmed(tmp_path: Path) -> None:
    """The first-card rise (200 → 300 €) is agreed by every source: no warning."""
    path = dossier(tmp_path, "first", situation="visiteur-premiere")
    run = check(path)
    fee = next(f for f in run.data["fees"] if f["id"] == "first_ordinary")
    assert fee["confirmed"] is True
    assert fee["total_eur"] == 350


# ----- 2. resident card asked by a card holder: which tariff ---------------------------


def test_resident_card_from_held_card_fee_is_low_confidence(tmp_path: Path) -> None:
    """CESEDA L.423-6, L.423-10, L.426-4: the request « vaut demande de renouvellement »
    of the held title but issues a new card; no source read says which tariff of
    L.436-1 applies, so the fee row itself is confidence L and names both amounts."""
    for sid in (
        "resident-conjoint-francais",
        "resident-parent-enfant-francais",
        "resident-permanent",
    ):
        run = check(dossier(tmp_path, sid, situation=sid, expiry=OPEN_EXPIRY))
        fee = next(f for f in run.data["fees"] if f["id"] == "resident_from_card")
        assert fee["confidence"] == "L", sid
        assert fee["confirmed"] is False, sid
        assert (
            "350 € (première délivrance) ou 250 € (renouvellement) selon la préfecture"
            in fee["label"]
        )


# ----- 3. CER: Tunisians as salarié ------------------------------------------------------


def test_tunisian_salarie_need_not_sign_the_cer(tmp_path: Path) -> None:
    """Service-public F38329: signing the contrat d'engagement (CESEDA L.412-7) is
    optional for Tunisians when the title is asked « en tant que salarié »; a Russian
    salarié still signs it."""
    tn_first = check(dossier(tmp_path, "tn1", situation="tn-salarie-premiere", nationality="TUN"))
    tn_renew = check(
        dossier(
            tmp_path,
            "tn2",
            situation="tn-salarie-renouvellement",
            nationality="TUN",
            expiry=OPEN_EXPIRY,
        )
    )
    ru = check(dossier(tmp_path, "ru", situation="salarie-renouvellement", expiry=OPEN_EXPIRY))
    for run in (tn_first, tn_renew):
        assert "cer" not in {p["id"] for p in run.data["pieces"] if p["required"]}
    assert "cer" in {p["id"] for p in ru.data["pieces"] if p["required"]}


# ----- 4-5. Tunisian agreement: art. 10, and where the not-covered cases point ---------------


def _derive_code(facts: dict[str, object], nationality: str) -> str:
    import pytest

    from desktop.core.catalog import default_catalog
    from desktop.core.routing import derive
    from desktop.errors import UserError

    with pytest.raises(UserError) as caught:
        derive(default_catalog(), {**facts, "nationality": nationality})
    return str(caught.value.params.get("code"))


def test_tunisian_spouse_of_french_is_art_10() -> None:
    """Accord franco-tunisien du 17 mars 1988 modifié, art. 10: the ten-year title of
    the spouse (married one year, living together) or parent of a French national
    (CAA Nantes, 3 Sept. 2018, n° 18NT02785); art. 7 bis is about other cases."""
    from desktop.core.catalog import default_catalog

    code = _derive_code(
        {
            "requested": "resident_conjoint",
            "current_document": "permit",
            "current_category": "vpf_conjoint",
        },
        "TUN",
    )
    assert code == "tunisie_art10"
    entry = default_catalog().not_covered[code]
    assert "art. 10" in entry.label["fr"] and "7 bis" not in entry.label["fr"]
    assert "art. 10" in entry.dated.source


def test_agreement_ten_year_card_points_to_the_right_title() -> None:
    """CESEDA L.426-17 is the long-term EU resident card (five years, resources at
    least the SMIC, health insurance), not a plain resident card after five years;
    for Tunisians, art. 10 of the agreement gives a ten-year title after five years of
    lawful stay (CE, 11 Oct. 2010, n° 331370)."""
    from desktop.core.catalog import default_catalog

    catalog = default_catalog()
    tn = catalog.not_covered["tn_resident.held"].where
    ma = catalog.not_covered["ma_resident.held"].where
    assert "art. 10" in tn["fr"] and "L.426-17" not in tn["fr"]
    assert "longue durée-UE" in ma["fr"] and "SMIC" in ma["fr"]
    for lang in ("fr", "en", "ru", "zh", "ar", "uk"):
        assert "10" in tn[lang] and "L.426-17" in ma[lang] and "SMIC" in ma[lang], lang


# ----- 6. au pair: two years in all ---------------------------------------------------------


def test_au_pair_card_holder_cannot_renew_again(tmp_path: Path) -> None:
    """CESEDA L.426-22: the au pair card lasts one year, « renouvelable une fois »;
    service-public F15813: « une durée totale maximale de 2 ans ». The first year is
    the VLS-TS, so its holder's first card is the renewal; a card holder asking again
    would be in a third year: not covered, and told why (check exits 2)."""
    facts = {"requested": "au_pair", "current_category": "au_pair"}
    from_visa = dossier(
        tmp_path, "visa", facts={**facts, "current_document": "vls_ts"}, expiry=OPEN_EXPIRY
    )
    from_card = dossier(
        tmp_path, "card", facts={**facts, "current_document": "permit"}, expiry=OPEN_EXPIRY
    )
    first = check(from_visa)
    assert first.data["situation"] == "au-pair-renouvellement"
    notices = [p["message"] for p in first.data["problems"] if p["code"] == "situation.notice"]
    assert any("2 ans au maximum au total" in n for n in notices)
    again = check(from_card)
    assert again.code == 2
    assert "2 ans au maximum au total" in again.stderr and "F15813" in again.stderr


# ----- 7. stagiaire: students enrolled in France use the student card ------------------------


def test_stagiaire_is_told_students_in_france_use_the_student_card(tmp_path: Path) -> None:
    """Service-public F17312: the « stagiaire » card is for an internship within a
    course organised in the country of residence (or continuing training); a student
    enrolled in France does the internship under the « étudiant » card."""
    for sid in ("stagiaire-premiere", "stagiaire-renouvellement"):
        run = check(dossier(tmp_path, sid, situation=sid, expiry=OPEN_EXPIRY))
        notices = [p["message"] for p in run.data["problems"] if p["code"] == "situation.notice"]
        assert any("F17312" in n and "« étudiant »" in n for n in notices), sid


def test_internship_agreement_source_is_not_overrated() -> None:
    """pieces.internship_agreement reads L.426-23 on a private reproduction
    (avocat24.fr): not confidence H without a Légifrance link."""
    from desktop.core.catalog import default_catalog

    dated = default_catalog().pieces["internship_agreement"].dated
    assert dated is not None
    assert "legifrance" in (dated.url or "") or dated.confidence != "H"


# ----- 8, 11-14: what the person reads ------------------------------------------------------


def test_agreement_notices_in_plain_french(tmp_path: Path) -> None:
    """Accord franco-tunisien / franco-marocain, art. 3 (CE, 26 avril 2024, n° 468274):
    a long-stay visa, the employer's work authorisation, then the OFII medical visit,
    in plain words; the ten-year card is asked from the held « salarié » card, so the
    person files before it expires."""
    runs = {
        sid: check(dossier(tmp_path, sid, situation=sid, nationality=nat, expiry=OPEN_EXPIRY))
        for sid, nat in (
            ("tn-salarie-premiere", "TUN"),
            ("ma-salarie-premiere", "MAR"),
            ("tn-resident-premiere", "TUN"),
            ("ma-resident-premiere", "MAR"),
        )
    }

    def notices(sid: str) -> str:
        return " ".join(
            p["message"] for p in runs[sid].data["problems"] if p["code"] == "situation.notice"
        )

    for sid in ("tn-salarie-premiere", "ma-salarie-premiere"):
        text = notices(sid)
        assert "Il faut un visa long séjour. Sans lui, la préfecture peut refuser." in text
        assert "Votre employeur demande l'autorisation de travail" in text
    for sid in ("tn-resident-premiere", "ma-resident-premiere"):
        assert "avant l'expiration de votre carte « salarié »" in notices(sid)


def test_wording_of_tn_renewal_and_permanent_card() -> None:
    """The Tunisian ten-year renewal rests on art. 1 al. 2 by analogy only (it is about
    titles held in 1988); the permanent card (L.426-4) is for holders of a resident
    card — the not-covered text says so instead of « demandez d'abord une carte »."""
    from desktop.core.catalog import default_catalog

    catalog = default_catalog()
    tn = catalog.situations["tn-resident-renouvellement"].dated
    assert "par analogie" in tn.source and "à vérifier" in tn.source
    assert tn.confidence == "L"
    where = catalog.not_covered["resident_permanent.held"].where
    assert "déjà une carte de résident" in where["fr"]
    assert all("L.426-4" in where[lang] for lang in ("fr", "en", "ru", "zh", "ar", "uk"))


# ----- 9. no birth certificate from a card holder ---------------------------------------------


def test_resident_card_from_held_card_asks_no_birth_certificate(tmp_path: Path) -> None:
    """CESEDA annexe 10: the birth certificate is « pas exigé du titulaire d'une carte de
    séjour »; the spouse's and parent's resident cards (L.423-6, L.423-10) are reached
    only from a held card. The marriage certificate is still asked of the spouse."""
    for sid in ("resident-conjoint-francais", "resident-parent-enfant-francais"):
        run = check(dossier(tmp_path, sid, situation=sid, expiry=OPEN_EXPIRY))
        ids = {p["id"] for p in run.data["pieces"]}
        assert "birth_certificate" not in ids, sid
    run = check(dossier(tmp_path, "c", situation="resident-conjoint-francais", expiry=OPEN_EXPIRY))
    assert "marriage_certificate" in {p["id"] for p in run.data["pieces"] if p["required"]}


# ----- 10. change of civil status ---------------------------------------------------------------


def test_civil_status_change_follows_f35808(tmp_path: Path) -> None:
    """Service-public F35808: card, passport, birth certificate, the act of the change,
    proof of address, photos, stamp duty — no non-polygamy statement. The fee names
    both changes; a card ending within 3 months is renewed instead."""
    path = dossier(
        tmp_path,
        "civil",
        situation="changement-etat-civil",
        nationality="MAR",  # a polygamy country: the statement must still not be asked
        marital="married",
        expiry=OPEN_EXPIRY,
    )
    run = check(path)
    ids = {p["id"] for p in run.data["pieces"]}
    assert "non_polygamy" not in ids
    assert "birth_certificate" in ids
    fee = next(f for f in run.data["fees"] if f["id"] == "change_card")
    assert fee["label"] == "Changement de carte (adresse, état civil)"
    notices = " ".join(
        p["message"] for p in run.data["problems"] if p["code"] == "situation.notice"
    )
    assert "moins de 3 mois" in notices and "renouvellement" in notices
