"""What the wizard works on: the dossier (the only source of truth, so that
autosave keeps every answer), the clock's day and the catalog."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop.core.dossier import Dossier
from desktop.errors import UserError

if TYPE_CHECKING:
    from desktop.core.catalog import Catalog, Situation
    from desktop.core.rules import FileFinding, Verdict


class FlowState:
    """``FlowState(dossier, today, catalog=None, findings=None)``.

    The catalog (TOML parsed from ``assets/catalog``, some 20 ms) is loaded on first
    use when none is given: the welcome page does not need it, so the first page
    shows without waiting for it."""

    def __init__(
        self,
        dossier: Dossier,
        today: dt.date,
        catalog: Catalog | None = None,
        findings: dict[str, FileFinding] | None = None,
    ) -> None:
        self.dossier = dossier
        self.today = today
        self._catalog = catalog
        # path -> what intake found in the file
        self.findings: dict[str, FileFinding] = {} if findings is None else findings
        self._verdict_key: tuple[Any, ...] | None = None
        self._verdict: Verdict | None = None

    def __repr__(self) -> str:
        return f"FlowState(dossier={self.dossier!r}, today={self.today!r})"

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            from desktop.core.catalog import default_catalog

            self._catalog = default_catalog()
        return self._catalog

    @catalog.setter
    def catalog(self, value: Catalog) -> None:
        self._catalog = value

    @classmethod
    def new(cls, today: dt.date, catalog: Catalog | None = None) -> FlowState:
        return cls(Dossier.new(), today, catalog)

    # ----- the UI's own section of the dossier ---------------------------------
    def ui(self, key: str, default: Any = None) -> Any:
        return self.dossier.get(f"ui.{key}", default)

    def set_ui(self, key: str, value: Any) -> None:
        self.dossier.set(f"ui.{key}", value)

    @property
    def lang(self) -> str:
        return self.dossier.lang or "fr"

    # ----- the situation and what follows from it ----------------------------
    @property
    def situation(self) -> Situation | None:
        sid = self.dossier.situation_id
        return self.catalog.situations.get(sid) if sid else None

    def facts(self) -> dict[str, Any]:
        facts = self.dossier.facts(self.today)
        s = self.situation
        if s is not None:
            facts.update(
                category=s.category,
                procedure=s.procedure,
                card=s.card,
                integration=s.integration,
            )
        return facts

    def holds(self, condition: str) -> bool:
        return self.catalog.holds(condition, self.facts())

    def requires_piece(self, piece_id: str) -> bool:
        """The situation lists the piece and its condition (if any) holds."""
        s = self.situation
        if s is None:
            return False
        for req in s.requirements:
            if req.piece == piece_id:
                return req.when is None or self.holds(req.when)
        return False

    def verdict(self) -> Verdict | None:
        """The rule engine's verdict on the dossier as it is, with the findings known
        so far; None while no situation is chosen. Computed once per change: the
        pages, the path's branching and the letters all read the same verdict, and
        the engine runs again only when the dossier, the findings or the day changed."""
        key = (
            id(self.dossier),
            self.dossier.revision,
            self.today,
            tuple((rel, id(found)) for rel, found in self.findings.items()),
        )
        if self._verdict_key == key:
            return self._verdict
        verdict = None
        if self.situation is not None:
            from desktop.core.rules import evaluate

            try:
                verdict = evaluate(self.dossier, self.catalog, self.today, self.findings)
            except UserError:
                verdict = None
        self._verdict_key, self._verdict = key, verdict
        return verdict
