"""After filing: a frozen filing, the prefecture's papers read and checked, the
timeline and its calendar.

Sources of the deadlines tested here (assets/catalog/after_filing.toml, checked
2026-12-06): CESEDA R.432-1 and R.432-2 (silence for four months = implicit
refusal), R.431-15-1 (attestation de prolongation d'instruction: at most three
months, renewed until the decision), CJA R.421-1 (two months to challenge),
CRPA L.232-4 (reasons of an implicit decision: asked within the recourse
deadline, answered within a month).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop import services
from desktop.core.dossier import Dossier
from desktop.core.filings import Answer, Filing, answers, filings
from desktop.core.timeline import PAST, SOON, URGENT, after_filing, next_event, rules
from desktop.intake.answers import read_text
from desktop.services import filing as service
from desktop.services import vault as vault_services
from desktop.vault import Vault

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "etudiant-renouvellement"
NUMBER = "6903123456"  # the example dossier's numéro étranger


def _cli(*args: str, today: str = "2026-12-06") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", "fr", "--today", today, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture
def example(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "d")
    return tmp_path / "d" / "dossier.toml"


def _paper(path: Path, lines: list[str]) -> Path:
    """A one-page PDF with a text layer, as ANEF's attestations have."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for line in lines:
        c.drawString(50, y, line)
        y -= 18
    c.save()
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ----- the frozen filing --------------------------------------------------------


def test_filed_freezes_every_upload_file_with_its_hash(example: Path) -> None:
    run = _cli("--json", "filed", str(example), "--on", "2026-12-01", "--request", "7501234567")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    folder = example.parent / "depots" / "2026-12-01"
    assert out["folder"] == "depots/2026-12-01" and folder.is_dir()
    names = {Path(f["name"]).name for f in out["files"]}
    assert "dossier-complet.pdf" in names and any(n.startswith("01-") for n in names)
    for f in out["files"]:
        assert _sha(example.parent / f["name"]) == f["sha256"]
        assert (example.parent / f["name"]).stat().st_size == f["bytes"]
    # nothing half-made is left, and the dossier lists the filing
    assert not list((example.parent / "depots").glob(".*partial*"))
    [recorded] = filings(Dossier.load(example))
    assert recorded.request == "7501234567" and recorded.filed_on == dt.date(2026, 12, 1)
    # the record is a real one-page PDF naming the request and every file
    from pypdf import PdfReader

    record = PdfReader(example.parent / out["record"])
    assert len(record.pages) == 1
    text = record.pages[0].extract_text()
    assert "Récapitulatif de dépôt" in text and "7501234567" in text
    assert all(n in text for n in names)
    assert record.metadata is None or not any(
        "IVANOVA" in str(v) for v in (record.metadata or {}).values()
    )


def test_a_filing_is_recorded_once_and_never_in_the_future(example: Path) -> None:
    assert _cli("filed", str(example), "--on", "2026-12-01").returncode == 0
    again = _cli("filed", str(example), "--on", "2026-12-01")
    assert again.returncode == 2 and "déjà enregistré" in again.stderr
    future = _cli("filed", str(example), "--on", "2026-12-07")
    assert future.returncode == 2 and "dans le futur" in future.stderr
    assert len(filings(Dossier.load(example))) == 1


def test_later_edits_never_change_a_frozen_filing(example: Path, tmp_path: Path) -> None:
    dossier = Dossier.load(example)
    report = service.record_filing(
        dossier, filed_on=dt.date(2026, 12, 1), today=dt.date(2026, 12, 6)
    )
    dossier.save()
    before = {f.name: _sha(dossier.resolve(f.name)) for f in report.filing.files}
    # the person replaces the passport scan and rotates a piece after filing
    new = tmp_path / "new.pdf"
    _paper(new, ["Nouveau passeport"])
    [old] = dossier.piece("passport").files
    services.replace_file(dossier, "passport", old, new)
    dossier.save()
    services.building.build(dossier, tmp_path / "out", today=dt.date(2026, 12, 6))
    after = {name: _sha(dossier.resolve(name)) for name in before}
    assert after == before
    [check] = service.verify_filings(Dossier.load(example))
    assert check.intact
    # a byte changed in a frozen file is caught and named
    victim = dossier.resolve(report.filing.files[0].name)
    victim.write_bytes(victim.read_bytes() + b"%")
    [check] = service.verify_filings(Dossier.load(example))
    assert check.changed == [report.filing.files[0].name]
    run = _cli("timeline", str(example))
    assert report.filing.files[0].name in run.stdout and "a changé" in run.stdout


