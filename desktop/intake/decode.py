"""One grey decode of a picture, for the searches that read it (2D-Docs, MRZ).

``grey_upright`` is what ``inspect``, ``twoddoc.scan_file`` and ``mrz_ocr.read_file``
each did on their own: the first frame, converted to 8-bit grey by Pillow (a 16-bit
PNG, a palette, CMYK: Pillow's own conversion), turned upright by its EXIF
orientation. Intake has already checked the file (its size and pixel count are
within the caps) before anything calls it.
"""

from __future__ import annotations

import os

from PIL import Image, ImageOps


def grey_upright(path: str | os.PathLike[str]) -> Image.Image:
    """The picture at ``path``: first frame, grey ("L"), upright by its EXIF
    orientation. Raises what Pillow raises when it cannot be decoded."""
    with Image.open(path) as im:
        im.seek(0)
        return ImageOps.exif_transpose(im.convert("L"))


__all__ = ["grey_upright"]
