"""Make a signed catalog update (one file) that ``dossier-sejour catalog import``
accepts, and the Ed25519 key pairs that sign them.

    python tools/sign_catalog.py new-key --out KEYDIR/catalog-2027
        # KEYDIR/catalog-2027.key (private, 0600: keep it OFF the repository)
        # KEYDIR/catalog-2027.pub (public: copy into assets/catalog/keys/)
    python tools/sign_catalog.py sign --key KEYDIR/catalog-2026.key \\
        [--catalog assets/catalog] [--only fees.toml,rules.toml] --out catalog-v2.zip
    python tools/sign_catalog.py verify catalog-v2.zip [--pub KEY.pub]

Before signing, raise ``version`` (and ``checked``) in the catalog's
``catalog.toml``: an app refuses an update that is not newer than its catalog.
The update carries every updatable ``*.toml`` of the folder (or those of
``--only``, plus ``catalog.toml``); the format is in
``desktop/core/catalog_update.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from desktop.core import catalog_update  # noqa: E402
from desktop.core.catalog import load_catalog  # noqa: E402
from desktop.errors import UserError  # noqa: E402
from desktop.paths import CATALOG_DIR  # noqa: E402


def new_key(out: Path) -> int:
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public = key.public_key()
    pem = public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    key_path, pub_path = out.with_suffix(".key"), out.with_suffix(".pub")
    if key_path.exists() or pub_path.exists():
        print(f"refused: {key_path} or {pub_path} exists", file=sys.stderr)
        return 2
    out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private)
    pub_path.write_bytes(pem)
    print(f"private key: {key_path} (keep it secret, off the repository)")
    print(f"public key:  {pub_path}")
    print(f"fingerprint: {catalog_update.fingerprint(raw)}")
    return 0


def load_private(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit(f"{path}: not an Ed25519 private key")
    return key


def sign(key_path: Path, catalog: Path, out: Path, only: str | None) -> int:
    key = load_private(key_path)
    loaded = load_catalog(catalog)  # never sign a catalog the app cannot load
    names = None
    if only:
        names = {n.strip() for n in only.split(",") if n.strip()} | {"catalog.toml"}
        unknown = names - catalog_update.updatable_names(catalog)
        if unknown:
            raise SystemExit(f"not updatable: {sorted(unknown)}")
    data = catalog_update.make(catalog, key, names=names)
    if len(data) > catalog_update.MAX_FILE_BYTES:
        raise SystemExit(
            f"{len(data)} bytes: above the {catalog_update.MAX_FILE_BYTES} an app reads"
        )
    out.write_bytes(data)
    print(
        f"{out}: catalog version {loaded.version}, rules checked {loaded.checked}, {len(data)} bytes"
    )
    return 0


def verify(path: Path, pub: Path | None) -> int:
    if pub is not None:
        os.environ[catalog_update.KEY_ENV] = str(pub)
    try:
        update = catalog_update.read(path)
    except UserError as exc:
        print(exc.message("en"), file=sys.stderr)
        return 1
    for k, v in update.summary().items():
        print(f"{k}: {v}")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    k = sub.add_parser("new-key", help="make an Ed25519 key pair")
    k.add_argument("--out", required=True, type=Path, help="path without suffix")
    s = sub.add_parser("sign", help="make a signed update of a catalog folder")
    s.add_argument("--key", required=True, type=Path, help="the private key (PEM)")
    s.add_argument("--catalog", type=Path, default=CATALOG_DIR)
    s.add_argument("--only", default=None, help="comma-separated file names to carry")
    s.add_argument("--out", required=True, type=Path)
    v = sub.add_parser("verify", help="verify an update as the app does")
    v.add_argument("file", type=Path)
    v.add_argument("--pub", type=Path, default=None, help="trust this public key instead")
    args = p.parse_args(argv)
    if args.cmd == "new-key":
        return new_key(args.out)
    if args.cmd == "sign":
        return sign(args.key, args.catalog, args.out, args.only)
    return verify(args.file, args.pub)


if __name__ == "__main__":
    raise SystemExit(main())
