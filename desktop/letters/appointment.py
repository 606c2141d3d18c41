"""Demande de rendez-vous to the prefecture's service des étrangers, after failed
online booking: the letter (PDF), the same text as an e-mail body, and a
numbered annex of the dated screenshots, two per page.

Dossier data read (all optional except the attempts)::

    [appointment]
    mode = "email"            # or "lrar" (lettre recommandée avec accusé de réception)
    lrar_number = "1A 234 567 8901 2"
    service_email = "pref-etrangers@example.gouv.fr"
    service_address = ["12 rue …", "69003 Lyon"]   # lines under the addressee
    procedure = "renouvellement de ma carte de séjour « étudiant »"  # else the situation
    [[appointment.attempts]]  # read by Dossier.attempts, sorted by date
    at = 2026-11-03T09:05:00
    message = "Il n'existe plus de plage horaire libre pour votre demande de rendez-vous."
    screenshot = "captures/2026-11-03.png"   # relative to the dossier file
    url = "https://www.rhone.gouv.fr/booking/create/1234"
    [[appointment.emails]]
    sent_on = 2026-11-10
    to = "pref-etrangers@example.gouv.fr"
    subject = "Demande de rendez-vous"
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer
from reportlab.platypus import Image as RLImage

from desktop.core import reader
from desktop.core.dossier import Dossier
from desktop.core.records import Attempt
from desktop.errors import UserError
from desktop.letters.common import (
    LetterResult,
    drawn_signature,
    identity_lines,
    place_date,
    prefecture_lines,
    signature_lines,
    situation_fr,
)
from desktop.letters.fonts import para_markup
from desktop.letters.layout import FRAME_W, Block, _styles, render_pdf, render_text
from desktop.letters.typography import fr_date, fr_datetime, fr_text

ANNEX_BOX_H = 105 * mm  # two screenshots and their captions per A4 page
MAX_SHOT_PX = 1600
FEMININE = ("carte", "autorisation", "attestation", "vignette")


@dataclass
class _Evidence:
    number: int
    attempt: Attempt
    path: Path


def _mode_line(dossier: Dossier) -> str:
    mode = str(dossier.get("appointment.mode", "email") or "email").lower()
    if mode == "lrar":
        number = str(dossier.get("appointment.lrar_number", "") or "").strip()
        return "Lettre recommandée avec accusé de réception n° " + (number or "……………………")
    if mode != "email":
        raise UserError("letters.bad_mode", value=mode)
    to = str(dossier.get("appointment.service_email", "") or "")
    return "Envoyé par courriel" + (f" à {to}" if to else "")


def _evidence(dossier: Dossier, attempts: list[Attempt]) -> list[_Evidence]:
    out: list[_Evidence] = []
    for a in attempts:
        if not a.screenshot:
            continue
        path = reader.inside(dossier.base_dir, a.screenshot)  # never outside the dossier
        if path is None or not path.is_file():
            raise UserError("letters.screenshot_missing", file=a.screenshot, at=fr_datetime(a.at))
        out.append(_Evidence(len(out) + 1, a, path))
    return out


def caption(ev: _Evidence) -> str:
    text = f"Pièce n° {ev.number} – capture d’écran du {fr_datetime(ev.attempt.at)}"
    if ev.attempt.url:
        text += f" – {ev.attempt.url}"
    return text


def blocks(dossier: Dossier, today: dt.date) -> tuple[list[Block], list[_Evidence]]:
    attempts = dossier.attempts
    if not attempts:
        raise UserError("letters.no_attempts")
    evidence = _evidence(dossier, attempts)
    number_of = {id(ev.attempt): ev.number for ev in evidence}
    a = dossier.applicant
    procedure = str(dossier.get("appointment.procedure", "") or "") or (
        f"ma demande de titre de séjour ({situation_fr(dossier)})"
        if situation_fr(dossier)
        else "ma demande de titre de séjour"
    )
    first, last = attempts[0].at, attempts[-1].at
    messages = [x.message.strip() for x in attempts if x.message.strip()]
    same = len(set(messages)) == 1 and len(messages) == len(attempts)

    facts: list[str] = []
    expiry = dossier.current_permit_expiry
    if expiry:
        kind = str(dossier.get("current_permit.kind", "") or "titre de séjour")
        verb = "expire" if expiry >= today else "a expiré"
        art = "d’une" if kind.split(" ")[0].lower() in FEMININE else "d’un"
        facts.append(
            f"Je suis titulaire {art} {kind} qui {verb} le {fr_date(expiry)}. "
            f"Je souhaite déposer {procedure} avant cette échéance."
        )
    else:
        facts.append(f"Je souhaite déposer {procedure}.")
    count = len(attempts)
    if count == 1:
        facts.append(
            f"Le {fr_datetime(first)}, j’ai tenté de prendre rendez-vous en ligne, sans succès."
        )
    else:
        facts.append(
            f"Depuis le {fr_date(first.date())}, j’ai tenté à {count} reprises de prendre "
            f"rendez-vous en ligne, en dernier lieu le {fr_datetime(last)}, sans succès."
        )
    if same:
        facts.append(f"À chaque fois, le site affichait le message : « {messages[0]} »")
    out = [
        Block("sender", identity_lines(dossier)),
        Block("addressee", prefecture_lines(dossier)),
        Block("right", [place_date(dossier, today)]),
        Block("line", [_mode_line(dossier)]),
        Block(
            "subject",
            [
                "Objet : Demande de rendez-vous pour le dépôt de ma demande de titre de "
                "séjour – impossibilité d’obtenir un rendez-vous en ligne"
            ],
        ),
        Block("para", ["Madame, Monsieur,", *facts]),
    ]
    if same:  # the message is quoted once above; the table gives when and where
        rows = [["Date et heure", "Adresse du site", "Pièce jointe"]]
        for x in attempts:
            n = number_of.get(id(x))
            rows.append([fr_datetime(x.at), x.url or "—", f"n° {n}" if n else "—"])
    else:
        rows = [["Date et heure", "Message affiché", "Pièce jointe"]]
        for x in attempts:
            n = number_of.get(id(x))
            rows.append([fr_datetime(x.at), x.message or "—", f"n° {n}" if n else "—"])
    out.append(Block("line", ["Relevé de mes tentatives :"]))
    out.append(Block("table", rows=rows, widths=[50, 97, 23]))

    emails = dossier.get("appointment.emails", []) or []
    if emails:
        lines = []
        for i, m in enumerate(emails):
            sent = m.get("sent_on")
            if isinstance(sent, dt.datetime):
                sent = sent.date()
            if isinstance(sent, str):
                try:
                    sent = dt.date.fromisoformat(sent)
                except ValueError:
                    raise UserError(
                        "dossier.bad_date", field=f"appointment.emails[{i}].sent_on", value=sent
                    ) from None
            line = f"le {fr_date(sent)}" if isinstance(sent, dt.date) else "à une date antérieure"
            if m.get("to"):
                line += f", à {m['to']}"
            if m.get("subject"):
                line += f" (objet : « {m['subject']} »)"
            lines.append(line)
        out.append(Block("list", ["Je vous ai déjà écrit, sans obtenir de réponse :", *lines]))

    request = (
        "Je vous demande en conséquence de bien vouloir me fixer un rendez-vous ou de "
        "m’indiquer une autre modalité de dépôt de ma demande"
    )
    if expiry:
        request += (
            ", et de me délivrer dans l’attente un document provisoire préservant mes droits "
            "au séjour (attestation de prolongation d’instruction ou récépissé)"
        )
    request += "."
    out.append(
        Block(
            "para",
            [
                request,
                "Je reste joignable aux coordonnées indiquées ci-dessus. Je vous prie d’agréer, "
                "Madame, Monsieur, l’expression de mes salutations distinguées.",
            ],
        )
    )
    out.append(Block("signature", signature_lines(a), image=drawn_signature(dossier)))
    if evidence:
        out.append(
            Block(
                "list",
                [
                    "Pièces jointes (captures d’écran, par ordre de date) :",
                    *[caption(ev) for ev in evidence],
                ],
            )
        )
    return out, evidence


def _shot(path: Path, max_w: float, max_h: float) -> Flowable:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            im.load()
            img = ImageOps.exif_transpose(im)
    except (UnidentifiedImageError, OSError):
        raise UserError("letters.screenshot_not_image", file=path.name) from None
    if img.mode not in ("RGB", "L"):
        bg = Image.new("RGB", img.size, "white")
        rgba = img.convert("RGBA")
        bg.paste(rgba, mask=rgba.getchannel("A"))
        img = bg
    if max(img.size) > MAX_SHOT_PX:
        img.thumbnail((MAX_SHOT_PX, MAX_SHOT_PX))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)  # re-encoded: no metadata travels
    buf.seek(0)
    w, h = img.size
    scale = min(max_w / w, max_h / h)
    return RLImage(buf, width=w * scale, height=h * scale)


def annex(evidence: list[_Evidence]) -> list[Flowable]:
    """Two screenshots per page, each under its numbered, dated caption."""
    if not evidence:
        return []
    st = _styles()
    out: list[Flowable] = [PageBreak()]
    title = Paragraph(
        para_markup(fr_text("Annexe – captures d’écran des tentatives de rendez-vous"), bold=True),
        st["subject"],
    )
    for i, ev in enumerate(evidence):
        if i and i % 2 == 0:
            out.append(PageBreak())
        head: list[Any] = [title] if i == 0 else []
        cap = Paragraph(para_markup(fr_text(caption(ev)), bold=True), st["bold"])
        img = _shot(ev.path, FRAME_W, ANNEX_BOX_H - (28 * mm if i == 0 else 18 * mm))
        out.append(KeepTogether([*head, cap, Spacer(1, 2 * mm), img, Spacer(1, 8 * mm)]))
    return out


def appointment_letter(dossier: Dossier, out_path: str | Path, today: dt.date) -> LetterResult:
    """Write the appointment request (PDF with annex); ``.text`` is the e-mail body."""
    bl, evidence = blocks(dossier, today)
    out = Path(out_path)
    pages = render_pdf(bl, out, after=annex(evidence))
    return LetterResult(
        pdf=out,
        text=render_text(bl),
        pages=pages,
        annexes=[caption(ev) for ev in evidence],
        kind="appointment",
    )
