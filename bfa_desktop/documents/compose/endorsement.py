"""Utdrag ur mötesanteckningar: the brottsförebyggande råd's dated endorsement of the drafts –
facts (meeting, who was present, what was considered), the minutes excerpt and the outcome.

The title follows the list of documents in the tjänsteutlåtande: "Utdrag ur mötesanteckningar
från Trygg i Danderyds sammanträde 2020-11-18"."""

from __future__ import annotations

from bfa_desktop.documents.compose.common import document_info, example_note, signatures
from bfa_desktop.documents.swedish import format_date
from bfa_desktop.documents.tree import Block, Document, labelled, rich, text
from bfa_desktop.model import Period
from bfa_desktop.model.enums import DocumentKind, EndorsementOutcome

UNNAMED_COUNCIL = "det brottsförebyggande rådet"

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
    council = endorsement.council
    name = council.name if council and council.name.strip() else ""
    meeting = format_date(endorsement.meeting_date)
    title = f"Utdrag ur mötesanteckningar från {genitive(name or UNNAMED_COUNCIL)} sammanträde"
    info = document_info(
        period,
        DocumentKind.MOTESANTECKNINGAR,
        f"{title} {meeting}" if meeting else title,
        document_date=endorsement.meeting_date,
        unit=name,
        public=public,
    )
    facts = (
        ("Sammanträde", meeting),
        ("Närvarande", endorsement.present),
        ("Ärende", _matters(period)),
    )
    blocks: list[Block] = [labelled(key, value) for key, value in facts if value]
    blocks += example_note(period)
    blocks += rich(endorsement.minutes_excerpt)
    blocks.append(text(OUTCOME_SENTENCES[endorsement.outcome]))
    blocks += signatures(period, DocumentKind.MOTESANTECKNINGAR, endorsement.meeting_date)
    return Document(info, tuple(blocks))


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
