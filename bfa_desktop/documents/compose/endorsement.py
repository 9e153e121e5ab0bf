"""Utdrag ur mötesanteckningar: the brottsförebyggande råd's dated endorsement of the drafts –
facts (meeting, who was present, the justerare, what was considered), the minutes excerpt with
its items ("§ 9 …") as headings, the outcome, and the justering as minutes have it.

The title follows the list of documents in the tjänsteutlåtande: "Utdrag ur mötesanteckningar
från Trygg i Danderyds sammanträde 2020-11-18"."""

from __future__ import annotations

import re

from bfa_desktop.documents.compose.common import document_info, example_note, facts
from bfa_desktop.documents.swedish import format_date
from bfa_desktop.documents.tree import (
    Block,
    Document,
    Heading,
    Paragraph,
    Signatures,
    Signer,
    rich,
    text,
)
from bfa_desktop.model import CouncilEndorsement, Period
from bfa_desktop.model.enums import DocumentKind, EndorsementOutcome

UNNAMED_COUNCIL = "det brottsförebyggande rådet"
ITEM_LINE = re.compile(r"§\s*\d+[a-z]?(\s|$)")  # "§ 9", "§ 12a"
MAX_ITEM_LINE = 200
DATE_TO_WRITE = "______________"  # the date is written by hand at the justering

OUTCOME_SENTENCES: dict[EndorsementOutcome, str] = {
    EndorsementOutcome.TILLSTYRKT: "Rådet tillstyrkte dokumenten.",
    EndorsementOutcome.TILLSTYRKT_MED_ANDRINGAR: "Rådet tillstyrkte dokumenten med ändringar.",
    EndorsementOutcome.EJ_TILLSTYRKT: "Rådet tillstyrkte inte dokumenten.",
    EndorsementOutcome.BORDLAGT: "Rådet bordlade ärendet.",
}


def build(period: Period, *, public: bool = True) -> Document:
    endorsement = period.endorsement
    if endorsement is None:
        raise ValueError("Perioden har inga mötesanteckningar från det brottsförebyggande rådet.")
    meeting = format_date(endorsement.meeting_date)
    info = document_info(
        period,
        DocumentKind.MOTESANTECKNINGAR,
        title(endorsement),
        document_date=endorsement.meeting_date,
        unit=_council_name(endorsement),
        public=public,
    )
    pairs = (
        ("Sammanträde", meeting),
        ("Närvarande", endorsement.present),
        ("Justerare", ", ".join(_names(endorsement.adjusters))),
        ("Ärende", _matters(period)),
    )
    blocks: list[Block] = facts(pairs)
    blocks += example_note(period)
    blocks += _minutes(endorsement.minutes_excerpt)
    blocks.append(text(OUTCOME_SENTENCES[endorsement.outcome]))
    blocks += _justering(period, endorsement)
    return Document(info, tuple(blocks))


def _minutes(excerpt: str) -> list[Block]:
    """The excerpt, each item's line ("§ 9 Handlingsplan och medborgarlöften 2021–2022") a
    heading of its own."""
    return [
        Heading(1, block.text.strip())
        if isinstance(block, Paragraph) and _is_item_line(block.text)
        else block
        for block in rich(excerpt)
    ]


def _is_item_line(line: str) -> bool:
    """ "§ 9 …" alone on its line, not a sentence that starts with a paragraph number."""
    line = line.strip()
    return (
        bool(ITEM_LINE.match(line))
        and "\n" not in line
        and len(line) <= MAX_ITEM_LINE
        and not line.endswith((".", ":"))
    )


def _justering(period: Period, endorsement: CouncilEndorsement) -> list[Block]:
    """ "Vid protokollet" with the secretary's line, then "Justeras" with the place, the date and
    a line for the chair and each justerare (and whoever else signs the minutes). A name the
    minutes do not give is a line to sign by hand; a date they do not give, one to write."""
    place = period.municipality.short_name or period.municipality.name
    blocks: list[Block] = []
    if endorsement.secretary.strip():
        blocks += [
            text("Vid protokollet", bold=True),
            Signatures((Signer(endorsement.secretary, "Sekreterare"),)),
        ]
    others = period.signatories_of(DocumentKind.MOTESANTECKNINGAR)
    signers = [
        Signer(endorsement.chair, "Ordförande"),
        *(
            [Signer(name, "Justerare") for name in _names(endorsement.adjusters)]
            or [Signer("", "Justerare")]
        ),
        *(Signer(s.person.name, s.person.title, s.signing_for) for s in others),
    ]
    signed = [s.signed_date for s in others if s.signed_date]
    when = endorsement.adjusted_date or (signed[0] if signed else None)
    place_and_date = f"{place} {format_date(when) if when else DATE_TO_WRITE}"
    return [*blocks, text("Justeras", bold=True), Signatures(tuple(signers), place_and_date)]


def _names(names: str) -> list[str]:
    """ "Gunilla Strand, Rikard Bergh" → the names, one each."""
    return [name.strip() for name in names.split(",") if name.strip()]


def title(endorsement: CouncilEndorsement) -> str:
    """ "Utdrag ur mötesanteckningar från Trygg i Danderyds sammanträde 2020-11-18"."""
    council = genitive(_council_name(endorsement) or UNNAMED_COUNCIL)
    words = f"Utdrag ur mötesanteckningar från {council} sammanträde"
    meeting = format_date(endorsement.meeting_date)
    return f"{words} {meeting}" if meeting else words


def _council_name(endorsement: CouncilEndorsement) -> str:
    council = endorsement.council
    return council.name if council and council.name.strip() else ""


def _matters(period: Period) -> str:
    """What the council considered: the drafts of the plan and the promises, quoted as the
    tjänsteutlåtande quotes them (”…” och ”…”)."""
    drafts = (period.action_plan, period.citizen_promises)
    titles = [f"”{draft.title}”" for draft in drafts if draft is not None and draft.title]
    return " och ".join(titles)


def genitive(name: str) -> str:
    """Swedish genitive: "Trygg i Danderyds", "det brottsförebyggande rådets"; a name ending
    in s, x or z takes no further s ("Trygga Borås"); abbreviations and numbers take a colon
    ("Lokala BRÅ:s")."""
    words = name.split()
    last = words[-1] if words else ""
    if last[-1:].isdigit() or last.isupper():
        return f"{name}:s"
    return name if name[-1:].lower() in {"s", "x", "z"} else f"{name}s"
