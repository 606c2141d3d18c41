"""Use cases both front ends call (CLI and Qt): open a dossier, check it,
inspect files, build, write letters. Never imports Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.catalog import Catalog, default_catalog
from desktop.core.dossier import Dossier
from desktop.core.rules import FileFinding, Verdict, evaluate


def inspect_files(dossier: Dossier, files: Iterable[str]) -> dict[str, FileFinding]:
    """Run intake on each existing file of the dossier (paths as written in it)."""
    from desktop.intake import inspect_file

    out: dict[str, FileFinding] = {}
    for rel in files:
        path = dossier.resolve(rel)
        if path.is_file():
            out[rel] = inspect_file(path)
    return out


def all_files(dossier: Dossier) -> list[str]:
    seen: list[str] = []
    for entry in dossier.piece_entries():
        for f in entry.files:
            if f not in seen:
                seen.append(f)
    return seen


@dataclass
class CheckResult:
    dossier: Dossier
    verdict: Verdict
    catalog: Catalog
    findings: dict[str, FileFinding]

    def to_json(self, lang: str | None) -> dict[str, Any]:
        data = self.verdict.to_json(lang, self.catalog)
        data["applicant"] = self.dossier.applicant.display_name
        return data


def check_dossier(
    dossier: Dossier,
    today: dt.date,
    *,
    lang: str | None = None,
    catalog: Catalog | None = None,
    inspect: bool = True,
) -> CheckResult:
    catalog = catalog or default_catalog()
    findings = inspect_files(dossier, all_files(dossier)) if inspect else {}
    verdict = evaluate(dossier, catalog, today, findings, lang)
    return CheckResult(dossier, verdict, catalog, findings)


def check_path(path: str | Path, today: dt.date, *, lang: str | None = None) -> CheckResult:
    return check_dossier(Dossier.load(path), today, lang=lang)
