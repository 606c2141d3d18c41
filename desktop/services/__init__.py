"""Use cases both front ends call (CLI and Qt): open a dossier, check it,
inspect files, build, write letters. Never imports Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.catalog import Catalog, default_catalog
from desktop.core.dossier import Dossier, file_status
from desktop.core.rules import FileFinding, Verdict, evaluate
from desktop.errors import UserError


def inspect_dossier_file(dossier: Dossier, rel: str, today: dt.date) -> FileFinding | None:
    """What the rules need to know about one file of the dossier: intake's report and,
    for the CER copy, what can be checked inside it (French version, a signature in
    the signature area, dated for this application). None when the file cannot be
    read at all (the rule engine says missing, folder or unopenable). Both front ends
    call this, so the wizard and ``check`` judge a file the same way."""
    import dataclasses

    from desktop.intake import inspect_file

    path = dossier.resolve(rel)
    if file_status(path) != "file":
        return None
    try:
        report = inspect_file(path)
    except UserError:
        return None  # vanished or locked since: same as above, on the next check
    if rel in dossier.piece("cer").files and not report.errors:
        from desktop.letters import check_cer

        extra = check_cer(path, dossier, today)
        if extra:
            report = dataclasses.replace(report, problems=[*report.problems, *extra])
    return report


def inspect_files(dossier: Dossier, files: Iterable[str], today: dt.date) -> dict[str, FileFinding]:
    """``inspect_dossier_file`` on each file (paths as written in the dossier)."""
    out: dict[str, FileFinding] = {}
    for rel in files:
        found = inspect_dossier_file(dossier, rel, today)
        if found is not None:
            out[rel] = found
    return out


def all_files(dossier: Dossier) -> list[str]:
    seen: list[str] = []
    for entry in dossier.piece_entries():
        for f in entry.files:
            if f not in seen:
                seen.append(f)
    return seen


def owned_files(dossier: Dossier) -> list[str]:
    """Every file the dossier refers to and must keep: the pieces' files, the drawn
    signature, the screenshots of failed appointment attempts."""
    out = all_files(dossier)
    extra = [dossier.get("signature.file")]
    for attempt in dossier.get("appointment.attempts", []) or []:
        if isinstance(attempt, dict):
            extra.append(attempt.get("screenshot"))
    for rel in extra:
        if isinstance(rel, str) and rel and rel not in out:
            out.append(rel)
    return out


@dataclass
class CheckResult:
    dossier: Dossier
    verdict: Verdict
    catalog: Catalog
    findings: dict[str, FileFinding]

    def to_json(self, lang: str | None) -> dict[str, Any]:
        data = self.verdict.to_json(lang, self.catalog)
        data["applicant"] = self.dossier.applicant.display_name
        return data


def check_dossier(
    dossier: Dossier,
    today: dt.date,
    *,
    lang: str | None = None,
    catalog: Catalog | None = None,
    inspect: bool = True,
) -> CheckResult:
    catalog = catalog or default_catalog()
    findings = inspect_files(dossier, all_files(dossier), today) if inspect else {}
    verdict = evaluate(dossier, catalog, today, findings, lang)
    return CheckResult(dossier, verdict, catalog, findings)


def check_path(path: str | Path, today: dt.date, *, lang: str | None = None) -> CheckResult:
    return check_dossier(Dossier.load(path), today, lang=lang)


# ----- files of a dossier ---------------------------------------------------------
DOCUMENTS_DIR = "documents"
_EXTENSIONS = {
    "pdf": ".pdf",
    "jpeg": ".jpg",
    "png": ".png",
    "tiff": ".tif",
    "gif": ".gif",
    "webp": ".webp",
    "heic": ".heic",
}


def _kind_of(path: Path) -> str:
    from desktop.intake import sniff_file

    return str(sniff_file(path).kind)


def _free_name(dossier: Dossier, stem: str, ext: str) -> Path:
    """``documents/{stem}-{n}{ext}`` with the first free ``n`` (the folder is made)."""
    folder = dossier.base_dir / DOCUMENTS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    n = 1
    while (folder / f"{stem}-{n}{ext}").exists():
        n += 1
    return folder / f"{stem}-{n}{ext}"


def attach_file(dossier: Dossier, piece_id: str, source: str | Path) -> str:
    """Copy ``source`` into the dossier's documents folder and list it under the piece.

    The copy is named after the piece (never after the person) with the extension
    of its real type, so a mislabelled ``scan.pdf`` that is a JPEG becomes ``.jpg``.
    Returns the path relative to the dossier file.
    """
    import shutil

    from desktop.errors import UserError

    src = Path(source)
    if not src.is_file():
        raise UserError("cli.file_not_found", file=src.name)
    kind = _kind_of(src)
    ext = _EXTENSIONS.get(kind, src.suffix.lower() or ".bin")
    target = _free_name(dossier, piece_id, ext)
    tmp = target.with_suffix(target.suffix + ".part")
    shutil.copyfile(src, tmp)
    tmp.replace(target)
    rel = f"{DOCUMENTS_DIR}/{target.name}"
    dossier.add_file(piece_id, rel)
    return rel


def sign_cer(
    dossier: Dossier,
    rel: str,
    signature: Path,
    today: dt.date,
    save: Callable[[], object] | None = None,
) -> str:
    """Sign the CER ``rel`` with the drawn ``signature`` (letters.cer.sign_cer_copy):
    the signed copy takes its place in the "cer" piece and [cer] signed_on becomes
    ``today``, the date the stamp says. The app's unsigned copy is deleted only
    after ``save`` (the dossier on disk never names a missing file). Returns the
    new entry; nothing changes when signing fails (``UserError``)."""
    from desktop.letters.cer import sign_cer_copy
    from desktop.letters.common import place

    out = _free_name(dossier, "cer-signe", ".pdf")
    sign_cer_copy(dossier.resolve(rel), signature, place(dossier), today, out)
    new_rel = f"{DOCUMENTS_DIR}/{out.name}"
    dossier.add_file("cer", new_rel)
    dossier.remove_file("cer", rel)
    dossier.set("cer.signed_on", today)
    if save is not None:
        save()
    drop_if_unreferenced(dossier, rel)
    return new_rel


def detach_file(dossier: Dossier, piece_id: str, rel: str) -> None:
    """Remove a file from a piece; delete our copy when nothing else refers to it."""
    dossier.remove_file(piece_id, rel)
    drop_if_unreferenced(dossier, rel)


def drop_if_unreferenced(dossier: Dossier, rel: str) -> None:
    """Delete the app's copy ``rel`` (in the documents folder) once no piece lists it."""
    if rel in all_files(dossier):
        return
    path = dossier.resolve(rel)
    if rel.startswith(DOCUMENTS_DIR + "/") and path.is_file():
        path.unlink()


