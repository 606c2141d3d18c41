"""The cryptography of the vault: one framing for every encrypted file.

Every encrypted file (blob, index, log record, hand-over file) starts with a
small clear header ``MAGIC | version (u16) | role (u8)`` followed by a random
96-bit nonce and the AES-256-GCM ciphertext with its 16-byte tag.  The
associated data is the header itself plus a role-specific *context* (store id,
blob id, index generation...), so a blob cannot be passed off as an index, an
index of one store cannot be replayed into another, and a ciphertext cannot be
moved to another name without the tag failing.

Keys: one random 256-bit data key per store; HKDF-SHA256 derives the sub-keys
(``enc`` for AES-GCM, ``ids`` for the keyed blob names).  Passphrases go
through Argon2id (or scrypt when the OpenSSL build lacks Argon2).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import struct
from dataclasses import asdict, dataclass, fields
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"DSV\x00"
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16

# Roles of encrypted files; a file of one role never decrypts as another.
ROLE_BLOB = 1
ROLE_INDEX = 2
ROLE_LOG = 3
ROLE_HANDOVER = 4
ROLE_KEYWRAP = 5

_HEADER = struct.Struct(">4sHB")
HEADER_BYTES = _HEADER.size  # 7


class DecryptError(Exception):
    """Wrong key, wrong role/context, or a damaged file (the GCM tag failed)."""


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def header(version: int, role: int) -> bytes:
    return _HEADER.pack(MAGIC, version, role)


def parse_header(data: bytes) -> tuple[int, int]:
    """``(version, role)`` of an encrypted file, or DecryptError if it is not one."""
    if len(data) < HEADER_BYTES + NONCE_BYTES + TAG_BYTES:
        raise DecryptError("too short")
    magic, version, role = _HEADER.unpack_from(data)
    if magic != MAGIC:
        raise DecryptError("not a vault file")
    return version, role


def seal(key: bytes, plaintext: bytes, *, version: int, role: int, context: bytes) -> bytes:
    """Encrypt ``plaintext``: header | nonce | ciphertext+tag (fresh random nonce)."""
    head = header(version, role)
    nonce = os.urandom(NONCE_BYTES)
    return head + nonce + AESGCM(key).encrypt(nonce, plaintext, head + context)


def open_sealed(key: bytes, data: bytes, *, role: int, context: bytes) -> tuple[int, bytes]:
    """``(version, plaintext)``; DecryptError on a wrong key, role, context or damage."""
    version, found_role = parse_header(data)
    if found_role != role:
        raise DecryptError("wrong role")
    head = data[:HEADER_BYTES]
    nonce = data[HEADER_BYTES : HEADER_BYTES + NONCE_BYTES]
    try:
        return version, AESGCM(key).decrypt(
            nonce, data[HEADER_BYTES + NONCE_BYTES :], head + context
        )
    except InvalidTag:
        raise DecryptError("authentication failed") from None


def subkey(data_key: bytes, label: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=b"dossier-sejour vault",
        info=label.encode("ascii"),
    ).derive(data_key)


def keyed_name(id_key: bytes, sha256_digest: str) -> str:
    """The on-disk name of a blob: HMAC-SHA256, under a store key, of its SHA-256.

    A plain SHA-256 name would let anyone holding a copy of a document confirm
    it is in the store; the keyed name keeps deduplication without that
    oracle, and costs one hash pass over the content (the SHA-256 also kept,
    encrypted, in the index).
    """
    return hmac.new(id_key, bytes.fromhex(sha256_digest), hashlib.sha256).hexdigest()


def sha256_hex(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


# ---------------------------------------------------------------- passphrases


def argon2_available() -> bool:
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        Argon2id(salt=b"\x00" * 16, length=32, iterations=1, lanes=1, memory_cost=8).derive(b"x")
    except Exception:  # an OpenSSL without Argon2 (UnsupportedAlgorithm) → scrypt
        return False
    return True


def catalog_table(name: str) -> dict[str, Any]:
    """The table ``name`` of assets/catalog/vault.toml ({} when unreadable)."""
    import tomllib

    from desktop.paths import CATALOG_DIR

    try:
        with (CATALOG_DIR / "vault.toml").open("rb") as fh:
            return dict(tomllib.load(fh).get(name, {}))
    except (OSError, ValueError):
        return {}


def _catalog_kdf() -> dict[str, Any]:
    """``[passphrase_kdf]`` of assets/catalog/vault.toml (RFC 9106 values); never weaker."""
    return catalog_table("passphrase_kdf")


@dataclass(frozen=True)
class KdfBounds:
    """``[kdf_bounds]`` of assets/catalog/vault.toml: what a file may ask of the KDF."""

    argon2_memory_kib_min: int
    argon2_memory_kib_max: int
    argon2_iterations_min: int
    argon2_iterations_max: int
    argon2_lanes_min: int
    argon2_lanes_max: int
    scrypt_log2_n_min: int
    scrypt_log2_n_max: int
    scrypt_r_min: int
    scrypt_r_max: int
    scrypt_p_min: int
    scrypt_p_max: int
    scrypt_memory_kib_max: int
    salt_bytes_min: int
    salt_bytes_max: int
    handover_kdf_json_max: int


_BOUNDS: list[KdfBounds] = []


def kdf_bounds() -> KdfBounds:
    """The catalog's bounds (read once); a broken catalog is a developer's mistake."""
    if not _BOUNDS:
        table = catalog_table("kdf_bounds")
        names = [f.name for f in fields(KdfBounds)]
        bad = [
            k for k in names if isinstance(table.get(k), bool) or not isinstance(table.get(k), int)
        ]
        values = {k: int(table[k]) for k in names if k not in bad}
        if bad or not table.get("source") or not table.get("checked"):
            raise RuntimeError(f"assets/catalog/vault.toml [kdf_bounds]: bad or missing {bad}")
        _BOUNDS.append(KdfBounds(**values))
    return _BOUNDS[0]


class KdfRefused(ValueError):
    """KDF parameters outside ``kdf_bounds()``; ``detail`` says which, in figures."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _whole(data: dict[str, Any], name: str) -> int:
    value = data.get(name, 0)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} is not a whole number")
    return value


