"""2D-Doc reader: the specification's printed specimens field by field, our own
signed codes round-tripped through a picture, a PDF page and a phone photo, and a
changed byte caught."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from desktop.intake import twoddoc
from tests.twoddoc_helpers import (
    GS,
    US,
    code_image,
    invoice,
    make_trust,
    page_with_code,
    pdf_with_code,
    phone_photo,
)

# Specimens printed in ANTS « 2D-Doc – Spécifications techniques » (annex of
# examples: type 00 and 01 on p. 225, type 04 on p. 201), signed by the test CA FR00.
SPECIMEN_00 = (
    "DC03FR000001123F1636000126FR245700010MLLE/SAMPLE/ANGELA"
    f"{GS}20{GS}21BAT 2 ETG 3{GS}227 PLACE DES SPECIMENS{GS}23{GS}25METZ{GS}{US}"
    "3HJIYP3OAJ4LIZNQXCTZMNQPTT5C2XICTEF4UGJ3NDE2CWM7HJOEEK4ACIY4CZOO5ZOFG35"
    "APDZMZQFEAEBWRZTW4CBPG35JE2FJ4EY"
)
SPECIMEN_01 = (
    "DC03FR000001123F1636010126FR247500010MME/SPECIMEN/NATACHA"
    f"{GS}22145 AVENUE DES SPECIMENS{GS}{US}"
    "FEDMPW5SO5BNZFYP7FIQUYZFV5H3OF6QERDMOBN7BZ4CC4KVJ4XWUH6EW3CSWILAGLN4XQE6"
    "AKHX6RNOI3OXVW6X3IKJASZGL62FBUQ"
)
SPECIMEN_04 = (
    f"DC04FR000001FFFF1FB60401FR432,75{GS}44227801234567845202146RETI PATRICK{GS}"
    f"4A310720224163198{GS}47300112345678948RETI SOPHIE{GS}490701987765432{US}"
    "QHA4A6QOV6AZJEBTIUNR7QOBXINNTMZTD5COQH6VN24NCZTXA7MYXB6SNSNTWAQRYK3ZFP4"
    "ZWBGLTJ6SDSPMURF7YFILKQFIAJY7NTI"
)


def test_specimen_00_proof_of_address_field_by_field() -> None:
    doc = twoddoc.parse(SPECIMEN_00)
    h = doc.header
    assert (h.version, h.ca_id, h.cert_id, h.doc_type, h.perimeter) == (
        "03",
        "FR00",
        "0001",
        "00",
        "01",
    )
    assert h.emitted_on == dt.date(2012, 10, 15)  # 123F, as the spec says
    assert h.signed_on == dt.date(2015, 7, 27)  # 1636
    assert [(f.id, f.value) for f in doc.fields] == [
        ("26", "FR"),
        ("24", "57000"),
        ("10", "MLLE/SAMPLE/ANGELA"),
        ("20", ""),
        ("21", "BAT 2 ETG 3"),
        ("22", "7 PLACE DES SPECIMENS"),
        ("23", ""),
        ("25", "METZ"),
    ]
    # The printed signature bytes (D9 D2 8C 3F … 9E 13): 64 bytes, a P-256 r‖s.
    assert doc.signature[:4].hex() == "d9d28c3f" and doc.signature[-2:].hex() == "9e13"
    assert len(doc.signature) == 64
    assert doc.type_label == "Justificatif de domicile" and doc.proves_address
    assert doc.address() == {
        "street": "7 PLACE DES SPECIMENS",
        "postcode": "57000",
        "city": "METZ",
        "complement": "BAT 2 ETG 3",
    }


def test_specimen_01_invoice() -> None:
    doc = twoddoc.parse(SPECIMEN_01)
    assert doc.header.doc_type == "01"
    assert [(f.id, f.value) for f in doc.fields] == [
        ("26", "FR"),
        ("24", "75000"),
        ("10", "MME/SPECIMEN/NATACHA"),
        ("22", "145 AVENUE DES SPECIMENS"),
    ]
    assert doc.signature[:3].hex() == "2906c7"


def test_specimen_04_tax_notice_v04_header_and_dates() -> None:
    doc = twoddoc.parse(SPECIMEN_04)
    h = doc.header
    assert (h.version, h.doc_type, h.perimeter, h.country) == ("04", "04", "01", "FR")
    assert h.emitted_on is None  # FFFF: no emission date
    assert h.signed_on == dt.date(2022, 3, 24)  # 1FB6
    got = {f.id: f.typed() for f in doc.fields}
    assert got == {
        "43": "2,75",
        "44": "2278012345678",
        "45": "2021",
        "46": "RETI PATRICK",
        "4A": dt.date(2022, 7, 31),
        "41": "63198",
        "47": "3001123456789",
        "48": "RETI SOPHIE",
        "49": "0701987765432",
    }
    out = doc.to_json()
    assert out["signed_on"] == "2022-03-24"
    field_4a = next(f for f in out["fields"] if f["id"] == "4A")
    assert field_4a == {"id": "4A", "name": "Date de mise en recouvrement", "value": "2022-07-31"}


def test_specimens_are_unknown_to_the_shipped_trust_set() -> None:
    """FR00 is the specification's test CA: not in the ANTS list, so not verifiable."""
    doc = twoddoc.parse(SPECIMEN_00)
    assert twoddoc.verify(doc) == twoddoc.UNKNOWN


