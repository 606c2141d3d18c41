"""``build_dossier``: a checked dossier into upload-ready files, the complete
dossier PDF, the ANEF guide and a JSON report; ``convert_files``: any mix of
photos and PDFs into one upload-ready PDF.

Output layout (``out_dir``)::

    upload/01-passport.pdf …    one PDF per piece with files, in catalog order,
                                each under its ANEF slot limit (-1of2, -2of2
                                when a piece had to be split); NN-<piece>-lettre.pdf
                                for a missing piece the applicant explained
                                (``[missing.<piece>] reason``): its letter, for its slot.
                                NN is the piece's number on the cover and in the
                                footers (« pièce NN/N »); a piece with no file is
                                listed on the cover unnumbered
    upload/GUIDE.pdf, GUIDE.txt where each file goes on ANEF (French + interface language)
    dossier-complet.pdf         cover sheet + every piece, bookmarks, page labels, footer stamp
    report.json                 the check verdict + every output file (bytes, pages)

Everything is first written into a hidden temporary folder inside
``out_dir`` and moved into place at the end, so a cancelled or failed build
leaves nothing half-written behind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pypdf import PdfReader, PdfWriter
from pypdf.constants import PageLabelStyle

from desktop.bundle import pdfout
from desktop.bundle.images import decode_small, warm_up, worker_init
from desktop.bundle.layout import Box
from desktop.bundle.progress import BuildCancelled, Cancellable, ProgressCallback, Tracker
from desktop.bundle.settings import BundleSettings, default_settings
from desktop.bundle.slots import (
    Runner,
    SlotBuilder,
    SlotResult,
    Source,
    default_workers,
    page_specs,
    parts_needed,
    plan_sources,
    sheet_images,
)
from desktop.bundle.workers import context as workers_context
from desktop.bundle.workers import worth_warming
from desktop.core.atomic import PRIVATE_FILE, atomic_write, fsync_dir
from desktop.core.catalog import Catalog, PieceDef
from desktop.core.messages import Problem, Text, normalise_lang, t
from desktop.core.rules import CheckResult, PieceVerdict, Verdict
from desktop.errors import UserError

if TYPE_CHECKING:  # reportlab and the letters (~0.3 s): a dossier's build needs them
    from desktop.bundle import stamps  # and imports them where it does; convert never.
    from desktop.bundle.cover import CoverData
    from desktop.bundle.guide import GuideData

EXIT_OK, EXIT_PROBLEMS = 0, 1
FR = "fr"
#: Bytes kept free in a slot for the watermark's text and font.
WATERMARK_RESERVE = 60_000
MB = 1_000_000


class NoUsableInput(UserError):
    """``convert``: none of the files can be used. The message gives, file by file,
    what intake found and what to do (a password, "export it as PDF"…)."""

    def __init__(self, problems: Sequence[Problem], files: str) -> None:
        super().__init__("bundle.convert_no_input", files=files)
        self.problems = list(problems)

    def message(self, lang: str | None = None) -> str:
        if not self.problems:
            return super().message(lang)
        return "\n".join(p.message(lang) for p in self.problems)


def _mb(n: int) -> str:
    return f"{n / MB:.1f}".rstrip("0").rstrip(".") if n % MB else str(n // MB)


def _too_big(
    builder: SlotBuilder,
    res: SlotResult,
    sources: list[Source],
    budget: int,
    limit: int,
    split: bool,
    grey: str,
    piece: Text | str,
) -> tuple[list[Path], Problem]:
    """A piece over its limit at the legibility floor: split it when asked, else keep
    the one file and say which choice would make it fit (split, or grey if in colour).
    The files are in the builder's scratch folder."""
    if split:
        parts = builder.split(res, sources, budget)
        return parts, _problem(
            "slot_split", "warning", piece=piece, limit_mb=_mb(limit), parts=len(parts)
        )
    code = "slot_too_big" if grey == "always" or not res.colour_pages else "slot_too_big_colour"
    assert res.path is not None
    return [res.path], _problem(
        code,
        piece=piece,
        size_mb=_mb(res.size),
        limit_mb=_mb(limit),
        parts=parts_needed(res.size, limit),
    )


def _problem(code: str, severity: str = "error", **params: Any) -> Problem:
    return Problem(code, severity, params, f"bundle.{code}")


