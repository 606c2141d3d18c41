"""Facts in, situation out: which catalog situation a dossier's facts describe.

A dossier may name its situation (``situation = "etudiant-renouvellement"``) or
state facts (``[facts]``: the current document and its kind, what is asked for;
the applicant's nationality and birth date; studies in France). The wizard's
questionnaire (``ui.answers``) states the same facts. From explicit facts only,
never from a guess:

- a card of the kind already held — a carte de séjour **or a VLS-TS** (the visa
  long séjour valant titre de séjour is a titre de séjour: CESEDA R.431-5 and
  L.433-1; the first card asked by its holder is a renewal, with its window,
  late fee and renewal fee) — is a renewal; any other card is a first
  application (a change of status, for a kind other than the one held);
- a person whose first card after a VLS-TS is a multi-year card meets the
  2026 integration conditions as a *first* multi-year card (L.433-4);
- Algerian nationals are under the accord franco-algérien du 27 décembre 1968:
  a request is routed to its certificat de résidence, never to a CESEDA card;
- Tunisian and Moroccan nationals are under their agreements (17 March 1988,
  9 October 1987) for what those treat — the "salarié" card, the 10-year card
  after three years under it — and under CESEDA for the rest (art. 11 and 9);
- a card asked from a title held (a carte de résident whose request is in law the
  renewal of the title held, CESEDA R.423-…) is reached only from such a title;
- anything the catalog does not cover (a récépissé pending, an EU citizen or
  family member, a Withdrawal Agreement holder, a category without that
  procedure) is said, with where to go: never the nearest category.

``route`` returns a ``Routing`` with the situation and the reasons (codes and
parameters, words chosen at the edge), or raises ``UserError`` naming what is not
covered and where to go.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.core.messages import Text, t
from desktop.errors import UserError

if TYPE_CHECKING:
    from desktop.core.catalog import Catalog, Situation
    from desktop.core.dossier import Dossier

REQUESTS = ("card", "duplicate", "change_address", "change_civil_status")
#: what the person holds now: nothing, a visa other than a VLS-TS (short stay, or a
#: long-stay visa to be turned into a card), a VLS-TS, a carte de séjour, a
#: récépissé (a request pending), an autorisation provisoire de séjour
CURRENT_DOCUMENTS = ("none", "visa", "vls_ts", "permit", "receipt", "aps")
#: documents that are a titre de séjour whose kind carries into a renewal
TITLES = ("vls_ts", "permit")
#: requests about a card held, and their catalog category
REQUEST_CATEGORIES = {
    "duplicate": "duplicata",
    "change_address": "changement_adresse",
    "change_civil_status": "changement_etat_civil",
}
DUPLICATE_PIECE = {"loss": "loss_declaration", "theft": "police_report"}
ALGERIA = "DZA"
#: bilateral agreements that govern some cards and leave the rest to CESEDA
#: (accord franco-tunisien, art. 11; accord franco-marocain, art. 9):
#: nationality → (regime, reason code, source, url)
AGREEMENTS = {
    "TUN": (
        "tunisie",
        "agreement_tunisia",
        "Accord franco-tunisien du 17 mars 1988 modifié, art. 3 et 11",
        "https://www.immigration.interieur.gouv.fr/Europe-et-International/Les-accords-bilateraux/"
        "Les-accords-bilateraux-en-matiere-de-circulation-de-sejour-et-d-emploi/L-accord-franco-tunisien",
    ),
    "MAR": (
        "maroc",
        "agreement_morocco",
        "Accord franco-marocain du 9 octobre 1987, art. 3 et 9",
        "https://www.immigration.interieur.gouv.fr/fr/Europe-et-International/Les-accords-bilateraux/"
        "Les-accords-bilateraux-en-matiere-de-circulation-de-sejour-et-d-emploi/L-accord-franco-marocain",
    ),
}
#: CESEDA cards an agreement governs itself but the catalog does not model: the
#: Tunisian agreement (art. 10) sets all the conditions of the "simple" carte de
#: résident (spouse of a French national married for one year, parent of a French
#: child…), so CESEDA L.423-6 and L.423-10 do not apply to Tunisians
AGREEMENT_NOT_MODELLED = {
    "TUN": {"resident_conjoint": "tunisie_art10", "resident_parent": "tunisie_art10"},
}
#: the regimes of the agreements above ("tunisie", "maroc")
AGREEMENT_REGIMES = tuple(regime for regime, *_ in AGREEMENTS.values())
#: the nationality a regime's cards are for (the questionnaire's inverse)
REGIME_NATIONALITY = {"algerie": ALGERIA} | {v[0]: n for n, v in AGREEMENTS.items()}


@dataclass(frozen=True)
class Reason:
    """Why the engine chose what it chose: a message ``route.<code>`` and its source."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    url: str = ""

    def message(self, lang: str | None) -> str:
        return t(f"route.{self.code}", lang, **self.params)

    def to_json(self, lang: str | None) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message(lang)}
        if self.source:
            out["source"] = self.source
        if self.url:
            out["url"] = self.url
        return out