def test_shipped_trust_list_has_the_ants_cas() -> None:
    trust = twoddoc.shipped_trust()
    assert {"FR01", "FR03", "FR04", "FR05", "FR06", "FR07"} <= set(trust.cas)
    assert trust.issued == dt.datetime(2025, 8, 25, 11, tzinfo=dt.UTC)
    assert trust.sequence == "22"


@pytest.mark.parametrize("curve", [ec.SECP256R1(), ec.SECP384R1(), ec.SECP521R1()])
def test_own_code_verifies_on_every_curve(curve: ec.EllipticCurve) -> None:
    trust, key = make_trust(curve=curve)
    doc = twoddoc.parse(invoice(key))
    assert twoddoc.verify(doc, trust) == twoddoc.VERIFIED
    assert doc.issuer and "Fournisseur d'énergie de test" in doc.issuer and "FR99" in doc.issuer


def test_a_changed_byte_is_caught() -> None:
    trust, key = make_trust()
    raw = invoice(key)
    forged = raw.replace("12 RUE DES LILAS", "14 RUE DES LILAS")
    assert forged != raw
    assert twoddoc.verify(twoddoc.parse(raw), trust) == twoddoc.VERIFIED
    assert twoddoc.verify(twoddoc.parse(forged), trust) == twoddoc.INVALID
    # A changed header byte (the date) too.
    head = raw[:12] + ("0" if raw[12] != "0" else "1") + raw[13:]
    assert twoddoc.verify(twoddoc.parse(head), trust) == twoddoc.INVALID


def test_a_signer_the_listed_ca_did_not_issue_proves_nothing() -> None:
    trust, _ = make_trust()
    other_trust, other_key = make_trust()  # same names, another CA key
    doc = twoddoc.parse(invoice(other_key))
    assert twoddoc.verify(doc, other_trust) == twoddoc.VERIFIED
    trust.signers.update(other_trust.signers)  # the forger's certificate slipped in
    assert twoddoc.verify(doc, trust) == twoddoc.UNKNOWN


def test_unknown_certificate_id() -> None:
    trust, key = make_trust()
    doc = twoddoc.parse(invoice(key, cert_id="0002"))
    assert twoddoc.verify(doc, trust) == twoddoc.UNKNOWN


def test_round_trip_through_a_picture() -> None:
    trust, key = make_trust()
    raw = invoice(key)
    docs = twoddoc.find_2ddocs(page_with_code(raw), trust)
    assert len(docs) == 1
    doc = docs[0]
    assert doc.signed_text + US in raw
    assert doc.verdict == twoddoc.VERIFIED
    assert doc.get("10") == "MME/DIALLO/AMINATA" and doc.get("1D") == "84,20"
    assert doc.date == dt.date(2026, 11, 2)


def test_round_trip_through_a_pdf_page() -> None:
    trust, key = make_trust()
    docs = twoddoc.find_2ddocs_in_pdf(pdf_with_code(invoice(key)), trust=trust)
    assert [d.verdict for d in docs] == [twoddoc.VERIFIED]
    assert docs[0].address()["postcode"] == "75011"


@pytest.mark.parametrize("angle", [4.0, -9.0, 90.0, 183.0])
def test_round_trip_through_a_phone_photo(angle: float) -> None:
    trust, key = make_trust()
    photo = phone_photo(page_with_code(invoice(key)), angle=angle)
    docs = twoddoc.find_2ddocs(photo, trust)
    assert [d.verdict for d in docs] == [twoddoc.VERIFIED]


def test_a_picture_without_a_code_gives_nothing() -> None:
    from PIL import Image

    assert twoddoc.find_2ddocs(Image.new("L", (800, 600), 255)) == []


def test_other_datamatrix_content_is_not_a_2ddoc() -> None:
    assert twoddoc.find_2ddocs(code_image("HELLO WORLD 12345")) == []
    for bad in ("", "DC", "DC05FR00", "DC03FR000001123F1636000126FR", "DC03FR00ZZZZ"):
        with pytest.raises(twoddoc.NotA2DDoc):
            twoddoc.parse(bad)


def test_unknown_identifier_stops_the_message_but_keeps_what_was_read() -> None:
    _, key = make_trust()
    raw = twoddoc.sign(f"DC04FR990001{'2000' * 2}0101FR24750111ZABC", key)
    doc = twoddoc.parse(raw)
    assert [(f.id, f.value) for f in doc.fields] == [("24", "75011")]
    assert doc.unknown_from == "1Z"


