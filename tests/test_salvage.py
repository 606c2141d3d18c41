"""A dossier holding a bad value still opens in the wizard, on the field to fix
(issue 15: a date typed as 11/3/27 once became year 0027 and every later
opening failed); the command line still names the bad field and stops."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.dossier import Dossier
from desktop.errors import UserError
from desktop.flow import store
from desktop.flow.state import FlowState
from desktop.flow.wizard import set_aside_pending

ROOT = Path(__file__).resolve().parents[1]

BROKEN = """schema_version = 1
situation = "etudiant-renouvellement"
filing_date = 0027-03-11

[applicant]
surname = "ZYXW"
birth_date = "31/02/1990"

[address]
kind = "castle"

[[appointment.attempts]]
at = "yesterday"
message = "plus de créneaux"
"""


def test_strict_loading_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "dossier.toml"
    path.write_text(BROKEN)
    with pytest.raises(UserError) as err:
        Dossier.load(path)
    assert err.value.key.startswith("dossier.")
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", "fr", "check", str(path)],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert run.returncode == 2 and "Traceback" not in run.stderr


def test_the_wizard_opens_it_with_every_bad_value_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "dossier.toml"
    path.write_text(BROKEN)
    dossier = store.open_dossier(path)
    assert dossier.set_aside == {
        "filing_date": "0027-03-11",
        "applicant.birth_date": "31/02/1990",
        "address.kind": "castle",
        "appointment.attempts[0].at": "yesterday",
        "appointment.attempts[0]": "{'message': 'plus de créneaux'}",
    }
    # what was fine is kept; the file, saved, opens strictly from now on
    assert dossier.applicant.surname == "ZYXW" and dossier.situation_id
    dossier.save()
    again = Dossier.load(path)
    assert again.set_aside["filing_date"] == "0027-03-11"
    state = FlowState(dossier=again, today=dt.date(2026, 12, 6))
    pending = {key: step for key, _text, step in set_aside_pending(state)}
    assert pending["applicant.birth_date"] == "civil_status"
    assert pending["filing_date"] is None  # no step asks for it: the situation step sets it
    # a valid value typed in the field makes its entry go away
    again.set("applicant.birth_date", dt.date(1990, 2, 28))
    assert "applicant.birth_date" not in {k for k, _t, _s in set_aside_pending(state)}


def test_a_value_with_no_field_still_refuses(tmp_path: Path) -> None:
    path = tmp_path / "dossier.toml"
    path.write_text("schema_version = 99\n")
    with pytest.raises(UserError):
        store.open_dossier(path)
