"""The bundle's dated settings, read from ``assets/catalog/bundle.toml``."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.paths import CATALOG_DIR

SETTINGS_FILE = CATALOG_DIR / "bundle.toml"


class SettingsError(ValueError):
    pass


@dataclass(frozen=True)
class GuideStep:
    id: str
    label: dict[str, str]
    confirmed: bool


@dataclass(frozen=True)
class BundleSettings:
    floor_dpi: int
    dpi_ladder: tuple[int, ...]
    quality_ladder: tuple[int, ...]
    passthrough_max_dpi: int
    colour_min_chroma: int
    colour_min_share: float
    margin_mm: float
    producer: str
    recompress_above_dpi: int
    watermark_template: str
    watermark_opacity: float
    watermark_colour: tuple[float, float, float]
    keepout_margin_mm: float
    anef_site: str
    guide_steps: tuple[GuideStep, ...]


def _dated(table: dict[str, Any], where: str) -> None:
    if not table.get("source") or not isinstance(table.get("checked"), dt.date):
        raise SettingsError(f"bundle.toml {where}: needs 'source' and a 'checked' date")


def load_settings(path: Path | str = SETTINGS_FILE) -> BundleSettings:
    with Path(path).open("rb") as fh:
        raw = tomllib.load(fh)
    for name in ("images", "pdf", "watermark", "guide"):
        _dated(raw[name], name)
    im, pdf, wm, guide = raw["images"], raw["pdf"], raw["watermark"], raw["guide"]
    steps = []
    for i, s in enumerate(guide.get("steps", [])):
        _dated(s, f"guide.steps[{i}]")
        steps.append(GuideStep(str(s["id"]), dict(s["label"]), bool(s.get("confirmed", False))))
    ladder = tuple(int(d) for d in im["dpi_ladder"])
    floor = int(im["floor_dpi"])
    if min(ladder) < floor:
        raise SettingsError("bundle.toml images.dpi_ladder goes below floor_dpi")
    r, g, b = (float(x) for x in wm["colour"])
    return BundleSettings(
        floor_dpi=floor,
        dpi_ladder=ladder,
        quality_ladder=tuple(int(q) for q in im["quality_ladder"]),
        passthrough_max_dpi=int(im["passthrough_max_dpi"]),
        colour_min_chroma=int(im["colour_min_chroma"]),
        colour_min_share=float(im["colour_min_share"]),
        margin_mm=float(im["margin_mm"]),
        producer=str(pdf["producer"]),
        recompress_above_dpi=int(pdf["recompress_above_dpi"]),
        watermark_template=str(wm["template"]),
        watermark_opacity=float(wm["opacity"]),
        watermark_colour=(r, g, b),
        keepout_margin_mm=float(wm["keepout_margin_mm"]),
        anef_site=str(guide["site"]),
        guide_steps=tuple(steps),
    )


@lru_cache(maxsize=1)
def default_settings() -> BundleSettings:
    return load_settings()
