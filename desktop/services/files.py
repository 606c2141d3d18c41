"""Changing a dossier's files and the facts the person states about them: attach,
detach, replace, rotate, unlock, drop a page, the drawn signature, a piece's
dates, a failed appointment attempt. Both front ends call these; neither writes
into the dossier's folder itself."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core import reader
from desktop.core.atomic import TMP_SUFFIX, atomic_write, copy_to_temp, fsync_dir, temp_path
from desktop.core.dossier import Dossier
from desktop.core.messages import Problem
from desktop.errors import UserError
from desktop.services.checking import SCAN_TABLE, all_files, scan_choice

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


def checked_source(src: Path) -> int:
    """The size of a file the person picked (from anywhere): a regular file under
    intake's cap, else ``UserError`` naming it (a FIFO, a device, a folder…)."""
    from desktop.intake import DEFAULT_LIMITS

    cap = DEFAULT_LIMITS.max_file_bytes
    try:
        return reader.check_regular(src, cap)
    except reader.Refused as exc:
        raise refused_source(src, exc, cap) from None


def refused_source(src: Path, exc: reader.Refused, cap: int) -> UserError:
    """What to tell the person when their file ``src`` cannot be taken."""
    from desktop.intake.report import refusal

    if exc.reason == "missing":
        return UserError("cli.file_not_found", file=src.name)
    if exc.reason in ("folder", "unopenable"):
        return UserError("intake.cannot_open", file=src.name or str(src))
    prob = refusal(exc.reason, src.name, exc.size, cap)
    return UserError(prob.key or prob.code, **prob.params)


def dossier_entry_path(dossier: Dossier, rel: str) -> Path | None:
    """Where the dossier's entry ``rel`` really is, or None when it leaves the
    dossier's folder (``core.reader.inside``)."""
    return reader.inside(dossier.base_dir, rel)


def dossier_path(dossier: Dossier, rel: str) -> Path:
    """Where the dossier's entry ``rel`` really is, inside its folder; an entry that
    leaves the folder (absolute, ``..``, a link out) is ``UserError``: the app never
    changes a file elsewhere on the computer through a dossier."""
    path = reader.inside(dossier.base_dir, rel)
    if path is None:
        raise UserError("intake.outside_dossier", file=rel)
    return path


def attach_file(dossier: Dossier, piece_id: str, source: str | Path) -> str:
    """Copy ``source`` into the dossier's documents folder and list it under the piece.

    The copy is named after the piece (never after the person) with the extension
    of its real type, so a mislabelled ``scan.pdf`` that is a JPEG becomes ``.jpg``.
    Returns the path relative to the dossier file. ``stage_file`` then
    ``commit_staged``: the wizard runs the first half (the copy) off the GUI thread.
    """
    return commit_staged(dossier, stage_file(dossier, piece_id, source))


#: A file being added: copied into the documents folder under a hidden temporary name
#: (``.ajout-{random}.tmp``) until ``commit_staged`` renames it into place and lists it.
STAGE_PREFIX = ".ajout-"
#: A temporary file of the documents folder older than this is the leftover of an
#: addition or a write that was killed midway (a crash, a power cut): ``sweep_staged``.
STALE_STAGED_SECONDS = 600


@dataclasses.dataclass(frozen=True)
class Staged:
    """A copy made by ``stage_file``, not yet part of the dossier: never listed under
    a piece, removed by ``discard_staged`` or, after a crash, by ``sweep_staged``."""

    piece_id: str
    temp: Path  # documents/.ajout-….tmp, fsynced
    ext: str  # the extension of its real type (".jpg", ".pdf"…)
    original: str  # the person's own file name (original_name_of)


def stage_file(dossier: Dossier, piece_id: str, source: str | Path) -> Staged:
    """The slow half of ``attach_file``, safe off the GUI thread (it reads the dossier's
    folder only): ``source`` checked (``UserError`` naming it), copied and fsynced
    under a hidden temporary name in the documents folder, and the copy's type
    sniffed (the copy, not the source: what is sniffed is what is kept, and a source
    swapped for a FIFO meanwhile is refused when opened, never waited on). Nothing
    in the dossier changes."""
    from desktop.intake import DEFAULT_LIMITS

    src = Path(source)
    checked_source(src)
    folder = dossier.base_dir / DOCUMENTS_DIR
    # Never parents=True: a dossier's folder removed meanwhile (a workspace shredded
    # at the end of a reception session) must not be created again to hold a copy.
    folder.mkdir(exist_ok=True)
    tmp = temp_path(folder / piece_id, STAGE_PREFIX)
    cap = DEFAULT_LIMITS.max_file_bytes
    try:
        copy_to_temp(src, tmp, max_bytes=cap)  # checked again as it is opened and read
    except reader.Refused as exc:
        raise refused_source(src, exc, cap) from None
    try:
        kind = _kind_of(tmp)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return Staged(piece_id, tmp, _EXTENSIONS.get(kind, src.suffix.lower() or ".bin"),
                  original_name_of(src))  # fmt: skip