@dataclass
class Routing:
    situation: Situation
    stated: bool  # the dossier named its situation id
    facts: dict[str, Any]
    reasons: list[Reason]
    first_of_kind: bool | None = None  # derived (None: as the dossier says)
    #: a named situation the stated facts contradict: what the facts describe
    #: (or, for an Algerian named to a CESEDA card, the certificat that applies)
    contradicted_by: Situation | None = None

    def to_json(self, lang: str | None) -> dict[str, Any]:
        shown = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in self.facts.items()}
        out: dict[str, Any] = {
            "from": "situation" if self.stated else "facts",
            "situation": self.situation.id,
            "procedure": self.situation.procedure,
            "facts": {k: v for k, v in shown.items() if v not in (None, "")},
            "reasons": [r.to_json(lang) for r in self.reasons],
        }
        if self.first_of_kind is not None:
            out["first_of_kind"] = self.first_of_kind
        return out


def situation_facts(dossier: Dossier) -> dict[str, Any]:
    """The routing facts a dossier states: ``[facts]``, else the wizard's answers."""
    facts = dossier.get("facts") or {}
    answers = dossier.get("ui.answers") or {}
    if not isinstance(facts, dict):
        raise UserError("dossier.bad_table", section="facts", value=str(facts)[:80])
    if not isinstance(answers, dict):
        answers = {}

    def pick(key: str, wizard_key: str | None = None) -> Any:
        value = facts.get(key)
        if value in (None, "") and wizard_key is not None:
            value = answers.get(wizard_key)
        return value

    out = {
        "request": pick("request", "request"),
        "requested": pick("requested", "category"),
        "current_document": pick("current_document", "current_document"),
        "current_category": pick("current_category", "current_category"),
        "current_card": pick("current_card"),
        "lost_reason": pick("lost_reason") or dossier.get("current_permit.lost_reason"),
        "studies_in_france": pick("studies_in_france"),
        "entry_date": pick("entry_date"),
        "nationality": dossier.applicant.nationality,
    }
    for key in ("request", "requested", "current_document", "current_category", "current_card"):
        value = out[key]
        if value is not None and not isinstance(value, str):
            raise UserError("dossier.bad_text", field=f"facts.{key}", value=str(value)[:80])
    if out["request"] and out["request"] not in REQUESTS:
        raise UserError(
            "route.bad_fact",
            field="facts.request",
            value=out["request"],
            allowed=", ".join(REQUESTS),
        )
    document = out["current_document"]
    if document and document not in CURRENT_DOCUMENTS:
        raise UserError(
            "route.bad_fact",
            field="facts.current_document",
            value=document,
            allowed=", ".join(CURRENT_DOCUMENTS),
        )
    return out


def states_facts(facts: Mapping[str, Any]) -> bool:
    return bool(facts.get("request") or facts.get("requested"))


def route(dossier: Dossier, catalog: Catalog) -> Routing:
    """The situation of ``dossier`` and why (see the module's docstring)."""
    facts = situation_facts(dossier)
    sid = dossier.situation_id
    if sid:
        situation = catalog.situation(sid)
        reasons = [Reason("stated", {"situation": Text(situation.label)})]
        first = _first_of_kind(facts, situation, reasons)
        routing = Routing(situation, True, facts, reasons, first)
        routing.contradicted_by = _contradiction(catalog, facts, situation)
        return routing
    if not states_facts(facts):
        raise UserError("dossier.no_situation", known=", ".join(sorted(catalog.situations)))
    situation, reasons = derive(catalog, facts)
    first = _first_of_kind(facts, situation, reasons)
    return Routing(situation, False, facts, reasons, first)


def _not_covered(catalog: Catalog, key: str) -> UserError:
    """Not covered: what, where to go instead, and the text that says so."""
    entry = catalog.not_covered.get(key) or catalog.not_covered["generic"]
    return UserError(
        "route.not_covered",
        what=Text(entry.label),
        where=Text(entry.where),
        source=entry.dated.source,
        url=entry.dated.url or "—",
        code=key,
    )


