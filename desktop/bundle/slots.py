"""One piece's files into one upload-ready PDF under the slot's size limit.

``plan_sources`` reads what each file is (intake sniffing, sanitised PDFs);
``SlotBuilder.build`` encodes image pages (in worker processes), copies PDF
pages, measures the result and walks down the quality, then resolution,
ladder until the file fits, never below the legibility floor. A piece that
still does not fit is reported with its options (greyscale, split) instead of
being crushed into an unreadable file.

Memory stays flat in the page count (issue 17): at most ``Runner.ahead`` pages
are in flight between the workers and this process; each page's JPEG goes to
the builder's ``Spool`` (a temporary file) as it arrives, and a piece of image
pages only is written straight to a file by ``pdfout.ImagePdfStream``, page by
page. A piece with PDF files goes through pypdf (the PDFs are in memory anyway,
their size bounded by intake).
"""

from __future__ import annotations

import io
import math
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PdfReader, PdfWriter

from desktop.bundle import layout, pdfout
from desktop.bundle.images import ImageJob, PreparedImage, Spool, prepare
from desktop.bundle.settings import BundleSettings
from desktop.core import reader
from desktop.core.messages import Problem
from desktop.errors import UserError
from desktop.intake.photo import DOC_HINTS, corners

#: Bytes a PDF page costs beyond its image (page dict, content stream, xref).
PAGE_OVERHEAD = 700
FILE_OVERHEAD = 1500
IMAGE_KINDS = {"jpeg", "png", "tiff", "gif", "webp", "heic", "avif", "bmp"}


@dataclass
class Source:
    """One input file of a piece."""

    rel: str
    path: Path
    kind: str
    pages: int = 0
    pdf: bytes | None = None  # sanitised bytes for PDFs
    problem: Problem | None = None
    # A person's choice for a photo (issue 17): {"keep": True} (as taken) or
    # {"quad": [[x, y]] * 4} (corners, fractions of the upright photo).
    scan: Mapping[str, Any] | None = None


@dataclass
class PageSpec:
    source: int  # index in the sources list
    page: int  # PDF page index or image frame


def sheet_images(res: SlotResult) -> list[list[PreparedImage]]:
    """The image pages of each page of the piece (a card's recto and verso: two on
    one page; a PDF page: none)."""
    return [[im for i in sheet if (im := res.image_pages[i]) is not None] for sheet in res.sheets]


def _count_pages(res: SlotResult) -> None:
    """Pages, not pictures: a page is grey when every picture on it is, in colour
    when one is, kept as is when every picture on it was."""
    pages = [p for p in sheet_images(res) if p]
    res.grey_pages = sum(1 for p in pages if all(im.grey for im in p))
    res.colour_pages = sum(1 for p in pages if any(im.colour for im in p))
    res.passthrough_pages = sum(1 for p in pages if all(im.passthrough for im in p))


@dataclass
class SlotResult:
    """What became of one piece."""

    piece: str
    writer_pages: int = 0
    size: int = 0
    limit: int = 0
    fits: bool = False
    grey_pages: int = 0
    min_dpi: float | None = None
    passthrough_pages: int = 0
    colour_pages: int = 0
    stored: bytes = b""  # the PDF, when made elsewhere (a letter)
    path: Path | None = None  # the PDF, when written by a ``SlotBuilder`` (its scratch)
    problems: list[Problem] = field(default_factory=list)
    image_pages: list[PreparedImage | None] = field(default_factory=list)  # one per input page
    # The pages of the piece, as indices into ``image_pages`` (``layout.sheets``): a
    # card's recto and verso make one page.
    sheets: list[tuple[int, ...]] = field(default_factory=list)
    override: dict[int, bytes] | None = None  # PDF inputs as recompressed to fit
    # The builder whose scratch folder and spool hold ``path`` and the pages: kept
    # alive (its folder is removed when it is closed or collected).
    owner: Any = field(default=None, repr=False)

    @property
    def data(self) -> bytes:
        """The PDF's bytes (read from ``path`` when there is one)."""
        return self.path.read_bytes() if self.path is not None else self.stored

    def placed(self, page: int, margin_mm: float) -> list[tuple[PreparedImage, layout.Box]]:
        """The images drawn on page ``page`` of the piece and where ([]: a PDF's page)."""
        if page >= len(self.sheets):
            return []
        imgs = [self.image_pages[i] for i in self.sheets[page]]
        if any(im is None for im in imgs):
            return []
        done = [im for im in imgs if im is not None]
        return list(zip(done, layout.boxes(done, margin_mm), strict=True))


def _problem(code: str, severity: str = "error", **params: Any) -> Problem:
    return Problem(code, severity, params, f"bundle.{code}")


def _sniff(path: Path) -> str:
    from desktop.intake import sniff_file

    return str(sniff_file(path).kind.value)


