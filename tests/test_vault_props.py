"""Property-based tests (hypothesis) over the vault's two parsers of outside files:
the hand-over file (``.dsvx``) and the store header (``vault.json``).

Whatever the bytes, arbitrary or a valid file mutated, they raise nothing but
``UserError``, finish quickly, and allocate little (tracemalloc's peak; the KDF's
own memory is bounded by ``[kdf_bounds]``, measured in test_vault_hostile.py).
"""

from __future__ import annotations

import json
import struct
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.errors import UserError
from desktop.vault import Vault
from desktop.vault.handover import pack_handover, unpack_handover
from desktop.vault.keyslots import read_header
from desktop.vault.records import DossierRecord

PW = "the file passphrase"
SECONDS = 5.0
PEAK_BYTES = 64 * 1024 * 1024

RECORD = DossierRecord(
    id="D-P",
    toml=b'schema_version = 1\nid = "D-P"\n',
    files={"a.pdf": b"%PDF-1.4 " + b"a" * 200, "b/c.jpg": b"\xff\xd8" + b"c" * 100},
    summary={"display_name": "Prop"},
    toml_name="dossier.toml",
    created="2026-01-01T00:00:00",
    updated="2026-01-01T00:00:00",
    revision=1,
)
VALID = pack_handover(RECORD, PW, "test")
PROPS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def bounded(call: Callable[[], object]) -> object:
    """``call()``, which may only raise UserError, within the time and memory bounds."""
    tracemalloc.start()
    start = time.monotonic()
    try:
        return call()
    except UserError as exc:
        return exc
    finally:
        elapsed = time.monotonic() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert elapsed < SECONDS, f"{elapsed:.1f} s"
        assert peak < PEAK_BYTES, f"{peak / 2**20:.0f} MB"


# ---------------------------------------------------------------- mutations


@st.composite
def mutated(draw: st.DrawFn, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "delete", "u32"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[pos] ^= draw(st.integers(1, 255))
        elif kind == "cut":
            del data[pos:]
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif kind == "delete":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif len(data) >= pos + 4:
            data[pos : pos + 4] = struct.pack(">I", draw(st.integers(0, 2**32 - 1)))
    return bytes(data)


NUMBERS = st.one_of(
    st.integers(-4, 2048), st.integers(2**20, 2**64), st.booleans(), st.text(max_size=4)
)
KDF_JSON = st.fixed_dictionaries(
    {"name": st.sampled_from(["argon2id", "scrypt", "pbkdf2", ""])},
    optional={
        "salt": st.one_of(st.just("c2FsdHNhbHRzYWx0c2FsdA=="), st.text(max_size=40)),
        "iterations": NUMBERS,
        "lanes": NUMBERS,
        "memory_cost": NUMBERS,
        "n": NUMBERS,
        "r": NUMBERS,
        "p": NUMBERS,
    },
)


def with_kdf_raw(raw: bytes) -> bytes:
    (n,) = struct.unpack_from(">I", VALID, 4)
    return VALID[:4] + struct.pack(">I", len(raw)) + raw + VALID[8 + n :]


# ---------------------------------------------------------------- the hand-over file


def test_the_valid_file_opens() -> None:
    assert unpack_handover(VALID, PW, "x.dsvx") == RECORD


@PROPS
@given(st.binary(max_size=4096))
def test_handover_arbitrary_bytes(data: bytes) -> None:
    result = bounded(lambda: unpack_handover(data, PW, "x.dsvx"))
    assert isinstance(result, UserError)


@PROPS
@given(st.binary(max_size=512))
def test_handover_arbitrary_bytes_after_the_magic(data: bytes) -> None:
    result = bounded(lambda: unpack_handover(b"DSVX" + data, PW, "x.dsvx"))
    assert isinstance(result, UserError)


@PROPS
@given(mutated(VALID))
def test_handover_mutated(data: bytes) -> None:
    result = bounded(lambda: unpack_handover(data, PW, "x.dsvx"))
    assert isinstance(result, UserError) or (data == VALID and result == RECORD)
    if isinstance(result, UserError):
        assert result.params.get("file") == "x.dsvx"


@PROPS
@given(KDF_JSON)
def test_handover_any_kdf_parameters(kdf: dict[str, object]) -> None:
    raw = json.dumps(kdf).encode("ascii")
    result = bounded(lambda: unpack_handover(with_kdf_raw(raw), PW, "x.dsvx"))
    assert isinstance(result, UserError)


# ---------------------------------------------------------------- the store header


@pytest.fixture(scope="module")
def header_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("props") / "store"
    Vault.create(path, custody="passphrase", passphrase=PW, kdf_strength="test").close()
    return (path / "vault.json").read_bytes()


def _read(tmp_path: Path, data: bytes) -> object:
    folder = tmp_path / "s"
    folder.mkdir(exist_ok=True)
    (folder / "vault.json").write_bytes(data)
    return bounded(lambda: read_header(folder))


@PROPS
@given(data=st.binary(max_size=2048))
def test_header_arbitrary_bytes(tmp_path: Path, data: bytes) -> None:
    result = _read(tmp_path, data)
    assert isinstance(result, (UserError, dict))


@PROPS
@given(data=st.data())
def test_header_mutated(tmp_path: Path, header_bytes: bytes, data: st.DataObject) -> None:
    result = _read(tmp_path, data.draw(mutated(header_bytes)))
    assert isinstance(result, (UserError, dict))


@PROPS
@given(kdf=KDF_JSON)
def test_header_any_kdf_parameters(
    tmp_path: Path, header_bytes: bytes, kdf: dict[str, object]
) -> None:
    header = json.loads(header_bytes)
    header["slots"][0]["kdf"] = kdf
    result = _read(tmp_path, json.dumps(header).encode("ascii"))
    if isinstance(result, UserError):
        assert result.key in {"vault.kdf_refused", "vault.damaged"}
        if result.key == "vault.kdf_refused":
            assert str(result.params["file"]).endswith("vault.json")
    else:  # accepted: then its parameters are the bounded, cheap ones
        assert isinstance(result, dict)
        params = result["slots"][0]["kdf"]
        assert params.get("memory_cost", 0) <= 2048 and params.get("n", 0) <= 2048
