"""Hostile PDFs, generated (no fixture files): each one small on disk and costly to
open without bounds. Used by tests/test_hostile.py and bench/bench_hostile.py."""

from __future__ import annotations

import zlib
from pathlib import Path


def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A well-formed PDF (header, objects, xref, trailer) around ``objects``."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


def _stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _page(content_ref: int, extra: bytes = b"") -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R " % content_ref
        + extra
        + b" >>"
    )


def _deflate_zeros(size: int, rounds: int) -> bytes:
    """``size`` bytes of spaces deflated ``rounds`` times (each round ~1000:1 then
    more), without holding them all in memory."""
    comp = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    parts = [comp.compress(chunk) for _ in range(size >> 20)]
    data = b"".join(parts) + comp.flush()
    for _ in range(rounds - 1):
        data = zlib.compress(data, 9)
    return data


def flate_bomb(path: Path, size: int = 1 << 30) -> Path:
    """One page whose content stream inflates to ``size`` bytes (1 GiB) through two
    FlateDecode filters: a few KB on disk."""
    data = _deflate_zeros(size, 2)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(4),
        _stream(b"/Filter [/FlateDecode /FlateDecode]", data),
    ]
    path.write_bytes(_pdf(objs))
    return path


def many_objects(path: Path, count: int = 500_000) -> Path:
    """One page and ``count`` tiny objects (an array of them hangs off the catalog)."""
    head = [
        b"<< /Type /Catalog /Pages 2 0 R /Junk 5 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(4),
        _stream(b"", b"BT ET"),
        b"[" + b" ".join(b"%d 0 R" % (6 + i) for i in range(count)) + b"]",
    ]
    objs = head + [b"0"] * count
    path.write_bytes(_pdf(objs))
    return path


def huge_image(path: Path, side: int = 100_000) -> Path:
    """One page drawing an image XObject that declares ``side`` × ``side`` pixels (RGB),
    its data a small deflated stream of zeros."""
    data = zlib.compress(b"\x00" * (1 << 20), 9)
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(4, b"/Resources << /XObject << /Im0 5 0 R >> >>"),
        _stream(b"", content),
        _stream(
            b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
            b"/BitsPerComponent 8 /Filter /FlateDecode" % (side, side),
            data,
        ),
    ]
    path.write_bytes(_pdf(objs))
    return path


def deep_nesting(path: Path, depth: int = 100_000) -> Path:
    """One page whose dictionary holds arrays nested ``depth`` deep."""
    nested = b"[" * depth + b"]" * depth
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(4, b"/Deep " + nested),
        _stream(b"", b"BT ET"),
    ]
    path.write_bytes(_pdf(objs))
    return path


def many_pages(path: Path, count: int = 50_000) -> Path:
    """``count`` pages sharing one empty content stream."""
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(count))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
        _stream(b"", b"BT ET"),
    ] + [_page(3) for _ in range(count)]
    path.write_bytes(_pdf(objs))
    return path


BUILDERS = {
    "flate_bomb": flate_bomb,
    "many_objects": many_objects,
    "huge_image": huge_image,
    "deep_nesting": deep_nesting,
    "many_pages": many_pages,
}


def build_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {name: make(folder / f"{name}.pdf") for name, make in BUILDERS.items()}