def test_a_frozen_filing_survives_the_vault_and_a_hand_over_byte_for_byte(
    example: Path, tmp_path: Path
) -> None:
    today = dt.date(2026, 12, 6)
    with Vault.create(
        tmp_path / "a", custody="passphrase", passphrase="pass phrase 42", kdf_strength="test"
    ) as v:
        ws = services.Workspace.create(v, "case-1", base=tmp_path)
        shutil.copytree(EXAMPLE / "documents", ws.dossier.base_dir / "documents")
        ws.dossier.data.update(Dossier.load(EXAMPLE / "dossier.toml").data)
        ws.dossier.touch()
        report = service.record_filing(ws.dossier, filed_on=dt.date(2026, 12, 1), today=today)
        ws.save(today)
        frozen = {f.name: ws.dossier.resolve(f.name).read_bytes() for f in report.filing.files}
        frozen[report.filing.record] = ws.dossier.resolve(report.filing.record).read_bytes()
        ws.close(today)
        vault_services.export_case(
            v, "case-1", tmp_path / "case.dsx", "hand over 99", kdf_strength="test"
        )
    with Vault.create(
        tmp_path / "b", custody="passphrase", passphrase="other phrase 7", kdf_strength="test"
    ) as v2:
        new_id = vault_services.import_case(v2, tmp_path / "case.dsx", "hand over 99")
        ws2 = services.Workspace.open(v2, new_id, base=tmp_path)
        for name, content in frozen.items():
            assert ws2.dossier.resolve(name).read_bytes() == content
        assert [c.intact for c in service.verify_filings(ws2.dossier)] == [True]
        ws2.close(today)


# ----- the prefecture's papers --------------------------------------------------


def _filed(example: Path) -> None:
    assert (
        _cli("filed", str(example), "--on", "2026-12-01", "--request", "7501234567").returncode == 0
    )


def test_an_attestation_de_prolongation_is_read_and_checked(example: Path, tmp_path: Path) -> None:
    _filed(example)
    paper = _paper(
        tmp_path / "api.pdf",
        [
            "ATTESTATION DE PROLONGATION D'INSTRUCTION",
            "Numéro de demande : 7501234567",
            f"Numéro étranger : {NUMBER}",
            "Délivrée le 20/12/2026",
            "Cette attestation est valable jusqu'au 19/03/2027.",
            "Elle autorise son titulaire à travailler.",
        ],
    )
    run = _cli("--json", "attach-answer", str(example), str(paper), today="2026-12-21")
    assert run.returncode == 0, run.stdout + run.stderr
    got = json.loads(run.stdout)
    assert got["problems"] == []
    a = got["answer"]
    assert (a["kind"], a["valid_until"], a["issued_on"], a["work"]) == (
        "prolongation", "2027-03-19", "2026-12-20", "yes"
    )  # fmt: skip
    assert (example.parent / a["file"]).read_bytes() == paper.read_bytes()
    tl = json.loads(_cli("--json", "timeline", str(example), today="2027-02-20").stdout)
    ids = [e["id"] for e in tl["events"]]
    assert "attestation_ends" in ids and ids.count("attestation_warning") == 2
    assert tl["next"]["id"] == "attestation_warning" and tl["next"]["date"] == "2027-03-09"
    assert tl["next"]["state"] == "soon"  # 17 days ahead
    assert tl["next"]["rule"]["source"] == "CESEDA R.431-15-1"


def test_a_wrong_foreigner_number_and_an_expired_paper_are_flagged(
    example: Path, tmp_path: Path
) -> None:
    _filed(example)
    paper = _paper(
        tmp_path / "api.pdf",
        [
            "Attestation de prolongation d'instruction",
            "Numéro étranger : 7512345678",
            "Numéro de demande : 7509999999",
            "Valable jusqu'au 1er février 2027",
        ],
    )
    run = _cli("attach-answer", str(example), str(paper), today="2027-02-10")
    assert run.returncode == 1
    assert "7512345678" in run.stdout and NUMBER in run.stdout  # both numbers named
    assert "7509999999" in run.stdout  # another application's number
    assert "n'est plus valable depuis le 01/02/2027" in run.stdout


