"""Translatable names of records, fields and codes, as the window shows them: the labels of
fields shared by name, the names of codes, and – declared with each record's panel in
pages.py – the record's name and its own fields' labels.

Source strings are English; translations/bfa_desktop_sv.ts holds the Swedish. Documents never
use these: their Swedish wording is in model/enums.py and the builders."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from bfa_desktop import model
from bfa_desktop.model import enums
from bfa_desktop.ui.pages import DOCUMENTS, PANELS

# Field labels by name, for every record with a field of that name.
FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "short_name": QT_TRANSLATE_NOOP("Field", "Short name"),
    "org_number": QT_TRANSLATE_NOOP("Field", "Organisation number"),
    "default_unit": QT_TRANSLATE_NOOP("Field", "Unit"),
    "postal_address": QT_TRANSLATE_NOOP("Field", "Postal address"),
    "visiting_address": QT_TRANSLATE_NOOP("Field", "Visiting address"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "website": QT_TRANSLATE_NOOP("Field", "Website"),
    "dnr_pattern": QT_TRANSLATE_NOOP("Field", "Case number pattern"),
    "is_example": QT_TRANSLATE_NOOP("Field", "Example data"),
    "note": QT_TRANSLATE_NOOP("Field", "Note"),
    "kind": QT_TRANSLATE_NOOP("Field", "Type"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "organisation": QT_TRANSLATE_NOOP("Field", "Organisation"),
    "start_date": QT_TRANSLATE_NOOP("Field", "Start"),
    "end_date": QT_TRANSLATE_NOOP("Field", "End"),
    "legal_basis": QT_TRANSLATE_NOOP("Field", "Legal basis"),
    "deciding_body": QT_TRANSLATE_NOOP("Field", "Adopts the plan"),
    "deciding_body_name": QT_TRANSLATE_NOOP("Field", "Name of the committee"),
    "phase": QT_TRANSLATE_NOOP("Field", "Phase"),
    "previous_period": QT_TRANSLATE_NOOP("Field", "Previous period"),
    "role": QT_TRANSLATE_NOOP("Field", "Role"),
    "dnr": QT_TRANSLATE_NOOP("Field", "Case number"),
    "signed_date": QT_TRANSLATE_NOOP("Field", "Signed on"),
    "background": QT_TRANSLATE_NOOP("Field", "Background"),
    "purpose": QT_TRANSLATE_NOOP("Field", "Purpose"),
    "joint_goals": QT_TRANSLATE_NOOP("Field", "Joint goals"),
    "prioritised_problems": QT_TRANSLATE_NOOP("Field", "Prioritised problems"),
    "organisation_text": QT_TRANSLATE_NOOP("Field", "Organisation of the work"),
    "meeting_cadence": QT_TRANSLATE_NOOP("Field", "Meetings"),
    "information_exchange": QT_TRANSLATE_NOOP("Field", "Exchange of information"),
    "communication": QT_TRANSLATE_NOOP("Field", "Communication"),
    "follow_up": QT_TRANSLATE_NOOP("Field", "Follow-up"),
    "meeting_date": QT_TRANSLATE_NOOP("Field", "Meeting date"),
    "outcome": QT_TRANSLATE_NOOP("Field", "Outcome"),
    "minutes_excerpt": QT_TRANSLATE_NOOP("Field", "Excerpt from the minutes"),
    "present": QT_TRANSLATE_NOOP("Field", "Present"),
    "council": QT_TRANSLATE_NOOP("Field", "Council"),
    "chair": QT_TRANSLATE_NOOP("Field", "Chair"),
    "adjusters": QT_TRANSLATE_NOOP("Field", "Checkers of the minutes (comma-separated)"),
    "secretary": QT_TRANSLATE_NOOP("Field", "Secretary"),
    "adjusted_date": QT_TRANSLATE_NOOP("Field", "Minutes checked on"),
    "subject": QT_TRANSLATE_NOOP("Field", "Subject"),
    "body": QT_TRANSLATE_NOOP("Field", "Text"),
    "decision_date": QT_TRANSLATE_NOOP("Field", "Date of decision"),
    "paragraph": QT_TRANSLATE_NOOP("Field", "Paragraph (§)"),
    "summary": QT_TRANSLATE_NOOP("Field", "Summary"),
    "document": QT_TRANSLATE_NOOP("Field", "Document"),
    "signing_for": QT_TRANSLATE_NOOP("Field", "Signs for"),
    "person": QT_TRANSLATE_NOOP("Field", "Person"),
    "year": QT_TRANSLATE_NOOP("Field", "Year"),
    "version": QT_TRANSLATE_NOOP("Field", "Version"),
    "document_date": QT_TRANSLATE_NOOP("Field", "Date"),
    "heading": QT_TRANSLATE_NOOP("Field", "Heading"),
    "internal": QT_TRANSLATE_NOOP("Field", "Internal (left out of the public edition)"),
    "owner": QT_TRANSLATE_NOOP("Field", "Owner"),
    "limitation": QT_TRANSLATE_NOOP("Field", "Limitations"),
    "category": QT_TRANSLATE_NOOP("Field", "Category"),
    "area": QT_TRANSLATE_NOOP("Field", "Area"),
    "unit": QT_TRANSLATE_NOOP("Field", "Unit"),
    "source": QT_TRANSLATE_NOOP("Field", "Source"),
    "value": QT_TRANSLATE_NOOP("Field", "Value"),
    "survey": QT_TRANSLATE_NOOP("Field", "Survey"),
    "indicator": QT_TRANSLATE_NOOP("Field", "Indicator"),
    "comparison_area": QT_TRANSLATE_NOOP("Field", "Comparison area"),
    "comparison_value": QT_TRANSLATE_NOOP("Field", "Comparison value"),
    "time_pattern": QT_TRANSLATE_NOOP("Field", "Times"),
    "analysis": QT_TRANSLATE_NOOP("Field", "Cause analysis"),
    "text": QT_TRANSLATE_NOOP("Field", "Text"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "introduction": QT_TRANSLATE_NOOP("Field", "Introduction"),
    "decision": QT_TRANSLATE_NOOP("Field", "Decision"),
    "problem_text": QT_TRANSLATE_NOOP("Field", "Problem"),
    "problems": QT_TRANSLATE_NOOP("Field", "Prioritised problems"),
    "baseline": QT_TRANSLATE_NOOP("Field", "Baseline"),
    "target": QT_TRANSLATE_NOOP("Field", "Target"),
    "target_date": QT_TRANSLATE_NOOP("Field", "Target date"),
    "operational_goal": QT_TRANSLATE_NOOP("Field", "Operational goal"),
    "owner_party": QT_TRANSLATE_NOOP("Field", "Owner"),
    "deadline": QT_TRANSLATE_NOOP("Field", "Deadline"),
    "ongoing": QT_TRANSLATE_NOOP("Field", "Ongoing (no deadline)"),
    "work_kind": QT_TRANSLATE_NOOP("Field", "Kind of work"),
    "resources_kkr": QT_TRANSLATE_NOOP("Field", "Money (thousand SEK)"),
    "resources_hours": QT_TRANSLATE_NOOP("Field", "Hours"),
    "within_existing_budget": QT_TRANSLATE_NOOP("Field", "Within the existing budget"),
    "resources_note": QT_TRANSLATE_NOOP("Field", "About the resources"),
    "data_source": QT_TRANSLATE_NOOP("Field", "Data source"),
    "follow_up_frequency": QT_TRANSLATE_NOOP("Field", "Follow-up frequency"),
    "responsible_unit": QT_TRANSLATE_NOOP("Field", "Responsible unit"),
    "responsible_person": QT_TRANSLATE_NOOP("Field", "Responsible person"),
    "partners": QT_TRANSLATE_NOOP("Field", "Partners"),
    "causes": QT_TRANSLATE_NOOP("Field", "Causes addressed"),
    "places": QT_TRANSLATE_NOOP("Field", "Places"),
    "period_label": QT_TRANSLATE_NOOP("Field", "Period"),
    "follow_up_date": QT_TRANSLATE_NOOP("Field", "Date"),
    "traffic_light": QT_TRANSLATE_NOOP("Field", "Assessment"),
    "traffic_light_text": QT_TRANSLATE_NOOP("Field", "Assessment in words"),
    "comment": QT_TRANSLATE_NOOP("Field", "Comment"),
    "valid_from": QT_TRANSLATE_NOOP("Field", "Valid from"),
    "valid_to": QT_TRANSLATE_NOOP("Field", "Valid to"),
    "situation_today": QT_TRANSLATE_NOOP("Field", "The situation today"),
    "other_problems_note": QT_TRANSLATE_NOOP("Field", "Other problems"),
    "expected_effect": QT_TRANSLATE_NOOP("Field", "Expected effect"),
    "citizen_feedback": QT_TRANSLATE_NOOP("Field", "Telling citizens the results"),
    "theme": QT_TRANSLATE_NOOP("Field", "Theme"),
    "actor": QT_TRANSLATE_NOOP("Field", "Who promises"),
    "sentence": QT_TRANSLATE_NOOP("Field", "Promise"),
    "quantity": QT_TRANSLATE_NOOP("Field", "Quantity"),
    "measures": QT_TRANSLATE_NOOP("Field", "Measures"),
    "communicated_on": QT_TRANSLATE_NOOP("Field", "Communicated on"),
    "channel": QT_TRANSLATE_NOOP("Field", "Channel"),
    "evaluated_period": QT_TRANSLATE_NOOP("Field", "Evaluated period"),
    "focus_area_title": QT_TRANSLATE_NOOP("Field", "Focus area"),
    "measure_number": QT_TRANSLATE_NOOP("Field", "Number"),
    "measure_title": QT_TRANSLATE_NOOP("Field", "Measure"),
    "target_value": QT_TRANSLATE_NOOP("Field", "Target"),
    "outcome_value": QT_TRANSLATE_NOOP("Field", "Result"),
    "assessed_effect": QT_TRANSLATE_NOOP("Field", "Assessed effect"),
    "recommendation": QT_TRANSLATE_NOOP("Field", "Recommendation"),
    "hours_spent": QT_TRANSLATE_NOOP("Field", "Hours spent"),
    "measure": QT_TRANSLATE_NOOP("Field", "Measure of the previous plan"),
    "report_date": QT_TRANSLATE_NOOP("Field", "Date"),
    "recipient": QT_TRANSLATE_NOOP("Field", "To"),
    "matter": QT_TRANSLATE_NOOP("Field", "Matter"),
    "decision_heading": QT_TRANSLATE_NOOP("Field", "Heading of the decision"),
    "statement": QT_TRANSLATE_NOOP("Field", "Statement"),
    "financial_consequences": QT_TRANSLATE_NOOP("Field", "Financial consequences"),
    "child_perspective": QT_TRANSLATE_NOOP("Field", "Child perspective"),
    "case_officer": QT_TRANSLATE_NOOP("Field", "Case officer"),
    "method": QT_TRANSLATE_NOOP("Field", "Method"),
    "promises_follow_up": QT_TRANSLATE_NOOP("Field", "Follow-up of the promises"),
    "collaboration": QT_TRANSLATE_NOOP("Field", "How the collaboration worked"),
    "lessons": QT_TRANSLATE_NOOP("Field", "Lessons for the next plan"),
    "linked_measures": QT_TRANSLATE_NOOP("Field", "Measures addressing it"),
    "linked_promises": QT_TRANSLATE_NOOP("Field", "Linked promises"),
    "latest_status": QT_TRANSLATE_NOOP("Field", "Status"),
    "evaluated_measure": QT_TRANSLATE_NOOP("Field", "Measure"),
}
# A record's name and plural, and the labels of its own fields: declared with its panel.
RECORDS: dict[type[model.Base], tuple[str, str]] = {panel.cls: panel.names for panel in PANELS}
SPECIFIC_FIELDS: dict[tuple[type[model.Base], str], str] = {
    (panel.cls, name): label for panel in PANELS for name, label in panel.labels.items()
}

_CODE_LIST: list[tuple[StrEnum, str]] = [
    (enums.OrganisationKind.KOMMUN, QT_TRANSLATE_NOOP("Code", "Municipality")),
    (enums.OrganisationKind.FORVALTNING, QT_TRANSLATE_NOOP("Code", "Department or office")),
    (enums.OrganisationKind.KOMMUNAL_BOLAG, QT_TRANSLATE_NOOP("Code", "Municipal company")),
    (enums.OrganisationKind.LOKALPOLISOMRADE, QT_TRANSLATE_NOOP("Code", "Local police area")),
    (enums.OrganisationKind.POLISOMRADE, QT_TRANSLATE_NOOP("Code", "Police area")),
    (enums.OrganisationKind.RAD, QT_TRANSLATE_NOOP("Code", "Crime prevention council")),
    (enums.OrganisationKind.NAMND, QT_TRANSLATE_NOOP("Code", "Board or committee")),
    (enums.OrganisationKind.REGION, QT_TRANSLATE_NOOP("Code", "Region")),
    (enums.OrganisationKind.BOSTADSBOLAG, QT_TRANSLATE_NOOP("Code", "Housing company")),
    (enums.OrganisationKind.KOLLEKTIVTRAFIK, QT_TRANSLATE_NOOP("Code", "Public transport")),
    (enums.OrganisationKind.BEVAKNING, QT_TRANSLATE_NOOP("Code", "Security company")),
    (enums.OrganisationKind.FORENING, QT_TRANSLATE_NOOP("Code", "Association")),
    (enums.OrganisationKind.GRANNSAMVERKAN, QT_TRANSLATE_NOOP("Code", "Neighbourhood watch")),
    (enums.OrganisationKind.NARINGSLIV, QT_TRANSLATE_NOOP("Code", "Business")),
    (enums.OrganisationKind.ANNAN, QT_TRANSLATE_NOOP("Code", "Other organisation")),
    (enums.PartyRole.KOMMUN, QT_TRANSLATE_NOOP("Code", "Municipality")),
    (enums.PartyRole.POLIS, QT_TRANSLATE_NOOP("Code", "Police")),
    (enums.PartyRole.SAMVERKANSPART, QT_TRANSLATE_NOOP("Code", "Partner")),
    (enums.LegalBasis.FRIVILLIG, QT_TRANSLATE_NOOP("Code", "Voluntary agreement")),
    (enums.LegalBasis.LAG_2023_196, QT_TRANSLATE_NOOP("Code", "Act 2023:196")),
    (enums.DecidingBody.KOMMUNFULLMAKTIGE, QT_TRANSLATE_NOOP("Code", "Municipal council")),
    (enums.DecidingBody.KOMMUNSTYRELSEN, QT_TRANSLATE_NOOP("Code", "Municipal executive board")),
    (enums.DecidingBody.NAMND, QT_TRANSLATE_NOOP("Code", "A committee")),
    (enums.PeriodPhase.INITIERING, QT_TRANSLATE_NOOP("Code", "Initiating")),
    (enums.PeriodPhase.EGNA_FORBEREDELSER, QT_TRANSLATE_NOOP("Code", "Own preparations")),
    (enums.PeriodPhase.GEMENSAMMA_FORBEREDELSER, QT_TRANSLATE_NOOP("Code", "Joint preparations")),
    (enums.PeriodPhase.GENOMFORANDE, QT_TRANSLATE_NOOP("Code", "Implementation")),
    (enums.PeriodPhase.UPPFOLJNING, QT_TRANSLATE_NOOP("Code", "Follow-up")),
    (enums.PeriodPhase.AVSLUTAD, QT_TRANSLATE_NOOP("Code", "Closed")),
    (enums.DocumentStatus.UTKAST, QT_TRANSLATE_NOOP("Code", "Draft")),
    (enums.DocumentStatus.TILLSTYRKT, QT_TRANSLATE_NOOP("Code", "Endorsed by the council")),
    (enums.DocumentStatus.BESLUTAD, QT_TRANSLATE_NOOP("Code", "Decided")),
    (enums.DocumentStatus.UNDERTECKNAD, QT_TRANSLATE_NOOP("Code", "Signed")),
    (enums.DocumentStatus.AVSLUTAD, QT_TRANSLATE_NOOP("Code", "Closed")),
    (enums.EndorsementOutcome.TILLSTYRKT, QT_TRANSLATE_NOOP("Code", "Endorsed")),
    (
        enums.EndorsementOutcome.TILLSTYRKT_MED_ANDRINGAR,
        QT_TRANSLATE_NOOP("Code", "Endorsed with changes"),
    ),
    (enums.EndorsementOutcome.EJ_TILLSTYRKT, QT_TRANSLATE_NOOP("Code", "Not endorsed")),
    (enums.EndorsementOutcome.BORDLAGT, QT_TRANSLATE_NOOP("Code", "Postponed")),
    (enums.DecisionSubject.OVERENSKOMMELSE, QT_TRANSLATE_NOOP("Code", "Collaboration agreement")),
    (enums.DecisionSubject.ANTAGANDE, QT_TRANSLATE_NOOP("Code", "Adoption of plan and promises")),
    (enums.DecisionSubject.OVRIGT, QT_TRANSLATE_NOOP("Code", "Other")),
    (enums.SectionKind.SAMMANFATTNING, QT_TRANSLATE_NOOP("Code", "Summary")),
    (enums.SectionKind.INLEDNING, QT_TRANSLATE_NOOP("Code", "Introduction")),
    (enums.SectionKind.KOMMUNEN_I_KORTHET, QT_TRANSLATE_NOOP("Code", "The municipality in brief")),
    (enums.SectionKind.BROTTSUTVECKLING, QT_TRANSLATE_NOOP("Code", "Crime trends")),
    (enums.SectionKind.TRYGGHET, QT_TRANSLATE_NOOP("Code", "Feeling of safety")),
    (enums.SectionKind.PLATSER_OCH_TIDER, QT_TRANSLATE_NOOP("Code", "Places and times")),
    (enums.SectionKind.BARN_OCH_UNGA, QT_TRANSLATE_NOOP("Code", "Children and young people")),
    (enums.SectionKind.TEMA, QT_TRANSLATE_NOOP("Code", "Special theme")),
    (enums.SectionKind.DIALOGER, QT_TRANSLATE_NOOP("Code", "Dialogues")),
    (enums.SectionKind.ANALYS, QT_TRANSLATE_NOOP("Code", "Analysis and causes")),
    (enums.SectionKind.PRIORITERADE_PROBLEM, QT_TRANSLATE_NOOP("Code", "Prioritised problems")),
    (enums.SectionKind.KALLFORTECKNING, QT_TRANSLATE_NOOP("Code", "Sources")),
    (enums.SectionKind.OVRIGT, QT_TRANSLATE_NOOP("Code", "Other")),
    (enums.PlaceKind.OTRYGG_PLATS, QT_TRANSLATE_NOOP("Code", "Perceived as unsafe")),
    (enums.PlaceKind.BROTTSKONCENTRATION, QT_TRANSLATE_NOOP("Code", "Crime hot spot")),
    (enums.PlaceKind.BADE, QT_TRANSLATE_NOOP("Code", "Unsafe and hot spot")),
    (enums.MeasureKind.SITUATIONELL, QT_TRANSLATE_NOOP("Code", "Situational")),
    (enums.MeasureKind.SOCIAL, QT_TRANSLATE_NOOP("Code", "Social")),
    (enums.MeasureKind.KOMMUNIKATION, QT_TRANSLATE_NOOP("Code", "Communication")),
    (enums.MeasureKind.KARTLAGGNING, QT_TRANSLATE_NOOP("Code", "Mapping")),
    (enums.OwnerParty.KOMMUNEN, QT_TRANSLATE_NOOP("Code", "The municipality")),
    (enums.OwnerParty.POLISEN, QT_TRANSLATE_NOOP("Code", "The police")),
    (enums.OwnerParty.GEMENSAMT, QT_TRANSLATE_NOOP("Code", "Jointly")),
    (enums.OwnerParty.ANNAN, QT_TRANSLATE_NOOP("Code", "Another party")),
    (enums.WorkKind.ENGANGSINSATS, QT_TRANSLATE_NOOP("Code", "One-off effort")),
    (enums.WorkKind.ORDINARIE, QT_TRANSLATE_NOOP("Code", "Ordinary work")),
    (enums.FollowUpFrequency.MANAD, QT_TRANSLATE_NOOP("Code", "Monthly")),
    (enums.FollowUpFrequency.KVARTAL, QT_TRANSLATE_NOOP("Code", "Quarterly")),
    (enums.FollowUpFrequency.HALVAR, QT_TRANSLATE_NOOP("Code", "Half-yearly")),
    (enums.FollowUpFrequency.AR, QT_TRANSLATE_NOOP("Code", "Yearly")),
    (enums.FollowUpFrequency.PERIODSLUT, QT_TRANSLATE_NOOP("Code", "At the end of the period")),
    (enums.ProgressStatus.EJ_PABORJAD, QT_TRANSLATE_NOOP("Code", "Not started")),
    (enums.ProgressStatus.PAGAR, QT_TRANSLATE_NOOP("Code", "In progress")),
    (enums.ProgressStatus.GENOMFORD, QT_TRANSLATE_NOOP("Code", "Done")),
    (enums.ProgressStatus.FORSENAD, QT_TRANSLATE_NOOP("Code", "Delayed")),
    (enums.ProgressStatus.PAUSAD, QT_TRANSLATE_NOOP("Code", "Paused")),
    (enums.ProgressStatus.INSTALLD, QT_TRANSLATE_NOOP("Code", "Cancelled")),
    (enums.TrafficLight.GRON, QT_TRANSLATE_NOOP("Code", "Green – on track")),
    (enums.TrafficLight.GUL, QT_TRANSLATE_NOOP("Code", "Yellow – at risk")),
    (enums.TrafficLight.ROD, QT_TRANSLATE_NOOP("Code", "Red – off track")),
    (enums.PromiseActor.POLISEN, QT_TRANSLATE_NOOP("Code", "The police")),
    (enums.PromiseActor.KOMMUNEN, QT_TRANSLATE_NOOP("Code", "The municipality")),
    (enums.PromiseActor.GEMENSAMT, QT_TRANSLATE_NOOP("Code", "Police and municipality")),
    (enums.EvaluationStatus.GENOMFORD, QT_TRANSLATE_NOOP("Code", "Done")),
    (enums.EvaluationStatus.DELVIS_GENOMFORD, QT_TRANSLATE_NOOP("Code", "Partly done")),
    (
        enums.EvaluationStatus.PAGAENDE_FLYTTAS_OVER,
        QT_TRANSLATE_NOOP("Code", "Ongoing – carried over"),
    ),
    (enums.EvaluationStatus.EJ_GENOMFORD, QT_TRANSLATE_NOOP("Code", "Not done")),
    (enums.EvaluationStatus.UTGAR, QT_TRANSLATE_NOOP("Code", "Dropped")),
    (enums.Recommendation.FORTSATT, QT_TRANSLATE_NOOP("Code", "Continue")),
    (
        enums.Recommendation.FORTSATT_I_ANDRAD_FORM,
        QT_TRANSLATE_NOOP("Code", "Continue in a changed form"),
    ),
    (enums.Recommendation.AVSLUTA, QT_TRANSLATE_NOOP("Code", "End")),
    (
        enums.Recommendation.TILL_ORDINARIE_VERKSAMHET,
        QT_TRANSLATE_NOOP("Code", "Make it ordinary work"),
    ),
]
_CODE_LIST += [(kind, document.name) for kind, document in DOCUMENTS.items()]
# Keyed by (enum class, code): members of different enums with the same code are equal.
CODES: dict[tuple[type[StrEnum], str], str] = {
    (type(member), member.value): label for member, label in _CODE_LIST
}


def record_name(cls: type[model.Base], *, plural: bool = False) -> str:
    singular, many = RECORDS[cls]
    return QCoreApplication.translate("Record", many if plural else singular)


# Shorter names for list headings, where the field's label would make a column too wide.
COLUMNS: dict[str, str] = {
    "internal": QT_TRANSLATE_NOOP("Column", "Internal"),
}


def column_label(cls: type[model.Base], name: str) -> str:
    source = COLUMNS.get(name)
    return QCoreApplication.translate("Column", source) if source else field_label(cls, name)


def field_label(cls: type[model.Base], name: str) -> str:
    source = SPECIFIC_FIELDS.get((cls, name)) or FIELDS[name]
    return QCoreApplication.translate("Field", source)


def code_label(value: StrEnum) -> str:
    return QCoreApplication.translate("Code", CODES[type(value), value.value])