def test_truncated_value_is_flagged() -> None:
    _, key = make_trust()
    raw = twoddoc.sign(f"DC04FR990001{'2000' * 2}0101FR10MME/VERY/LONG\x1e2475011", key)
    doc = twoddoc.parse(raw)
    assert doc.fields[0].truncated and doc.get("24") == "75011"


def test_c40_round_trip() -> None:
    assert twoddoc.c40_decode(twoddoc.c40_encode("FR00 0001 ABC")) == "FR00 0001 ABC"[:12]
    # ISO 16022's worked example: "AIM" is C40 values 14, 22, 26 -> 1600*14+40*22+26+1.
    assert twoddoc.c40_encode("AIM") == bytes(divmod(1600 * 14 + 40 * 22 + 26 + 1, 256))


@pytest.mark.parametrize(
    ("printed", "surname", "given", "ok"),
    [
        ("MME/DIALLO/AMINATA", "Diallo", "Aminata", True),
        ("MME AMINATA DIALLO", "DIALLO", "Aminata Fatou", True),
        ("M. MOHAMED BEN ALI", "Ben Ali", "Mohammed", True),  # transliteration
        ("MME/DIALLO/A", "Diallo", "Aminata", True),  # initial
        ("MME/ÉLODIE/LEFÈVRE", "Lefevre", "Elodie", True),  # accents
        ("MME/DIALLO/FATOU", "Diallo", "Aminata", False),  # another person
        ("M/TRAORE/MOUSSA", "Diallo", "Moussa", False),
    ],
)
def test_name_comparison(printed: str, surname: str, given: str, ok: bool) -> None:
    assert twoddoc.name_matches(printed, surname, given) is ok


def test_address_comparison() -> None:
    doc_addr = {"street": "12 R DES LILAS", "postcode": "75011", "city": "PARIS"}
    assert twoddoc.address_matches(doc_addr, "75011", "Paris", "12, rue des Lilas") == {
        "postcode": True,
        "city": True,
        "street": True,
    }
    assert twoddoc.address_matches(doc_addr, "75012", "Paris", "3 avenue Foch") == {
        "postcode": False,
        "city": True,
        "street": False,
    }


def test_a_trust_folder_shaped_like_the_shipped_one_verifies(tmp_path: object) -> None:
    """The shipped set's layout: an ETSI trust list (*.xml) naming the CAs, and the
    signers' certificates in signers/: a code signed by a listed signer verifies."""
    import base64
    from pathlib import Path

    from cryptography.hazmat.primitives.serialization import Encoding

    folder = Path(str(tmp_path))
    built, key = make_trust(ca_id="FR98", cert_id="00A1")
    ca = built.cas["FR98"]
    der = base64.b64encode(ca.public_bytes(Encoding.DER)).decode()
    ns = "http://uri.etsi.org/02231/v2#"
    (folder / "tsl.xml").write_text(
        f'<tsl:TrustServiceStatusList xmlns:tsl="{ns}"><tsl:SchemeInformation>'
        "<tsl:TSLSequenceNumber>7</tsl:TSLSequenceNumber>"
        "<tsl:ListIssueDateTime>2026-01-02T00:00:00Z</tsl:ListIssueDateTime>"
        "<tsl:NextUpdate><tsl:dateTime>2026-07-02T00:00:00Z</tsl:dateTime></tsl:NextUpdate>"
        "</tsl:SchemeInformation><tsl:TrustServiceProviderList><tsl:TrustServiceProvider>"
        "<tsl:TSPInformation><tsl:TSPName><tsl:Name>Autorité de test</tsl:Name></tsl:TSPName>"
        "</tsl:TSPInformation><tsl:TSPServices><tsl:TSPService><tsl:ServiceInformation>"
        "<tsl:ServiceDigitalIdentity><tsl:DigitalId>"
        f"<tsl:X509Certificate>{der}</tsl:X509Certificate>"
        "</tsl:DigitalId></tsl:ServiceDigitalIdentity></tsl:ServiceInformation></tsl:TSPService>"
        "</tsl:TSPServices></tsl:TrustServiceProvider></tsl:TrustServiceProviderList>"
        "</tsl:TrustServiceStatusList>",
        encoding="utf-8",
    )
    (folder / "signers").mkdir()
    signer = built.signers[("FR98", "00A1")]
    (folder / "signers" / "FR9800A1.der").write_bytes(signer.public_bytes(Encoding.DER))
    trust = twoddoc.load_trust(folder)
    assert trust.sequence == "7" and trust.issued == dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    assert set(trust.cas) == {"FR98"} and ("FR98", "00A1") in trust.signers
    doc = twoddoc.parse(invoice(key, ca_id="FR98", cert_id="00A1"))
    assert twoddoc.verify(doc, trust) == twoddoc.VERIFIED
    assert doc.issuer == "Fournisseur d'énergie de test (Autorité de test FR98)"