def rotate_file(dossier: Dossier, rel: str, degrees: int, page: int | None = None) -> None:
    """Turn a file's pages (or one page) clockwise by 90, 180 or 270 degrees, in place,
    atomically. Images are re-encoded once at high quality, EXIF orientation applied."""
    from PIL import Image, ImageOps
    from pypdf import PdfReader, PdfWriter

    if degrees % 90:
        raise ValueError("degrees must be a multiple of 90")
    path = dossier.resolve(rel)
    tmp = path.with_name(path.name + ".part")
    kind = _kind_of(path)
    if kind == "pdf":
        reader = PdfReader(path)
        writer = PdfWriter(clone_from=reader)
        for i, p in enumerate(writer.pages):
            if page is None or i == page:
                p.rotate(degrees)
        with tmp.open("wb") as fh:
            writer.write(fh)
    else:
        with Image.open(path) as im:
            upright = ImageOps.exif_transpose(im)
            turned = upright.rotate(-degrees, expand=True)
            fmt = "JPEG" if kind == "jpeg" else "PNG" if kind == "png" else (im.format or "PNG")
            if fmt == "JPEG":
                turned.convert("RGB").save(tmp, fmt, quality=92)
            else:
                turned.save(tmp, fmt)
    tmp.replace(path)


def pdf_protection(path: Path) -> str:
    """``"password"`` when the file is a PDF that opens only with its password,
    ``"none"`` for a PDF that opens without one (restrictions at most), ``"not_pdf"``.
    A PDF intake cannot open at all (damaged, truncated, too large) raises its
    ``IntakeError``."""
    from desktop.intake import DEFAULT_LIMITS, IntakeError, Kind, sniff_file
    from desktop.intake.pdf import open_pdf
    from desktop.intake.report import too_large

    if sniff_file(path).kind is not Kind.PDF:
        return "not_pdf"
    refused = too_large(path.stat().st_size, path.name, DEFAULT_LIMITS.max_file_bytes)
    if refused is not None:  # before reading it
        raise IntakeError(refused)
    try:
        open_pdf(path.read_bytes(), path.name)
    except IntakeError as exc:
        if exc.code == "pdf_password_required":
            return "password"
        raise
    return "none"


def unlock_pdf(dossier: Dossier, rel: str, password: str) -> None:
    """Replace a password-protected PDF of the dossier by an unprotected, cleaned copy
    (ANEF refuses protected PDFs; in the vault the copy is encrypted like the rest).
    A wrong password raises ``UserError`` (``pdf_password_wrong``) and leaves the
    file as it was."""
    from desktop.intake import sanitise_pdf_file

    path = dossier.resolve(rel)
    sanitise_pdf_file(path, path, password=password)


def remove_page(dossier: Dossier, rel: str, index: int) -> None:
    """Drop one page (0-based) from a PDF of the dossier, atomically."""
    from pypdf import PdfReader, PdfWriter

    from desktop.errors import UserError

    path = dossier.resolve(rel)
    reader = PdfReader(path)
    if not 0 <= index < len(reader.pages) or len(reader.pages) == 1:
        raise UserError(
            "file.page_out_of_range", file=path.name, page=index + 1, pages=len(reader.pages)
        )
    writer = PdfWriter()
    for i, p in enumerate(reader.pages):
        if i != index:
            writer.add_page(p)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("wb") as fh:
        writer.write(fh)
    tmp.replace(path)


# ----- the vault's use cases: desktop/services/vault.py ------------------------------
from desktop.services.vault import Workspace, case_summary  # noqa: E402, F401
