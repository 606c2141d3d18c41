"""Vault figures, side by side with the obvious alternative, as ratios.

    .venv/bin/python bench/bench_vault.py

- autosave: ``Vault.save_dossier`` after a TOML edit (content-addressed blobs:
  only the TOML blob and the index are written) vs re-encrypting the whole
  dossier into one file with the same atomic write (the obvious design);
- unchanged save (no-op) vs the same full rewrite;
- unlock: Argon2id (catalog parameters) once per open;
- hand-over export/import of the same dossier.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.vault import Vault
from desktop.vault.atomic import atomic_write


def timed(fn: Callable[[int], object], repeat: int) -> float:
    samples = []
    for i in range(repeat):
        t0 = time.perf_counter()
        fn(i)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def main() -> None:
    files = {f"pieces/scan{i}.jpg": os.urandom(2_500_000) for i in range(8)}  # 20 MB of scans
    toml = b'id = "B-1"\n' + b"x = 1\n" * 200
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        v = Vault.create(root / "s", custody="passphrase", passphrase="bench passphrase")
        create = time.perf_counter() - t0
        v.save_dossier("B-1", toml, files, {"display_name": "Bench"})
        edit = timed(
            lambda i: v.save_dossier("B-1", toml + b"# %d\n" % i, files, {"display_name": "Bench"}),
            20,
        )
        noop = timed(
            lambda i: v.save_dossier("B-1", toml + b"# 19\n", files, {"display_name": "Bench"}), 20
        )
        v.close()
        t0 = time.perf_counter()
        Vault.open(root / "s", "bench passphrase").close()
        unlock = time.perf_counter() - t0

        key = AESGCM.generate_key(256)
        whole = toml + b"".join(files.values())

        def naive(i: int) -> None:
            nonce = os.urandom(12)
            atomic_write(
                root / "whole.bin", nonce + AESGCM(key).encrypt(nonce, whole + b"%d" % i, None)
            )

        full = timed(naive, 20)
        v = Vault.open(root / "s", "bench passphrase")
        t0 = time.perf_counter()
        v.export_dossier("B-1", root / "h.dsvx", "hand-over secret")
        export = time.perf_counter() - t0
        w = Vault.create(root / "t", custody="passphrase", passphrase="bench passphrase")
        t0 = time.perf_counter()
        w.import_dossier(root / "h.dsvx", "hand-over secret")
        imp = time.perf_counter() - t0
        v.close()
        w.close()
    mb = len(whole) / 1e6
    print(f"dossier: {mb:.1f} MB in {len(files)} files + TOML")
    print(f"create store (Argon2id wrap)     {create * 1000:8.1f} ms")
    print(f"open store (Argon2id unwrap)     {unlock * 1000:8.1f} ms")
    print(f"autosave after a TOML edit       {edit * 1000:8.1f} ms (median of 20)")
    print(f"save with nothing changed        {noop * 1000:8.1f} ms")
    print(f"obvious: re-encrypt whole file   {full * 1000:8.1f} ms")
    print(f"  ratio autosave / obvious       {edit / full:8.3f}")
    print(f"  ratio no-op / obvious          {noop / full:8.3f}")
    print(
        f"export hand-over file            {export * 1000:8.1f} ms ({mb / export:.0f} MB/s incl. KDF)"
    )
    print(f"import hand-over file            {imp * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
