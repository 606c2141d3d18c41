"""Fuzz the dossier loader, the rule engine and ``check``: whatever TOML a person
(or a broken editor) writes, the answer is a verdict or a ``UserError`` whose
message says what to fix, never another exception.

Trees start from the complete example and get values replaced, sections swapped
for lists or numbers, dates pushed to the ends of the calendar, huge and
unicode strings; some are random from scratch.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import io
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.catalog import default_catalog
from desktop.core.dossier import Dossier
from desktop.core.rules import evaluate
from desktop.errors import UserError

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "etudiant-renouvellement" / "dossier.toml"
BASE: dict[str, Any] = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
TODAY = dt.date(2026, 11, 24)
SITUATIONS = sorted(default_catalog().situations)

# ----- values TOML can hold ---------------------------------------------------------
texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", " ", "own", "hosted", "married", "RUS", "2026-02-30", "31/12/2026"]),
    st.sampled_from(SITUATIONS),
    st.text(alphabet="ايبтжж中文é\u200f\u202e ", min_size=1, max_size=20),
    st.integers(min_value=1000, max_value=200_000).map(lambda n: "x" * n),  # huge
)
dates = st.one_of(
    st.dates(),  # 0001-01-01 … 9999-12-31
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
)
scalars = st.one_of(
    texts,
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    dates,
    st.datetimes(),
    st.times(),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text(min_size=1, max_size=8), inner, max_size=4),
    ),
    max_leaves=12,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


BASE_PATHS = _paths(BASE)
# Keys the app reads that the example leaves out: wrong values there matter too.
EXTRA_PATHS = [
    ("appointment",),
    ("appointment", "attempts"),
    ("host",),
    ("host", "birth_date"),
    ("missing",),
    ("missing", "passport"),
    ("current_permit", "lost_reason"),
    ("applicant", "first_of_kind"),
    ("applicant", "cer_exemption"),
    ("pieces", "passport", "mrz"),
    ("pieces", "passport", "translated"),
    ("pieces", "passport", "files", 0),
    ("pieces", "hosting_attestation"),
    ("ui",),
    ("letters",),
]


@st.composite
def trees(draw: st.DrawFn) -> dict[str, Any]:
    if draw(st.integers(0, 9)) == 9:  # from scratch, now and then
        tree = draw(st.dictionaries(st.text(min_size=1, max_size=10), values, max_size=6))
        tree.setdefault("schema_version", draw(st.sampled_from([1, 1, 0, 2, "1", True])))
        return tree
    tree = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(BASE_PATHS + EXTRA_PATHS))
        node: Any = tree
        for part in path[:-1]:
            if isinstance(node, dict):
                node = node.setdefault(part, {})
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
            else:
                break
        else:
            last = path[-1]
            value = draw(values)
            if isinstance(node, dict):
                if draw(st.integers(0, 9)) == 0:
                    node.pop(last, None)
                else:
                    node[last] = value
            elif isinstance(node, list) and isinstance(last, int):
                if last < len(node):
                    node[last] = value
                else:
                    node.append(value)
    if draw(st.booleans()):
        tree["situation"] = draw(st.sampled_from(SITUATIONS))
    return tree


def _toml(tree: dict[str, Any]) -> str | None:
    try:
        return tomli_w.dumps(tree)
    except (TypeError, ValueError):  # not representable (e.g. a NaN key): not a file
        return None


def _judge(text: str) -> None:
    catalog = default_catalog()
    try:
        dossier = Dossier.from_toml_text(text)
        verdict = evaluate(dossier, catalog, TODAY, {})
        data = verdict.to_json("fr")
        data["applicant"] = dossier.applicant.display_name
        for lang in ("ar", "zh"):
            verdict.to_json(lang)
    except UserError as exc:
        _clear(exc)


def _clear(exc: UserError) -> None:
    """A message exists in every language with every placeholder filled."""
    from desktop.core.messages import LANGS, all_messages, placeholders

    table = all_messages()[exc.key]
    for lang in LANGS:
        assert placeholders(table[lang]) <= set(exc.params), (exc.key, lang, exc.params)
        assert exc.message(lang).strip()


FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
)


@FUZZ
@given(trees())
def test_loader_and_rules_never_crash(tree: dict[str, Any]) -> None:
    text = _toml(tree)
    if text is not None:
        _judge(text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_a_verdict_or_a_user_error(text: str) -> None:
    _judge(text)


_WORK = Path(tempfile.mkdtemp(prefix="dossier-fuzz-"))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees(), st.sampled_from(["fr", "ar"]))
def test_check_command_in_process(tree: dict[str, Any], lang: str) -> None:
    from desktop.cli import main

    text = _toml(tree)
    if text is None:
        return
    path = _WORK / "dossier.toml"
    path.write_text(text, encoding="utf-8")
    before = path.read_bytes()
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", str(path), "--json", "--today", "2026-11-24", "--lang", lang])
    assert code in (0, 1, 2)
    assert "Traceback" not in err.getvalue()
    if code == 2:
        assert err.getvalue().strip(), "exit 2 without a message"
    else:
        import json

        json.loads(out.getvalue())
    assert path.read_bytes() == before


def test_known_bad_trees_name_the_field() -> None:
    """The shapes fuzzing found, each with the field it names."""
    cases = {
        "applicant = [1, 2]\n": "applicant",
        'address = "x"\n': "address",
        "filing_date = 9999-12-31\n": "filing_date",
        "[current_permit]\nexpires_on = 0001-01-01\n": "current_permit.expires_on",
        "[ephoto]\ncode = 'A'\ntaken_on = 9999-12-31\n": "ephoto.taken_on",
        "[appointment]\nattempts = [1, 2]\n": "appointment.attempts",
        '[applicant]\nfirst_of_kind = "false"\n': "applicant.first_of_kind",
        "[applicant]\nsurname = { a = 1 }\n": "applicant.surname",
        "[applicant]\nmarital_status = 3\n": "3",
        "[pieces.passport]\nfiles = [1]\n": "pieces.passport",
        '[pieces.passport]\nfiles = [""]\n': "pieces.passport",
        f'[pieces.passport]\nfiles = ["{"a" * 300}.pdf"]\n': "pieces.passport",
    }
    for body, named in cases.items():
        text = 'schema_version = 1\nsituation = "etudiant-renouvellement"\n' + body
        try:
            dossier = Dossier.from_toml_text(text)
            evaluate(dossier, default_catalog(), TODAY, {})
        except UserError as exc:
            for lang in ("fr", "ar"):
                assert named in exc.message(lang), (body, exc.message(lang))
        else:
            raise AssertionError(f"accepted: {body!r}")
    for version in ("0", "-1", "true", '"1"'):
        try:
            Dossier.from_toml_text(f"schema_version = {version}\n")
        except UserError as exc:
            assert exc.key in ("dossier.bad_schema_version", "dossier.schema_too_new")
        else:
            raise AssertionError(version)
