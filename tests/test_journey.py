"""The whole headless journey, as a volunteer runs it from a terminal, with the
network forbidden and a private temp folder: nothing may try to connect, nothing
may be left in the temp folder, no personal data in any PDF's metadata.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageDraw
from pypdf import PdfReader

REPO = Path(__file__).resolve().parent.parent
NONET = REPO / "tests" / "nonet"
TODAY = "2026-11-24"


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOSSIER_SEJOUR_")}
    (tmp / "tmp").mkdir()
    env.update(
        PYTHONPATH=os.pathsep.join([str(NONET), str(REPO)]),
        NONET_LOG=str(tmp / "network-attempts.log"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        DOSSIER_SEJOUR_HOME=str(tmp / "home"),
        DOSSIER_SEJOUR_PASSPHRASE="journey passphrase 2026",
        DOSSIER_SEJOUR_FILE_PASSPHRASE="hand-over passphrase 2026",
        TMPDIR=str(tmp / "tmp"),
        DOSSIER_LANG="fr",
    )
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


def _run(env: dict[str, str], *args: str, ok: tuple[int, ...] = (0,)) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode in ok, (args, proc.returncode, proc.stdout[-2000:], proc.stderr)
    return proc.stdout


def _add_appointment_log(dossier: Path, shots: Path) -> None:
    shots.mkdir()
    lines = [
        "",
        "[missing.grades]",
        "reason = \"L'université n'a pas encore publié les relevés du second semestre.\"",
        "expected_on = 2026-12-15",
        "",
        "[appointment]",
        'mode = "email"',
        'service_email = "pref-etrangers@example.invalid"',
    ]
    for i, day in enumerate((3, 10, 17)):
        shot = shots / f"capture-{i + 1}.png"
        Image.new("RGB", (1280, 800), (240, 240, 250)).save(shot)
        lines += [
            "",
            "[[appointment.attempts]]",
            f"at = 2026-11-{day:02d}T09:1{i}:00",
            'message = "Il n\'existe plus de plage horaire libre pour votre demande de rendez-vous."',
            f'screenshot = "{shot.relative_to(dossier.parent).as_posix()}"',
            'url = "https://www.rhone.gouv.fr/booking"',
        ]
    with dossier.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def test_whole_journey_offline_and_leaving_nothing_behind(tmp_path: Path) -> None:
    env = _env(tmp_path)
    case = tmp_path / "case"
    out = json.loads(_run(env, "demo", "--out", str(case), "--json", "--today", TODAY))
    dossier = Path(out["dossier"])
    _add_appointment_log(dossier, case / "captures")

    docs = sorted(str(p) for p in (case / "documents").iterdir())
    inspected = json.loads(_run(env, "inspect", *docs, "--json"))
    assert len(inspected) == len(docs) and all(x["accepted"] for x in inspected)

    verdict = json.loads(_run(env, "check", str(dossier), "--json", "--today", TODAY))
    assert verdict["complete"] is True

    letters = tmp_path / "letters"
    letters.mkdir()
    _run(
        env,
        "letter",
        "appointment",
        str(dossier),
        "--out",
        str(letters / "rdv.pdf"),
        "--text",
        str(letters / "rdv.txt"),
        "--today",
        TODAY,
    )
    _run(
        env,
        "letter",
        "missing",
        str(dossier),
        "--piece",
        "grades",
        "--out",
        str(letters / "manquante.pdf"),
        "--today",
        TODAY,
    )
    _run(
        env,
        "statement",
        "non-polygamie",
        str(dossier),
        "--out",
        str(letters / "np.pdf"),
        "--today",
        TODAY,
    )
    sig = tmp_path / "sig.png"
    im = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    ImageDraw.Draw(im).line([(10, 80), (150, 20), (290, 70)], fill=(0, 0, 90, 255), width=6)
    im.save(sig)
    _run(
        env,
        "sign",
        str(letters / "np.pdf"),
        "--signature",
        str(sig),
        "--page",
        "1",
        "--at",
        "330,120",
        "--place",
        "Lyon",
        "--date",
        TODAY,
        "--out",
        str(letters / "np-signee.pdf"),
    )
    rdv = PdfReader(letters / "rdv.pdf")
    assert len(rdv.pages) == 1 + 2  # the letter, then three screenshots two per page
    assert "plage horaire" in (letters / "rdv.txt").read_text(encoding="utf-8")

    bundle = tmp_path / "bundle"
    report = json.loads(
        _run(env, "build", str(dossier), "--out", str(bundle), "--json", "--today", TODAY)
    )
    assert report["complete"] is True
    assert (bundle / "dossier-complet.pdf").is_file()

    _run(env, "vault", "init", "--custody", "passphrase")
    _run(env, "--today", TODAY, "vault", "add", str(dossier), "--id", "ivanova")
    _run(env, "vault", "export", "ivanova", "--out", str(tmp_path / "ivanova.dsvx"))
    cases = json.loads(_run(env, "vault", "list", "--json"))["dossiers"]
    assert [c["status"] for c in cases] == ["complete"]

    # no attempt to reach the network, by any command
    log = Path(env["NONET_LOG"])
    assert not log.exists() or log.read_text() == ""
    # nothing left in the temp folder
    assert sorted(p.name for p in (tmp_path / "tmp").rglob("*")) == []
    # no personal data in any PDF's metadata
    pdfs = [*letters.glob("*.pdf"), *bundle.rglob("*.pdf")]
    assert len(pdfs) >= 6
    for pdf in pdfs:
        meta = PdfReader(pdf).metadata or {}
        text = json.dumps({str(k): str(v) for k, v in meta.items()}, ensure_ascii=False)
        assert "IVANOVA" not in text.upper() and "ANNA" not in text.upper(), (pdf.name, text)
        assert str(tmp_path) not in text, (pdf.name, text)
    assert dt.date.fromisoformat(TODAY)
