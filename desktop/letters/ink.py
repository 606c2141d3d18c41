"""The drawn signature, read from its picture: ink on a transparent background,
cropped to the ink. Both the letters (``layout``: under the signature lines) and
the stamp on a PDF (``sign``) start from it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.errors import UserError


def load_signature(path: Path) -> Any:
    """The signature as an RGBA Pillow image cropped to its ink. A picture without
    transparency (a scan or photo on white paper) has its paper made transparent.
    Not a picture, or no ink: ``UserError`` naming the file."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if not path.is_file():
        raise UserError("cli.file_not_found", file=str(path))
    try:
        with Image.open(path) as im:
            im.load()
            img = ImageOps.exif_transpose(im)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise UserError("letters.signature_not_image", file=path.name) from None
    has_alpha = img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info)
    rgba = img.convert("RGBA")
    if not has_alpha:  # a scan or photo on white paper: make the paper transparent
        grey = rgba.convert("L")
        alpha = grey.point(lambda v: 0 if v > 200 else 255)
        rgba.putalpha(alpha)
    box = rgba.getchannel("A").point(lambda v: 255 if v > 16 else 0).getbbox()
    if box is None:
        raise UserError("letters.signature_empty", file=path.name)
    return rgba.crop(box)
