"""2D-Doc: the signed DataMatrix that French issuers print on invoices, tax notices,
payslips… (ANTS, « 2D-Doc – Spécifications techniques »).

Pure functions on bytes and images, no network:

- ``find_2ddocs(image)`` / ``find_2ddocs_in_pdf(data)``: every DataMatrix of a
  picture or of a PDF's pages (rendered with pypdfium2) whose content is a 2D-Doc,
  parsed and its signature judged.
- ``parse(raw)``: header (versions 01–04: ``DC``, version, CA id, certificate id,
  emission and signature dates as days since 2000-01-01 in hex, document type,
  perimeter from v03, country from v04), message (data identifiers of
  ``assets/twoddoc/spec.toml``: fixed lengths, variable ones ended by GS 0x1D or
  RS 0x1E), signature after US 0x1F (Base32 of the raw ECDSA r‖s), optional annex.
- ``verify(doc, trust)``: ECDSA over header+message, the curve and hash from the
  key (P-256/SHA-256, P-384/SHA-384, P-521/SHA-512), with the signer's certificate
  found by (CA id, certificate id) in the shipped trust set, itself checked as
  issued by the CA listed in the ANTS trust list. The verdict is evidence, never
  a gate: ``verified`` (issuer named), ``invalid`` or ``unknown_certificate``.

The perimeter-01 2D-Doc is text: the DataMatrix itself is C40/ASCII-encoded, which
the barcode reader undoes, so a message arrives here as characters. ``c40_decode``
reads C40 triplets packed in byte pairs (DataMatrix C40, ISO 16022 §5.2.5) for the
places that carry raw C40 (the binary « DC » seal, not parsed further here).
"""

from __future__ import annotations

import base64
import datetime as dt
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.paths import ASSETS

SPEC_PATH = ASSETS / "twoddoc" / "spec.toml"
TRUST_DIR = ASSETS / "twoddoc" / "trust"

GS, RS, US = "\x1d", "\x1e", "\x1f"
EPOCH = dt.date(2000, 1, 1)
HEADER_LENGTHS = {"01": 22, "02": 22, "03": 24, "04": 26}

VERIFIED, INVALID, UNKNOWN = "verified", "invalid", "unknown_certificate"

#: The most DataMatrix symbols read on one page (a page of labels is not a dossier).
MAX_CODES_PER_PAGE = 8


class NotA2DDoc(ValueError):
    """The content is not a 2D-Doc (or one too damaged to read)."""


# ----- the specification's tables ------------------------------------------------
@dataclass(frozen=True)
class FieldSpec:
    id: str
    label: str
    min: int
    max: int  # 0: no maximum
    kind: str = "text"

    @property
    def fixed(self) -> bool:
        return self.min == self.max and self.max > 0


@dataclass(frozen=True)
class Spec:
    fields: Mapping[str, FieldSpec]
    types: Mapping[str, str]
    purposes: Mapping[str, tuple[str, ...]]
    source: str
    url: str
    checked: dt.date


@lru_cache(maxsize=1)
def spec() -> Spec:
    with SPEC_PATH.open("rb") as fh:
        data = tomllib.load(fh)
    fields = {
        key: FieldSpec(key, v["label"], int(v["min"]), int(v["max"]), v.get("kind", "text"))
        for key, v in data["fields"].items()
    }
    purposes = {k: tuple(v) for k, v in data.get("purposes", {}).items()}
    return Spec(fields, dict(data["types"]), purposes, data["source"], data["url"], data["checked"])


# ----- values -------------------------------------------------------------------
def hex_date(text: str) -> dt.date | None:
    """A 4-hex-digit date (days since 2000-01-01); ``FFFF`` means none."""
    if text.upper() == "FFFF":
        return None
    try:
        return EPOCH + dt.timedelta(days=int(text, 16))
    except ValueError:
        raise NotA2DDoc(f"bad date {text!r}") from None


def dmy_date(text: str) -> dt.date | None:
    try:
        return dt.date(int(text[4:8]), int(text[2:4]), int(text[0:2]))
    except ValueError:
        return None