def _frames(path: Path, kind: str) -> int:
    if kind != "tiff":
        return 1
    with Image.open(path) as im:
        return int(getattr(im, "n_frames", 1) or 1)


def plan_sources(
    files: Sequence[tuple[str, Path]],
    findings: Mapping[str, Any] | None = None,
    *,
    base: Path | None = None,
) -> list[Source]:
    """Read each file's kind and page count; unusable files carry a problem.

    ``findings`` maps a file (as given) to what intake already said about it (the
    check's reports); files without one are inspected here, except PDFs, which
    sanitising judges. A file intake refuses (damaged, a decompression bomb, Word…)
    is never handed to the image pipeline. With ``base`` (a dossier's folder) the
    files are the dossier's entries: one that leaves the folder (absolute, ``..``,
    a link out) is refused unread (``outside_dossier``).
    """
    from desktop.core.dossier import file_status
    from desktop.intake import IntakeError, inspect_file
    from desktop.intake.report import ERROR, unusable
    from desktop.intake.report import problem as intake_problem

    found = findings or {}
    out: list[Source] = []
    for rel, given in files:
        name = Path(rel).name or rel
        path = given if base is None else reader.inside(base, rel)
        if path is None:
            prob = intake_problem("outside_dossier", ERROR, file=rel)
            out.append(Source(rel, given, "unreadable", problem=prob))
            continue
        status = file_status(path)
        if status == "missing":
            out.append(Source(rel, path, "missing", problem=_problem("file_missing", file=rel)))
            continue
        if status != "file":
            key = "intake.cannot_open" if status == "folder" else "cli.cannot_open"
            prob = Problem("cannot_open", "error", {"file": name}, key)
            out.append(Source(rel, path, "unreadable", problem=prob))
            continue
        try:
            kind = _sniff(path)
        except OSError:
            out.append(
                Source(rel, path, "unreadable", problem=_problem("file_unreadable", file=name))
            )
            continue
        src = Source(rel, path, kind)
        try:
            report = found.get(rel)
            if report is None and kind != "pdf":
                # Only whether the file can be used at all: the document in a photo is
                # found again (at full size) when the page is made.
                # Nor are its 2D-Docs read (seconds on a 12 MP photo): convert keeps
                # only the verdict "usable or not"; a dossier's build gets the check's.
                # Nor measured (blank, blur): none of that makes a file unusable.
                report = inspect_file(path, scan=False, codes=False, measure=False)
            refused = unusable(report.problems) if report is not None else None
            if refused is not None:
                src.problem = refused
            elif kind == "pdf":
                from desktop.intake import sanitise_pdf  # (pdfium: for PDFs only)

                clean = sanitise_pdf(path, file_name=name)
                src.pdf, src.pages = clean.data, clean.pages
            elif kind in IMAGE_KINDS:
                src.pages = _frames(path, kind)
            else:
                src.problem = _problem("file_unsupported", file=name, kind=kind.upper())
        except IntakeError as exc:
            src.problem = exc.problem
        except UserError as exc:
            src.problem = Problem(exc.key, "error", dict(exc.params), exc.key)
        except Exception:  # hostile or broken file: a verdict, never a traceback
            src.problem = _problem("file_unreadable", file=name)
        out.append(src)
    return out


def page_specs(sources: Sequence[Source]) -> list[PageSpec]:
    specs: list[PageSpec] = []
    for i, s in enumerate(sources):
        if s.problem is None:
            specs.extend(PageSpec(i, p) for p in range(s.pages))
    return specs


class Runner:
    """Runs image jobs inline or on a process pool, in submission order, with at
    most ``ahead`` jobs submitted and not yet handed back: finished pages never
    pile up in the pool's futures while the caller is behind."""

    def __init__(self, executor: Executor | None, workers: int = 2) -> None:
        self.executor = executor
        self.ahead = 2 * max(1, workers)  # each worker has its next job waiting

    def map(self, jobs: Sequence[ImageJob]) -> Iterator[PreparedImage]:
        if self.executor is None or len(jobs) < 2:
            for job in jobs:
                yield prepare(job)
            return
        pending: deque[Future[PreparedImage]] = deque()
        todo = iter(jobs)
        try:
            for job in todo:
                pending.append(self.executor.submit(prepare, job))
                if len(pending) >= self.ahead:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for f in pending:
                f.cancel()