def derive(catalog: Catalog, facts: Mapping[str, Any]) -> tuple[Situation, list[Reason]]:
    """The situation the facts describe, or ``UserError`` (not covered: where to go)."""
    reasons: list[Reason] = []
    request = facts.get("request") or "card"
    document = facts.get("current_document") or ""
    nationality = (facts.get("nationality") or "").upper()
    if nationality and nationality in catalog.lists.get("eu_eea_ch", []):
        raise _not_covered(catalog, "eu_citizen")
    if request in REQUEST_CATEGORIES:
        if document not in ("permit", ""):
            raise _not_covered(catalog, "request_needs_card")
        category = REQUEST_CATEGORIES[request]
        candidates = [s for s in catalog.situations.values() if s.category == category]
        if request == "duplicate":
            piece = DUPLICATE_PIECE.get(facts.get("lost_reason") or "loss", "")
            candidates = [
                s for s in candidates if any(r.piece == piece for r in s.requirements)
            ] or candidates
        if not candidates:
            raise _not_covered(catalog, "generic")
        reasons.append(Reason(f"request_{request}"))
        return candidates[0], reasons
    requested = facts.get("requested") or ""
    if not requested:
        raise UserError("route.no_request")
    if requested in catalog.not_covered:
        raise _not_covered(catalog, requested)
    if document == "receipt" and facts.get("current_category") == requested:
        # The request is pending: no new dossier (a récépissé for another request,
        # an asylum seeker's for instance, leaves this one a first application).
        raise _not_covered(catalog, "receipt")
    if document in TITLES and not facts.get("current_category"):
        # Renewal or change of status turns on the kind held: ask, never assume.
        raise UserError("route.needs_current_category", document=document)
    # The 1968 agreement: an Algerian's request goes to its certificat de résidence.
    if nationality == ALGERIA:
        dz = [s for s in catalog.situations.values() if s.regime == "algerie"]
        if not any(s.category == requested for s in dz):
            mapped = [s.category for s in dz if s.equivalent == requested]
            if not mapped:
                raise _not_covered(catalog, "algerie")
            requested = mapped[0]
            reasons.append(Reason("algeria", {}, "Accord franco-algérien du 27 décembre 1968"))
        held = facts.get("current_category") or ""
        held_dz = [s.category for s in dz if s.equivalent == held]
        current = held_dz[0] if held_dz else held
        if document == "vls_ts":
            # No VLS-TS for Algerians: their long-stay visa leads to a first
            # certificat de résidence, never to a renewal.
            document = "visa"
            reasons.append(
                Reason("algeria_no_vls_ts", {}, "CESEDA R.431-16 ; accord franco-algérien de 1968")
            )
    elif nationality in AGREEMENTS:
        requested, current = _agreement(catalog, nationality, requested, facts, reasons)
    else:
        chosen = [s for s in catalog.situations.values() if s.category == requested]
        if chosen and all(s.regime == "algerie" for s in chosen):
            raise _not_covered(catalog, "algerie_only")
        if chosen and all(s.regime in AGREEMENT_REGIMES for s in chosen):
            raise _not_covered(catalog, "accord_only")
        current = facts.get("current_category") or ""
    if not any(s.category == requested for s in catalog.situations.values()):
        raise UserError(
            "route.unknown_category",
            value=requested,
            known=", ".join(sorted({s.category for s in catalog.situations.values()})),
        )
    # Cards asked from a title held (CESEDA R.423-…: the request "vaut demande de
    # renouvellement du titre précédemment acquis"; an agreement's 10-year card after
    # three years under its "salarié" card): only from such a title, never guessed.
    held_only = [s for s in catalog.situations.values() if s.category == requested and s.held]
    if held_only and current != requested:
        if document in TITLES and current:
            for s in held_only:
                if current in s.held or "*" in s.held:
                    code = "renews_held" if s.procedure == "renewal" else "from_held"
                    reasons.append(Reason(code, {"category": current}, s.dated.source, s.dated.url))
                    return s, reasons
        raise _not_covered(catalog, f"{requested}.held")
    procedure = "first"
    if document in TITLES and current == requested:
        procedure = "renewal"
        if document == "vls_ts":
            reasons.append(
                Reason(
                    "vls_ts_renewal",
                    {},
                    "CESEDA R.431-5, L.433-1 ; service-public F2231",
                    "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042776292",
                )
            )
        else:
            # A card renewable once whose first year was the VLS-TS (au pair: two
            # years in all, CESEDA L.426-22, service-public F15813): a card held of
            # that kind has had its one renewal; the catalog says where to go.
            if f"{requested}.second_renewal" in catalog.not_covered:
                raise _not_covered(catalog, f"{requested}.second_renewal")
            reasons.append(Reason("same_kind_renewal", {}, "CESEDA L.433-1, R.431-5"))
    elif document in TITLES + ("aps",) and current and current != requested:
        reasons.append(Reason("change_of_status", {"category": current}, "CESEDA L.433-1"))
    elif document == "aps":
        reasons.append(Reason("from_aps", {}, "CESEDA L.422-10"))
    else:
        reasons.append(Reason("first_application"))
    candidates = [
        s
        for s in catalog.situations.values()
        if s.category == requested and s.procedure == procedure and not s.held
    ]
    if not candidates:
        # Never the nearest category or procedure: say it is not covered.
        raise _not_covered(catalog, f"{requested}.{procedure}")
    return candidates[0], reasons