_C40_BASIC = " 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def c40_decode(data: bytes) -> str:
    """DataMatrix C40 (basic set): each byte pair holds three values, ``v =
    1600*c1 + 40*c2 + c3 + 1``; 254 alone ends C40 mode; values 0–2 (shifts) are
    not used by 2D-Doc headers and are read as nothing."""
    out: list[str] = []
    i = 0
    while i + 1 < len(data):
        if data[i] == 254:
            break
        v = (data[i] << 8 | data[i + 1]) - 1
        i += 2
        for c in (v // 1600, (v // 40) % 40, v % 40):
            if 3 <= c < 40:
                out.append(_C40_BASIC[c - 3])
    return "".join(out)


def _c40_value(c: str) -> int:
    if c == " ":
        return 3
    if c.isdigit():
        return 4 + int(c)
    return 14 + ord(c) - ord("A")


def c40_encode(text: str) -> bytes:
    """The inverse of ``c40_decode`` for a text of spaces, digits and capitals whose
    length is a multiple of 3 (used by tests)."""
    out = bytearray()
    for i in range(0, len(text) - len(text) % 3, 3):
        a, b, c = (_c40_value(ch) for ch in text[i : i + 3])
        v = 1600 * a + 40 * b + c + 1
        out += bytes((v >> 8, v & 0xFF))
    return bytes(out)


# ----- parsing ------------------------------------------------------------------
@dataclass(frozen=True)
class Header:
    version: str
    ca_id: str
    cert_id: str
    emitted_on: dt.date | None
    signed_on: dt.date | None
    doc_type: str
    perimeter: str = "01"
    country: str = "FR"
    raw: str = ""


@dataclass(frozen=True)
class DataField:
    id: str
    value: str
    truncated: bool = False

    @property
    def spec(self) -> FieldSpec | None:
        return spec().fields.get(self.id)

    def typed(self) -> Any:
        """The value as a date (ISO in JSON), an amount or the text."""
        fs = self.spec
        kind = fs.kind if fs else "text"
        if kind == "date_hex" and len(self.value) == 4:
            try:
                return hex_date(self.value)
            except NotA2DDoc:
                return self.value
        if kind == "date_dmy" and len(self.value) == 8:
            return dmy_date(self.value) or self.value
        return self.value


@dataclass
class TwoDDoc:
    header: Header
    fields: list[DataField]
    signed_text: str  # header + message: what the signature covers
    signature: bytes
    annex: str = ""
    unknown_from: str | None = None  # a data identifier the spec table lacks
    verdict: str | None = None
    issuer: str | None = None  # who signed, for a verified signature

    def get(self, ident: str) -> str | None:
        for f in self.fields:
            if f.id == ident:
                return f.value
        return None

    @property
    def type_label(self) -> str:
        return spec().types.get(self.header.doc_type, "")

    @property
    def date(self) -> dt.date | None:
        """The document's date: its emission date, else the day it was signed."""
        return self.header.emitted_on or self.header.signed_on

    @property
    def proves_address(self) -> bool:
        return self.header.doc_type in spec().purposes.get("address", ())

    def holder_names(self) -> list[str]:
        """The names the document is made out to, as printed."""
        names: list[str] = []
        line1 = self.get("10")
        if line1:
            names.append(line1.replace("/", " "))
        parts = [self.get("12"), self.get("13")]
        if any(parts):
            names.append(" ".join(p for p in parts if p))
        for ident in ("14", "46", "48"):
            v = self.get(ident)
            if v:
                names.append(v.replace("/", " "))
        first = self.get("61") or self.get("60")
        last = self.get("62") or self.get("63")
        if last:
            names.append(" ".join(p for p in (first, last) if p))
        return names

    def address(self) -> dict[str, str]:
        """The holder's address (the service point for invoices, the home for others)."""
        keys = {"street": ("22", "6U"), "postcode": ("24", "6W"), "city": ("25", "6X")}
        out: dict[str, str] = {}
        for name, ids in keys.items():
            for ident in ids:
                value = self.get(ident)
                if value:
                    out[name] = value
                    break
        extra = [self.get(i) for i in ("20", "21", "23")]
        if any(extra):
            out["complement"] = " ".join(v for v in extra if v)
        return out

    def to_json(self) -> dict[str, Any]:
        h = self.header
        return {
            "version": h.version,
            "type": h.doc_type,
            "type_label": self.type_label,
            "perimeter": h.perimeter,
            "country": h.country,
            "ca": h.ca_id,
            "certificate": h.cert_id,
            "emitted_on": h.emitted_on.isoformat() if h.emitted_on else None,
            "signed_on": h.signed_on.isoformat() if h.signed_on else None,
            "fields": [
                {
                    "id": f.id,
                    "name": f.spec.label if f.spec else None,
                    "value": _json_value(f.typed()),
                    **({"truncated": True} if f.truncated else {}),
                }
                for f in self.fields
            ],
            "unknown_from": self.unknown_from,
            "signature": self.verdict,
            "issuer": self.issuer,
        }


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def looks_like(raw: str) -> bool:
    return raw.startswith("DC") and raw[2:4] in HEADER_LENGTHS


def parse_header(raw: str) -> Header:
    if not looks_like(raw):
        raise NotA2DDoc("no DC marker")
    version = raw[2:4]
    n = HEADER_LENGTHS[version]
    text = raw[:n]
    if len(text) < n or not re.fullmatch(r"[0-9A-Z]+", text):
        raise NotA2DDoc("short header")
    return Header(
        version=version,
        ca_id=text[4:8],
        cert_id=text[8:12],
        emitted_on=hex_date(text[12:16]),
        signed_on=hex_date(text[16:20]),
        doc_type=text[20:22],
        perimeter=text[22:24] if n >= 24 else "01",
        country=text[24:26] if n >= 26 else "FR",
        raw=text,
    )


def parse_message(message: str) -> tuple[list[DataField], str | None]:
    """The data fields of ``message`` (no US, no signature). Stops at an identifier
    the spec table does not know (its length cannot be known), returned second."""
    table = spec().fields
    fields: list[DataField] = []
    i = 0
    while i < len(message):
        ident = message[i : i + 2]
        if ident not in table:
            return fields, ident
        fs = table[ident]
        i += 2
        if fs.fixed:
            value = message[i : i + fs.max]
            i += fs.max
            truncated = False
            if i < len(message) and message[i] == GS:  # tolerated after a fixed field
                i += 1
        else:
            end = i
            limit = len(message) if fs.max == 0 else min(len(message), i + fs.max)
            while end < limit and message[end] not in (GS, RS):
                end += 1
            value = message[i:end]
            truncated = end < len(message) and message[end] == RS
            i = end + 1 if end < len(message) and message[end] in (GS, RS) else end
        fields.append(DataField(ident, value, truncated))
    return fields, None


def _b32decode(text: str) -> bytes:
    text = text.strip().upper()
    return base64.b32decode(text + "=" * (-len(text) % 8))


def parse(raw: str | bytes) -> TwoDDoc:
    """A 2D-Doc from the barcode's content. Raises ``NotA2DDoc``."""
    if isinstance(raw, bytes):
        raw = raw.decode("latin-1")
    header = parse_header(raw)
    if US not in raw:
        raise NotA2DDoc("no signature")
    signed, rest = raw.split(US, 1)
    annex = ""
    if RS in rest:
        rest, annex = rest.split(RS, 1)
    try:
        signature = _b32decode(rest)
    except ValueError:
        raise NotA2DDoc("signature not Base32") from None
    fields, unknown = parse_message(signed[len(header.raw) :])
    return TwoDDoc(header, fields, signed, signature, annex, unknown)


# ----- signature ----------------------------------------------------------------
@dataclass
class TrustSet:
    """Certificate authorities (from the ANTS trust list) and signers' certificates."""

    cas: dict[str, Any] = field(default_factory=dict)  # CA id -> x509.Certificate
    ca_names: dict[str, str] = field(default_factory=dict)
    signers: dict[tuple[str, str], Any] = field(default_factory=dict)  # (CA, cert id)
    issued: dt.datetime | None = None
    next_update: dt.datetime | None = None
    sequence: str = ""

    def signer_name(self, cert: Any) -> str:
        from cryptography.x509.oid import NameOID

        org = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
        return str(org[0].value) if org else cert.subject.rfc4514_string()


_TSL = "{http://uri.etsi.org/02231/v2#}"


def load_trust(directory: Path = TRUST_DIR) -> TrustSet:
    """The CA certificates of the ANTS trust list (``*.xml``, ETSI TS 119 612) and
    the signers' certificates (``signers/*.der|*.pem|*.crt``) under ``directory``."""
    import xml.etree.ElementTree as ET

    from cryptography import x509

    trust = TrustSet()
    for path in sorted(directory.glob("*.xml")):
        root = ET.parse(path).getroot()
        seq = root.find(f".//{_TSL}TSLSequenceNumber")
        issued = root.find(f".//{_TSL}ListIssueDateTime")
        nxt = root.find(f".//{_TSL}NextUpdate/{_TSL}dateTime")
        trust.sequence = seq.text or "" if seq is not None else ""
        if issued is not None and issued.text:
            trust.issued = dt.datetime.fromisoformat(issued.text.replace("Z", "+00:00"))
        if nxt is not None and nxt.text:
            trust.next_update = dt.datetime.fromisoformat(nxt.text.replace("Z", "+00:00"))
        for tsp in root.iter(f"{_TSL}TrustServiceProvider"):
            names = [n.text or "" for n in tsp.iter(f"{_TSL}Name")]
            for node in tsp.iter(f"{_TSL}X509Certificate"):
                cert = x509.load_der_x509_certificate(base64.b64decode(node.text or ""))
                cn = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
                ca_id = str(cn[0].value) if cn else ""
                if ca_id:
                    trust.cas[ca_id] = cert
                    trust.ca_names[ca_id] = names[0] if names else ca_id
    for path in sorted((directory / "signers").glob("*")):
        if path.suffix.lower() not in (".der", ".pem", ".crt", ".cer"):
            continue
        blob = path.read_bytes()
        try:
            cert = (
                x509.load_pem_x509_certificate(blob)
                if b"-----BEGIN" in blob
                else x509.load_der_x509_certificate(blob)
            )
        except ValueError:
            continue
        add_signer(trust, cert)
    return trust


def add_signer(trust: TrustSet, cert: Any) -> None:
    """File a signer's certificate under (CA id from its issuer's CN, its own CN)."""
    from cryptography import x509

    issuer_cn = cert.issuer.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    cn = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    if issuer_cn and cn:
        trust.signers[(str(issuer_cn[0].value), str(cn[0].value))] = cert


@lru_cache(maxsize=1)
def shipped_trust() -> TrustSet:
    return load_trust(TRUST_DIR)


def verify(doc: TwoDDoc, trust: TrustSet | None = None) -> str:
    """Judge ``doc``'s signature; sets and returns ``doc.verdict``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    trust = trust if trust is not None else shipped_trust()
    h = doc.header
    ca = trust.cas.get(h.ca_id)
    cert = trust.signers.get((h.ca_id, h.cert_id))
    doc.verdict, doc.issuer = UNKNOWN, None
    if ca is None or cert is None:
        return UNKNOWN
    try:
        cert.verify_directly_issued_by(ca)
    except (InvalidSignature, ValueError, TypeError):
        return UNKNOWN  # a certificate the listed CA did not issue proves nothing
    key = cert.public_key()
    if not isinstance(key, ec.EllipticCurvePublicKey):
        return UNKNOWN
    size = (key.curve.key_size + 7) // 8
    algo: hashes.HashAlgorithm = {256: hashes.SHA256(), 384: hashes.SHA384()}.get(
        key.curve.key_size, hashes.SHA512()
    )
    sig = doc.signature
    if len(sig) != 2 * size:
        doc.verdict = INVALID
        return INVALID
    der = encode_dss_signature(int.from_bytes(sig[:size], "big"), int.from_bytes(sig[size:], "big"))
    try:
        key.verify(der, doc.signed_text.encode("latin-1"), ec.ECDSA(algo))
    except InvalidSignature:
        doc.verdict = INVALID
        return INVALID
    doc.verdict = VERIFIED
    doc.issuer = f"{trust.signer_name(cert)} ({trust.ca_names.get(h.ca_id, h.ca_id)} {h.ca_id})"
    return VERIFIED


def sign(header_and_message: str, private_key: Any) -> str:
    """Sign like an issuer: ``header+message`` + US + Base32 of r‖s (for tests and
    specimens made with a test key)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    bits = private_key.curve.key_size
    algo: hashes.HashAlgorithm = {256: hashes.SHA256(), 384: hashes.SHA384()}.get(
        bits, hashes.SHA512()
    )
    size = (bits + 7) // 8
    der = private_key.sign(header_and_message.encode("latin-1"), ec.ECDSA(algo))
    r, s = decode_dss_signature(der)
    raw = r.to_bytes(size, "big") + s.to_bytes(size, "big")
    return header_and_message + US + base64.b32encode(raw).decode().rstrip("=")


# ----- finding the codes ----------------------------------------------------------
def decode_contents(image: Any, photo: bool = True) -> list[bytes]:
    """The content of every DataMatrix in a PIL image (any angle). ``photo``: when
    nothing is found, try again on a denoised, contrast-stretched copy (a PDF page
    rendered by us is clean: no second try)."""
    import zxingcpp
    from PIL import Image, ImageOps

    grey = image if image.mode == "L" else image.convert("L")
    seen: list[bytes] = []

    def read(img: Image.Image) -> None:
        try:
            found = zxingcpp.read_barcodes(
                img,
                formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.DataMatrix),
                text_mode=zxingcpp.TextMode.Plain,
            )
        except Exception:
            return
        for b in found[:MAX_CODES_PER_PAGE]:
            if b.bytes not in seen:
                seen.append(bytes(b.bytes))

    read(grey)
    if not seen and photo:
        # A phone photo: soften the noise, then stretch the contrast, and try again.
        # OpenCV's median (Pillow's holds the GIL for 1.4 s on 12 MP: the wizard froze).
        import cv2
        import numpy as np

        soft = Image.fromarray(cv2.medianBlur(np.asarray(grey), 3))
        read(ImageOps.autocontrast(soft, cutoff=1))
    if not seen and photo and max(grey.size) > 2400:
        scale = 2400 / max(grey.size)
        read(grey.resize((round(grey.width * scale), round(grey.height * scale))))
    return seen