@contextmanager
def _executor(max_workers: int, image_pages: int, warm: bool = False) -> Iterator[Executor | None]:
    """A process pool when there is enough image work to share (``_context``).
    ``warm``: the workers are started (and import the image code) at once, while the
    caller is still reading its files, rather than on the first page."""
    workers = max(1, min(max_workers, os.cpu_count() or 1))
    if workers < 2 or image_pages < 3:
        yield None
        return
    ctx = workers_context(warm)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=worker_init)
    try:
        if warm:
            for _ in range(workers):
                pool.submit(warm_up)
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _prepare_out(out_dir: Path) -> Path:
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError("bundle.out_not_folder", path=str(out_dir))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=".bundle-", dir=out_dir))
    except OSError:
        raise UserError("bundle.out_not_writable", path=str(out_dir)) from None


def _count_image_pages(groups: Sequence[Sequence[Source]]) -> int:
    return sum(s.pages for g in groups for s in g if s.problem is None and s.kind != "pdf")


@dataclass
class _Built:
    piece: PieceDef
    index: int  # NN in the file name
    result: SlotResult
    files: list[str]  # upload file names
    datas: list[bytes]
    sources: list[Source]
    pages: list[int]  # of each file in ``datas``, counted once

    @property
    def total_pages(self) -> int:
        return sum(self.pages)


def _slot_name(index: int, piece_id: str, part: int = 0, parts: int = 1) -> str:
    stem = f"{index:02d}-{piece_id.replace('_', '-')}"
    return f"{stem}-{part}of{parts}.pdf" if parts > 1 else f"{stem}.pdf"


def _watermark(
    data: bytes,
    text: str,
    s: BundleSettings,
    result: SlotResult,
    identity: bool,
    first_page: int = 0,
) -> bytes:
    """Stamp the watermark over every page of ``data``, off barcodes, MRZ and photo.
    ``data`` holds the piece's pages from ``first_page`` on (a part of a split piece)."""
    from desktop.bundle import stamps

    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    pages = pdfout.add_pdf_pages(writer, reader)
    sizes, zones = [], []
    for i, page in enumerate(pages):
        _, _, w, h = pdfout.visible_box(page)
        sizes.append((w, h))
        placed = result.placed(first_page + i, s.margin_mm)
        page_zones: list[stamps.KeepOut] = []
        if placed:  # each image of the page (a card's recto and verso), where it is drawn
            for img, box in placed:
                found = stamps.keep_outs(decode_small(img.read()), identity)
                page_zones += _image_to_page(found, box, w, h)
        else:
            grey = _render_grey(data, i)
            page_zones = stamps.keep_outs(grey, identity) if grey is not None else []
        zones.append(page_zones)
    margin_pt = s.keepout_margin_mm / 25.4 * 72
    overlay = stamps.watermark_overlay(
        sizes,
        zones,
        text,
        opacity=s.watermark_opacity,
        colour=s.watermark_colour,
        margin_pt=margin_pt,
    )
    pdfout.stamp_pages(writer, pages, overlay)
    return pdfout.finish_bytes(writer, s.producer)


def _image_to_page(
    zones: list[stamps.KeepOut], box: Box, w: float, h: float
) -> list[stamps.KeepOut]:
    """Zones found on an image page's picture, moved into page fractions."""
    from desktop.bundle import stamps

    out = []
    for z in zones:
        x0, y0, x1, y1 = z.rect
        out.append(
            stamps.KeepOut(
                z.kind,
                (
                    (box.left + x0 * box.width) / w,
                    (box.top + y0 * box.height) / h,
                    (box.left + x1 * box.width) / w,
                    (box.top + y1 * box.height) / h,
                ),
            )
        )
    return out


def _render_grey(data: bytes, index: int) -> Any:
    try:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(data)
        try:
            page = doc[index]
            scale = 1000 / max(page.get_width(), page.get_height())
            img = page.render(scale=scale, grayscale=True).to_pil().convert("L")
            return img
        finally:
            doc.close()
    except Exception:  # no rendering: the watermark goes everywhere but barcodes are unknown
        return None


