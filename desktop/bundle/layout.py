"""Where image pages go on an A4 sheet (issue 17, « recto et verso sur une page »).

A page made from a photo or a scan fills the A4 content box, top-aligned. A
document the pipeline knows the real size of (``PreparedImage.real_mm``: an ID-1
card, 85.6 x 54 mm, or an ID-3 passport page, 125 x 88 mm) is placed at that size,
``CARD_TOP_MM`` below the top margin, centred across, like a photocopy.

Two such documents in a row, of the same kind, share one sheet, the first above
the second with ``GAP_MM`` between them: the recto and verso of a card on one page,
as prefectures ask for a residence permit or an identity card; two pages of a
passport on one page, as a photocopier does with the opened booklet. The pairs are
made greedily in the person's order: a third card starts a new sheet, a card next
to a full page (A4, a receipt, a photo kept as taken, a PDF page) stays alone. A
document is never enlarged past its real size; one without a real size (nothing
detected, kept as taken, a scan) is laid out as before, alone.

A sheet counts as one page everywhere: in the PDF, the page counts, the cuts of a
piece into parts (a pair is never cut), and the watermark's keep-out zones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.bundle.images import MM_IN, PreparedImage, content_box

A4_PT = (595.2756, 841.8898)
PT_MM = 72 * MM_IN
#: Where a card or passport page sits on its sheet: this far below the top margin.
CARD_TOP_MM = 20.0
#: Between the recto and the verso (as a photocopy of a card turned over leaves).
GAP_MM = 20.0
#: Document kinds (``intake.scan``) paired two by two on a sheet.
PAIRED_KINDS = frozenset({"id_card", "passport"})


@dataclass(frozen=True)
class Box:
    """Where an image is drawn, in points, ``top`` measured down from the page's top."""

    left: float
    top: float
    width: float
    height: float

    def matrix(self, page_height: float = A4_PT[1]) -> str:
        """The ``cm`` operands drawing a unit image into the box (PDF: y goes up)."""
        bottom = page_height - self.top - self.height
        return f"{self.width:.3f} 0 0 {self.height:.3f} {self.left:.3f} {bottom:.3f}"


def real_kind(img: PreparedImage | None) -> str | None:
    """The kind of a document placed at its real size and paired, or None."""
    if img is None or img.real_mm is None or not img.document:
        return None
    kind = img.document.get("kind")
    return kind if kind in PAIRED_KINDS else None


def _stack_fits(imgs: Sequence[PreparedImage], margin_mm: float) -> bool:
    bw, bh = (v / MM_IN for v in content_box(margin_mm))
    sizes = [img.real_mm for img in imgs if img.real_mm is not None]
    if len(sizes) != len(imgs):
        return False
    height = CARD_TOP_MM + sum(h for _, h in sizes) + GAP_MM * (len(sizes) - 1)
    return height <= bh and max(w for w, _ in sizes) <= bw


def pairs(a: PreparedImage | None, b: PreparedImage | None, margin_mm: float) -> bool:
    """Whether ``a`` and then ``b`` share a sheet."""
    kind = real_kind(a)
    if kind is None or real_kind(b) != kind:
        return False
    assert a is not None and b is not None
    return _stack_fits((a, b), margin_mm)


def sheets(images: Sequence[PreparedImage | None], margin_mm: float) -> list[tuple[int, ...]]:
    """The pages, as indices into ``images`` (``None``: a PDF's page, always alone):
    consecutive pairs of the same real-size kind together, greedily from the first."""
    out: list[tuple[int, ...]] = []
    i = 0
    while i < len(images):
        if i + 1 < len(images) and pairs(images[i], images[i + 1], margin_mm):
            out.append((i, i + 1))
            i += 2
        else:
            out.append((i,))
            i += 1
    return out


def boxes(imgs: Sequence[PreparedImage], margin_mm: float) -> list[Box]:
    """Where each image of one sheet is drawn on the A4 page.

    One image without a real size: fitted in the content box (never past it),
    centred across, at the top margin. Documents of known size: at that size
    (shrunk only if the box could not hold them), stacked from ``CARD_TOP_MM``
    below the top margin, each centred across, ``GAP_MM`` apart."""
    pw, _ = A4_PT
    margin = margin_mm * PT_MM
    bw, bh = content_box(margin_mm)
    if len(imgs) == 1 and imgs[0].real_mm is None:
        img = imgs[0]
        scale = min(bw * 72 / img.width, bh * 72 / img.height)
        w, h = img.width * scale, img.height * scale
        return [Box((pw - w) / 2, margin, w, h)]
    sizes = []
    for img in imgs:
        if img.real_mm is not None:
            sizes.append((img.real_mm[0] * PT_MM, img.real_mm[1] * PT_MM))
        else:  # not reached by ``sheets`` (a pair has real sizes): the content box's width
            sizes.append((bw * 72, bw * 72 * img.height / img.width))
    top = CARD_TOP_MM * PT_MM
    gap = GAP_MM * PT_MM
    need_h = top + sum(h for _, h in sizes) + gap * (len(sizes) - 1)
    k = min(1.0, bw * 72 / max(w for w, _ in sizes), bh * 72 / need_h)
    out = []
    y = margin + top * k
    for w, h in sizes:
        out.append(Box((pw - w * k) / 2, y, w * k, h * k))
        y += (h + gap) * k
    return out


def content(imgs: Sequence[PreparedImage], margin_mm: float) -> bytes:
    """The page's content stream: ``/Im0``, ``/Im1``… drawn into their boxes."""
    ops = [f"q {box.matrix()} cm /Im{i} Do Q" for i, box in enumerate(boxes(imgs, margin_mm))]
    return "\n".join(ops).encode()