def read_contents(contents: Iterable[bytes], trust: TrustSet | None = None) -> list[TwoDDoc]:
    out: list[TwoDDoc] = []
    for content in contents:
        try:
            doc = parse(content)
        except NotA2DDoc:
            continue
        verify(doc, trust)
        out.append(doc)
    return out


def find_2ddocs(image: Any, trust: TrustSet | None = None, photo: bool = True) -> list[TwoDDoc]:
    """Every 2D-Doc of a picture, parsed and judged."""
    return read_contents(decode_contents(image, photo), trust)


#: Rendering scale for a PDF page (72 dpi × 3 = 216 dpi: a 2D-Doc's modules are
#: about 0.4 mm, 3 pixels or more at this scale).
PDF_SCALE = 3.0


def _render(pdf: Any, index: int) -> Any:
    page = pdf[index]
    try:
        return page.render(scale=PDF_SCALE, grayscale=True).to_pil()
    finally:
        page.close()


def render_first_page(data: bytes, password: str | None = None) -> Any:
    """A PDF's first page as the search renders it (grey, ``PDF_SCALE``); None when
    it has no page. Raises what pdfium raises."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data, password=password)
    try:
        return _render(pdf, 0) if len(pdf) else None
    finally:
        pdf.close()


def find_2ddocs_in_pdf(
    data: bytes,
    *,
    max_pages: int = 6,
    password: str | None = None,
    trust: TrustSet | None = None,
    first: Any = None,
) -> list[TwoDDoc]:
    """Every 2D-Doc on the first ``max_pages`` pages of a PDF (rendered offline).
    ``first``: page 0 as ``render_first_page`` made it, when the caller has it."""
    import pypdfium2 as pdfium

    docs: list[TwoDDoc] = []
    pdf = pdfium.PdfDocument(data, password=password)
    try:
        for index in range(min(len(pdf), max_pages)):
            image = first if index == 0 and first is not None else _render(pdf, index)
            docs.extend(find_2ddocs(image, trust, photo=False))
    finally:
        pdf.close()
    return docs


# ----- comparing with the dossier ---------------------------------------------------
_TRANSLIT = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d"})
_CIVILITIES = frozenset({"M", "MR", "MME", "MLLE", "MM", "MMES", "MONSIEUR", "MADAME", "MLE"})


def words(text: str) -> list[str]:
    """Lower-case ASCII words: accents dropped, punctuation as spaces."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_TRANSLIT))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return [w for w in re.split(r"[^0-9a-z]+", text) if w]