def _write(path: Path, data: bytes) -> None:
    """Into the build's hidden folder (moved into place at the end): private to the
    person (0600), one folder fsync when everything is there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data, sync_dir=False)


def _pages_of(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _pages_in(path: Path) -> int:
    """Pages of a PDF file (pypdf reads the xref and page tree, not the images)."""
    with path.open("rb") as fh:
        return len(PdfReader(fh).pages)


def _move_in(made: Path, dest: Path) -> int:
    """A PDF written in a scratch folder on the same disk, made private (0600),
    synced and renamed over ``dest``; its size. The caller syncs the folder."""
    os.chmod(made, PRIVATE_FILE)
    with made.open("rb+") as fh:
        os.fsync(fh.fileno())
        size = os.fstat(fh.fileno()).st_size
    os.replace(made, dest)
    return size


@dataclass(frozen=True)
class OutputFile:
    """One file the build wrote (``path`` relative to the output folder)."""

    path: str
    kind: str  # slot | complete | guide | guide_text
    bytes: int
    pages: int | None
    piece: str | None = None
    limit_bytes: int | None = None
    anef_slot: Text | None = None
    anef_slot_confirmed: bool | None = None

    @property
    def fits(self) -> bool:
        return self.limit_bytes is None or self.bytes <= self.limit_bytes

    def to_json(self, lang: str | None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "kind": self.kind,
            "bytes": self.bytes,
            "pages": self.pages,
        }
        if self.kind == "slot":
            out.update(
                piece=self.piece,
                limit_bytes=self.limit_bytes,
                fits=self.fits,
                anef_slot=self.anef_slot.in_lang(lang) if self.anef_slot else "",
                anef_slot_confirmed=self.anef_slot_confirmed,
            )
        return out


@dataclass(frozen=True)
class PieceOutput:
    """What became of one piece: its upload files and how its pages were made."""

    id: str
    files: list[str]
    pages: int
    bytes: int
    fits: bool
    min_dpi: float | None
    grey_pages: int
    colour_pages: int
    kept_as_is_pages: int


@dataclass
class BuildReport:
    """What ``build_dossier`` made of a checked dossier. ``complete`` is true when
    every required piece is there, fine and under its slot's limit; ``to_json`` is
    the README's ``report.json``."""

    checked: CheckResult
    today: dt.date
    lang: str
    out_dir: Path
    watermark: bool
    outputs: list[OutputFile]
    pieces: list[PieceOutput]
    problems: list[tuple[str, Problem]]  # (piece id, what the build found)
    complete: bool

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.complete else EXIT_PROBLEMS

    def slots(self) -> list[OutputFile]:
        return [o for o in self.outputs if o.kind == "slot"]

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        lang = lang or self.lang
        return {
            "complete": self.complete,
            "exit_code": self.exit_code,
            "today": self.today.isoformat(),
            "lang": lang,
            "out_dir": str(self.out_dir),
            "watermark": self.watermark,
            "outputs": [o.to_json(lang) for o in self.outputs],
            "pieces": [dataclasses.asdict(p) for p in self.pieces],
            "problems": [{**x.to_json(lang), "piece": pid} for pid, x in self.problems],
            "check": self.checked.to_json(lang),
        }


