"""The cost of a PDF, bounded before any parser or renderer works on it.

A PDF of a few KB can hold a content stream that inflates to gigabytes (a flate
bomb, several filters deep), half a million objects, a hundred thousand pages or
an image declaring 100 000 × 100 000 pixels; pypdf, pdfium and qpdf would each
spend gigabytes or minutes on it. ``check_bounds`` refuses such a file with a
problem naming it, in bounded memory and time:

1. objects: counted in the bytes (``N G obj`` headers plus the ``/N`` of object
   streams), before any parsing: at most ``Limits.max_pdf_objects``;
2. pages: the page tree's declared ``/Count``, read by qpdf (pikepdf) without
   walking the tree: at most ``Limits.max_pages``;
3. images: each image XObject's declared ``/Width × /Height`` at most
   ``Limits.max_pixels_full``;
4. decompression: every stream's filters are decoded *incrementally* (zlib with
   ``max_length``), counting, never holding the output: at most
   ``Limits.max_pdf_stream_bytes`` for one stream and ``Limits.max_pdf_decoded_bytes``
   for the file. Picture codecs (DCT, JPX, CCITT, JBIG2) are not decoded here: their
   output is bounded by the declared pixels (3). A filter whose output cannot be
   streamed (LZW, RunLength, ASCII) is decoded by qpdf only when its worst-case
   expansion fits the budget that is left.

Why these tools, measured with bench/bench_hostile.py (figures in its docstring):
pypdf already caps each stream *it* decodes (75 MB, ``pypdf.Configuration``), but
pdfium, which renders the pages, has no such cap: the 7 KB flate bomb made
``inspect`` peak at 2.1 GB. qpdf (pikepdf) opens lazily and hands out each
stream's raw bytes, so the walk costs what the file costs: 0.0-0.3 s on the bomb,
the huge image and the deep nesting; but qpdf's object table costs ~2.4 KB per
object (50 000 objects: +120 MB at open; walking 500 000 with ``pdf.objects``:
8.7 s, 270 MB), hence the count in the bytes first, which refuses 500 000 objects
in 0.2 s before qpdf or pypdf is started.
"""

from __future__ import annotations

import io
import re
import zlib
from typing import Any

import pikepdf

from desktop.intake.limits import Limits
from desktop.intake.report import ERROR, IntakeError, problem

_OBJ = re.compile(rb"(?<![0-9])[0-9]{1,10}\s+[0-9]{1,5}\s+obj\b")
_OBJSTM_N = re.compile(
    rb"/Type\s*/ObjStm\b[^>]*?/N\s+([0-9]{1,10})|/N\s+([0-9]{1,10})[^>]*?/Type\s*/ObjStm\b"
)
_FLATE = {"/FlateDecode", "/Fl"}
_PICTURE = {"/DCTDecode", "/DCT", "/JPXDecode", "/CCITTFaxDecode", "/CCF", "/JBIG2Decode"}
#: Worst-case output per input byte of the filters decoded whole (by qpdf).
_WORST = {
    "/ASCIIHexDecode": 1,
    "/AHx": 1,
    "/ASCII85Decode": 5,
    "/A85": 5,
    "/RunLengthDecode": 128,
    "/RL": 128,
    "/LZWDecode": 3641,  # 9-bit codes each emitting up to 4096 bytes
    "/LZW": 3641,
}
_CHUNK = 1 << 16
MB = 1024 * 1024


def count_objects(data: bytes) -> int:
    """Indirect objects in the bytes: ``N G obj`` headers plus those packed in
    object streams (their ``/N``). An overcount (a string holding ``1 0 obj``) only
    makes the cap a little stricter."""
    count = sum(1 for _ in _OBJ.finditer(data))
    for m in _OBJSTM_N.finditer(data):
        count += int(m.group(1) or m.group(2))
    return count