class SlotBuilder:
    def __init__(
        self,
        settings: BundleSettings,
        runner: Runner,
        on_page: Callable[[str, int, int], None],
        *,
        cleanup: bool = True,
        scratch: Path | None = None,
    ) -> None:
        self.s = settings
        self.runner = runner
        self.on_page = on_page
        self.cleanup = cleanup  # camera photos become scanned pages (issue 17)
        # The PDFs made (trials, results, parts): a private folder, removed by close().
        self._scratch = tempfile.TemporaryDirectory(prefix=".slots-", dir=scratch)
        self.scratch = Path(self._scratch.name)
        self.spool = Spool(self.scratch)  # every page's JPEG, as it comes from the workers
        self._names = 0

    def close(self) -> None:
        """Remove the spool and every file written in the scratch folder."""
        self.spool.close()
        self._scratch.cleanup()

    def __enter__(self) -> SlotBuilder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def new_path(self, stem: str = "slot") -> Path:
        self._names += 1
        return self.scratch / f"{stem}-{self._names}.pdf"

    # ----- image jobs -----------------------------------------------------------
    def _job(
        self, src: Source, frame: int, share: int | None, grey: str, piece: str = ""
    ) -> ImageJob:
        choice = src.scan or {}
        return ImageJob(
            path=str(src.path),
            frame=frame,
            dpi_ladder=self.s.dpi_ladder,
            quality_ladder=self.s.quality_ladder,
            byte_share=share,
            grey=grey,
            passthrough=True,
            passthrough_max_dpi=self.s.passthrough_max_dpi,
            margin_mm=self.s.margin_mm,
            min_chroma=self.s.colour_min_chroma,
            min_share=self.s.colour_min_share,
            file_bytes=src.path.stat().st_size if src.kind == "jpeg" else 0,
            cleanup=self.cleanup and not choice.get("keep", False),
            quad=corners(choice.get("quad")),
            doc_hint=DOC_HINTS.get(piece),
        )

    def _encode(
        self,
        piece: str,
        sources: Sequence[Source],
        specs: Sequence[PageSpec],
        shares: Sequence[int | None],
        grey: str,
        previous: Sequence[PreparedImage | None] | None = None,
        redo: set[int] | None = None,
    ) -> list[PreparedImage | None]:
        out: list[PreparedImage | None] = list(previous) if previous else [None] * len(specs)
        todo = [
            i
            for i, sp in enumerate(specs)
            if sources[sp.source].kind != "pdf" and (redo is None or i in redo)
        ]
        jobs = [
            self._job(sources[specs[i].source], specs[i].page, shares[i], grey, piece) for i in todo
        ]
        for n, (i, img) in enumerate(zip(todo, self.runner.map(jobs), strict=True)):
            out[i] = self.spool.put(img)  # the bytes leave memory at once
            self.on_page(piece, n + 1, len(todo))
        return out

    # ----- assembling -------------------------------------------------------------
    def assemble(
        self,
        sources: Sequence[Source],
        specs: Sequence[PageSpec],
        images: Sequence[PreparedImage | None],
        pdf_override: dict[int, bytes] | None = None,
        *,
        path: Path | None = None,
    ) -> int:
        """Write the pages into the PDF ``path`` (``None``: only measure); its size.

        Image pages only: streamed, one page at a time (``pdfout.ImagePdfStream``).
        With PDF pages: pypdf, the whole file in memory (bounded by the PDFs').
        Two ID cards (or passport pages) in a row share a page (``layout.sheets``):
        ``images`` should start on a page's first image (``split`` cuts between pages)."""
        pages = layout.sheets(images, self.s.margin_mm)
        if all(sources[sp.source].kind != "pdf" for sp in specs):
            if path is None:
                stream = pdfout.ImagePdfStream(None, self.s.producer, self.s.margin_mm)
                for sheet in pages:
                    stream.add(_sheet_images(images, sheet))
                return stream.close()
            with path.open("wb") as fh:
                stream = pdfout.ImagePdfStream(fh, self.s.producer, self.s.margin_mm)
                for sheet in pages:
                    stream.add(_sheet_images(images, sheet))
                return stream.close()
        writer = PdfWriter()
        readers: dict[int, PdfReader] = {}
        for sheet in pages:
            sp = specs[sheet[0]]
            src = sources[sp.source]
            if src.kind == "pdf":
                reader = readers.get(sp.source)
                if reader is None:
                    data = (pdf_override or {}).get(sp.source, src.pdf or b"")
                    reader = readers[sp.source] = PdfReader(io.BytesIO(data))
                pdfout.add_pdf_pages(writer, reader, [sp.page])
            else:
                pdfout.add_image_page(writer, _sheet_images(images, sheet), self.s.margin_mm)
        data = pdfout.finish_bytes(writer, self.s.producer)
        if path is not None:
            path.write_bytes(data)
        return len(data)

    def _recompress_pdfs(
        self, sources: Sequence[Source], dpi: int, quality: int
    ) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        for i, src in enumerate(sources):
            if src.kind == "pdf" and src.pdf:
                out[i] = pdfout.recompress_images(src.pdf, dpi, quality, self.s.producer)
        return out

    # ----- the ladder -------------------------------------------------------------
    def build(
        self,
        piece: str,
        sources: Sequence[Source],
        limit: int,
        *,
        grey: str = "auto",
    ) -> SlotResult:
        specs = page_specs(sources)
        res = SlotResult(piece, limit=limit)
        n_img = sum(1 for sp in specs if sources[sp.source].kind != "pdf")
        pdf_bytes = sum(len(s.pdf or b"") for s in sources if s.kind == "pdf" and s.problem is None)
        budget = int(limit * 0.97) - FILE_OVERHEAD - PAGE_OVERHEAD * len(specs)
        share = max(1, (budget - pdf_bytes) // n_img) if n_img else None
        shares: list[int | None] = [share] * len(specs)
        images = self._encode(piece, sources, specs, shares, grey)
        path = self.new_path()
        size = self.assemble(sources, specs, images, path=path)

        def again(override: dict[int, bytes] | None) -> int:
            path.unlink(missing_ok=True)
            return self.assemble(sources, specs, images, override, path=path)

        override: dict[int, bytes] | None = None
        if size > limit and pdf_bytes:
            # PDF inputs keep their text: only their oversized pictures are recompressed.
            override = self._recompress_pdfs(
                sources, self.s.recompress_above_dpi, self.s.quality_ladder[0]
            )
            new_pdf = sum(len(v) for v in override.values())
            if new_pdf < pdf_bytes:
                if n_img:
                    share = max(1, (budget - new_pdf) // n_img)
                    shares = [share] * len(specs)
                    redo = {i for i, im in enumerate(images) if im is not None and im.size > share}
                    images = self._encode(piece, sources, specs, shares, grey, images, redo)
                size = again(override)
            pdf_bytes = min(pdf_bytes, new_pdf)
        if size > limit and pdf_bytes and self.s.floor_dpi < self.s.recompress_above_dpi:
            override = self._recompress_pdfs(sources, self.s.floor_dpi, self.s.quality_ladder[-1])
            size = again(override)
        rounds = 0
        while size > limit and n_img and rounds < 3:
            # Share the remaining budget by what each page really weighs: the pages
            # are made again from their files (never a JPEG of a JPEG), into the spool.
            rounds += 1
            img_total = sum(im.size for im in images if im is not None)
            spare = budget - (size - img_total)
            ratio = spare / max(1, img_total)
            if ratio <= 0:
                break
            redo = set()
            for i, im in enumerate(images):
                if im is not None and not (
                    im.over_share and im.quality == self.s.quality_ladder[-1]
                ):
                    shares[i] = max(1, int(im.size * ratio))
                    redo.add(i)
            if not redo:
                break
            images = self._encode(piece, sources, specs, shares, grey, images, redo)
            size = again(override)
        res.path, res.owner = path, self
        res.size = size
        res.fits = size <= limit
        res.override = override
        res.image_pages = list(images)
        res.sheets = layout.sheets(images, self.s.margin_mm)
        res.writer_pages = len(res.sheets)
        done = [im for im in images if im is not None]
        _count_pages(res)
        res.min_dpi = round(min((im.dpi for im in done), default=0), 1) or None
        return res

    def split(self, result: SlotResult, sources: Sequence[Source], limit: int) -> list[Path]:
        """Cut the piece into consecutive parts that each fit (page by page: a card's
        recto and verso on one page stay together); the parts are files in the
        scratch folder. Parts of image pages are measured without being written,
        then written once."""
        specs = page_specs(sources)
        images = result.image_pages
        override = result.override
        # Where each page starts, in ``specs`` (a page holds one or two images).
        starts = [sheet[0] for sheet in layout.sheets(images, self.s.margin_mm)] + [len(specs)]
        parts: list[Path] = []
        first = 0  # index in ``starts``
        while first < len(starts) - 1:
            last = first + 1  # the part is pages first..last-1
            while last < len(starts) - 1:
                a, b = starts[first], starts[last + 1]
                size = self.assemble(sources, specs[a:b], images[a:b], override)
                if size > limit:
                    break
                last += 1
            a, b = starts[first], starts[last]
            path = self.new_path("part")
            self.assemble(sources, specs[a:b], images[a:b], override, path=path)
            parts.append(path)
            first = last
        return parts


def _sheet_images(
    images: Sequence[PreparedImage | None], sheet: tuple[int, ...]
) -> list[PreparedImage]:
    out = [images[i] for i in sheet]
    assert all(im is not None for im in out)
    return [im for im in out if im is not None]


def parts_needed(size: int, limit: int) -> int:
    return max(2, math.ceil(size / max(1, limit)))


def default_workers(max_workers: int) -> int:
    return max(1, min(max_workers, os.cpu_count() or 1))


__all__ = ["PageSpec", "Runner", "SlotBuilder", "SlotResult", "Source", "plan_sources", "replace"]
