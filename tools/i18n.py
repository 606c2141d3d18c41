"""Update the Qt translation sources and build the binaries.

    python tools/i18n.py update    # pyside6-lupdate: desktop/ui + desktop/forms -> assets/i18n/*.ts
    python tools/i18n.py build     # pyside6-lrelease: *.ts -> *.qm
    python tools/i18n.py check     # exit 1 when a message is unfinished or changes its placeholders

French is the source language; one .ts per other interface language.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "assets" / "i18n"
LANGS = ("en", "ru", "zh", "ar", "uk")
QT_LANG = {"en": "en_GB", "ru": "ru_RU", "zh": "zh_CN", "ar": "ar", "uk": "uk_UA"}
PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)|\{[A-Za-z_][A-Za-z0-9_]*\}")


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    files = sorted((ROOT / "desktop" / "ui").glob("*.py")) + sorted(
        (ROOT / "desktop" / "forms").glob("*.ui")
    )
    return [str(f.relative_to(ROOT)) for f in files]


def ts_path(lang: str) -> Path:
    return I18N / f"dossier_{lang}.ts"


def update() -> None:
    for lang in LANGS:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-source-language",
                "fr_FR",
                "-target-language",
                QT_LANG[lang],
                *sources(),
                "-ts",
                str(ts_path(lang).relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )


def build() -> None:
    for lang in LANGS:
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_path(lang)), "-qm", str(I18N / f"dossier_{lang}.qm")],
            check=True,
            capture_output=True,
        )


def messages(lang: str):
    """(context, source, [translations], type) for every message of a .ts file."""
    tree = ET.parse(ts_path(lang))
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            if not forms and tr is not None:
                forms = [tr.text or ""]
            kind = tr.get("type", "") if tr is not None else "unfinished"
            yield name, msg.findtext("source", ""), forms, kind, msg.get("numerus") == "yes"


def problems() -> list[str]:
    out = []
    for lang in LANGS:
        for ctx, source, forms, kind, numerus in messages(lang):
            where = f"{lang}: {ctx}: {source[:60]!r}"
            if kind in ("unfinished", "vanished", "obsolete") or not any(f.strip() for f in forms):
                out.append(f"{where}: not translated")
                continue
            want = set(PLACEHOLDER.findall(source))
            for f in forms:
                got = set(PLACEHOLDER.findall(f))
                if numerus:
                    want_n, got_n = want - {"%n"}, got - {"%n"}
                    if want_n != got_n:
                        out.append(f"{where}: placeholders {sorted(got)} != {sorted(want)}")
                elif got != want:
                    out.append(f"{where}: placeholders {sorted(got)} != {sorted(want)}")
                if lang == "ar" and "&ا" in f.replace("&&", ""):
                    # The shortcut's underline under a bare alef reads as a hamza: إ.
                    out.append(f"{where}: shortcut (&) under an alef: move it to another letter")
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    cmd = argv[0] if argv else "all"
    if cmd in ("update", "all"):
        update()
    if cmd in ("build", "all"):
        build()
    if cmd in ("check", "all"):
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
