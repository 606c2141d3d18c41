"""What a file really is, from its bytes, never from its name.

``sniff(head)`` looks at the first bytes only and never raises; ``sniff_file``
adds what needs more than the head (the member list of a zip, the stream
names of an old Office file) to tell a Word document from a spreadsheet.
"""

from __future__ import annotations

import enum
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

#: How many bytes ``sniff_file`` reads for ``sniff``.
HEAD_BYTES = 8192


class Kind(enum.StrEnum):
    PDF = "pdf"
    JPEG = "jpeg"
    PNG = "png"
    TIFF = "tiff"
    GIF = "gif"
    WEBP = "webp"
    HEIC = "heic"
    AVIF = "avif"
    BMP = "bmp"
    WORD = "word"  # docx, doc, odt, rtf
    SPREADSHEET = "spreadsheet"  # xlsx, xls, ods
    PRESENTATION = "presentation"  # pptx, ppt, odp
    OFFICE = "office"  # an office container we could not narrow down
    ARCHIVE = "archive"  # zip, rar, 7z, gzip, bzip2, xz, zstd, tar
    TEXT = "text"  # plain text, HTML, XML, SVG, PostScript
    EMPTY = "empty"
    UNKNOWN = "unknown"


#: Kinds intake can read and judge; the others are refused with a fix.
IMAGE_KINDS = frozenset(
    {Kind.JPEG, Kind.PNG, Kind.TIFF, Kind.GIF, Kind.WEBP, Kind.HEIC, Kind.AVIF, Kind.BMP}
)
READABLE_KINDS = IMAGE_KINDS | {Kind.PDF}
OFFICE_KINDS = frozenset({Kind.WORD, Kind.SPREADSHEET, Kind.PRESENTATION, Kind.OFFICE})

MIME: dict[Kind, str] = {
    Kind.PDF: "application/pdf",
    Kind.JPEG: "image/jpeg",
    Kind.PNG: "image/png",
    Kind.TIFF: "image/tiff",
    Kind.GIF: "image/gif",
    Kind.WEBP: "image/webp",
    Kind.HEIC: "image/heic",
    Kind.AVIF: "image/avif",
    Kind.BMP: "image/bmp",
    Kind.WORD: "application/msword",
    Kind.SPREADSHEET: "application/vnd.ms-excel",
    Kind.PRESENTATION: "application/vnd.ms-powerpoint",
    Kind.OFFICE: "application/octet-stream",
    Kind.ARCHIVE: "application/zip",
    Kind.TEXT: "text/plain",
    Kind.EMPTY: "application/x-empty",
    Kind.UNKNOWN: "application/octet-stream",
}

#: Extensions a kind is normally saved with (to notice a misleading name).
EXTENSIONS: dict[Kind, frozenset[str]] = {
    Kind.PDF: frozenset({".pdf"}),
    Kind.JPEG: frozenset({".jpg", ".jpeg", ".jpe", ".jfif"}),
    Kind.PNG: frozenset({".png"}),
    Kind.TIFF: frozenset({".tif", ".tiff"}),
    Kind.GIF: frozenset({".gif"}),
    Kind.WEBP: frozenset({".webp"}),
    Kind.HEIC: frozenset({".heic", ".heif", ".hif"}),
    Kind.AVIF: frozenset({".avif"}),
    Kind.BMP: frozenset({".bmp", ".dib"}),
}

#: Display names, language-neutral (brand or format names).
FORMAT_NAMES: dict[Kind, str] = {
    Kind.PDF: "PDF",
    Kind.JPEG: "JPEG",
    Kind.PNG: "PNG",
    Kind.TIFF: "TIFF",
    Kind.GIF: "GIF",
    Kind.WEBP: "WebP",
    Kind.HEIC: "HEIC",
    Kind.AVIF: "AVIF",
    Kind.BMP: "BMP",
}

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"mif2"}
_AVIF_BRANDS = {b"avif", b"avis"}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ARCHIVES: tuple[tuple[bytes, str], ...] = (
    (b"Rar!\x1a\x07", "RAR"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"MSCF", "CAB"),
)


@dataclass(frozen=True)
class Sniffed:
    """The verdict of ``sniff_file``: the kind plus a language-neutral detail.

    ``detail`` names the application for office files ("Word", "LibreOffice
    Writer"), the archive format ("ZIP", "RAR") or the image format.
    """

    kind: Kind
    detail: str = ""

    @property
    def mime(self) -> str:
        return MIME[self.kind]


def sniff(head: bytes) -> Kind:
    """The kind of a file from its first bytes (8 KiB is plenty). Never raises."""
    return _sniff(bytes(head[:HEAD_BYTES])).kind


