"""What the papers say, for both front ends: a 2D-Doc's holder and address against
the dossier (warnings with a fix, never a gate), the passport's MRZ as a prefill
proposal, and the age of the shipped 2D-Doc certificate set."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.dossier import Dossier
from desktop.core.messages import Problem, Text, all_messages

#: Pieces whose 2D-Doc is compared with the dossier, and whose name it must carry.
ADDRESS_PIECES = {"proof_of_address": "applicant", "host_proof_of_address": "host"}


def twoddoc_problems(dossier: Dossier, rel: str, report: Any) -> list[Problem]:
    """Warnings about the 2D-Docs of the file ``rel`` of an address piece: a signature
    that does not match, another holder, another address, another date."""
    docs = [d for d in getattr(report, "twoddocs", []) if d.proves_address]
    if not docs:
        return []
    whose = next(
        (who for pid, who in ADDRESS_PIECES.items() if rel in dossier.piece(pid).files), None
    )
    if whose is None:
        return []
    from desktop.intake import twoddoc

    name = Path(rel).name
    out: list[Problem] = []
    person = dossier.applicant if whose == "applicant" else dossier.host
    for doc in docs:
        if doc.verdict == twoddoc.INVALID:
            out.append(
                Problem(
                    "twoddoc_signature_invalid",
                    "warning",
                    {"file": name},
                    "services.twoddoc_signature_invalid",
                )
            )
            continue  # what a forged code says is not compared
        printed = doc.holder_names()
        if person.surname and printed:
            if not any(
                twoddoc.name_matches(p, person.surname, person.given_names) for p in printed
            ):
                expected = " ".join(x for x in (person.given_names, person.surname) if x)
                out.append(
                    Problem(
                        "twoddoc_name_mismatch",
                        "warning",
                        {"file": name, "printed": printed[0], "expected": expected},
                        "services.twoddoc_name_mismatch",
                    )
                )
        if whose == "applicant":
            addr = dossier.address
            coded = doc.address()
            agree = twoddoc.address_matches(coded, addr.postcode, addr.city, addr.line1)
            wrong = [part for part, ok in agree.items() if not ok]
            if wrong:
                shown = ", ".join(
                    v for v in (coded.get("street"), coded.get("postcode"), coded.get("city")) if v
                )
                expected = ", ".join(v for v in (addr.line1, addr.postcode, addr.city) if v)
                out.append(
                    Problem(
                        "twoddoc_address_mismatch",
                        "warning",
                        {
                            "file": name,
                            "printed": shown,
                            "expected": expected,
                            "parts": _parts(wrong),
                        },
                        "services.twoddoc_address_mismatch",
                    )
                )
    return out


def _parts(parts: Iterable[str]) -> Text:
    """The parts of an address that differ, named in each language."""
    msgs = all_messages()
    tables = [msgs[f"services.twoddoc_part.{p}"] for p in parts]
    langs = tables[0].keys() if tables else ()
    return Text({lang: ", ".join(t[lang] for t in tables) for lang in langs})


# ----- the certificate set ---------------------------------------------------------------
@dataclass(frozen=True)
class TrustStatus:
    """The shipped 2D-Doc certificate set: where it comes from and how old it is."""

    source: str
    issued: dt.date | None
    next_update: dt.date | None
    age_days: int | None
    outdated: bool
    authorities: list[str]
    signers: int

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "issued": self.issued.isoformat() if self.issued else None,
            "next_update": self.next_update.isoformat() if self.next_update else None,
            "age_days": self.age_days,
            "outdated": self.outdated,
            "authorities": self.authorities,
            "signers": self.signers,
        }


def trust_status(today: dt.date) -> TrustStatus:
    from desktop.intake import twoddoc

    trust = twoddoc.shipped_trust()
    issued = trust.issued.date() if trust.issued else None
    nxt = trust.next_update.date() if trust.next_update else None
    return TrustStatus(
        source=f"ANTS, liste de confiance 2D-Doc n° {trust.sequence} ({twoddoc.spec().url})",
        issued=issued,
        next_update=nxt,
        age_days=(today - issued).days if issued else None,
        outdated=bool(nxt and today > nxt),
        authorities=sorted(trust.cas),
        signers=len(trust.signers),
    )


# ----- the passport's MRZ ----------------------------------------------------------------
def read_passport(path: Path) -> Any:
    """The MRZ of a passport (or card) picture or PDF (``desktop.intake.mrz.MrzRead``),
    None when no zone is found. The file is inspected first (bounded, like any file
    from elsewhere); a file intake refuses has no zone."""
    from desktop.intake import inspect_file

    report = inspect_file(path, mrz=True)
    return report.mrz


#: Dossier fields the wizard may prefill from the MRZ, and the MRZ field each comes from.
PREFILL = {
    "applicant.surname": "surname",
    "applicant.given_names": "given_names",
    "applicant.sex": "sex",
    "applicant.birth_date": "birth_date",
    "applicant.nationality": "nationality",
    "pieces.passport.number": "document_number",
    "pieces.passport.expires_on": "expiry_date",
}


@dataclass(frozen=True)
class Proposal:
    """One value read from the passport for one field of the dossier. The wizard
    shows it for the person to confirm; ``typed`` is never replaced without asking."""

    field: str  # dotted dossier key
    read: Any  # the value read (a date as ``datetime.date``)
    typed: Any  # what the dossier holds now (None: empty)
    verified: bool  # confirmed by check digits; names, sex, nationality never are

    @property
    def conflict(self) -> bool:
        return self.typed not in (None, "") and _same(self.typed, self.read) is False

    @property
    def new(self) -> bool:
        return self.typed in (None, "")

    def to_json(self) -> dict[str, Any]:
        def shown(v: Any) -> Any:
            return v.isoformat() if isinstance(v, dt.date) else v

        return {
            "field": self.field,
            "read": shown(self.read),
            "typed": shown(self.typed),
            "verified": self.verified,
            "conflict": self.conflict,
        }


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, dt.date) or isinstance(b, dt.date):
        return str(a) == str(b)
    from desktop.intake.twoddoc import words

    return words(str(a)) == words(str(b))


def passport_proposals(dossier: Dossier, read: Any) -> list[Proposal]:
    """What the MRZ proposes for each field it covers, against what the dossier holds.
    Fields the zone leaves empty are not proposed."""
    values = read.fields_out()
    out: list[Proposal] = []
    for key, name in PREFILL.items():
        value: Any = values.get(name)
        if value in (None, ""):
            continue
        if name in ("birth_date", "expiry_date"):
            value = dt.date.fromisoformat(value)
        if name == "sex":
            value = {"M": "M", "F": "F"}.get(value)
            if value is None:
                continue
        typed = dossier.get(key)
        out.append(Proposal(key, value, typed if typed not in ("",) else None, read.verified(name)))
    return out


def apply_proposals(
    dossier: Dossier, proposals: Iterable[Proposal], accepted: Iterable[str]
) -> None:
    """Write the proposals the person accepted (by dossier key) into the dossier."""
    chosen = set(accepted)
    for p in proposals:
        if p.field in chosen:
            dossier.set(p.field, p.read)
