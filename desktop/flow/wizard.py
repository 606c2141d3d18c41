"""The navigation map and its back stack (Electrum's wizard, without widgets).

``Wizard.next(answers)`` checks and applies the current step's answers, then
resolves the next step from the dossier (a step that does not apply to the
situation is skipped); ``back(answers)`` keeps what was typed and returns to
the previous step. The current step is written into the dossier (``[ui] step``)
so that a reopened dossier resumes where the person left off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.core.messages import Problem
from desktop.flow.fields import Answers
from desktop.flow.state import FlowState
from desktop.flow.steps import BY_ID, ORDER, Step


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


@dataclass
class Wizard:
    """Where the person is in the journey (``stack``: the steps visited, the last one current)."""

    state: FlowState
    stack: list[str] = field(default_factory=lambda: [ORDER[0]])
    on_change: Callable[[FlowState], None] | None = None  # autosave hook

    # ----- where we are ----------------------------------------------------------
    @property
    def current(self) -> str:
        return self.stack[-1]

    @property
    def step(self) -> Step:
        return BY_ID[self.current]

    @property
    def can_back(self) -> bool:
        return len(self.stack) > 1

    @property
    def is_last(self) -> bool:
        return self.resolve_next(self.current) is None

    def resolve_next(self, step_id: str) -> str | None:
        """The first step after ``step_id`` that applies to this dossier."""
        i = ORDER.index(step_id)
        for candidate in ORDER[i + 1 :]:
            if BY_ID[candidate].applies(self.state):
                return candidate
        return None

    def path(self) -> list[str]:
        """Every step this dossier goes through, in order (for a progress list)."""
        out = [ORDER[0]]
        nxt = self.resolve_next(ORDER[0])
        while nxt is not None:
            out.append(nxt)
            nxt = self.resolve_next(nxt)
        return out

    # ----- moving ---------------------------------------------------------------------
    def check(self, answers: Answers | None = None) -> list[Problem]:
        return self.step.check(self.state, answers or {})

    def next(self, answers: Answers | None = None) -> list[Problem]:
        """Apply and go on. Returns the blocking problems (and stays) if any,
        else the warnings (already moved on)."""
        answers = answers or {}
        problems = self.step.check(self.state, answers)
        self.step.apply(self.state, answers, prune=not errors(problems))
        if errors(problems):
            self._changed()
            return problems
        nxt = self.resolve_next(self.current)
        if nxt is not None:
            self.stack.append(nxt)
        self._changed()
        return problems

    def back(self, answers: Answers | None = None) -> None:
        """Keep what was typed on this step, then return to the previous one."""
        if answers:
            self.step.apply(self.state, answers)
        if self.can_back:
            self.stack.pop()
        self._changed()

    def save_answers(self, answers: Answers) -> None:
        """Keep a page's answers without moving (autosave while typing)."""
        self.step.apply(self.state, answers)
        self._changed()

    def go_to(self, step_id: str) -> bool:
        """Jump back to a step already visited (a click in the progress list)."""
        if step_id not in self.stack:
            return False
        while self.current != step_id:
            self.stack.pop()
        self._changed()
        return True

    def _changed(self) -> None:
        self.state.set_ui("step", self.current)
        if self.on_change is not None:
            self.on_change(self.state)

    # ----- resuming -------------------------------------------------------------------
    @classmethod
    def resume(
        cls, state: FlowState, on_change: Callable[[FlowState], None] | None = None
    ) -> Wizard:
        """Rebuild the back stack up to the stored step: walk the path from the
        start, stopping early at the first step whose answers are not valid."""
        target = state.ui("step") or ORDER[0]
        wizard = cls(state, on_change=on_change)
        while wizard.current != target:
            if not wizard.step.valid(state):
                break
            nxt = wizard.resolve_next(wizard.current)
            if nxt is None:
                break
            wizard.stack.append(nxt)
        state.set_ui("step", wizard.current)
        return wizard


def set_aside_pending(state: FlowState) -> list[tuple[str, str, str | None]]:
    """The values an opening set aside (``desktop.core.salvage``) whose field is
    still empty: ``(field, the text it was, the step that asks for it or None)``.
    The wizard shows them and opens the first such step; typing a valid value in
    the field makes its entry disappear from this list."""
    out: list[tuple[str, str, str | None]] = []
    for key, text in state.dossier.set_aside.items():
        base = key.split("[", 1)[0]
        if state.dossier.get(base) not in (None, "", [], {}) and "[" not in key:
            continue
        step_id = next(
            (s for s in ORDER if any(f.key == base for f in BY_ID[s].all_fields(state))), None
        )
        out.append((key, text, step_id))
    return out
