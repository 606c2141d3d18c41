"""Checking a dossier: every file inspected once, the rules run once, one
language-free ``CheckResult`` that the bundle, the letters and both front ends
read."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import reader
from desktop.core.catalog import Catalog, default_catalog
from desktop.core.dossier import Dossier, file_status
from desktop.core.rules import CheckResult, FileFinding, Verdict, evaluate
from desktop.errors import UserError

if TYPE_CHECKING:
    from desktop.intake import FileReport


#: Where a person's choice for a photo lives in the dossier: ``[scan."<entry>"]`` with
#: ``keep = true`` (as taken) or ``quad = [[x, y], …]`` (four corners, TL TR BR BL, in
#: fractions of the upright photo). Older versions keep the table untouched (the model
#: keeps keys it does not know) and build the photo as they always did.
SCAN_TABLE = "scan"


def scan_choice(dossier: Dossier, rel: str) -> dict[str, Any] | None:
    """The person's choice for a photo of the dossier: ``{"keep": True}``,
    ``{"quad": [[x, y]] * 4}``, or None (the automatic detection)."""
    table = dossier.data.get(SCAN_TABLE)
    choice = table.get(rel) if isinstance(table, dict) else None
    return dict(choice) if isinstance(choice, dict) else None


def inspect_path(
    path: Path, password: str | None = None, *, photos_as_taken: bool = False, mrz: bool = True
) -> FileReport:
    """What a file really is and whether it can go into a dossier (``inspect``). A
    camera photo is judged by the document found in it (as the bundle cleans it),
    unless ``photos_as_taken``. With it, what the paper says of itself: its
    2D-Docs and, with ``mrz``, its machine-readable zone."""
    from desktop.intake import inspect_file

    return inspect_file(path, password=password, scan=not photos_as_taken, mrz=mrz)


def inspect_dossier_file(dossier: Dossier, rel: str, today: dt.date) -> FileFinding | None:
    """What the rules need to know about one file of the dossier: intake's report and,
    for the CER copy, what can be checked inside it (French version, a signature in
    the signature area, dated for this application). None when the file cannot be
    read at all (the rule engine says missing, folder or unopenable). Both front ends
    call this, so the wizard and ``check`` judge a file the same way."""
    from desktop.intake import inspect_file

    path = reader.inside(dossier.base_dir, rel)
    if path is None:
        # An absolute path, ``..`` or a link out of the folder: a dossier received from
        # someone else must not pull any other file of this computer into the bundle.
        return outside_report(rel)
    if file_status(path) != "file":
        return None
    # The person kept this photo as taken, or placed its corners (issue 17).
    choice = scan_choice(dossier, rel) or {}
    keep = bool(choice.get("keep"))
    try:
        # The passport's MRZ is read (the MRZ rule uses it when none was typed).
        report = inspect_file(
            path,
            scan=not keep,
            mrz=rel in dossier.piece("passport").files,
            doc_hint=doc_hint(dossier, rel),
            quad=choice.get("quad"),
        )
    except UserError:
        return None  # vanished or locked since: same as above, on the next check
    if rel in dossier.piece("cer").files and not report.errors:
        from desktop.letters import check_cer

        extra = check_cer(path, dossier, today)
        if extra:
            report = dataclasses.replace(report, problems=[*report.problems, *extra])
    if report.twoddocs and not report.errors:
        from desktop.services.papers import twoddoc_problems

        coded = twoddoc_problems(dossier, rel, report)
        if coded:
            report = dataclasses.replace(report, problems=[*report.problems, *coded])
    return report


def outside_report(rel: str) -> FileReport:
    """The finding for an entry that leaves the dossier's folder: refused unread."""
    from desktop.intake import ERROR, FileReport, Kind
    from desktop.intake.report import problem

    report = FileReport(file=rel, kind=Kind.UNKNOWN, mime="application/octet-stream")
    report.add(problem("outside_dossier", ERROR, file=rel))
    return report


def doc_hint(dossier: Dossier, rel: str) -> str | None:
    """What the piece holding ``rel`` says its photo shows (as the bundle is told)."""
    from desktop.intake.photo import DOC_HINTS

    pieces = dossier.data.get("pieces")  # read as stored: this runs on every change
    for piece, hint in DOC_HINTS.items():
        entry = pieces.get(piece) if isinstance(pieces, dict) else None
        files = entry.get("files") if isinstance(entry, dict) else None
        if isinstance(files, list) and rel in files:
            return hint
    return None