def _sniff(head: bytes) -> Sniffed:
    if not head:
        return Sniffed(Kind.EMPTY)
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed(Kind.JPEG, "JPEG")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed(Kind.PNG, "PNG")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return Sniffed(Kind.GIF, "GIF")
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return Sniffed(Kind.TIFF, "TIFF")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed(Kind.WEBP, "WebP")
    if head[4:8] == b"ftyp":
        brands = {head[8:12]} | {head[i : i + 4] for i in range(16, min(len(head), 64), 4)}
        if head[8:12] in _AVIF_BRANDS:
            return Sniffed(Kind.AVIF, "AVIF")
        if brands & _HEIF_BRANDS:
            return Sniffed(Kind.HEIC, "HEIC")
        if brands & _AVIF_BRANDS:
            return Sniffed(Kind.AVIF, "AVIF")
        return Sniffed(Kind.UNKNOWN, "video")
    # The PDF header may follow a little junk (the spec tolerates 1 KiB).
    if b"%PDF-" in head[:1024]:
        return Sniffed(Kind.PDF, "PDF")
    if head[:2] == b"BM" and len(head) >= 18:
        dib = int.from_bytes(head[14:18], "little")
        if dib in (12, 16, 40, 52, 56, 64, 108, 124):
            return Sniffed(Kind.BMP, "BMP")
    if head.startswith(_OLE):
        return Sniffed(Kind.OFFICE, "Microsoft Office")
    if head.startswith(b"{\\rtf"):
        return Sniffed(Kind.WORD, "Word (RTF)")
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return _sniff_zip_head(head)
    for magic, name in _ARCHIVES:
        if head.startswith(magic):
            return Sniffed(Kind.ARCHIVE, name)
    if len(head) > 262 and head[257:262] == b"ustar":
        return Sniffed(Kind.ARCHIVE, "tar")
    if _looks_like_text(head):
        return Sniffed(Kind.TEXT, "text")
    return Sniffed(Kind.UNKNOWN)


def _sniff_zip_head(head: bytes) -> Sniffed:
    """Office Open XML and OpenDocument files are zips; tell them from archives."""
    # OpenDocument: the first member is "mimetype", stored, holding the type.
    m = re.search(rb"mimetypeapplication/vnd\.oasis\.opendocument\.(\w+)", head[:200])
    if m:
        return _odf(m.group(1).decode("ascii", "replace"))
    if b"[Content_Types].xml" in head or b"word/" in head or b"xl/" in head:
        if b"word/" in head:
            return Sniffed(Kind.WORD, "Word")
        if b"xl/" in head:
            return Sniffed(Kind.SPREADSHEET, "Excel")
        if b"ppt/" in head:
            return Sniffed(Kind.PRESENTATION, "PowerPoint")
        return Sniffed(Kind.OFFICE, "Microsoft Office")
    return Sniffed(Kind.ARCHIVE, "ZIP")


def _odf(sub: str) -> Sniffed:
    if sub.startswith("text"):
        return Sniffed(Kind.WORD, "LibreOffice Writer")
    if sub.startswith("spreadsheet"):
        return Sniffed(Kind.SPREADSHEET, "LibreOffice Calc")
    if sub.startswith("presentation"):
        return Sniffed(Kind.PRESENTATION, "LibreOffice Impress")
    return Sniffed(Kind.OFFICE, "LibreOffice")


def _looks_like_text(head: bytes) -> bool:
    sample = head[:4096]
    if b"\x00" in sample:
        # UTF-16 text has NULs; accept it only with a byte-order mark.
        if sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
            try:
                sample.decode("utf-16")
            except UnicodeDecodeError:
                return False
            return True
        return False
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:  # not just a character cut at the end
            text = sample.decode("latin-1")
        else:
            text = sample[: exc.start].decode("utf-8")
    if not text:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t\f")
    return printable / len(text) > 0.95


def sniff_file(path: str | os.PathLike[str]) -> Sniffed:
    """``sniff`` plus a look inside zips and OLE files. Raises only ``OSError``."""
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    found = _sniff(head)
    if head.startswith(b"PK"):
        return _refine_zip(path, found)
    if head.startswith(_OLE):
        return _refine_ole(path, found)
    return found


def _refine_zip(path: Path, found: Sniffed) -> Sniffed:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()[:5000]
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 200:
                    mt = zf.read("mimetype").decode("ascii", "replace").strip()
                    if mt.startswith("application/vnd.oasis.opendocument."):
                        return _odf(mt.rsplit(".", 1)[-1])
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, RuntimeError, EOFError):
        return found
    if any(n.startswith("word/") for n in names):
        return Sniffed(Kind.WORD, "Word")
    if any(n.startswith("xl/") for n in names):
        return Sniffed(Kind.SPREADSHEET, "Excel")
    if any(n.startswith("ppt/") for n in names):
        return Sniffed(Kind.PRESENTATION, "PowerPoint")
    if "[Content_Types].xml" in names:
        return Sniffed(Kind.OFFICE, "Microsoft Office")
    return Sniffed(Kind.ARCHIVE, "ZIP")


def _refine_ole(path: Path, found: Sniffed) -> Sniffed:
    """Old binary Office files: the directory names the main stream (UTF-16)."""
    with path.open("rb") as fh:
        data = fh.read(4 * 1024 * 1024)
    for stream, kind, app in (
        ("WordDocument", Kind.WORD, "Word"),
        ("Workbook", Kind.SPREADSHEET, "Excel"),
        ("Book", Kind.SPREADSHEET, "Excel"),
        ("PowerPoint Document", Kind.PRESENTATION, "PowerPoint"),
    ):
        if stream.encode("utf-16-le") in data:
            return Sniffed(kind, app)
    return found
