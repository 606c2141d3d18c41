"""Every message a person reads exists in the six languages with the same placeholders."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from desktop.core.messages import LANGS, all_messages, placeholders, t

ROOT = Path(__file__).resolve().parent.parent


def test_every_message_in_every_language_with_same_placeholders() -> None:
    problems = []
    for key, table in all_messages().items():
        for lang in LANGS:
            if lang not in table:
                problems.append(f"{key}: no {lang}")
            elif placeholders(table[lang]) != placeholders(table["fr"]):
                problems.append(f"{key}: {lang} placeholders differ")
    assert problems == []


def test_message_keys_used_in_code_exist() -> None:
    """Literal keys passed to Problem(...), UserError(...) and t(...) are all defined."""
    known = set(all_messages())
    used: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        if "ui" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            first = node.args[0]
            if name in ("Problem", "UserError", "t", "_fail", "_inconclusive"):
                arg = node.args[2] if name in ("_fail", "_inconclusive") else first
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    if re.fullmatch(r"[a-z_]+(\.[a-z_0-9]+)+", arg.value):
                        used.add(arg.value)
    assert len(used) > 30
    assert sorted(used - known) == []


def test_fallback_and_filling() -> None:
    assert t("cli.file_not_found", "xx", file="a.pdf").startswith("le fichier « a.pdf »")
    assert "a.pdf" in t("cli.file_not_found", "ar", file="a.pdf")
    assert "{file}" in t("cli.file_not_found", "en")


# "3 fichier(s)", "документ(ы)": hard to read in a second language, and Qt's
# lupdate cannot extract numerus forms from Python. Write "Fichiers : 3".
# (Gender markers as in "Né(e) le", the forms' usage, are not plurals.)
PLURAL_MARKER = re.compile(r"\w\((s|es|x|ы|и|ов|ів|ей)\)")


def test_no_parenthesised_plurals_in_messages_or_the_interface() -> None:
    found = [
        f"{key} [{lang}]: {text}"
        for key, texts in all_messages().items()
        for lang, text in texts.items()
        if PLURAL_MARKER.search(text)
    ]
    for path in sorted((ROOT / "desktop").rglob("*.py")) + sorted(
        (ROOT / "desktop" / "forms").glob("*.ui")
    ):
        for line in path.read_text(encoding="utf-8").splitlines():
            if ("translate(" in line or "<string>" in line) and PLURAL_MARKER.search(line):
                found.append(f"{path.relative_to(ROOT)}: {line.strip()}")
    for ts in sorted((ROOT / "assets" / "i18n").glob("*.ts")):
        text = ts.read_text(encoding="utf-8")
        found += [
            f"{ts.name}: {m}"
            for m in re.findall(r"<translation>([^<]*)</translation>", text)
            if PLURAL_MARKER.search(m)
        ]
    assert found == []


def test_every_fix_is_data_and_answers_known_findings() -> None:
    """The wizard's fix under a finding comes from fixes.toml: each code has at most
    one fix, in every language; a few findings people meet often have theirs."""
    import tomllib

    from desktop.core.messages import Problem, fix_for
    from desktop.paths import MESSAGES_DIR

    with (Path(MESSAGES_DIR) / "fixes.toml").open("rb") as fh:
        tables = tomllib.load(fh)
    assert len(tables) >= 6 and all(k.startswith("fix.") for k in tables)
    codes = [c for table in tables.values() for c in table["codes"]]
    assert len(codes) == len(set(codes))
    assert {k for k in all_messages() if k.startswith("fix.")} == set(tables)
    for code in ("sideways", "blurry", "office_document", "pdf_password_required", "piece.missing"):
        for lang in LANGS:
            assert fix_for(code, lang), (code, lang)
    assert "Faire pivoter" in Problem("sideways", "warning").fix("fr")
    assert "Rotate" in Problem("upside_down", "warning").fix("en")
    assert Problem("no.such.code", "error").fix("fr") == ""


def test_findings_shown_under_their_piece_do_not_name_it_again() -> None:
    """The review page and ``check`` print a piece's findings under its name: a
    sentence starting « Titre de séjour … » : « Titre de séjour … » compte 5 pages
    said it twice."""
    messages = all_messages()
    for key in ("file.too_many_pages", "piece.one_side"):
        for lang in LANGS:
            assert "{piece}" not in messages[key][lang], (key, lang)
