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
