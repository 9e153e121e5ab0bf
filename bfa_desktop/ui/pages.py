"""What each tab edits, declared: the fields shown and the lists with their columns, and each
kind of document's page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from bfa_desktop import model as m
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.ui.page_spec import (
    DocumentSpec,
    Group,
    ListSpec,
    PanelSpec,
    grouped,
    panels_within,
)

PERIOD = PanelSpec(
    m.Period,
    (
        "start_date",
        "end_date",
        "legal_basis",
        "deciding_body",
        "deciding_body_name",
        "phase",
        "previous_period",
        "note",
    ),
    (
        ListSpec(
            "parties",
            ("organisation", "role"),
            PanelSpec(
                m.PeriodParty,
                ("organisation", "role"),
                names=(
                    QT_TRANSLATE_NOOP("Record", "party"),
                    QT_TRANSLATE_NOOP("Record", "Parties"),
                ),
            ),
        ),
        ListSpec(
            "decisions",
            ("subject", "decision_date", "paragraph", "dnr"),
            PanelSpec(
                m.BoardDecision,
                ("subject", "body", "decision_date", "paragraph", "dnr", "summary"),
                names=(
                    QT_TRANSLATE_NOOP("Record", "decision"),
                    QT_TRANSLATE_NOOP("Record", "Decisions"),
                ),
                labels={"body": QT_TRANSLATE_NOOP("Field", "Decided by")},
            ),
        ),
        ListSpec(
            "signatories",
            ("document", "person", "signed_date"),
            PanelSpec(
                m.Signatory,
                ("document", "person", "signing_for", "signed_date"),
                names=(
                    QT_TRANSLATE_NOOP("Record", "signatory"),
                    QT_TRANSLATE_NOOP("Record", "Signatories"),
                ),
            ),
        ),
    ),
    names=(QT_TRANSLATE_NOOP("Record", "period"), QT_TRANSLATE_NOOP("Record", "Periods")),
)

AGREEMENT = PanelSpec(
    m.Agreement,
    (
        "title",
        "dnr",
        "signed_date",
        "background",
        "purpose",
        "joint_goals",
        "prioritised_problems",
        "organisation_text",
        "meeting_cadence",
        "information_exchange",
        "communication",
        "follow_up",
    ),
    names=(QT_TRANSLATE_NOOP("Record", "agreement"), QT_TRANSLATE_NOOP("Record", "Agreement")),
)

ENDORSEMENT = PanelSpec(
    m.CouncilEndorsement,
    (
        "council",
        "meeting_date",
        "outcome",
        "present",
        "minutes_excerpt",
        "chair",
        "adjusters",
        "secretary",
        "adjusted_date",
    ),
    names=(
        QT_TRANSLATE_NOOP("Record", "council's endorsement"),
        QT_TRANSLATE_NOOP("Record", "Council's endorsement"),
    ),
)

SITUATION = PanelSpec(
    m.SituationPicture,
    ("title", "year", "version", "document_date", "dnr"),
    (
        ListSpec(
            "sections",
            ("heading", "kind", "internal"),
            PanelSpec(
                m.SituationSection,
                ("kind", "heading", "internal", "body"),
                names=(
                    QT_TRANSLATE_NOOP("Record", "section"),
                    QT_TRANSLATE_NOOP("Record", "Sections"),
                ),
            ),
        ),
        ListSpec(
            "statistics",
            ("category", "area", "unit", "internal"),
            PanelSpec(
                m.StatisticSeries,
                ("category", "area", "unit", "source", "internal"),
                (
                    ListSpec(
                        "values",
                        ("year", "value"),
                        PanelSpec(
                            m.StatisticValue,
                            ("year", "value"),
                            names=(
                                QT_TRANSLATE_NOOP("Record", "value"),
                                QT_TRANSLATE_NOOP("Record", "Values"),
                            ),
                        ),
                    ),
                ),
                names=(
                    QT_TRANSLATE_NOOP("Record", "statistics series"),
                    QT_TRANSLATE_NOOP("Record", "Statistics"),
                ),
                labels={"unit": QT_TRANSLATE_NOOP("Field", "Unit of measure")},
            ),
        ),
        ListSpec(
            "survey_indicators",
            ("indicator", "area", "year", "value"),
            PanelSpec(
                m.SurveyIndicator,
                (
                    "survey",
                    "indicator",
                    "area",
                    "year",
                    "value",
                    "unit",
                    "comparison_area",
                    "comparison_value",
                    "source",
                    "internal",
                ),
                names=(
                    QT_TRANSLATE_NOOP("Record", "survey indicator"),
                    QT_TRANSLATE_NOOP("Record", "Survey indicators"),
                ),
                labels={"unit": QT_TRANSLATE_NOOP("Field", "Unit of measure")},
            ),
        ),
        ListSpec(
            "places",
            ("name", "area", "kind", "internal"),
            PanelSpec(
                m.Place,
                ("name", "area", "kind", "time_pattern", "internal", "description"),
                names=(QT_TRANSLATE_NOOP("Record", "place"), QT_TRANSLATE_NOOP("Record", "Places")),
                labels={"kind": QT_TRANSLATE_NOOP("Field", "Kind of place")},
            ),
        ),
        ListSpec(
            "problems",
            ("number", "title"),
            PanelSpec(
                m.PrioritisedProblem,
                ("title", "description", "analysis", "linked_measures"),
                (
                    ListSpec(
                        "causes",
                        ("text",),
                        PanelSpec(
                            m.ProblemCause,
                            ("text",),
                            names=(
                                QT_TRANSLATE_NOOP("Record", "cause"),
                                QT_TRANSLATE_NOOP("Record", "Causes"),
                            ),
                        ),
                    ),
                ),
                names=(
                    QT_TRANSLATE_NOOP("Record", "prioritised problem"),
                    QT_TRANSLATE_NOOP("Record", "Prioritised problems"),
                ),
                labels={"description": QT_TRANSLATE_NOOP("Field", "Problem")},
            ),
        ),
        ListSpec(
            "sources",
            ("name", "owner", "year"),
            PanelSpec(
                m.Source,
                ("name", "owner", "year", "limitation"),
                names=(
                    QT_TRANSLATE_NOOP("Record", "source"),
                    QT_TRANSLATE_NOOP("Record", "Sources"),
                ),
            ),
        ),
    ),
    names=(
        QT_TRANSLATE_NOOP("Record", "situation picture"),
        QT_TRANSLATE_NOOP("Record", "Situation picture"),
    ),
)

# A measure's fields in four groups, the common ones first; its follow-ups under their goals.
MEASURE = grouped(
    m.Measure,
    (
        Group(
            QT_TRANSLATE_NOOP("Group", "Measure"),
            ("title", "kind", "description", "operational_goal"),
        ),
        Group(
            QT_TRANSLATE_NOOP("Group", "Responsibility and time"),
            (
                "owner_party",
                "responsible_unit",
                "responsible_person",
                "start_date",
                "deadline",
                "ongoing",
                "work_kind",
                "resources_kkr",
                "resources_hours",
                "within_existing_budget",
                "resources_note",
            ),
        ),
        Group(
            QT_TRANSLATE_NOOP("Group", "Goals and follow-up"),
            ("indicator", "data_source", "follow_up_frequency"),
            ("follow_ups",),
        ),
        Group(
            QT_TRANSLATE_NOOP("Group", "Links"),
            ("problems", "causes", "partners", "places", "linked_promises"),
        ),
    ),
    (
        ListSpec(
            "follow_ups",
            ("period_label", "status", "traffic_light"),
            PanelSpec(
                m.MeasureFollowUp,
                (
                    "period_label",
                    "follow_up_date",
                    "status",
                    "traffic_light",
                    "traffic_light_text",
                    "outcome",
                    "comment",
                ),
                names=(
                    QT_TRANSLATE_NOOP("Record", "follow-up"),
                    QT_TRANSLATE_NOOP("Record", "Follow-ups"),
                ),
            ),
        ),
    ),
    names=(QT_TRANSLATE_NOOP("Record", "measure"), QT_TRANSLATE_NOOP("Record", "Measures")),
    labels={
        "kind": QT_TRANSLATE_NOOP("Field", "Kind of measure"),
        "description": QT_TRANSLATE_NOOP("Field", "Description and steps"),
    },
)

# A focus area: its problem, and its causes and effect goals (its measures are in the plan's
# table, see plan_view).
FOCUS_AREA = PanelSpec(
    m.FocusArea,
    ("title", "problem_text", "problems"),
    (
        ListSpec(
            "causes",
            ("text",),
            PanelSpec(
                m.FocusAreaCause,
                ("text",),
                names=(QT_TRANSLATE_NOOP("Record", "cause"), QT_TRANSLATE_NOOP("Record", "Causes")),
            ),
        ),
        ListSpec(
            "goals",
            ("text", "target", "target_date"),
            PanelSpec(
                m.EffectGoal,
                ("text", "indicator", "baseline", "target", "target_date"),
                names=(
                    QT_TRANSLATE_NOOP("Record", "effect goal"),
                    QT_TRANSLATE_NOOP("Record", "Effect goals"),
                ),
            ),
        ),
    ),
    names=(QT_TRANSLATE_NOOP("Record", "focus area"), QT_TRANSLATE_NOOP("Record", "Focus areas")),
)

PLAN = PanelSpec(
    m.ActionPlan,
    ("title", "status", "version", "document_date", "decision", "introduction"),
    names=(QT_TRANSLATE_NOOP("Record", "action plan"), QT_TRANSLATE_NOOP("Record", "Action plan")),
)

PROMISES = PanelSpec(
    m.CitizenPromises,
    (
        "title",
        "status",
        "document_date",
        "valid_from",
        "valid_to",
        "introduction",
        "situation_today",
        "other_problems_note",
        "expected_effect",
        "follow_up",
        "citizen_feedback",
    ),
    (
        ListSpec(
            "promises",
            ("number", "actor", "sentence"),
            PanelSpec(
                m.Promise,
                ("theme", "actor", "sentence", "quantity", "places", "measures"),
                (
                    ListSpec(
                        "follow_ups",
                        ("period_label", "status", "communicated_on"),
                        PanelSpec(
                            m.PromiseFollowUp,
                            (
                                "period_label",
                                "follow_up_date",
                                "status",
                                "outcome",
                                "comment",
                                "communicated_on",
                                "channel",
                            ),
                            names=(
                                QT_TRANSLATE_NOOP("Record", "follow-up"),
                                QT_TRANSLATE_NOOP("Record", "Follow-ups"),
                            ),
                        ),
                    ),
                ),
                names=(
                    QT_TRANSLATE_NOOP("Record", "promise"),
                    QT_TRANSLATE_NOOP("Record", "Promises"),
                ),
            ),
        ),
    ),
    names=(
        QT_TRANSLATE_NOOP("Record", "citizen promises"),
        QT_TRANSLATE_NOOP("Record", "Citizen promises"),
    ),
)

EVALUATION = PanelSpec(
    m.Evaluation,
    (
        "title",
        "document_date",
        "evaluated_period",
        "summary",
        "background",
        "method",
        "promises_follow_up",
        "collaboration",
        "lessons",
    ),
    (
        ListSpec(
            "rows",
            ("evaluated_measure", "status", "traffic_light", "recommendation"),
            PanelSpec(
                m.EvaluationRow,
                (
                    "measure",
                    "focus_area_title",
                    "measure_number",
                    "measure_title",
                    "status",
                    "traffic_light",
                    "target_value",
                    "outcome_value",
                    "comment",
                    "assessed_effect",
                    "recommendation",
                    "hours_spent",
                ),
                names=(
                    QT_TRANSLATE_NOOP("Record", "evaluated measure"),
                    QT_TRANSLATE_NOOP("Record", "Evaluated measures"),
                ),
            ),
        ),
    ),
    names=(QT_TRANSLATE_NOOP("Record", "evaluation"), QT_TRANSLATE_NOOP("Record", "Evaluation")),
)

REPORT = PanelSpec(
    m.OfficialReport,
    (
        "title",
        "unit",
        "report_date",
        "dnr",
        "case_officer",
        "recipient",
        "matter",
        "decision_heading",
        "summary",
        "background",
        "statement",
        "financial_consequences",
        "child_perspective",
    ),
    (
        ListSpec(
            "decision_points",
            ("text",),
            PanelSpec(
                m.DecisionPoint,
                ("text",),
                names=(
                    QT_TRANSLATE_NOOP("Record", "decision point"),
                    QT_TRANSLATE_NOOP("Record", "Proposed decisions"),
                ),
            ),
        ),
        ListSpec(
            "attachments",
            ("title", "document_date", "document"),
            PanelSpec(
                m.Attachment,
                ("title", "document_date", "document"),
                names=(
                    QT_TRANSLATE_NOOP("Record", "document in the case"),
                    QT_TRANSLATE_NOOP("Record", "Documents in the case"),
                ),
            ),
        ),
        ListSpec(
            "recipients",
            ("name", "organisation"),
            PanelSpec(
                m.DistributionRecipient,
                ("name", "organisation"),
                names=(
                    QT_TRANSLATE_NOOP("Record", "recipient"),
                    QT_TRANSLATE_NOOP("Record", "Distribution"),
                ),
            ),
        ),
        ListSpec(
            "extra_sections",
            ("heading",),
            PanelSpec(
                m.ReportSection,
                ("heading", "body"),
                names=(
                    QT_TRANSLATE_NOOP("Record", "further section"),
                    QT_TRANSLATE_NOOP("Record", "Further sections"),
                ),
            ),
        ),
    ),
    names=(
        QT_TRANSLATE_NOOP("Record", "official report"),
        QT_TRANSLATE_NOOP("Record", "Official report"),
    ),
    labels={"unit": QT_TRANSLATE_NOOP("Field", "Unit")},
)

MUNICIPALITY = PanelSpec(
    m.Municipality,
    (
        "name",
        "short_name",
        "default_unit",
        "org_number",
        "postal_address",
        "visiting_address",
        "phone",
        "email",
        "website",
        "dnr_pattern",
        "note",
    ),
    (
        ListSpec(
            "organisations",
            ("name", "kind"),
            PanelSpec(
                m.Organisation,
                ("name", "short_name", "kind", "description"),
                names=(
                    QT_TRANSLATE_NOOP("Record", "organisation"),
                    QT_TRANSLATE_NOOP("Record", "Organisations"),
                ),
            ),
        ),
        ListSpec(
            "persons",
            ("name", "title", "organisation"),
            PanelSpec(
                m.Person,
                ("name", "title", "organisation", "phone", "email"),
                names=(
                    QT_TRANSLATE_NOOP("Record", "person"),
                    QT_TRANSLATE_NOOP("Record", "People"),
                ),
            ),
        ),
    ),
    names=(
        QT_TRANSLATE_NOOP("Record", "municipality"),
        QT_TRANSLATE_NOOP("Record", "Municipalities"),
    ),
)

# Each kind of document (model.documents), in the window's order.
DOCUMENTS: dict[DocumentKind, DocumentSpec] = {
    DocumentKind.OVERENSKOMMELSE: DocumentSpec(
        AGREEMENT,
        QT_TRANSLATE_NOOP("Code", "Collaboration agreement"),
        title=QT_TRANSLATE_NOOP("MainWindow", "Agreement"),
    ),
    DocumentKind.MOTESANTECKNINGAR: DocumentSpec(
        ENDORSEMENT,
        QT_TRANSLATE_NOOP("Code", "Excerpt from the minutes"),
        title=QT_TRANSLATE_NOOP("MainWindow", "Council's endorsement"),
    ),
    DocumentKind.LAGESBILD: DocumentSpec(
        SITUATION,
        QT_TRANSLATE_NOOP("Code", "Joint situation picture"),
        QT_TRANSLATE_NOOP("Readiness", "The joint situation picture is missing."),
    ),
    DocumentKind.HANDLINGSPLAN: DocumentSpec(
        PLAN,
        QT_TRANSLATE_NOOP("Code", "Action plan"),
        QT_TRANSLATE_NOOP("Readiness", "The action plan is missing."),
        details=(FOCUS_AREA, MEASURE),
    ),
    DocumentKind.MEDBORGARLOFTEN: DocumentSpec(
        PROMISES,
        QT_TRANSLATE_NOOP("Code", "Citizen promises"),
        QT_TRANSLATE_NOOP("Readiness", "The citizen promises are missing."),
    ),
    DocumentKind.UTVARDERING: DocumentSpec(
        EVALUATION, QT_TRANSLATE_NOOP("Code", "Evaluation of the previous plan")
    ),
    DocumentKind.TJANSTEUTLATANDE: DocumentSpec(
        REPORT,
        QT_TRANSLATE_NOOP("Code", "Official report"),
        QT_TRANSLATE_NOOP("Readiness", "The official report is missing."),
    ),
}

# Every panel the window shows, with the detail panels of their lists.
PANELS: tuple[PanelSpec, ...] = tuple(
    panel
    for spec in (
        PERIOD,
        *(part for document in DOCUMENTS.values() for part in (document.panel, *document.details)),
        MUNICIPALITY,
    )
    for panel in panels_within(spec)
)