def commit_staged(dossier: Dossier, staged: Staged, *, sync_dir: bool = True) -> str:
    """The quick half of ``attach_file`` (GUI thread): the staged copy renamed to
    ``documents/{piece}-{n}{ext}`` and listed under its piece. Returns the entry.
    ``sync_dir=False``: the caller fsyncs the documents folder once for many files
    (``sync_documents``) before the dossier is saved. On failure the staged copy is
    removed and the dossier is as it was."""
    try:
        target = _free_name(dossier, staged.piece_id, staged.ext)
        os.replace(staged.temp, target)
    except BaseException:
        discard_staged(staged)
        raise
    if sync_dir:
        sync_documents(dossier)
    rel = f"{DOCUMENTS_DIR}/{target.name}"
    dossier.add_file(staged.piece_id, rel, original=staged.original)
    return rel


def sync_documents(dossier: Dossier) -> None:
    """Make the renames into the documents folder durable (one fsync for a batch)."""
    fsync_dir(dossier.base_dir / DOCUMENTS_DIR, best_effort=True)


def discard_staged(staged: Staged) -> None:
    """Forget a copy that will not be added (the window closed, the dossier changed)."""
    with contextlib.suppress(OSError):
        os.unlink(staged.temp)


def sweep_staged(dossier: Dossier, older_than: float = STALE_STAGED_SECONDS) -> int:
    """Remove the hidden temporary files (``.*.tmp``) of the dossier's documents
    folder older than ``older_than`` seconds: copies a crash left midway, never listed
    (they hold personal data). Returns how many went."""
    import time

    if dossier.path is None:
        return 0  # a dossier in memory has no folder of its own (never the current one's)
    folder = dossier.base_dir / DOCUMENTS_DIR
    limit = time.time() - older_than
    gone = 0
    try:
        leftovers = list(folder.glob("." + "*" + TMP_SUFFIX))
    except OSError:
        return 0
    for p in leftovers:
        with contextlib.suppress(OSError):
            if p.is_file() and not p.is_symlink() and p.stat().st_mtime < limit:
                p.unlink()
                gone += 1
    return gone


def original_name_of(src: Path) -> str:
    """The person's own file name as the dossier keeps it: one line of printable
    characters, at most 255 bytes (a control character or a bidi override shows as
    nothing rather than reordering a message)."""
    name = "".join(c for c in src.name if c.isprintable())  # Cf (bidi overrides) included
    while len(name.encode("utf-8", "surrogatepass")) > 255:
        name = name[:-1]
    return name.strip()


def with_original_name(dossier: Dossier, problem: Problem) -> Problem:
    """``problem`` naming the person's own file instead of the app's copy (the
    finding of ``documents/passport-1.png`` speaks of « IMG_2031.jpg »)."""
    rel = problem.params.get("entry")
    if not isinstance(rel, str):
        return problem
    original = dossier.original_name(rel)
    copy_name = rel.rsplit("/", 1)[-1]
    if original == copy_name or problem.params.get("file") not in (copy_name, rel):
        return problem
    return dataclasses.replace(problem, params={**problem.params, "file": original})


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

    source = dossier_path(dossier, rel)
    out = _free_name(dossier, "cer-signe", ".pdf")
    sign_cer_copy(source, signature, place(dossier), today, out)
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
    _forget_scan_choice(dossier, rel)
    path = reader.inside(dossier.base_dir, rel)
    # Only a file of our documents folder: never ``documents/../../x`` nor a link's target.
    if rel.startswith(DOCUMENTS_DIR + "/") and path is not None and path.is_file():
        os.unlink(dossier.base_dir / rel)


def rotate_file(dossier: Dossier, rel: str, degrees: int, page: int | None = None) -> None:
    """Turn a file's pages (or one page) clockwise by 90, 180 or 270 degrees, in place,
    atomically. Images are re-encoded once at high quality, EXIF orientation applied."""
    from PIL import Image, ImageOps
    from pypdf import PdfReader, PdfWriter

    if degrees % 90:
        raise ValueError("degrees must be a multiple of 90")
    path = dossier_path(dossier, rel)
    kind = _kind_of(path)
    out = io.BytesIO()
    _forget_scan_choice(dossier, rel)  # corners of the old orientation mean nothing now
    if kind == "pdf":
        original = PdfReader(path)
        writer = PdfWriter(clone_from=original)
        for i, p in enumerate(writer.pages):
            if page is None or i == page:
                p.rotate(degrees)
        writer.write(out)
    else:
        with Image.open(path) as im:
            upright = ImageOps.exif_transpose(im)
            turned = upright.rotate(-degrees, expand=True)
            fmt = "JPEG" if kind == "jpeg" else "PNG" if kind == "png" else (im.format or "PNG")
            if fmt == "JPEG":
                turned.convert("RGB").save(out, fmt, quality=92)
            else:
                turned.save(out, fmt)
    atomic_write(path, out.getvalue())


