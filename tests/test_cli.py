"""The command line as a person uses it: a subprocess, its JSON, its exit codes."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "etudiant-renouvellement" / "dossier.toml"


def run(
    *args: str, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DOSSIER_LANG": "fr"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=120,
    )


def test_catalog_json_lists_every_situation_with_sources() -> None:
    r = run("catalog", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    ids = {s["id"] for s in data["situations"]}
    assert len(ids) >= 19 and "resident-premiere" in ids and "duplicata-vol" in ids
    for s in data["situations"]:
        assert s["source"] and s["checked"]
        assert s["pieces"]
        for p in s["pieces"]:
            assert p["source"] and p["checked"] and p["max_bytes"] == 2_000_000


def test_catalog_text_in_arabic() -> None:
    r = run("catalog", "etudiant-premiere", "--lang", "ar")
    assert r.returncode == 0
    assert "etudiant-premiere" in r.stdout
    assert any("\u0600" <= ch <= "\u06ff" for ch in r.stdout)


def test_check_example_is_complete() -> None:
    r = run("check", str(EXAMPLE), "--today", "2026-11-24", "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    data = json.loads(r.stdout)
    assert data["complete"] is True
    assert data["category"] == "etudiant" and data["procedure"] == "renewal"
    statuses = {p["id"]: p["status"] for p in data["pieces"]}
    assert statuses["passport"] == "ok" and statuses["host_id"] == "not_required"
    assert {d["id"] for d in data["deadlines"]} >= {"renewal_opens", "renewal_closes"}


def test_check_late_example_exits_1_with_reasons(tmp_path: Path) -> None:
    r = run("check", str(EXAMPLE), "--today", "2027-06-01", "--json", "--lang", "en")
    assert r.returncode == 1
    data = json.loads(r.stdout)
    assert data["complete"] is False
    ephoto = next(p for p in data["pieces"] if p["id"] == "ephoto")
    assert ephoto["status"] == "error"  # a planned date gone by: judged for filing today
    assert [x["code"] for x in ephoto["problems"]] == ["ephoto.too_old"]
    codes = [x["code"] for x in data["problems"]]
    assert "filing_date.passed" in codes and "renewal.after_expiry" in codes
    text = run("check", str(EXAMPLE), "--today", "2026-11-24")
    assert "Le dossier est complet." in text.stdout


def test_check_hosted_without_host_pieces(tmp_path: Path) -> None:
    content = EXAMPLE.read_text(encoding="utf-8").replace('kind = "own"', 'kind = "hosted"')
    content = content.replace('"documents/', f'"{EXAMPLE.parent}/documents/')
    p = tmp_path / "hosted.toml"
    p.write_text(content, encoding="utf-8")
    r = run("check", str(p), "--today", "2026-11-24", "--json")
    assert r.returncode == 1
    data = json.loads(r.stdout)
    missing = {x["id"] for x in data["pieces"] if x["status"] == "missing"}
    assert missing == {"hosting_attestation", "host_id", "host_proof_of_address"}
    host = next(x for x in data["pieces"] if x["id"] == "host_id")
    assert "hébergeant" in host["problems"][0]["message"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("check", "/nonexistent/dossier.toml"), "introuvable"),
        (("check",), "commande mal formée"),
        (("frobnicate",), "commande mal formée"),
        (("check", str(EXAMPLE), "--today", "demain"), "commande mal formée"),
    ],
)
def test_user_mistakes_exit_2_without_traceback(args: tuple[str, ...], needle: str) -> None:
    r = run(*args)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert needle in r.stderr


def test_bad_dossier_file_is_explained_in_the_persons_language(tmp_path: Path) -> None:
    p = tmp_path / "d.toml"
    p.write_text('schema_version = 1\nsituation = "etudiant-premier"\n', encoding="utf-8")
    r = run("check", str(p), "--lang", "en")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "etudiant-premier" in r.stderr and "etudiant-premiere" in r.stderr


def test_demo_writes_and_checks(tmp_path: Path) -> None:
    r = run("demo", "--out", str(tmp_path / "demo"), "--json", "--today", "2026-11-24")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["check"]["complete"] is True
    assert Path(data["dossier"]).is_file()
    assert len(list((tmp_path / "demo" / "documents").iterdir())) >= 7


@pytest.mark.parametrize("order", ["before", "after"])
def test_common_options_before_or_after_the_command(order: str) -> None:
    opts = ["--lang", "en", "--json"]
    args = (
        [*opts, "catalog", "visiteur-premiere"]
        if order == "before"
        else ["catalog", "visiteur-premiere", *opts]
    )
    r = run(*args)
    assert r.returncode == 0
    assert json.loads(r.stdout)["situations"][0]["label"] == "Visitor – first application"


def test_check_reads_inside_the_cer(tmp_path: Path) -> None:
    """An unsigned CER copy is caught by `check`, naming the file and the fix."""
    from tests.helpers import tiny_pdf

    case = tmp_path / "case"
    case.mkdir()
    shutil.copytree(EXAMPLE.parent / "documents", case / "documents", copy_function=os.link)
    content = EXAMPLE.read_text(encoding="utf-8")
    tiny_pdf(
        case / "cer.pdf", "Contrat d'engagement — principes de la République, liberté, égalité"
    )
    content = content.replace('"documents/cer-signe.pdf"', '"cer.pdf"')
    (case / "d.toml").write_text(content, encoding="utf-8")
    r = run("check", str(case / "d.toml"), "--today", "2026-11-24", "--json")
    assert r.returncode == 1
    cer = next(p for p in json.loads(r.stdout)["pieces"] if p["id"] == "cer")
    assert cer["status"] == "error"
    assert "letters.cer.no_signature" in [p["code"] for p in cer["problems"]]
    assert "cer.pdf" in cer["problems"][0]["message"]


def test_no_command_without_display_builds_the_demo(tmp_path: Path) -> None:
    r = run("--today", "2026-11-24", "--lang", "en", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "No display found" in r.stdout and "The dossier is complete." in r.stdout
    bundle = tmp_path / "out" / "demo" / "bundle"
    assert str(bundle / "dossier-complet.pdf") in r.stdout
    assert len(list((bundle / "upload").glob("0*.pdf"))) == 7


def test_readme_run_command_without_display(tmp_path: Path) -> None:
    """`./run.sh` as the README says: no display → builds the demo and says where."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    r = subprocess.run(
        ["bash", str(ROOT / "run.sh"), "--today", "2026-11-24", "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert r.returncode == 0, r.stdout[-1500:] + r.stderr[-1500:]
    assert "Upload-ready files written to:" in r.stdout
    assert (ROOT / "out" / "demo" / "bundle" / "dossier-complet.pdf").is_file()


# ----- the GUI's options --------------------------------------------------------------------------
GUI_STARTS = [
    [],
    ["--selftest"],
    ["--lang", "ar"],
    ["--lang=uk", "--selftest"],
    ["--today", "2026-11-24", "--lang", "zh"],
    ["--dossier=d.toml", "--today=2026-02-28", "--lang", "en", "--selftest"],
    ["--today", "24/11/2026"],  # the French way of writing it
]


@pytest.mark.parametrize("argv", GUI_STARTS, ids=lambda a: " ".join(a) or "(none)")
def test_a_gui_start_imports_no_command_module(argv: list[str]) -> None:
    """Starting the GUI does not pay for the commands' libraries (reportlab, pypdfium2…)."""
    from desktop import cli

    assert cli._modules_for(argv) == ()
    args = cli.build_parser(()).parse_args(argv)
    assert args.command is None


def test_gui_options_as_read() -> None:
    from desktop import cli

    argv = ["--dossier=d.toml", "--today=24/11/2026", "--lang", "en", "--selftest"]
    args = cli.build_parser(()).parse_args(argv)
    assert (args.dossier, args.today, args.lang, args.selftest) == (
        "d.toml",
        dt.date(2026, 11, 24),
        "en",
        True,
    )


def test_a_bad_gui_option_is_still_explained() -> None:
    proc = run("--lang", "xx")
    assert proc.returncode == 2
    assert "xx" in proc.stderr and "Traceback" not in proc.stderr


# ----- unlock: a password-protected PDF of the dossier ---------------------------------------------
PDF_PASSWORD = "Relevé-2026!"


def locked_dossier(tmp_path: Path) -> tuple[Path, Path, bytes]:
    """The example dossier with its bank statements protected by a password."""
    import shutil

    from pypdf import PdfReader, PdfWriter

    folder = tmp_path / "dossier"
    shutil.copytree(EXAMPLE.parent, folder)
    pdf = folder / "documents" / "releves-bancaires.pdf"
    original = pdf.read_bytes()
    writer = PdfWriter(clone_from=PdfReader(pdf))
    writer.encrypt(PDF_PASSWORD, algorithm="AES-256")
    with pdf.open("wb") as fh:
        writer.write(fh)
    return folder / "dossier.toml", pdf, original


def unlock_piped(
    dossier: Path, target: str | Path, password: str = PDF_PASSWORD, *more: str
) -> subprocess.CompletedProcess[str]:
    """``unlock DOSSIER TARGET --password-stdin``, the password piped in as given."""
    return run("unlock", str(dossier), str(target), "--password-stdin", *more, stdin=password)


def page_texts(path: Path) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    assert not reader.is_encrypted
    return [page.extract_text() for page in reader.pages]


def test_check_says_which_command_unlocks_a_protected_pdf(tmp_path: Path) -> None:
    dossier, _pdf, _original = locked_dossier(tmp_path)
    proc = run("check", str(dossier), "--today", "2026-11-24")
    assert proc.returncode == 1
    assert "releves-bancaires.pdf" in proc.stdout and "mot de passe" in proc.stdout
    assert f"dossier-sejour unlock {dossier} documents/releves-bancaires.pdf" in proc.stdout
    data = json.loads(run("check", str(dossier), "--today", "2026-11-24", "--json").stdout)
    problems = [q for p in data["pieces"] for q in p["problems"]]
    locked = [q for q in problems if q["code"] == "pdf_password_required"]
    assert [(q["file"], q["entry"]) for q in locked] == [
        ("releves-bancaires.pdf", "documents/releves-bancaires.pdf")
    ]


def test_unlock_with_a_wrong_password_changes_nothing(tmp_path: Path) -> None:
    dossier, pdf, _original = locked_dossier(tmp_path)
    before = pdf.read_bytes()
    proc = unlock_piped(dossier, "releves-bancaires.pdf", "releve-2026\n")
    assert proc.returncode == 2
    assert "releves-bancaires.pdf" in proc.stderr and "majuscules" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert pdf.read_bytes() == before
    no_tty = run("unlock", str(dossier), "releves-bancaires.pdf", stdin="")
    assert no_tty.returncode == 2 and "--password-stdin" in no_tty.stderr
    assert pdf.read_bytes() == before


def test_unlock_replaces_the_pdf_by_an_unprotected_copy(tmp_path: Path) -> None:
    from pypdf import PdfReader

    dossier, pdf, original = locked_dossier(tmp_path)
    expected = [page.extract_text() for page in PdfReader(io.BytesIO(original)).pages]
    proc = unlock_piped(dossier, "documents/releves-bancaires.pdf", PDF_PASSWORD + "\n", "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {
        "file": "documents/releves-bancaires.pdf",
        "unlocked": True,
        "protection": "password",
    }
    assert page_texts(pdf) == expected
    after = json.loads(run("check", str(dossier), "--today", "2026-11-24", "--json").stdout)
    codes = {q["code"] for p in after["pieces"] for q in p["problems"]}
    assert "pdf_password_required" not in codes
    again = run("unlock", str(dossier), "releves-bancaires.pdf")
    assert again.returncode == 0 and "n’est pas protégé" in again.stdout
    photo = run("unlock", str(dossier), "passeport.jpg")
    assert photo.returncode == 0 and "n’est pas un PDF" in photo.stdout


def test_unlock_refuses_files_it_must_not_touch(tmp_path: Path) -> None:
    dossier, pdf, _original = locked_dossier(tmp_path)
    stranger = run("unlock", str(dossier), "autre.pdf")
    assert stranger.returncode == 2 and "ne fait pas partie de ce dossier" in stranger.stderr
    # A file listed with a path outside the dossier's folder is the person's original.
    outside = tmp_path / "ailleurs" / "releve.pdf"
    outside.parent.mkdir()
    outside.write_bytes(pdf.read_bytes())
    text = dossier.read_text(encoding="utf-8").replace(
        '"documents/releves-bancaires.pdf"', json.dumps(str(outside))
    )
    dossier.write_text(text, encoding="utf-8")
    proc = unlock_piped(dossier, outside, PDF_PASSWORD + "\n")
    assert proc.returncode == 2
    assert "« releve.pdf » n’est pas dans le dossier" in proc.stderr
    assert outside.read_bytes() == pdf.read_bytes()


def unlock_on_a_terminal(dossier: Path, keys: bytes) -> tuple[int, bytes]:
    """``unlock`` on a pseudo-terminal of its own: wait for the prompt, type ``keys``."""
    import pty
    import select

    pid, fd = pty.fork()
    if pid == 0:  # the child: the command, on a terminal of its own
        os.chdir(ROOT)
        os.environ["DOSSIER_LANG"] = "fr"
        argv = [sys.executable, "-m", "desktop", "unlock", str(dossier), "releves-bancaires.pdf"]
        os.execv(sys.executable, argv)

    def read(until_prompt: bool) -> bytes:
        out = b""
        while select.select([fd], [], [], 30)[0]:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the command ended and closed its terminal
                break
            if not chunk:
                break
            out += chunk
            if until_prompt and out.rstrip().endswith(b":"):
                break
        return out

    seen = read(until_prompt=True)
    assert "Mot de passe du PDF « releves-bancaires.pdf »".encode() in seen
    os.write(fd, keys)
    seen += read(until_prompt=False)
    _pid, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), seen


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_unlock_asks_the_password_without_showing_it(tmp_path: Path) -> None:
    dossier, pdf, _original = locked_dossier(tmp_path)
    code, seen = unlock_on_a_terminal(dossier, b"\x04")  # Ctrl-D: nothing typed
    assert code == 2 and b"aucun mot de passe" in seen and b"Traceback" not in seen
    code, seen = unlock_on_a_terminal(dossier, PDF_PASSWORD.encode() + b"\n")
    assert code == 0, seen.decode(errors="replace")
    assert PDF_PASSWORD.encode() not in seen  # not echoed
    assert b"sans mot de passe" in seen
    assert page_texts(pdf)


