"""The wizard as data: steps, branching by situation, back stack. No Qt here.

state = FlowState.new(today)
wizard = Wizard(state)
wizard.next({"lang": "fr", "ui.mode": "self"})   # -> problems ([] when fine)
wizard.current                                    # "situation"
"""

from desktop.flow.fields import Answers, Field, field_of
from desktop.flow.state import FlowState
from desktop.flow.steps import (
    BY_ID,
    ORDER,
    STEPS,
    Step,
    address_pieces,
    checklist,
    letters_offered,
    missing_pieces,
    situation_summary,
)
from desktop.flow.wizard import Wizard, errors

__all__ = [
    "BY_ID",
    "ORDER",
    "STEPS",
    "Answers",
    "Field",
    "FlowState",
    "Step",
    "Wizard",
    "address_pieces",
    "checklist",
    "errors",
    "field_of",
    "letters_offered",
    "missing_pieces",
    "situation_summary",
]