def test_a_paper_that_cannot_be_told_asks_what_it_is(example: Path, tmp_path: Path) -> None:
    _filed(example)
    paper = _paper(tmp_path / "lettre.pdf", ["Bonjour,", "Veuillez trouver ci-joint..."])
    run = _cli("attach-answer", str(example), str(paper))
    assert run.returncode == 2 and "--kind" in run.stderr and "lettre.pdf" in run.stderr
    from PIL import Image

    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (600, 800), "white").save(photo)
    run = _cli("attach-answer", str(example), str(photo))
    assert run.returncode == 2 and "pas de texte" in run.stderr
    run = _cli(
        "--json", "attach-answer", str(example), str(photo), "--kind", "convocation",
        "--appointment-on", "2027-01-15",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert answers(Dossier.load(example))[-1].appointment_on == dt.date(2027, 1, 15)


@pytest.mark.parametrize(
    ("text", "kind", "field", "value"),
    [
        ("ATTESTATION DE DÉPÔT\nDéposée le 01/12/2026", "depot", "issued_on", dt.date(2026, 12, 1)),
        ("Vous êtes convoqué(e) à la préfecture le 15 janvier 2027 à 9h30", "convocation", "appointment_on", dt.date(2027, 1, 15)),
        ("Attestation de décision favorable\nn'autorise pas son titulaire à travailler", "decision_favorable", "work", "no"),
        ("ARRÊTÉ portant refus de séjour\nNotifiée le 3/2/2027", "refus", "notified_on", dt.date(2027, 2, 3)),
        ("obligation de quitter le territoire français\ndans un délai de 48 heures", "oqtf", "appeal_days", 2),
        ("prolongation d’instruction valable jusqu’au 1er mars 2027", "prolongation", "valid_until", dt.date(2027, 3, 1)),
    ],
)  # fmt: skip
def test_the_reader_knows_each_kind_of_paper(
    text: str, kind: str, field: str, value: object
) -> None:
    reading = read_text(text)
    assert reading.kind == kind
    assert getattr(reading, field) == value


# ----- the timeline -------------------------------------------------------------


def _filing(day: dt.date, complete: bool = True) -> Filing:
    return Filing(filed_on=day, folder="depots/x", files=(), complete=complete)


@pytest.mark.parametrize(
    ("filed", "refusal_born", "last_day"),
    [
        (dt.date(2026, 12, 1), dt.date(2027, 4, 1), dt.date(2027, 6, 1)),
        # four months after 31 October is the last day of February (no 31 February)
        (dt.date(2026, 10, 31), dt.date(2027, 2, 28), dt.date(2027, 4, 28)),
        (dt.date(2027, 10, 31), dt.date(2028, 2, 29), dt.date(2028, 4, 29)),
    ],
)
def test_silence_for_four_months_is_a_refusal_then_two_months_to_contest(
    filed: dt.date, refusal_born: dt.date, last_day: dt.date
) -> None:
    events = {e.id: e for e in after_filing(_filing(filed), [], filed)}
    assert events["implicit_refusal"].date == refusal_born
    assert events["recourse_until"].date == last_day
    assert events["reasons_until"].date == last_day
    assert events["implicit_refusal"].rule is not None
    assert "R.432-2" in events["implicit_refusal"].rule.source


def test_states_turn_at_the_edges() -> None:
    filed = dt.date(2026, 12, 1)
    ext = Answer(
        kind="prolongation", issued_on=dt.date(2026, 12, 20), valid_until=dt.date(2027, 3, 19)
    )
    events = after_filing(_filing(filed), [ext], filed)
    ends = next(e for e in events if e.id == "attestation_ends")
    assert ends.state_on(dt.date(2027, 2, 16)) == "later"  # 31 days before
    assert ends.state_on(dt.date(2027, 2, 17)) == SOON  # 30 days before
    assert ends.state_on(dt.date(2027, 3, 9)) == URGENT  # 10 days before
    assert ends.state_on(dt.date(2027, 3, 19)) == URGENT  # its last day
    assert ends.state_on(dt.date(2027, 3, 20)) == PAST
    warnings = sorted(e.date for e in events if e.id == "attestation_warning" and e.date)
    assert warnings == [dt.date(2027, 2, 17), dt.date(2027, 3, 9)]


def test_a_decision_ends_the_silence_and_a_refusal_opens_two_months() -> None:
    filed = dt.date(2026, 12, 1)
    favourable = Answer(kind="decision_favorable", issued_on=dt.date(2027, 1, 10))
    ids = [e.id for e in after_filing(_filing(filed), [favourable], filed)]
    assert "implicit_refusal" not in ids and "favourable" in ids
    refusal = Answer(kind="refus", notified_on=dt.date(2026, 12, 31))
    events = after_filing(_filing(filed), [refusal], filed)
    assert [e.date for e in events if e.id == "recourse_until"] == [dt.date(2027, 2, 28)]
    assert "implicit_refusal" not in [e.id for e in events]


def test_a_removal_order_is_urgent_with_or_without_its_deadline() -> None:
    filed = dt.date(2026, 12, 1)
    typed = Answer(kind="oqtf", notified_on=dt.date(2027, 1, 4), appeal_days=30)
    [order] = [e for e in after_filing(_filing(filed), [typed], filed) if e.id == "removal_order"]
    assert order.date == dt.date(2027, 2, 3)
    unknown = Answer(kind="oqtf", notified_on=dt.date(2027, 1, 4))
    events = after_filing(_filing(filed), [unknown], dt.date(2027, 1, 5))
    nxt = next_event(events, dt.date(2027, 1, 5))
    assert nxt is not None and nxt.id == "removal_order" and nxt.date is None
    assert nxt.state_on(dt.date(2027, 1, 5)) == URGENT


def test_an_incomplete_filing_is_told_that_silence_may_not_be_a_refusal() -> None:
    filed = dt.date(2026, 12, 1)
    [born] = [
        e for e in after_filing(_filing(filed, False), [], filed) if e.id == "implicit_refusal"
    ]
    assert born.advice == "timeline.advice.incomplete"


def test_every_deadline_rule_has_a_source_a_link_and_a_check_date() -> None:
    for rule in rules().values():
        assert rule.dated.source and rule.dated.url.startswith("https://www.legifrance.gouv.fr/")
        assert rule.dated.checked == dt.date(2026, 12, 6)
        assert rule.dated.confidence in ("H", "M", "L")


def test_the_calendar_carries_every_dated_event_and_no_personal_data(
    example: Path, tmp_path: Path
) -> None:
    from icalendar import Calendar

    _filed(example)
    paper = _paper(
        tmp_path / "api.pdf",
        ["Attestation de prolongation d'instruction", "valable jusqu'au 19/03/2027"],
    )
    assert _cli("attach-answer", str(example), str(paper), today="2026-12-21").returncode == 0
    ics = tmp_path / "t.ics"
    run = _cli("--json", "timeline", str(example), "--ics", str(ics), today="2026-12-21")
    data = json.loads(run.stdout)
    dated = [e for e in data["events"] if e["date"]]
    cal = Calendar.from_ical(ics.read_bytes())
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == len(dated) >= 6
    starts = sorted(e.decoded("dtstart").isoformat() for e in events)
    assert starts == sorted(e["date"] for e in dated)
    for ev, item in zip(
        sorted(events, key=lambda e: (e.decoded("dtstart"), str(e["summary"]))),
        sorted(dated, key=lambda e: (e["date"], e["label"])),
        strict=True,
    ):
        alarms = list(ev.walk("VALARM"))
        assert len(alarms) == (2 if item["deadline"] else 0)
    raw = ics.read_text()
    assert "IVANOVA" not in raw and "7501234567" not in raw and NUMBER not in raw


def test_before_filing_the_timeline_shows_the_dossiers_own_deadlines(example: Path) -> None:
    run = _cli("--json", "timeline", str(example))
    data = json.loads(run.stdout)
    assert data["filed"] is False
    assert any(e["id"] == "before.permit_expiry" for e in data["events"])
    text = _cli("timeline", str(example)).stdout
    assert "Aucun dépôt enregistré" in text


# ----- the letters for what comes next -----------------------------------------


def _letter_text(pdf: Path) -> str:
    from pypdf import PdfReader

    return " ".join(p.extract_text() for p in PdfReader(pdf).pages)


def test_the_reasons_letter_waits_for_the_implicit_refusal(example: Path, tmp_path: Path) -> None:
    _filed(example)
    out = tmp_path / "motifs.pdf"
    early = _cli("letter", "motifs", str(example), "--out", str(out), today="2027-03-31")
    assert early.returncode == 2 and "01/04/2027" in early.stderr and not out.exists()
    run = _cli("letter", "motifs", str(example), "--out", str(out), today="2027-04-10")
    assert run.returncode == 0, run.stderr
    text = _letter_text(out)
    assert "L. 232-4" in text and "1er avril 2027" in text and "7501234567" in text
    assert "récapitulatif du dépôt du 1er décembre 2026" in text
    late = _cli("letter", "motifs", str(example), "--out", str(out), today="2027-06-02")
    assert late.returncode == 2 and "01/06/2027" in late.stderr


def test_a_lapsed_attestation_letter_names_its_end_and_the_rule(
    example: Path, tmp_path: Path
) -> None:
    _filed(example)
    paper = _paper(
        tmp_path / "api.pdf",
        ["Attestation de prolongation d'instruction", "valable jusqu'au 19/03/2027"],
    )
    assert _cli("attach-answer", str(example), str(paper), today="2026-12-21").returncode == 0
    out = tmp_path / "attestation.pdf"
    run = _cli("letter", "attestation", str(example), "--out", str(out), today="2027-03-25")
    assert run.returncode == 0, run.stderr
    text = _letter_text(out)
    assert "a expiré le 19 mars 2027" in text and "R. 431-15-1" in text


def test_a_recours_gracieux_needs_a_refusal(example: Path, tmp_path: Path) -> None:
    _filed(example)
    out = tmp_path / "recours.pdf"
    run = _cli("letter", "recours_gracieux", str(example), "--out", str(out), today="2027-01-10")
    assert run.returncode == 2 and "attach-answer" in run.stderr
    paper = _paper(
        tmp_path / "refus.pdf", ["ARRÊTÉ portant refus de séjour", "Notifiée le 05/01/2027"]
    )
    assert _cli("attach-answer", str(example), str(paper), today="2027-01-06").returncode == 0
    run = _cli("letter", "recours_gracieux", str(example), "--out", str(out), today="2027-01-10")
    assert run.returncode == 0, run.stderr
    text = _letter_text(out)
    assert "décision du 5 janvier 2027" in text and "dossier complet tel que déposé" in text
    assert "[À compléter" in text


def test_the_case_list_shows_a_filed_dossier_and_its_next_deadline(example: Path) -> None:
    dossier = Dossier.load(example)
    before = vault_services.case_summary(dossier, dt.date(2026, 12, 6))
    assert before["status"] in ("complete", "incomplete")
    service.record_filing(dossier, filed_on=dt.date(2026, 12, 1), today=dt.date(2026, 12, 6))
    after = vault_services.case_summary(dossier, dt.date(2026, 12, 6))
    assert after["status"] == "filed"
    assert after["deadline"] == "2027-04-01"  # the implicit refusal, R.432-2


def test_the_note_for_an_employer_says_what_the_paper_allows(example: Path, tmp_path: Path) -> None:
    _filed(example)
    paper = _paper(
        tmp_path / "api.pdf",
        [
            "Attestation de prolongation d'instruction",
            "valable jusqu'au 19/03/2027",
            "Elle n'autorise pas son titulaire à travailler.",
        ],
    )
    sheet = tmp_path / "note.pdf"
    run = _cli(
        "--lang",
        "en",
        "attach-answer",
        str(example),
        str(paper),
        "--sheet",
        str(sheet),
        today="2026-12-21",
    )
    assert run.returncode == 1  # the paper says no work: flagged
    text = _letter_text(sheet)
    assert "jusqu’au 19 mars 2027" in text and "R. 431-15-1" in text
    assert "n’autorise pas son titulaire à travailler" in text
    assert "does not allow you to work" in text  # the summary in the person's language


def test_check_says_when_a_dossier_was_filed_and_what_comes_next(example: Path) -> None:
    before = json.loads(_cli("--json", "check", str(example)).stdout)
    assert "after_filing" not in before
    _filed(example)
    data = json.loads(_cli("--json", "check", str(example)).stdout)
    after = data["after_filing"]
    assert after["filed_on"] == "2026-12-01" and after["intact"] is True
    assert after["next"]["id"] == "implicit_refusal" and after["next"]["date"] == "2027-04-01"
    text = _cli("check", str(example)).stdout
    assert "Déposé sur ANEF le 01/12/2026" in text and "refus implicite" in text


def test_the_timeline_prints_on_a_page(example: Path, tmp_path: Path) -> None:
    _filed(example)
    out = tmp_path / "frise.pdf"
    assert _cli("timeline", str(example), "--pdf", str(out)).returncode == 0
    text = _letter_text(out)
    assert "01/04/2027" in text and "R.432-1" in text and "Dernier jour pour contester" in text