def build_dossier(
    checked: CheckResult,
    out_dir: str | os.PathLike[str],
    *,
    today: dt.date,
    lang: str | None = None,
    watermark: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: Cancellable | None = None,
    max_workers: int = 2,
    grey: str = "auto",
    split: bool = False,
    settings: BundleSettings | None = None,
    cleanup: bool = True,
) -> BuildReport:
    """Build everything for the checked dossier into ``out_dir``.

    ``checked`` comes from ``desktop.services.check_dossier``: the bundle judges
    nothing again. ``watermark``: the prefecture ("Rhône", "69", "Préfecture du Rhône":
    ``letters.places`` puts the right article) to watermark identity pieces with, or None. ``grey``: auto | always | never.
    ``split``: cut a piece that cannot fit its slot into several files instead of
    reporting it. The report is also written as ``out_dir/report.json``. Raises
    ``UserError`` on bad input, ``BuildCancelled`` when ``cancel`` fires (nothing
    is left behind).
    """
    run = _Run(
        checked=checked,
        settings=settings or default_settings(),
        today=today,
        lang=normalise_lang(lang),
        watermark=watermark,
        tracker=Tracker(progress, cancel, 1.0),
        max_workers=max_workers,
        grey=grey,
        split=split,
        cleanup=cleanup,
    )
    run.tracker.emit("check")
    out = Path(out_dir)
    tmp = _prepare_out(out)
    try:
        report = run.build(out, tmp)
        _move_into_place(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(tmp, ignore_errors=True)
    run.tracker.emit("done", final=True)
    return report


def _move_into_place(tmp: Path, out: Path) -> None:
    old_upload = out / "upload"
    if old_upload.exists():
        trash = Path(tempfile.mkdtemp(prefix=".old-", dir=out))
        old_upload.rename(trash / "upload")
        shutil.rmtree(trash, ignore_errors=True)
    for item in tmp.iterdir():
        if item.is_dir():
            fsync_dir(item, best_effort=True)
        fsync_dir(tmp, best_effort=True)
        os.replace(item, out / item.name)
    fsync_dir(out, best_effort=True)


@dataclass
class _Run:
    """One build, in steps: the slot files, the complete dossier, the guide, the report."""

    checked: CheckResult
    settings: BundleSettings
    today: dt.date
    lang: str
    watermark: str | None
    tracker: Tracker
    max_workers: int
    grey: str
    split: bool
    cleanup: bool = True  # camera photos become scanned pages (issue 17)
    built: list[_Built] = field(default_factory=list)
    piece_problems: dict[str, list[Problem]] = field(default_factory=dict)
    letters: list[str] = field(default_factory=list)  # pieces whose file is their letter

    @property
    def verdict(self) -> Verdict:
        return self.checked.verdict

    @property
    def catalog(self) -> Catalog:
        return self.checked.catalog

    def build(self, out: Path, tmp: Path) -> BuildReport:
        from desktop.bundle.guide import guide_pdf, guide_text

        upload = tmp / "upload"
        upload.mkdir(mode=0o700)
        self.slots(upload)
        self.tracker.emit("complete")
        counts = {b.piece.id: b.total_pages for b in self.built}
        complete = self.complete()
        # What goes beside the slot files, kept to report on without reading it back.
        written = {("dossier-complet.pdf", "complete"): self.complete_pdf(counts, complete)}
        self.tracker.emit("guide")
        guide = self.guide_data(counts)
        written[("upload/GUIDE.pdf", "guide")] = guide_pdf(guide, self.settings)
        written[("upload/GUIDE.txt", "guide_text")] = guide_text(guide, self.settings).encode()
        for (rel, _kind), data in written.items():
            _write(tmp / rel, data)
        report = self.report(out, written, counts, complete)
        text = json.dumps(report.to_json(), ensure_ascii=False, indent=2, default=str)
        _write(tmp / "report.json", text.encode("utf-8"))
        return report

    # ----- step 1: one upload file (or several) per piece with files -------------------
    def slots(self, upload: Path) -> None:
        dossier, s, tracker = self.checked.dossier, self.settings, self.tracker
        # A piece the applicant cannot give yet, with their reason in the dossier: its
        # explanation letter goes in its ANEF slot, numbered in its place.
        explained = {pv.id for pv in self.verdict.pieces if self.explains(pv)}
        with_files = [pv for pv in self.verdict.pieces if pv.files or pv.id in explained]
        groups = [
            plan_sources(
                [(f, dossier.resolve(f)) for f in pv.files],
                self.checked.findings,
                base=dossier.base_dir,
            )
            for pv in with_files
        ]
        choices = dossier.data.get("scan")  # a person's corners or "as taken", per file
        if isinstance(choices, dict):
            for group in groups:
                for src in group:
                    choice = choices.get(src.rel)
                    src.scan = choice if isinstance(choice, dict) else None
        total_pages = sum(len(page_specs(g)) for g in groups)
        tracker.total = max(1.0, total_pages * 1.25 + 3)
        tracker.emit("check", 1)
        wm_text = self.watermark_text()

        def on_page(piece: str, page: int, pages: int) -> None:
            tracker.emit("page", 1, piece=piece, page=page, pages=pages)

        with (
            _executor(self.max_workers, _count_image_pages(groups)) as pool,
            SlotBuilder(
                s,
                Runner(pool, default_workers(self.max_workers)),
                on_page,
                cleanup=self.cleanup,
                scratch=upload.parent,
            ) as builder,
        ):
            index = 0
            for pv, sources in zip(with_files, groups, strict=True):
                if not pv.files:
                    letter = self.explanation_letter(pv, upload.parent)
                    if letter is not None:
                        index += 1
                        name = _slot_name(index, pv.id).replace(".pdf", "-lettre.pdf")
                        _write(upload / name, letter.data)
                        pages = [letter.writer_pages]
                        self.built.append(
                            _Built(pv.definition, index, letter, [name], [letter.data], [], pages)
                        )
                        self.letters.append(pv.id)
                    continue
                probs = self.piece_problems.setdefault(pv.id, [])
                probs.extend(src.problem for src in sources if src.problem is not None)
                specs = page_specs(sources)
                label = Text(pv.definition.label)
                if not specs:
                    probs.append(_problem("piece_no_file", piece=label))
                    continue
                tracker.emit("slot", piece=pv.id, pages=len(specs))
                limit = self.catalog.slot_max_bytes(pv.id)
                use_wm = wm_text is not None and pv.definition.identity
                budget = limit - (WATERMARK_RESERVE if use_wm else 0)
                res = builder.build(pv.id, sources, budget, grey=self.grey)
                pdf_pages = sum(1 for sp in specs if sources[sp.source].kind == "pdf")
                tracker.emit("fit", pdf_pages, piece=pv.id, pages=len(specs))
                if not res.fits:
                    parts, problem = _too_big(
                        builder, res, sources, budget, limit, self.split, self.grey, label
                    )
                    datas = [p.read_bytes() for p in parts]  # each under the slot's limit
                    probs.append(problem)
                else:
                    datas = [res.data]
                    if self.grey == "always" and res.colour_pages:
                        probs.append(
                            _problem("slot_grey", "warning", piece=label, limit_mb=_mb(limit))
                        )
                if use_wm and wm_text is not None:
                    marked, first = [], 0
                    for d in datas:  # a part holds the piece's pages from ``first`` on
                        marked.append(_watermark(d, wm_text, s, res, True, first))
                        first += _pages_of(d)
                    datas = marked
                index += 1
                names = [_slot_name(index, pv.id, k + 1, len(datas)) for k in range(len(datas))]
                for n, d in zip(names, datas, strict=True):
                    _write(upload / n, d)
                pages = [_pages_of(d) for d in datas]
                self.built.append(_Built(pv.definition, index, res, names, datas, sources, pages))
                tracker.check()

    def explains(self, pv: PieceVerdict) -> bool:
        """A missing piece with a file slot on ANEF and the applicant's reason."""
        if pv.files or pv.status != "missing" or pv.id == "ephoto":
            return False
        stored = self.checked.dossier.get(f"missing.{pv.id}", {}) or {}
        return isinstance(stored, dict) and bool(str(stored.get("reason", "") or "").strip())

    def explanation_letter(self, pv: PieceVerdict, scratch: Path) -> SlotResult | None:
        """The missing-piece letter (French, signed when a signature is drawn) for
        ``pv``, as that piece's upload file; None when the letter cannot be written."""
        from desktop.letters.missing import missing_piece_letter

        path = scratch / f".letter-{pv.id}.pdf"
        try:
            result = missing_piece_letter(self.checked.dossier, [pv.id], None, path, self.today)
            data = path.read_bytes()
        except (UserError, OSError):  # `letter missing` says why; the cover lists it as missing
            return None
        finally:
            path.unlink(missing_ok=True)
        limit = self.catalog.slot_max_bytes(pv.id)
        return SlotResult(
            pv.id, writer_pages=result.pages, size=len(data), limit=limit, fits=len(data) <= limit,
            stored=data,
        )  # fmt: skip

    def watermark_text(self) -> str | None:
        from desktop.letters.places import prefecture_phrase
        from desktop.letters.typography import fr_date

        if not self.watermark:
            return None
        return self.settings.watermark_template.format(
            prefecture=prefecture_phrase(self.watermark), date=fr_date(self.today)
        )

    def complete(self) -> bool:
        """The verdict's, and no piece the build itself found wrong (too big, unusable)."""
        return self.verdict.complete and not any(
            p.severity == "error" for probs in self.piece_problems.values() for p in probs
        )

    # ----- step 2: the complete dossier, its cover first (in French) --------------------
    def shown(self, counts: dict[str, int]) -> list[PieceVerdict]:
        return [p for p in self.verdict.pieces if p.status != "not_required" or p.id in counts]

    def cover_data(self, counts: dict[str, int], complete: bool, first_page: int) -> CoverData:
        """The cover's facts. One numbering: a piece with a file has the number of
        its upload file (``NN-…pdf``) and of its footer (« pièce NN/N »); a piece
        without one is listed unnumbered."""
        from desktop.bundle.cover import CoverData, CoverRow
        from desktop.letters.places import prefecture_title

        rows, missing = [], []
        page = first_page
        numbers = {b.piece.id: b.index for b in self.built}
        for p in self.shown(counts):
            n = counts.get(p.id, 0)
            pages = (page, page + n - 1) if n else None
            label = p.definition.label_in(FR)
            if p.id in self.letters:
                label += " — " + t("bundle.cover.letter_attached", FR)
            rows.append(CoverRow(label, p.status, pages, numbers.get(p.id)))
            page += n
            found = self.piece_problems.get(p.id, [])
            reasons = [*self.own_reasons(p.id), *(x.message(FR) for x in [*p.problems, *found])]
            if p.status in ("missing", "error") or found:
                missing.append((p.definition.label_in(FR), reasons))
        for prob in self.verdict.problems:
            if prob.severity == "error":
                missing.append(("—", [prob.message(FR)]))
        a = self.checked.dossier.applicant
        return CoverData(
            applicant=a.display_name,
            native_name=a.native_name,
            birth=a.birth_date,
            numero_etranger=a.numero_etranger,
            situation=self.verdict.situation.label_in(FR),
            filing_date=self.verdict.filing_date,
            prefecture=prefecture_title(pref) if (pref := self.checked.dossier.prefecture) else "",
            complete=complete,
            rows=rows,
            missing=missing,
            made_on=self.today,
        )

    def own_reasons(self, piece_id: str) -> list[str]:
        """What the applicant said about a piece they cannot give yet (the
        ``[missing.<piece>]`` table the letters page fills): reason, steps, date."""
        from desktop.letters.missing import gather as missing_answers
        from desktop.letters.typography import fr_date

        try:
            ans = missing_answers(self.checked.dossier, piece_id, None)
        except UserError:  # a malformed table: `check` and the letter say so
            return []
        out = []
        if ans.reason:
            out.append(t("bundle.cover.own_reason", FR, reason=ans.reason))
        for when, what in ans.steps:
            out.append(
                t("bundle.cover.own_step", FR, date=fr_date(when) if when else "—", what=what)
            )
        if ans.expected_on:
            out.append(t("bundle.cover.own_expected", FR, date=fr_date(ans.expected_on)))
        if ans.substitute:
            out.append(t("bundle.cover.own_substitute", FR, substitute=ans.substitute))
        return out

    def complete_pdf(self, counts: dict[str, int], complete: bool) -> bytes:
        from desktop.bundle.cover import render_cover

        cover = render_cover(self.cover_data(counts, complete, 2))
        cover_pages = _pages_of(cover)
        if cover_pages != 1:
            cover = render_cover(self.cover_data(counts, complete, cover_pages + 1))
            cover_pages = _pages_of(cover)
        a = self.checked.dossier.applicant
        return _complete_pdf(
            cover,
            cover_pages,
            self.built,
            self.shown(counts),
            a.display_name or a.native_name,
            self.settings,
            self.tracker,
        )

    # ----- step 3: where each file goes on ANEF (French + the person's language) -----------
    def guide_data(self, counts: dict[str, int]) -> GuideData:
        from desktop.bundle.guide import GuideData, GuideFile, GuideMissing

        verdict, catalog = self.verdict, self.catalog
        langs = [FR] if self.lang == FR else [FR, self.lang]
        files = [
            GuideFile(n, b.piece.label, b.piece.anef_slot, b.piece.anef_slot_confirmed)
            for b in self.built
            for n in b.files
        ]
        missing = [
            GuideMissing(
                p.definition.label,
                p.definition.anef_slot,
                p.definition.anef_slot_confirmed,
                p.definition.help,
            )
            for p in verdict.pieces
            if p.id not in counts and p.required and p.id != "ephoto"
        ]
        if any(p.id == "ephoto" and p.status == "missing" for p in verdict.pieces):
            eph = catalog.pieces["ephoto"]
            missing.append(
                GuideMissing(eph.label, eph.anef_slot, eph.anef_slot_confirmed, eph.help)
            )
        problems: dict[str, list[str]] = {}
        for lg in langs:
            lines = []
            for pv in verdict.pieces:
                if pv.status in ("error", "warning"):
                    lines += [x.message(lg) for x in pv.problems]
                lines += [x.message(lg) for x in self.piece_problems.get(pv.id, [])]
            lines += [x.message(lg) for x in verdict.problems if x.severity != "info"]
            problems[lg] = lines
        return GuideData(
            limit_mb=_mb(int(catalog.limits["default_max_bytes"])),
            files=files,
            missing=missing,
            deadlines={lg: [d.label(lg) for d in verdict.deadlines] for lg in langs},
            problems=problems,
            ephoto_code=self.checked.dossier.ephoto_code,
            langs=langs,
        )

    # ----- step 4: the report -------------------------------------------------------------
    def report(
        self,
        out: Path,
        written: dict[tuple[str, str], bytes],
        counts: dict[str, int],
        complete: bool,
    ) -> BuildReport:
        outputs = []
        for b in self.built:
            for n, d, pages in zip(b.files, b.datas, b.pages, strict=True):
                outputs.append(
                    OutputFile(
                        path=f"upload/{n}",
                        kind="slot",
                        bytes=len(d),
                        pages=pages,
                        piece=b.piece.id,
                        limit_bytes=self.catalog.slot_max_bytes(b.piece.id),
                        anef_slot=Text(b.piece.anef_slot),
                        anef_slot_confirmed=b.piece.anef_slot_confirmed,
                    )
                )
        for (rel, kind), data in written.items():
            count = _pages_of(data) if rel.endswith(".pdf") else None
            outputs.append(OutputFile(rel, kind, len(data), count))
        pieces = [
            PieceOutput(
                id=b.piece.id,
                files=b.files,
                pages=counts[b.piece.id],
                bytes=b.result.size,
                fits=b.result.fits or len(b.datas) > 1,
                min_dpi=b.result.min_dpi,
                grey_pages=b.result.grey_pages,
                colour_pages=b.result.colour_pages,
                kept_as_is_pages=b.result.passthrough_pages,
            )
            for b in self.built
        ]
        return BuildReport(
            checked=self.checked,
            today=self.today,
            lang=self.lang,
            out_dir=out,
            watermark=self.watermark_text() is not None,
            outputs=outputs,
            pieces=pieces,
            problems=[(pid, x) for pid, xs in self.piece_problems.items() for x in xs],
            complete=complete and all(o.fits for o in outputs),
        )


def _complete_pdf(
    cover: bytes,
    cover_pages: int,
    built: list[_Built],
    shown: Sequence[PieceVerdict],
    name: str,
    s: BundleSettings,
    tracker: Tracker,
) -> bytes:
    from desktop.bundle import stamps

    writer = PdfWriter()
    cover_reader = PdfReader(io.BytesIO(cover))
    pdfout.add_pdf_pages(writer, cover_reader)
    writer.add_outline_item(title=t("bundle.outline.cover", FR), page_number=0)
    writer.set_page_label(0, cover_pages - 1, style=PageLabelStyle.LOWERCASE_ROMAN)
    by_id = {b.piece.id: b for b in built}
    order = [by_id[p.id] for p in shown if p.id in by_id]
    n = len(built)  # the numbering of the upload files and of the cover
    page_no = cover_pages
    stamped: list[Any] = []
    texts: list[str] = []
    for b in order:
        k = b.index
        pages = []
        for d in b.datas:
            pages += pdfout.add_pdf_pages(writer, PdfReader(io.BytesIO(d)))
        for page in pages:
            pdfout.make_room_below(writer, page, stamps.FOOTER_BAND_PT)
        m = len(pages)
        stamped += pages
        texts += [t("bundle.stamp", FR, name=name, k=k, n=n, i=i, m=m) for i in range(1, m + 1)]
        writer.add_outline_item(title=f"{k}. {b.piece.label_in(FR)}", page_number=page_no)
        writer.set_page_label(
            page_no, page_no + m - 1, style=PageLabelStyle.DECIMAL, prefix=f"{k}-"
        )
        page_no += m
        tracker.emit("complete", m * 0.2, piece=b.piece.id, pages=m)
    if stamped:
        # One overlay document for every page: the footer font is embedded once.
        sizes = [pdfout.visible_box(p)[2:] for p in stamped]
        pdfout.stamp_pages(writer, stamped, stamps.footer_overlay(sizes, texts))
        tracker.emit("complete", len(stamped) * 0.05)
    return pdfout.finish_bytes(writer, s.producer, keep_navigation=True)


# ----- convert ---------------------------------------------------------------------------
@dataclass
class ConvertReport:
    """What ``convert_files`` wrote: one PDF (or its parts) under ``limit_bytes``."""

    limit_bytes: int
    outputs: list[OutputFile]
    min_dpi: float | None
    grey_pages: int
    colour_pages: int
    kept_as_is_pages: int
    problems: list[Problem]
    cleaned_pages: int = 0  # camera photos turned into scanned pages (issue 17)

    @property
    def fits(self) -> bool:
        return all(o.fits for o in self.outputs)

    def to_json(self, lang: str | None) -> dict[str, Any]:
        return {
            "fits": self.fits,
            "limit_bytes": self.limit_bytes,
            "outputs": [
                {"path": o.path, "bytes": o.bytes, "pages": o.pages, "fits": o.fits}
                for o in self.outputs
            ],
            "min_dpi": self.min_dpi,
            "grey_pages": self.grey_pages,
            "colour_pages": self.colour_pages,
            "kept_as_is_pages": self.kept_as_is_pages,
            "cleaned_pages": self.cleaned_pages,
            "problems": [p.to_json(lang) for p in self.problems],
        }


def convert_files(
    files: Sequence[str | os.PathLike[str]],
    out_pdf: str | os.PathLike[str],
    *,
    max_bytes: int,
    grey: str = "auto",
    split: bool = False,
    progress: ProgressCallback | None = None,
    cancel: Cancellable | None = None,
    max_workers: int = 2,
    settings: BundleSettings | None = None,
    cleanup: bool = True,
) -> ConvertReport:
    """Photos and PDFs into one upload-ready PDF under ``max_bytes``.

    Returns what was written (``ConvertReport``).
    Raises ``UserError`` when no input is usable or the output cannot be written.
    """
    s = settings or default_settings()
    out = Path(out_pdf)
    if max_bytes <= 0:
        raise UserError("bundle.convert_bad_max", value=str(max_bytes))
    if out.exists() and out.is_dir():
        raise UserError("bundle.out_not_folder", path=str(out))
    # Enough photos to share: the workers start now and import OpenCV while the files
    # are read here (issue 17), instead of after.
    early = worth_warming(files)
    with ExitStack() as stack:
        pool = stack.enter_context(_executor(max_workers, 3, warm=True)) if early else None
        sources = plan_sources([(os.fspath(f), Path(f)) for f in files])
        specs = page_specs(sources)
        if not specs:
            for src in sources:
                if src.problem is not None and src.problem.code == "file_missing":
                    raise UserError("cli.file_not_found", file=src.rel)
            raise NoUsableInput(
                [src.problem for src in sources if src.problem is not None],
                files=", ".join(Path(f).name for f in files),
            )
        tracker = Tracker(progress, cancel, len(specs) + 1)

        def on_page(piece: str, page: int, pages: int) -> None:
            tracker.emit("page", 1, piece=piece, page=page, pages=pages)

        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise UserError("bundle.out_not_writable", path=str(out)) from None
        problems = [src.problem for src in sources if src.problem is not None]
        # The pages are written straight to files (issue 17): the builder's scratch folder
        # sits beside the output, so each file is renamed into place, never copied.
        if pool is None:
            pool = stack.enter_context(_executor(max_workers, _count_image_pages([sources])))
        try:
            runner = Runner(pool, default_workers(max_workers))
            builder = SlotBuilder(s, runner, on_page, cleanup=cleanup, scratch=out.parent)
        except OSError:
            raise UserError("bundle.out_not_writable", path=str(out)) from None
        with builder:
            res = builder.build("convert", sources, max_bytes, grey=grey)
            assert res.path is not None
            made = [res.path]
            if not res.fits:
                made, problem = _too_big(
                    builder, res, sources, max_bytes, max_bytes, split, grey, out.name
                )
                problems.append(problem)
            paths = (
                [out]
                if len(made) == 1
                else [
                    out.with_name(f"{out.stem}-{k}of{len(made)}{out.suffix or '.pdf'}")
                    for k in range(1, len(made) + 1)
                ]
            )
            try:
                outputs = []
                for p, m in zip(paths, made, strict=True):
                    pages = _pages_in(m)
                    size = _move_in(m, p)
                    outputs.append(OutputFile(str(p), "converted", size, pages, None, max_bytes))
                fsync_dir(out.parent)
            except OSError:
                raise UserError("bundle.out_not_writable", path=str(out)) from None
    tracker.emit("done", final=True)
    return ConvertReport(
        limit_bytes=max_bytes,
        outputs=outputs,
        min_dpi=res.min_dpi,
        grey_pages=res.grey_pages,
        colour_pages=res.colour_pages,
        kept_as_is_pages=res.passthrough_pages,
        problems=problems,
        cleaned_pages=sum(1 for p in sheet_images(res) if any(im.document for im in p)),
    )


__all__ = [
    "BuildCancelled",
    "BuildReport",
    "ConvertReport",
    "OutputFile",
    "PieceOutput",
    "build_dossier",
    "convert_files",
]