def _within(name: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise KdfRefused(f"{name}={value} (accepted {low}..{high})")


@dataclass(frozen=True)
class KdfParams:
    """How a passphrase becomes a key-encryption key; stored beside the wrapped key."""

    name: str  # "argon2id" | "scrypt"
    salt: str  # base64
    # argon2id
    iterations: int = 0
    lanes: int = 0
    memory_cost: int = 0  # KiB
    # scrypt
    n: int = 0
    r: int = 0
    p: int = 0

    @classmethod
    def new(cls, strength: str = "default") -> KdfParams:
        """Fresh parameters.  ``strength``: "default" (64 MiB, t=3, ~0.1 s) or "test"."""
        salt = b64e(os.urandom(16))
        if argon2_available():
            if strength == "test":
                return cls("argon2id", salt, iterations=1, lanes=1, memory_cost=1024)
            conf = _catalog_kdf()
            return cls(
                "argon2id",
                salt,
                iterations=max(int(conf.get("iterations", 3)), 3),
                lanes=max(int(conf.get("lanes", 4)), 1),
                memory_cost=max(int(conf.get("memory_kib", 65536)), 65536),
            )
        if strength == "test":
            return cls("scrypt", salt, n=2**10, r=8, p=1)
        return cls("scrypt", salt, n=2**17, r=8, p=1)

    def derive(self, passphrase: str) -> bytes:
        self.check_bounds()  # never a derivation the bounds refuse, whoever built self
        secret = passphrase.encode("utf-8")
        salt = b64d(self.salt)
        if self.name == "argon2id":
            from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

            return Argon2id(
                salt=salt,
                length=KEY_BYTES,
                iterations=self.iterations,
                lanes=self.lanes,
                memory_cost=self.memory_cost,
            ).derive(secret)
        if self.name == "scrypt":
            return Scrypt(salt=salt, length=KEY_BYTES, n=self.n, r=self.r, p=self.p).derive(secret)
        raise ValueError(f"unknown KDF {self.name!r}")

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (0, "")}

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        """Parameters read from a file: ValueError when malformed, ``KdfRefused`` when
        outside ``kdf_bounds()`` (checked here, before any derivation)."""
        if not isinstance(data, dict):
            raise ValueError("KDF parameters are not an object")
        name, salt = data.get("name"), data.get("salt")
        if not isinstance(name, str) or not isinstance(salt, str) or len(salt) > 1024:
            raise ValueError("KDF name or salt missing")
        params = cls(
            name,
            salt,
            **{k: _whole(data, k) for k in ("iterations", "lanes", "memory_cost", "n", "r", "p")},
        )
        params.check_bounds()
        return params

    def check_bounds(self) -> None:
        """``KdfRefused`` unless every parameter is within ``kdf_bounds()``."""
        b = kdf_bounds()
        try:
            salt = b64d(self.salt)
        except ValueError:
            raise ValueError("salt is not base64") from None
        _within("salt bytes", len(salt), b.salt_bytes_min, b.salt_bytes_max)
        if self.name == "argon2id":
            _within(
                "memory_cost KiB",
                self.memory_cost,
                b.argon2_memory_kib_min,
                b.argon2_memory_kib_max,
            )
            _within("iterations", self.iterations, b.argon2_iterations_min, b.argon2_iterations_max)
            _within("lanes", self.lanes, b.argon2_lanes_min, b.argon2_lanes_max)
            if self.memory_cost < 8 * self.lanes:
                raise KdfRefused(f"memory_cost={self.memory_cost} KiB below 8 x lanes")
        elif self.name == "scrypt":
            if self.n < 2 or self.n & (self.n - 1):
                raise KdfRefused(f"n={self.n} (a power of two is needed)")
            _within("log2 n", self.n.bit_length() - 1, b.scrypt_log2_n_min, b.scrypt_log2_n_max)
            _within("r", self.r, b.scrypt_r_min, b.scrypt_r_max)
            _within("p", self.p, b.scrypt_p_min, b.scrypt_p_max)
            _within("memory KiB", 128 * self.n * self.r // 1024, 0, b.scrypt_memory_kib_max)
        else:
            raise KdfRefused(f"KDF {self.name[:20]!r} (argon2id or scrypt)")


def wrap_key(kek: bytes, data_key: bytes, *, version: int, context: bytes) -> str:
    return b64e(seal(kek, data_key, version=version, role=ROLE_KEYWRAP, context=context))


def unwrap_key(kek: bytes, wrapped: str, *, context: bytes) -> bytes:
    _, key = open_sealed(kek, b64d(wrapped), role=ROLE_KEYWRAP, context=context)
    if len(key) != KEY_BYTES:
        raise DecryptError("bad key length")
    return key