def _agreement(
    catalog: Catalog,
    nationality: str,
    requested: str,
    facts: Mapping[str, Any],
    reasons: list[Reason],
) -> tuple[str, str]:
    """A Tunisian's or a Moroccan's request: the agreement's card where the agreement
    treats it, the CESEDA card otherwise (points not treated: art. 11 of the Tunisian
    agreement, art. 9 of the Moroccan one). Returns (category asked, category held).

    A category of the agreement none of whose situations needs a held title (the
    "salarié" card, which the agreement governs exclusively) takes every request for
    its CESEDA equivalent, and a CESEDA card of that kind held is the agreement's.
    One that needs a held title (the 10-year card after three years as "salarié") is
    reached from that title, or renewed from itself; else CESEDA applies."""
    regime, code, source, url = AGREEMENTS[nationality]
    not_modelled = AGREEMENT_NOT_MODELLED.get(nationality, {})
    if requested in not_modelled:
        raise _not_covered(catalog, not_modelled[requested])
    own: dict[str, list[Situation]] = {}
    for s in catalog.situations.values():
        if s.regime == regime:
            own.setdefault(s.category, []).append(s)
    equivalent = {cat: sits[0].equivalent for cat, sits in own.items()}
    held = facts.get("current_category") or ""
    held_common = equivalent.get(held, held)
    wanted = equivalent.get(requested, requested)
    exclusive = {cat for cat, sits in own.items() if not any(s.held for s in sits)}
    # a CESEDA card held of a kind the agreement governs exclusively is the agreement's
    current = next((c for c in exclusive if equivalent[c] == held_common), held_common)
    if held in own:
        current = held
    for cat, sits in own.items():
        if equivalent[cat] != wanted and cat != requested:
            continue
        if (
            cat in exclusive
            or held == cat
            or any({held, held_common, current} & set(s.held) for s in sits)
        ):
            reasons.append(Reason(code, {}, source, url))
            return cat, current
    if requested in own:  # an agreement card named, its conditions not met
        raise _not_covered(catalog, f"{requested}.held")
    reasons.append(Reason("agreement_common_law", {}, source, url))
    return requested, held_common


def _contradiction(
    catalog: Catalog, facts: Mapping[str, Any], named: Situation
) -> Situation | None:
    """What the facts say instead of the named situation (never silently obeyed)."""
    if states_facts(facts):
        try:
            derived, _ = derive(catalog, facts)
        except UserError:
            return None
        return derived if derived.id != named.id else None
    nationality = (facts.get("nationality") or "").upper()
    if nationality == ALGERIA and named.regime == "ceseda":
        for s in catalog.situations.values():
            if s.regime == "algerie" and s.equivalent == named.category:
                if s.procedure == named.procedure:
                    return s
    return None


def _first_of_kind(
    facts: Mapping[str, Any], situation: Situation, reasons: list[Reason]
) -> bool | None:
    """Whether the card asked is the first of its kind, from explicit facts only."""
    if situation.procedure != "renewal" or situation.card != "pluriannuelle":
        return None
    document = facts.get("current_document")
    if document == "vls_ts":
        reasons.append(Reason("first_multiyear_after_vls_ts", {}, "CESEDA L.433-4"))
        return True
    card = facts.get("current_card")
    if document == "permit" and card == "temporaire":
        reasons.append(Reason("first_multiyear_after_card", {}, "CESEDA L.433-4"))
        return True
    if document == "permit" and card in ("pluriannuelle", "resident"):
        return False
    return None
