"""The one door both front ends use (the CLI in ``desktop/commands`` and the Qt
wizard in ``desktop/ui``): every use case that reads or changes a dossier, checks
it, builds its bundle, writes its letters or keeps it in the vault. Below this
package nothing imports upward; above it nothing reaches past it except value
types from ``desktop.core`` (the import-linter contracts in pyproject.toml).

| module | use cases |
|---|---|
| ``checking`` | inspect files, check a dossier once (``CheckResult``) |
| ``files`` | attach, detach, replace, rotate, unlock, drop a page, signature, piece dates, attempts |
| ``building`` | the upload bundle, ``convert`` |
| ``documents`` | letters, sworn statements, signing, the CER helper |
| ``vault`` | the encrypted store, the working copy, modes |
"""

from __future__ import annotations

from desktop.demo import write_demo
from desktop.services.checking import (
    all_files,
    check_dossier,
    check_path,
    inspect_dossier_file,
    inspect_files,
    inspect_path,
    owned_files,
)
from desktop.services.files import (
    attach_file,
    detach_file,
    dossier_entry_path,
    drop_if_unreferenced,
    pdf_protection,
    record_attempt,
    remove_page,
    replace_file,
    rotate_file,
    save_signature,
    set_piece_date,
    sign_cer,
    unlock_pdf,
)
from desktop.services.vault import Workspace, case_summary

__all__ = [
    "Workspace",
    "all_files",
    "attach_file",
    "case_summary",
    "check_dossier",
    "check_path",
    "detach_file",
    "dossier_entry_path",
    "drop_if_unreferenced",
    "inspect_dossier_file",
    "inspect_files",
    "inspect_path",
    "owned_files",
    "pdf_protection",
    "record_attempt",
    "remove_page",
    "replace_file",
    "rotate_file",
    "save_signature",
    "set_piece_date",
    "sign_cer",
    "unlock_pdf",
    "write_demo",
]