def test_unlock_reads_what_people_pipe_and_names_the_right_file(tmp_path: Path) -> None:
    dossier, pdf, _original = locked_dossier(tmp_path)
    empty = unlock_piped(dossier, "releves-bancaires.pdf", "\n")
    assert empty.returncode == 2 and "aucun mot de passe" in empty.stderr
    # A namesake elsewhere is not the dossier's file, even with the same name.
    elsewhere = tmp_path / "ailleurs" / "releves-bancaires.pdf"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(pdf.read_bytes())
    other = unlock_piped(dossier, elsewhere, "x\n")
    assert other.returncode == 2 and "ne fait pas partie de ce dossier" in other.stderr
    # Windows line ends (CR LF) in what is piped in.
    proc = unlock_piped(dossier, "releves-bancaires.pdf", PDF_PASSWORD + "\r\n")
    assert proc.returncode == 0, proc.stderr
    assert page_texts(pdf)


def test_unlock_hint_names_the_entry_when_two_files_share_a_name(tmp_path: Path) -> None:
    import shutil

    dossier, pdf, _original = locked_dossier(tmp_path)
    twin = dossier.parent / "autres" / pdf.name
    twin.parent.mkdir()
    shutil.copy(pdf, twin)
    text = dossier.read_text(encoding="utf-8").replace(
        '"documents/releves-bancaires.pdf"',
        '"documents/releves-bancaires.pdf", "autres/releves-bancaires.pdf"',
    )
    dossier.write_text(text, encoding="utf-8")
    proc = run("check", str(dossier), "--today", "2026-11-24")
    for entry in ("documents/releves-bancaires.pdf", "autres/releves-bancaires.pdf"):
        assert f"dossier-sejour unlock {dossier} {entry}\n" in proc.stdout
    ambiguous = unlock_piped(dossier, pdf.name, PDF_PASSWORD + "\n")
    assert ambiguous.returncode == 2 and "autres/releves-bancaires.pdf" in ambiguous.stderr
    exact = unlock_piped(dossier, "autres/releves-bancaires.pdf", PDF_PASSWORD + "\n")
    assert exact.returncode == 0, exact.stderr
    assert page_texts(twin) and not page_texts_or_none(pdf)


def page_texts_or_none(path: Path) -> list[str] | None:
    from pypdf import PdfReader

    return None if PdfReader(path).is_encrypted else page_texts(path)


def test_unlock_explains_a_damaged_pdf_and_a_folder_it_cannot_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import desktop.services
    from desktop import cli

    dossier, pdf, _original = locked_dossier(tmp_path)
    before = pdf.read_bytes()

    def refused(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(desktop.services, "unlock_pdf", refused)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PDF_PASSWORD + "\n"))
    code = cli.main(["unlock", str(dossier), pdf.name, "--password-stdin", "--lang", "fr"])
    err = capsys.readouterr().err
    assert code == 2 and "impossible d’enregistrer" in err and "Permission denied" in err
    assert pdf.read_bytes() == before
    pdf.write_bytes(before[: len(before) // 2])  # cut short, as by an interrupted download
    code = cli.main(["unlock", str(dossier), pdf.name, "--password-stdin", "--lang", "fr"])
    err = capsys.readouterr().err
    assert code == 2 and pdf.name in err and "Traceback" not in err