def _name_words(text: str) -> set[str]:
    return {w for w in words(text) if w.upper() not in _CIVILITIES}


def _close(a: str, b: str) -> bool:
    """Same word, allowing one letter of difference in words of 5+ letters
    (transliterations: Mohammed/Mohamed, Youssef/Yousef)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    import difflib

    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


def name_matches(printed: str, surname: str, given_names: str) -> bool:
    """True when the surname's words and at least one given name are on the document,
    whatever the order, case, accents or transliteration. A document may carry only
    the first given name or an initial."""
    got = _name_words(printed)
    want_last = _name_words(surname)
    want_first = _name_words(given_names)
    if not want_last:
        return True
    if not all(any(_close(w, g) for g in got) for w in want_last):
        return False
    if not want_first:
        return True
    rest = {g for g in got if not any(_close(g, w) for w in want_last)}
    return any(
        any(_close(w, g) or (len(g) == 1 and w.startswith(g)) for g in rest) for w in want_first
    )


_STREET_ABBREV = {
    "av": "avenue",
    "ave": "avenue",
    "bd": "boulevard",
    "bld": "boulevard",
    "bvd": "boulevard",
    "r": "rue",
    "pl": "place",
    "ch": "chemin",
    "rte": "route",
    "imp": "impasse",
    "all": "allee",
    "sq": "square",
    "fg": "faubourg",
    "st": "saint",
    "ste": "sainte",
}


def _address_words(text: str) -> set[str]:
    return {_STREET_ABBREV.get(w, w) for w in words(text)}


def address_matches(
    doc_address: Mapping[str, str], postcode: str, city: str, line: str
) -> dict[str, bool]:
    """Per part (postcode, city, street), whether the document agrees with the dossier.
    Only parts present on both sides are compared."""
    out: dict[str, bool] = {}
    if doc_address.get("postcode") and postcode:
        out["postcode"] = re.sub(r"\s", "", postcode) == doc_address["postcode"]
    if doc_address.get("city") and city:
        a, b = " ".join(words(city)), " ".join(words(doc_address["city"]))
        a = re.sub(r"\b(cedex)\b.*", "", a).strip()
        b = re.sub(r"\b(cedex)\b.*", "", b).strip()
        out["city"] = a == b or a.replace("saint", "st") == b.replace("saint", "st")
    if doc_address.get("street") and line:
        want, got = _address_words(line), _address_words(doc_address["street"])
        out["street"] = bool(want) and want <= got | _address_words(
            doc_address.get("complement", "")
        )
    return out


# ----- a file of the dossier ---------------------------------------------------------
#: Pages of a PDF searched for a 2D-Doc (issuers print it on the first page).
SCAN_PAGES = 2


def scan_file(
    path: Path,
    kind: str,
    *,
    data: bytes | None = None,
    password: str | None = None,
    trust: TrustSet | None = None,
    image: Any = None,
) -> list[TwoDDoc]:
    """The 2D-Docs of a file intake already accepted (its size and pixel count are
    within the caps). ``image``: the picture's upright grey decode, or a PDF's first
    page as ``render_first_page`` makes it, when the caller has it (intake decodes
    or renders it once for this search and the MRZ reader). Never raises: a file
    that cannot be read has none."""
    try:
        if kind == "pdf":
            if data is None:
                from desktop.core import reader
                from desktop.intake.limits import DEFAULT_LIMITS

                data = reader.read_capped(path, DEFAULT_LIMITS.max_file_bytes)
            return find_2ddocs_in_pdf(
                data, max_pages=SCAN_PAGES, password=password, trust=trust, first=image
            )
        if image is not None:
            return find_2ddocs(image, trust)
        from desktop.intake import decode

        return find_2ddocs(decode.grey_upright(path), trust)
    except Exception:
        return []
