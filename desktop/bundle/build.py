"""``build_dossier``: a checked dossier into upload-ready files, the complete
dossier PDF, the ANEF guide and a JSON report; ``convert_files``: any mix of
photos and PDFs into one upload-ready PDF.

Output layout (``out_dir``)::

    upload/01-passport.pdf …    one PDF per piece with files, in catalog order,
                                each under its ANEF slot limit (-1of2, -2of2
                                when a piece had to be split)
    upload/GUIDE.pdf, GUIDE.txt where each file goes on ANEF (French + interface language)
    dossier-complet.pdf         cover sheet + every piece, bookmarks, page labels, footer stamp
    report.json                 the check verdict + every output file (bytes, pages)

Everything is first written into a hidden temporary folder inside
``out_dir`` and moved into place at the end, so a cancelled or failed build
leaves nothing half-written behind.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.constants import PageLabelStyle

from desktop.bundle import pdfout, stamps
from desktop.bundle.cover import CoverData, CoverRow, render_cover
from desktop.bundle.guide import GuideData, GuideFile, GuideMissing, guide_pdf, guide_text
from desktop.bundle.images import decode_small
from desktop.bundle.progress import BuildCancelled, ProgressCallback, Tracker
from desktop.bundle.settings import BundleSettings, default_settings
from desktop.bundle.slots import (
    Runner,
    SlotBuilder,
    SlotResult,
    Source,
    page_specs,
    parts_needed,
    plan_sources,
)
from desktop.core.catalog import Catalog, PieceDef, default_catalog
from desktop.core.dossier import Dossier
from desktop.core.messages import Problem, normalise_lang, t
from desktop.core.rules import evaluate
from desktop.errors import UserError
from desktop.letters.typography import fr_date

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
    builder: Any,
    res: Any,
    sources: Any,
    budget: int,
    limit: int,
    split: bool,
    grey: str,
    piece: str,
) -> tuple[list[bytes], Any]:
    """A piece over its limit at the legibility floor: split it when asked, else keep
    the one file and say which choice would make it fit (split, or grey if in colour)."""
    if split:
        datas = builder.split(res, sources, budget)
        return datas, _problem(
            "slot_split", "warning", piece=piece, limit_mb=_mb(limit), parts=len(datas)
        )
    code = "slot_too_big" if grey == "always" or not res.colour_pages else "slot_too_big_colour"
    return [res.data], _problem(
        code,
        piece=piece,
        size_mb=_mb(res.size),
        limit_mb=_mb(limit),
        parts=parts_needed(res.size, limit),
    )


def _problem(code: str, severity: str = "error", **params: Any) -> Problem:
    return Problem(code, severity, params, f"bundle.{code}")


@contextmanager
def _executor(max_workers: int, image_pages: int) -> Iterator[Executor | None]:
    """A spawn-based process pool when there is enough image work to share."""
    workers = max(1, min(max_workers, os.cpu_count() or 1))
    if workers < 2 or image_pages < 3:
        yield None
        return
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    try:
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


def _slot_name(index: int, piece_id: str, part: int = 0, parts: int = 1) -> str:
    stem = f"{index:02d}-{piece_id.replace('_', '-')}"
    return f"{stem}-{part}of{parts}.pdf" if parts > 1 else f"{stem}.pdf"


def _watermark(
    data: bytes, text: str, s: BundleSettings, result: SlotResult, identity: bool
) -> bytes:
    """Stamp the watermark over every page of ``data``, off barcodes, MRZ and photo."""
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    pages = pdfout.add_pdf_pages(writer, reader)
    sizes, zones = [], []
    for i, page in enumerate(pages):
        _, _, w, h = pdfout.visible_box(page)
        sizes.append((w, h))
        img = result.image_pages[i] if i < len(result.image_pages) else None
        grey = decode_small(img.data) if img is not None else _render_grey(data, i)
        page_zones = stamps.keep_outs(grey, identity) if grey is not None else []
        if img is not None and page_zones:
            page_zones = _image_to_page(page_zones, img, s, w, h)
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
    zones: list[stamps.KeepOut], img: Any, s: BundleSettings, w: float, h: float
) -> list[stamps.KeepOut]:
    """Zones found on an image page's picture, moved into page fractions."""
    from desktop.bundle.images import MM_IN, content_box

    bw, bh = content_box(s.margin_mm)
    scale = min(bw * 72 / img.width, bh * 72 / img.height)
    iw, ih = img.width * scale, img.height * scale
    left = (w - iw) / 2
    top = s.margin_mm * MM_IN * 72
    out = []
    for z in zones:
        x0, y0, x1, y1 = z.rect
        out.append(
            stamps.KeepOut(
                z.kind,
                (
                    (left + x0 * iw) / w,
                    (top + y0 * ih) / h,
                    (left + x1 * iw) / w,
                    (top + y1 * ih) / h,
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
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _pages_of(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _check(dossier: Dossier, today: dt.date, lang: str, catalog: Catalog) -> tuple[Any, Any]:
    from desktop.services import check_dossier

    try:
        result = check_dossier(dossier, today, lang=lang, catalog=catalog)
    except ImportError:  # intake not installed: judge without file inspection
        result = check_dossier(dossier, today, lang=lang, catalog=catalog, inspect=False)
    verdict_fr = evaluate(dossier, catalog, today, result.findings, FR)
    return result, verdict_fr


def build_dossier(
    dossier_path: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    today: dt.date,
    lang: str | None = None,
    watermark: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: Any = None,
    max_workers: int = 2,
    grey: str = "auto",
    split: bool = False,
    settings: BundleSettings | None = None,
) -> dict[str, Any]:
    """Build everything for the dossier at ``dossier_path`` into ``out_dir``.

    ``watermark``: the prefecture's name ("Préfecture du Rhône") to watermark
    identity pieces with, or None. ``grey``: auto | always | never. ``split``:
    cut a piece that cannot fit its slot into several files instead of
    reporting it. Returns the report (also written as ``out_dir/report.json``);
    ``report["complete"]`` is true when every required piece is there, fine
    and under its limit. Raises ``UserError`` on bad input, ``BuildCancelled``
    when ``cancel`` fires (nothing is left behind).
    """
    lang = normalise_lang(lang)
    s = settings or default_settings()
    catalog = default_catalog()
    dossier = Dossier.load(dossier_path)
    out = Path(out_dir)
    tracker = Tracker(progress, cancel, 1.0)
    tracker.emit("check")
    result, verdict_fr = _check(dossier, today, lang, catalog)
    verdict = result.verdict
    tmp = _prepare_out(out)
    try:
        report = _build(
            dossier,
            catalog,
            verdict,
            verdict_fr,
            result,
            out,
            tmp,
            s,
            today,
            lang,
            watermark,
            tracker,
            max_workers,
            grey,
            split,
        )
        _move_into_place(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(tmp, ignore_errors=True)
    tracker.emit("done", final=True)
    return report


def _move_into_place(tmp: Path, out: Path) -> None:
    old_upload = out / "upload"
    if old_upload.exists():
        trash = Path(tempfile.mkdtemp(prefix=".old-", dir=out))
        old_upload.rename(trash / "upload")
        shutil.rmtree(trash, ignore_errors=True)
    for item in tmp.iterdir():
        os.replace(item, out / item.name)


def _build(
    dossier: Dossier,
    catalog: Catalog,
    verdict: Any,
    verdict_fr: Any,
    result: Any,
    out: Path,
    tmp: Path,
    s: BundleSettings,
    today: dt.date,
    lang: str,
    watermark: str | None,
    tracker: Tracker,
    max_workers: int,
    grey: str,
    split: bool,
) -> dict[str, Any]:
    with_files = [pv for pv in verdict.pieces if pv.files]
    groups = [
        plan_sources([(f, dossier.resolve(f)) for f in pv.files], result.findings)
        for pv in with_files
    ]
    total_pages = sum(len(page_specs(g)) for g in groups)
    tracker.total = max(1.0, total_pages * 1.25 + 3)
    tracker.emit("check", 1)
    name = dossier.applicant.display_name or dossier.applicant.native_name
    wm_text = None
    if watermark:
        wm_text = s.watermark_template.format(prefecture=watermark, date=fr_date(today))
    built: list[_Built] = []
    piece_problems: dict[str, list[Problem]] = {}
    upload = tmp / "upload"
    upload.mkdir()

    def on_page(piece: str, page: int, pages: int) -> None:
        tracker.emit("page", 1, piece=piece, page=page, pages=pages)

    with _executor(max_workers, _count_image_pages(groups)) as pool:
        builder = SlotBuilder(s, Runner(pool), on_page)
        index = 0
        for pv, sources in zip(with_files, groups, strict=True):
            probs = piece_problems.setdefault(pv.id, [])
            probs.extend(src.problem for src in sources if src.problem is not None)
            specs = page_specs(sources)
            label_fr = pv.definition.label_in(FR)
            if not specs:
                probs.append(_problem("piece_no_file", piece=label_fr))
                continue
            tracker.emit("slot", piece=pv.id, pages=len(specs))
            limit = catalog.slot_max_bytes(pv.id)
            use_wm = bool(wm_text) and pv.definition.identity
            budget = limit - (WATERMARK_RESERVE if use_wm else 0)
            res = builder.build(pv.id, sources, budget, grey=grey)
            pdf_pages = sum(1 for sp in specs if sources[sp.source].kind == "pdf")
            tracker.emit("fit", pdf_pages, piece=pv.id, pages=len(specs))
            datas = [res.data]
            if not res.fits:
                datas, problem = _too_big(
                    builder, res, sources, budget, limit, split, grey, label_fr
                )
                probs.append(problem)
            elif grey == "always" and res.colour_pages:
                probs.append(_problem("slot_grey", "warning", piece=label_fr, limit_mb=_mb(limit)))
            if use_wm and wm_text:
                datas = [_watermark(d, wm_text, s, res, True) for d in datas]
            index += 1
            names = [_slot_name(index, pv.id, k + 1, len(datas)) for k in range(len(datas))]
            for n, d in zip(names, datas, strict=True):
                _write(upload / n, d)
            built.append(_Built(pv.definition, index, res, names, datas, sources))
            tracker.check()

    # ----- the complete dossier -------------------------------------------------
    tracker.emit("complete")
    complete = (
        verdict.complete
        and all(
            not any(p.severity == "error" for p in piece_problems.get(b.piece.id, []))
            for b in built
        )
        and all(not any(p.severity == "error" for p in probs) for probs in piece_problems.values())
    )
    {p.id: p for p in verdict_fr.pieces}
    counts = {b.piece.id: sum(_pages_of(d) for d in b.datas) for b in built}
    shown = [p for p in verdict_fr.pieces if p.status != "not_required" or p.id in counts]

    def cover_data(first_page: int) -> CoverData:
        rows, missing = [], []
        page = first_page
        for p in shown:
            n = counts.get(p.id, 0)
            rows.append(
                CoverRow(p.definition.label_in(FR), p.status, (page, page + n - 1) if n else None)
            )
            page += n
            reasons = [x.message(FR) for x in p.problems]
            reasons += [x.message(FR) for x in piece_problems.get(p.id, [])]
            if p.status in ("missing", "error") or piece_problems.get(p.id):
                missing.append((p.definition.label_in(FR), reasons))
        for prob in verdict_fr.problems:
            if prob.severity == "error":
                missing.append(("—", [prob.message(FR)]))
        a = dossier.applicant
        return CoverData(
            applicant=a.display_name,
            native_name=a.native_name,
            birth=a.birth_date,
            numero_etranger=a.numero_etranger,
            situation=verdict_fr.situation.label_in(FR),
            filing_date=verdict_fr.filing_date,
            prefecture=dossier.prefecture,
            complete=complete,
            rows=rows,
            missing=missing,
            made_on=today,
        )

    cover = render_cover(cover_data(2))
    cover_pages = _pages_of(cover)
    if cover_pages != 1:
        cover = render_cover(cover_data(cover_pages + 1))
        cover_pages = _pages_of(cover)
    complete_path = tmp / "dossier-complet.pdf"
    _write(complete_path, _complete_pdf(cover, cover_pages, built, shown, counts, name, s, tracker))

    # ----- guide, report ----------------------------------------------------------
    tracker.emit("guide")
    langs = [FR] if lang == FR else [FR, lang]
    gfiles = []
    for b in built:
        for n in b.files:
            gfiles.append(
                GuideFile(n, b.piece.label, b.piece.anef_slot, b.piece.anef_slot_confirmed)
            )
    gmissing = [
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
        gmissing.append(GuideMissing(eph.label, eph.anef_slot, eph.anef_slot_confirmed, eph.help))
    deadlines = {lg: [d.label(lg) for d in verdict.deadlines] for lg in langs}
    problems: dict[str, list[str]] = {}
    for lg in langs:
        lines = []
        for pv in verdict.pieces:
            if pv.status in ("error", "warning"):
                lines += [x.message(lg) for x in pv.problems]
            lines += [x.message(lg) for x in piece_problems.get(pv.id, [])]
        lines += [x.message(lg) for x in verdict.problems if x.severity != "info"]
        problems[lg] = lines
    gdata = GuideData(
        limit_mb=_mb(int(catalog.limits["default_max_bytes"])),
        files=gfiles,
        missing=gmissing,
        deadlines=deadlines,
        problems=problems,
        ephoto_code=dossier.ephoto_code,
        langs=langs,
    )
    _write(upload / "GUIDE.txt", guide_text(gdata, s).encode("utf-8"))
    _write(upload / "GUIDE.pdf", guide_pdf(gdata, s))

    outputs = []
    for b in built:
        limit = catalog.slot_max_bytes(b.piece.id)
        for n, d in zip(b.files, b.datas, strict=True):
            outputs.append(
                {
                    "path": f"upload/{n}",
                    "kind": "slot",
                    "piece": b.piece.id,
                    "bytes": len(d),
                    "pages": _pages_of(d),
                    "limit_bytes": limit,
                    "fits": len(d) <= limit,
                    "anef_slot": b.piece.anef_slot.get(lang) or b.piece.anef_slot.get(FR, ""),
                    "anef_slot_confirmed": b.piece.anef_slot_confirmed,
                }
            )
    for rel, kind in (
        ("dossier-complet.pdf", "complete"),
        ("upload/GUIDE.pdf", "guide"),
        ("upload/GUIDE.txt", "guide_text"),
    ):
        p = tmp / rel
        pages = _pages_of(p.read_bytes()) if rel.endswith(".pdf") else None
        outputs.append({"path": rel, "kind": kind, "bytes": p.stat().st_size, "pages": pages})
    check = result.to_json(lang)
    all_fit = all(o["fits"] for o in outputs if o["kind"] == "slot")
    complete = complete and all_fit
    report = {
        "complete": complete,
        "exit_code": EXIT_OK if complete else EXIT_PROBLEMS,
        "today": today.isoformat(),
        "lang": lang,
        "out_dir": str(out),
        "watermark": bool(wm_text),
        "outputs": outputs,
        "pieces": [
            {
                "id": b.piece.id,
                "files": b.files,
                "pages": counts[b.piece.id],
                "bytes": b.result.size,
                "fits": b.result.fits or len(b.datas) > 1,
                "min_dpi": b.result.min_dpi,
                "grey_pages": b.result.grey_pages,
                "colour_pages": b.result.colour_pages,
                "kept_as_is_pages": b.result.passthrough_pages,
            }
            for b in built
        ],
        "problems": [
            {**x.to_json(lang), "piece": pid} for pid, xs in piece_problems.items() for x in xs
        ],
        "check": check,
    }
    (tmp / "report.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
    )
    return report


def _complete_pdf(
    cover: bytes,
    cover_pages: int,
    built: list[_Built],
    shown: Sequence[Any],
    counts: dict[str, int],
    name: str,
    s: BundleSettings,
    tracker: Tracker,
) -> bytes:
    writer = PdfWriter()
    cover_reader = PdfReader(io.BytesIO(cover))
    pdfout.add_pdf_pages(writer, cover_reader)
    writer.add_outline_item(title=t("bundle.outline.cover", FR), page_number=0)
    writer.set_page_label(0, cover_pages - 1, style=PageLabelStyle.LOWERCASE_ROMAN)
    by_id = {b.piece.id: b for b in built}
    order = [by_id[p.id] for p in shown if p.id in by_id]
    n = len(order)
    page_no = cover_pages
    stamped: list[Any] = []
    texts: list[str] = []
    for k, b in enumerate(order, start=1):
        pages = []
        for d in b.datas:
            pages += pdfout.add_pdf_pages(writer, PdfReader(io.BytesIO(d)))
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
def convert_files(
    files: Sequence[str | os.PathLike[str]],
    out_pdf: str | os.PathLike[str],
    *,
    max_bytes: int,
    grey: str = "auto",
    split: bool = False,
    progress: ProgressCallback | None = None,
    cancel: Any = None,
    max_workers: int = 2,
    settings: BundleSettings | None = None,
) -> dict[str, Any]:
    """Photos and PDFs into one upload-ready PDF under ``max_bytes``.

    Returns a report: ``outputs`` (path, bytes, pages), ``fits``, ``problems``.
    Raises ``UserError`` when no input is usable or the output cannot be written.
    """
    s = settings or default_settings()
    out = Path(out_pdf)
    if max_bytes <= 0:
        raise UserError("bundle.convert_bad_max", value=str(max_bytes))
    if out.exists() and out.is_dir():
        raise UserError("bundle.out_not_folder", path=str(out))
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

    with _executor(max_workers, _count_image_pages([sources])) as pool:
        builder = SlotBuilder(s, Runner(pool), on_page)
        res = builder.build("convert", sources, max_bytes, grey=grey)
        datas = [res.data]
        problems = [src.problem for src in sources if src.problem is not None]
        name = out.name
        if not res.fits:
            datas, problem = _too_big(
                builder, res, sources, max_bytes, max_bytes, split, grey, name
            )
            problems.append(problem)
    paths = (
        [out]
        if len(datas) == 1
        else [
            out.with_name(f"{out.stem}-{k}of{len(datas)}{out.suffix or '.pdf'}")
            for k in range(1, len(datas) + 1)
        ]
    )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        outputs = []
        for p, d in zip(paths, datas, strict=True):
            tmp = p.with_name(f".{p.name}.tmp")
            tmp.write_bytes(d)
            os.replace(tmp, p)
            outputs.append(
                {
                    "path": str(p),
                    "bytes": len(d),
                    "pages": _pages_of(d),
                    "fits": len(d) <= max_bytes,
                }
            )
    except OSError:
        raise UserError("bundle.out_not_writable", path=str(out)) from None
    tracker.emit("done", final=True)
    return {
        "fits": all(o["fits"] for o in outputs),
        "limit_bytes": max_bytes,
        "outputs": outputs,
        "min_dpi": res.min_dpi,
        "grey_pages": res.grey_pages,
        "colour_pages": res.colour_pages,
        "kept_as_is_pages": res.passthrough_pages,
        "problems": problems,
    }


__all__ = ["BuildCancelled", "build_dossier", "convert_files"]