def finding_context(dossier: Dossier, rel: str, today: dt.date) -> tuple[object, ...]:
    """What a file's finding depends on besides its bytes: for the CER copy, the
    signature date stated and the filing day (``check_cer`` compares them), so a
    finding kept for its bytes is made again when one of them changes; for a photo,
    the person's choice (kept as taken, corners) and what its piece says it shows
    (``doc_hint``: a card, a passport page), which the wizard's findings follow."""
    choice, hint = scan_choice(dossier, rel), doc_hint(dossier, rel)
    photo = () if choice is None and hint is None else (repr(choice), hint)
    return (*photo, *dated_context(dossier, rel, today))


def dated_context(dossier: Dossier, rel: str, today: dt.date) -> tuple[object, ...]:
    """The part of ``finding_context`` that a check reads the file again for: what
    the dossier says beside the file (dates, names, address)."""
    if rel in dossier.piece("cer").files:
        return (dossier.cer_signed_on, dossier.filing_date, today)
    if any(rel in dossier.piece(p).files for p in ("proof_of_address", "host_proof_of_address")):
        # A 2D-Doc's holder and address are compared with these (services.papers).
        return (dossier.applicant, dossier.host, dossier.address)
    return ()


def inspect_files(dossier: Dossier, files: Iterable[str], today: dt.date) -> dict[str, FileFinding]:
    """``inspect_dossier_file`` on each file (paths as written in the dossier)."""
    out: dict[str, FileFinding] = {}
    for rel in files:
        found = inspect_dossier_file(dossier, rel, today)
        if found is not None:
            out[rel] = found
    return out


def all_files(dossier: Dossier) -> list[str]:
    """Every file the pieces list, once, in piece order."""
    seen: list[str] = []
    for entry in dossier.piece_entries():
        for f in entry.files:
            if f not in seen:
                seen.append(f)
    return seen


def owned_files(dossier: Dossier) -> list[str]:
    """Every file the dossier refers to and must keep: the pieces' files, the drawn
    signature, the screenshots of failed appointment attempts."""
    from desktop.core.filings import frozen_files

    out = all_files(dossier)
    extra = [dossier.get("signature.file"), *frozen_files(dossier)]
    for attempt in dossier.get("appointment.attempts", []) or []:
        if isinstance(attempt, dict):
            extra.append(attempt.get("screenshot"))
    for rel in extra:
        if isinstance(rel, str) and rel and rel not in out:
            out.append(rel)
    return out


def check_dossier(
    dossier: Dossier,
    today: dt.date,
    *,
    catalog: Catalog | None = None,
    inspect: bool = True,
    known: Mapping[str, FileFinding] | None = None,
) -> CheckResult:
    """Inspect every file not in ``known`` (findings already made for the files as
    they are, as the wizard keeps them), then run the rules once. A file whose
    finding depends on the dossier's dates too (``dated_context``: the CER copy)
    is read again. ``inspect=False`` judges without reading any file (the case list)."""
    catalog = catalog or default_catalog()
    findings: dict[str, FileFinding] = {}
    if inspect:
        files = all_files(dossier)
        findings = {
            rel: known[rel]
            for rel in files
            if known and rel in known and not dated_context(dossier, rel, today)
        }
        findings.update(inspect_files(dossier, [f for f in files if f not in findings], today))
    verdict = evaluate(dossier, catalog, today, findings)
    return CheckResult(dossier, catalog, findings, verdict)


def warning_count(verdict: Verdict) -> int:
    """The warnings a « complet, N avertissements » counts: those of the pieces still
    to look at (a blurred scan, an old bill) and the dossier's own. The review page
    and the case list say the same number."""
    to_check = [p for p in verdict.pieces if p.status == "warning"]
    in_pieces = sum(1 for p in to_check for prob in p.problems if prob.severity == "warning")
    own = sum(1 for prob in verdict.problems if prob.severity == "warning")
    return max(in_pieces + own, 1 if to_check else 0)


def check_path(path: str | Path, today: dt.date) -> CheckResult:
    """``check_dossier`` on the dossier file at ``path``."""
    return check_dossier(Dossier.load(path), today)
