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
