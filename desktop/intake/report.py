"""What inspection says about a file: ``FileReport`` and its ``PageInfo`` list."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from desktop.core.messages import Problem, t
from desktop.errors import UserError
from desktop.intake.sniff import READABLE_KINDS, Kind

ERROR, WARNING = "error", "warning"

#: Error codes meaning the file cannot be used at all (as opposed to a usable file of
#: poor quality: blank, blurry, low resolution). Building refuses such a file.
UNUSABLE_CODES = frozenset(
    {
        "empty_file",
        "file_too_large",
        "office_document",
        "archive",
        "plain_text",
        "unknown_format",
        "unsupported_image",
        "truncated",
        "unreadable",
        "image_too_large",
        "too_many_pages",
        "pdf_password_required",
        "pdf_password_wrong",
        "pdf_no_pages",
        "pdf_bomb",
        "pdf_too_many_objects",
        "pdf_image_too_large",
        "not_regular_file",
        "outside_dossier",
    }
)


def _twoddoc_json(doc: Any, lang: str | None) -> dict[str, Any]:
    out: dict[str, Any] = doc.to_json()
    if doc.verdict:
        out["signature_text"] = t(f"intake.twoddoc.{doc.verdict}", lang, issuer=doc.issuer or "")
    return out


def unusable(problems: Iterable[Problem]) -> Problem | None:
    """The first problem saying the file cannot be used at all, if any."""
    for prob in problems:
        if prob.severity == ERROR and prob.code in UNUSABLE_CODES:
            return prob
    return None


def problem(code: str, severity: str, *, pages: list[int] | None = None, **params: Any) -> Problem:
    """A Problem whose message lives under ``intake.<code>``.

    With ``pages`` (some pages of a multi-page file) the message is
    ``intake.<code>.page`` and its ``{pages}`` placeholder lists them ("2, 5").
    """
    key = f"intake.{code}" + (".page" if pages else "")
    if pages:
        params["pages"] = ", ".join(str(n) for n in pages)
    return Problem(code, severity, params, key)


def too_large(size_bytes: int, file: str, max_bytes: int) -> Problem | None:
    """``file_too_large`` (with both sizes in MB) when ``size_bytes`` is over the cap."""
    if size_bytes <= max_bytes:
        return None
    mb = 1024 * 1024
    return problem(
        "file_too_large", ERROR, file=file, size_mb=round(size_bytes / mb), max_mb=max_bytes // mb
    )


def refusal(reason: str, file: str, size: int, max_bytes: int) -> Problem:
    """The problem for a ``core.reader.Refused`` reason about ``file``."""
    if reason == "too_large":
        return too_large(size, file, max_bytes) or problem("unreadable", ERROR, file=file)
    if reason == "special":
        return problem("not_regular_file", ERROR, file=file)
    if reason == "outside":
        return problem("outside_dossier", ERROR, file=file)
    return problem("unreadable", ERROR, file=file)


class IntakeError(UserError):
    """A file intake cannot turn into something usable (e.g. password needed).

    Carries the ``Problem`` so callers can show it or put it in JSON; as a
    ``UserError`` the CLI prints it in the person's language and exits 2.
    """

    def __init__(self, prob: Problem) -> None:
        super().__init__(prob.key or prob.code, **prob.params)
        self.problem = prob
        self.code = prob.code


@dataclass
class PageInfo:
    """One page (PDF page, TIFF frame, or the single picture of an image file)."""

    number: int
    width_px: int | None = None  # upright pixels (images) or main picture (scanned PDF)
    height_px: int | None = None
    width_pt: float | None = None  # PDF page box as displayed (after /Rotate)
    height_pt: float | None = None
    rotation: int = 0  # PDF /Rotate
    dpi: float | None = None  # effective dpi when printed on A4 (or at its scanned size)
    colour: bool | None = None
    image_only: bool | None = None  # PDF: no text layer, only pictures
    blank: bool | None = None
    sharpness: float | None = None  # variance of the Laplacian on the text band
    orientation: str | None = None  # upright | sideways | upside_down | None (can't tell)
    analysed: bool = False
    # Phone photo -> scanned page (issue 17): a camera photo, the document found in it
    # (``Detection.to_json`` + ``document_dpi``, ``glare``), paper to the edges (a scan).
    photo: bool | None = None
    document: dict[str, Any] | None = None
    scan_like: bool | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"number": self.number}
        for name in (
            "width_px",
            "height_px",
            "width_pt",
            "height_pt",
            "rotation",
            "dpi",
            "colour",
            "image_only",
            "blank",
            "sharpness",
            "orientation",
            "analysed",
            "photo",
            "document",
        ):
            value = getattr(self, name)
            if isinstance(value, float):
                value = round(value, 1)
            if value is not None:
                out[name] = value
        return out


@dataclass
class FileReport:
    """The verdict on one file. ``accepted`` is true when no problem is an error."""

    file: str
    kind: Kind
    mime: str
    size_bytes: int = 0
    pages: int = 0
    problems: list[Problem] = field(default_factory=list)
    page_info: list[PageInfo] = field(default_factory=list)
    detail: str = ""  # format or application name (language-neutral)
    encrypted: bool = False
    exif_orientation: int | None = None
    colour_mode: str | None = None  # Pillow mode of the source picture (RGB, CMYK, I;16, …)
    active_content: list[str] = field(default_factory=list)  # PDF: what sanitising drops
    repaired: bool = False
    elapsed_ms: float = 0.0
    # What the papers say (desktop.intake.twoddoc.TwoDDoc, desktop.intake.mrz.MrzRead).
    twoddocs: list[Any] = field(default_factory=list)
    mrz: Any = None

    @property
    def file_name(self) -> str:
        """The name a person recognises (no directories: messages never show paths)."""
        return PurePath(self.file).name or self.file

    @property
    def accepted(self) -> bool:
        return self.kind in READABLE_KINDS and not self.errors

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def pixel_size(self) -> tuple[int, int] | None:
        if self.page_info and self.page_info[0].width_px and self.page_info[0].height_px:
            return (self.page_info[0].width_px, self.page_info[0].height_px)
        return None

    @property
    def dpi(self) -> float | None:
        """The worst effective dpi over the pages that have one."""
        values = [p.dpi for p in self.page_info if p.dpi is not None]
        return min(values) if values else None

    @property
    def colour(self) -> bool | None:
        values = [p.colour for p in self.page_info if p.colour is not None]
        return any(values) if values else None

    def has(self, code: str) -> bool:
        return any(p.code == code for p in self.problems)

    def add(self, prob: Problem) -> None:
        self.problems.append(prob)

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        dpi = self.dpi
        return {
            "file": self.file,
            "kind": str(self.kind),
            "mime": self.mime,
            "pages": self.pages,
            "accepted": self.accepted,
            "problems": [p.to_json(lang) for p in self.problems],
            "size_bytes": self.size_bytes,
            "format": self.detail,
            "pixel_size": list(self.pixel_size) if self.pixel_size else None,
            "dpi": round(dpi) if dpi is not None else None,
            "colour": self.colour,
            "colour_mode": self.colour_mode,
            "encrypted": self.encrypted,
            "exif_orientation": self.exif_orientation,
            "active_content": list(self.active_content),
            "repaired": self.repaired,
            "page_info": [p.to_json() for p in self.page_info],
            "document": self.page_info[0].document if self.page_info else None,
            "elapsed_ms": round(self.elapsed_ms, 1),
            "twoddocs": [_twoddoc_json(d, lang) for d in self.twoddocs],
            "mrz": self.mrz.to_json() if self.mrz is not None else None,
        }

    @property
    def coded_date(self) -> Any:
        """The date a 2D-Doc of the file gives the document (``datetime.date``), if any."""
        for doc in self.twoddocs:
            if doc.date is not None:
                return doc.date
        return None

    def summary(self, lang: str | None = None) -> str:
        """One line for a person: kind, pages, size, dpi, colour."""
        parts = [self.detail or str(self.kind)]
        if self.pages:
            parts.append(t("intake.cli.pages", lang, pages=self.pages))
        if self.pixel_size:
            parts.append(f"{self.pixel_size[0]} × {self.pixel_size[1]} px")
        if self.dpi is not None:
            parts.append(t("intake.cli.dpi", lang, dpi=round(self.dpi)))
        if self.colour is not None:
            parts.append(t("intake.cli.colour" if self.colour else "intake.cli.grey", lang))
        return ", ".join(parts)
