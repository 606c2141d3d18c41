"""An open dossier backed by the encrypted vault: edits survive, nothing stays in clear."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PIL import Image

from desktop import services
from desktop.vault import Vault
from tests.helpers import TODAY

NAME = "ZYXWVUTSRQ"


def test_workspace_round_trip_and_shred(tmp_path: Path) -> None:
    store = tmp_path / "store"
    work = tmp_path / "work"
    work.mkdir()
    with Vault.create(
        store, custody="passphrase", passphrase="correct horse 42", kdf_strength="test"
    ) as v:
        ws = services.Workspace.create(v, "case-1", "visiteur-premiere", base=work)
        ws.dossier.set("applicant.surname", NAME)
        ws.dossier.set("applicant.numero_etranger", "7512345678")
        photo = tmp_path / "scan.jpg"
        Image.new("RGB", (1200, 1600), "white").save(photo, "JPEG")
        rel = services.attach_file(ws.dossier, "passport", photo)
        ws.save(TODAY)
        [case] = v.list_dossiers()
        assert case.display_name == NAME and case.number == "7512345678"
        assert case.status == "incomplete" and case.missing and case.missing > 3
        assert case.files == 1
        ws.close(TODAY)
        assert list(work.iterdir()) == []
    with Vault.open(store, "correct horse 42") as v:
        again = services.Workspace.open(v, "case-1", base=work)
        assert again.dossier.applicant.surname == NAME
        assert again.dossier.resolve(rel).read_bytes() == photo.read_bytes()
        again.close(TODAY)
    leaked = [p for p in store.rglob("*") if p.is_file() and NAME.encode() in p.read_bytes()]
    assert leaked == []
    assert list(work.iterdir()) == []


def test_summary_of_a_draft(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "s", custody="ephemeral") as v:
        ws = services.Workspace.create(v, "d", base=tmp_path)
        assert ws.summary(dt.date(2026, 11, 24))["status"] == "draft"
        ws.close()


def test_workspace_keeps_signature_and_screenshots_and_reads_files_once(
    tmp_path: Path, monkeypatch
) -> None:
    with Vault.create(tmp_path / "s", custody="ephemeral") as v:
        ws = services.Workspace.create(v, "d", "visiteur-premiere", base=tmp_path)
        base = ws.dossier.base_dir
        (base / "signature.png").write_bytes(b"\x89PNG signature")
        (base / "captures").mkdir()
        (base / "captures" / "1.png").write_bytes(b"\x89PNG capture")
        ws.dossier.set("signature.file", "signature.png")
        ws.dossier.data["appointment"] = {
            "attempts": [{"at": dt.datetime(2026, 11, 3, 9, 0), "screenshot": "captures/1.png"}]
        }
        photo = tmp_path / "scan.jpg"
        Image.new("RGB", (600, 800), "white").save(photo, "JPEG")
        services.attach_file(ws.dossier, "passport", photo)
        ws.save(TODAY)
        record = v.load_dossier("d")
        assert set(record.files) == {"signature.png", "captures/1.png", "documents/passport-1.jpg"}

        reads: list[str] = []
        real = Path.read_bytes

        def counting(self: Path) -> bytes:
            if not self.is_relative_to(v.path):  # the store's own head is not a dossier file
                reads.append(self.name)
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", counting)
        ws.dossier.set("applicant.surname", "X")
        result = ws.save(TODAY)
        assert result.changed and reads == ["dossier.toml"]  # attached files not read again
        ws.close(TODAY)