def _bomb(name: str, limit: int) -> IntakeError:
    return IntakeError(problem("pdf_bomb", ERROR, file=name, max_mb=limit // MB))


def _filters(stream: Any) -> list[str]:
    value = stream.get("/Filter")
    if value is None:
        return []
    if isinstance(value, pikepdf.Array):
        return [str(v) for v in value]
    return [str(value)]


def _inflated_size(raw: bytes, rounds: int, limit: int) -> int:
    """Bytes out of ``rounds`` chained FlateDecode filters, counted in pieces of at
    most 64 KiB; stops (returning ``limit + 1``) as soon as ``limit`` is passed."""
    decoders = [zlib.decompressobj() for _ in range(rounds)]
    total = 0

    def feed(level: int, data: bytes) -> bool:
        nonlocal total
        dec = decoders[level]
        while data:
            try:
                out = dec.decompress(data, _CHUNK)
            except zlib.error:
                return True  # damaged data: what came out so far is what counts
            data = dec.unconsumed_tail
            if level + 1 < rounds:
                if not feed(level + 1, out):
                    return False
            else:
                total += len(out)
                if total > limit:
                    return False
            if not out and not data:
                break
        return True

    for i in range(0, len(raw), _CHUNK):
        if not feed(0, raw[i : i + _CHUNK]):
            return limit + 1
    return total


def _stream_size(stream: Any, budget: int) -> int:
    """What ``stream`` decodes to, or more than ``budget`` once it is clear it exceeds it."""
    filters = _filters(stream)
    while filters and filters[-1] in _PICTURE:
        filters.pop()  # the picture codec's output is bounded by the declared pixels
    raw = bytes(stream.read_raw_bytes())
    if not filters:
        return len(raw)
    if all(f in _FLATE for f in filters):
        return _inflated_size(raw, len(filters), budget)
    worst = len(raw)
    for f in filters:
        worst *= _WORST.get(f, 1) if f not in _FLATE else 1032  # zlib's ceiling
    if worst > budget:
        return budget + 1
    try:
        return len(stream.read_bytes(pikepdf.StreamDecodeLevel.generalized))
    except Exception:  # undecodable: pdfium will fail on it too, cheaply
        return 0


def check_bounds(data: bytes, name: str, limits: Limits, password: str | None = None) -> None:
    """Raise ``IntakeError`` (``pdf_too_many_objects``, ``too_many_pages``,
    ``pdf_image_too_large``, ``pdf_bomb``) when opening ``data`` would cost more than
    ``limits`` allow. A file qpdf cannot open is left to the usual opening (which
    says ``unreadable`` or asks for its password)."""
    objects = count_objects(data)
    if objects > limits.max_pdf_objects:
        raise IntakeError(
            problem(
                "pdf_too_many_objects",
                ERROR,
                file=name,
                count=objects,
                max_objects=limits.max_pdf_objects,
            )
        )
    try:
        pdf = pikepdf.open(io.BytesIO(data), password=password or "")
    except Exception:  # damaged, or a password needed: open_pdf says which
        return
    with pdf:
        try:
            pages = int(pdf.Root.Pages.get("/Count", 0))
        except Exception:
            pages = 0
        if pages > limits.max_pages:
            raise IntakeError(
                problem("too_many_pages", ERROR, file=name, count=pages, max_pages=limits.max_pages)
            )
        left = limits.max_pdf_decoded_bytes
        for obj in pdf.objects:
            if not isinstance(obj, pikepdf.Stream):
                continue
            _check_image(obj, name, limits)
            cap = min(limits.max_pdf_stream_bytes, left)
            try:
                size = _stream_size(obj, cap)
            except IntakeError:
                raise
            except Exception:  # a stream qpdf cannot read: the renderer skips it
                continue
            if size > cap:
                limit = cap if cap == limits.max_pdf_stream_bytes else limits.max_pdf_decoded_bytes
                raise _bomb(name, limit)
            left -= size


def _check_image(stream: Any, name: str, limits: Limits) -> None:
    if stream.get("/Subtype") != "/Image":
        return
    try:
        width, height = int(stream.get("/Width", 0)), int(stream.get("/Height", 0))
    except Exception:
        return
    if width * height > limits.max_pixels_full:
        raise IntakeError(
            problem(
                "pdf_image_too_large",
                ERROR,
                file=name,
                width=width,
                height=height,
                max_mp=limits.max_pixels_full // 1_000_000,
            )
        )