def pdf_protection(path: Path) -> str:
    """``"password"`` when the file is a PDF that opens only with its password,
    ``"none"`` for a PDF that opens without one (restrictions at most), ``"not_pdf"``.
    A PDF intake cannot open at all (damaged, truncated, too large) raises its
    ``IntakeError``."""
    from desktop.intake import DEFAULT_LIMITS, IntakeError, Kind, sniff_file
    from desktop.intake.pdf import open_pdf, read_bytes

    checked_source(path)  # a regular file under the cap, before a byte is read
    if sniff_file(path).kind is not Kind.PDF:
        return "not_pdf"
    try:
        open_pdf(read_bytes(path, DEFAULT_LIMITS.max_file_bytes), path.name)
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

    path = dossier_path(dossier, rel)
    sanitise_pdf_file(path, path, password=password)


def remove_page(dossier: Dossier, rel: str, index: int) -> None:
    """Drop one page (0-based) from a PDF of the dossier, atomically."""
    from pypdf import PdfReader, PdfWriter

    path = dossier_path(dossier, rel)
    original = PdfReader(path)
    if not 0 <= index < len(original.pages) or len(original.pages) == 1:
        raise UserError(
            "file.page_out_of_range", file=path.name, page=index + 1, pages=len(original.pages)
        )
    writer = PdfWriter()
    for i, p in enumerate(original.pages):
        if i != index:
            writer.add_page(p)
    out = io.BytesIO()
    writer.write(out)
    atomic_write(path, out.getvalue())


def replace_file(dossier: Dossier, piece_id: str, rel: str, source: str | Path) -> str:
    """Put ``source`` in the place of ``rel`` in the piece's list (same position);
    our copy of the old file goes when nothing else refers to it."""
    files = dossier.piece(piece_id).files
    index = files.index(rel) if rel in files else len(files)
    new = attach_file(dossier, piece_id, source)
    detach_file(dossier, piece_id, rel)
    dossier.move_file(piece_id, new, index)
    return new


SIGNATURE_FILE = "signature.png"


def save_signature(dossier: Dossier, png: bytes) -> str:
    """Keep the signature drawn on the pad (a transparent PNG) with the dossier;
    the letters and statements put it under the applicant's signature lines."""
    dossier.base_dir.mkdir(parents=True, exist_ok=True)
    atomic_write(dossier.base_dir / SIGNATURE_FILE, png)
    dossier.set("signature.file", SIGNATURE_FILE)
    return SIGNATURE_FILE


def set_piece_date(dossier: Dossier, piece_id: str, name: str, value: dt.date | None) -> None:
    """A date the rules read about a piece (``issued_on``, ``expires_on``)."""
    if name not in ("issued_on", "expires_on"):
        raise ValueError(f"not a piece date: {name}")
    dossier.set(f"pieces.{piece_id}.{name}", value)


ATTEMPTS_DIR = "attempts"


def record_attempt(
    dossier: Dossier,
    at: dt.datetime,
    message: str,
    screenshot_png: bytes | None = None,
    url: str = "",
) -> dict[str, Any]:
    """Add a failed booking attempt to ``[[appointment.attempts]]``, with its
    screenshot saved in the dossier's folder (the appointment letter's annex)."""
    entry: dict[str, Any] = {"at": at.replace(microsecond=0), "message": message.strip()}
    if screenshot_png:
        folder = dossier.base_dir / ATTEMPTS_DIR
        folder.mkdir(parents=True, exist_ok=True)
        stem = at.strftime("tentative-%Y%m%d-%H%M%S")
        n = 1
        while (folder / f"{stem}-{n}.png").exists():
            n += 1
        target = folder / f"{stem}-{n}.png"
        atomic_write(target, screenshot_png)
        entry["screenshot"] = target.relative_to(dossier.base_dir).as_posix()
    if url:
        entry["url"] = url
    dossier.add_attempt(entry)
    return entry


# ----- the documents page: undo a removal, order pages (issue 15) -------------------------
def file_bytes(dossier: Dossier, rel: str) -> bytes:
    """The bytes of the dossier's copy ``rel`` (kept by the wizard to undo a removal)."""
    path = dossier_path(dossier, rel)
    try:
        reader.check_regular(path, _cap())
    except reader.Refused:
        raise UserError("intake.cannot_open", file=dossier.original_name(rel)) from None
    return path.read_bytes()


def put_back(
    dossier: Dossier,
    piece_id: str,
    rel: str,
    data: bytes,
    original: str,
    index: int,
    *,
    whole_file: bool = True,
) -> None:
    """Undo « Retirer » (``whole_file``) or a page removal: the app's copy ``rel``
    gets ``data`` back and is listed under the piece at ``index``, with the person's
    file name. A removed file whose name another file of the dossier has taken
    since is not written over (``UserError``)."""
    if not rel.startswith(DOCUMENTS_DIR + "/") or "/" in rel[len(DOCUMENTS_DIR) + 1 :]:
        raise UserError("intake.outside_dossier", file=rel)
    (dossier.base_dir / DOCUMENTS_DIR).mkdir(parents=True, exist_ok=True)
    path = dossier_path(dossier, rel)
    if whole_file and (rel in all_files(dossier) or path.exists()):
        raise UserError("file.undo_taken", file=original)
    atomic_write(path, data)
    if rel not in dossier.piece(piece_id).files:
        dossier.add_file(piece_id, rel, original=original)
    dossier.move_file(piece_id, rel, index)


def move_page(dossier: Dossier, rel: str, index: int, to: int) -> None:
    """Put page ``index`` (0-based) of a PDF of the dossier at position ``to``,
    atomically (the person drags a page or presses Ctrl+arrow)."""
    from pypdf import PdfReader, PdfWriter

    path = dossier_path(dossier, rel)
    original = PdfReader(path)
    count = len(original.pages)
    if not (0 <= index < count and 0 <= to < count):
        raise ValueError(f"page {index} to {to}: the file has {count}")
    if index == to:
        return
    order = list(range(count))
    order.insert(to, order.pop(index))
    writer = PdfWriter()
    for i in order:
        writer.add_page(original.pages[i])
    out = io.BytesIO()
    writer.write(out)
    atomic_write(path, out.getvalue())


def _cap() -> int:
    from desktop.intake import DEFAULT_LIMITS

    return int(DEFAULT_LIMITS.max_file_bytes)


# ----- phone photo -> scanned page (issue 17) ----------------------------------------
def detect_document(path: str | Path, *, hint: str | None = None) -> dict[str, Any] | None:
    """Where the document is in a photo (for the wizard's outline), or None: the
    detection as JSON-ready data (``quad`` in fractions, ``quad_px``, ``confidence``,
    ``kind``, ``document_dpi``…). A scan, a screenshot or a PDF gives None (never
    cropped); so does a photo where nothing was found."""
    from desktop.intake.scan import detect_file

    checked_source(Path(path))
    return detect_file(Path(path), hint=hint)


def preview_scan(
    path: str | Path,
    quad: list[list[float]] | None = None,
    *,
    long_side: int = 1000,
    hint: str | None = None,
) -> tuple[Any, Any | None, dict[str, Any] | None]:
    """(before, after, detection) for the wizard's side-by-side: the upright photo
    and the cleaned page as Pillow images reduced to ``long_side`` (after is None
    when there is no document), with ``quad`` a person's corners if given."""
    from desktop.intake.scan import preview

    checked_source(Path(path))
    return preview(Path(path), quad, long_side=long_side, hint=hint)


def set_scan_choice(
    dossier: Dossier,
    rel: str,
    *,
    keep: bool = False,
    quad: list[list[float]] | list[tuple[float, float]] | None = None,
) -> None:
    """Keep a photo as taken (``keep``), use a person's corners (``quad``: four
    (x, y) in fractions of the upright photo), or neither: back to the automatic
    detection. The build reads it for that file."""
    if keep and quad is not None:
        raise ValueError("keep or quad, not both")
    if quad is not None:
        corners = [[float(x), float(y)] for x, y in quad]
        if len(corners) != 4 or not all(0 <= v <= 1 for pt in corners for v in pt):
            raise ValueError("quad: four (x, y) corners, each between 0 and 1")
        choice: dict[str, Any] | None = {"quad": corners}
    else:
        choice = {"keep": True} if keep else None
    table = dossier.data.get(SCAN_TABLE)
    if not isinstance(table, dict):
        table = {}
    if choice is None:
        table.pop(rel, None)
    else:
        table[rel] = choice
    if table:
        dossier.data[SCAN_TABLE] = table
    else:
        dossier.data.pop(SCAN_TABLE, None)
    dossier.touch()


def _forget_scan_choice(dossier: Dossier, rel: str) -> None:
    if scan_choice(dossier, rel) is not None:
        set_scan_choice(dossier, rel)
