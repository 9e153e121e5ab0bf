"""The documents of a period, declared once in model.documents: every kind, what it is built
from, its builder, and how it is named."""

from __future__ import annotations

from datetime import date

from bfa_desktop import model
from bfa_desktop.documents.compose import BUILDERS
from bfa_desktop.model.catalog import node
from bfa_desktop.model.documents import DOCUMENT_TYPES, document_type
from bfa_desktop.model.enums import DocumentKind, LegalBasis


def test_every_kind_of_document_is_declared_once() -> None:
    assert sorted(d.kind for d in DOCUMENT_TYPES) == sorted(DocumentKind)
    assert len({d.relation for d in DOCUMENT_TYPES}) == len(DOCUMENT_TYPES)


def test_each_is_built_from_a_record_the_period_owns() -> None:
    owned = {child.name: child for child in node(model.Period).children}
    for declared in DOCUMENT_TYPES:
        assert not owned[declared.relation].many
        assert declared.record_class is owned[declared.relation].target
    assert document_type(DocumentKind.HANDLINGSPLAN).record_class is model.ActionPlan


def test_the_builders_follow_the_declaration() -> None:
    assert list(BUILDERS) == [d.kind for d in DOCUMENT_TYPES]
    assert BUILDERS[DocumentKind.HANDLINGSPLAN].__module__.endswith(".compose.plan")


def test_documents_a_period_needs_are_named_by_the_readiness_code() -> None:
    required = {d.missing_code for d in DOCUMENT_TYPES if d.required}
    assert required == {
        "no-situation-picture",
        "no-action-plan",
        "no-citizen-promises",
        "no-official-report",
    }


def test_names_and_years_follow_the_period() -> None:
    earlier = model.Period(
        start_date=date(2021, 1, 1), end_date=date(2022, 12, 31), legal_basis=LegalBasis.FRIVILLIG
    )
    period = model.Period(
        start_date=date(2023, 1, 1),
        end_date=date(2024, 12, 31),
        legal_basis=LegalBasis.LAG_2023_196,
    )
    period.situation_picture = model.SituationPicture(year=2022)
    period.evaluation = model.Evaluation(evaluated_period=earlier)
    period.endorsement = model.CouncilEndorsement(meeting_date=date(2023, 3, 1))
    plan = document_type(DocumentKind.HANDLINGSPLAN)
    assert plan.name(period) == "Åtgärdsplan"
    assert plan.name(earlier) == "Handlingsplan"
    assert plan.file_stem(period) == "Åtgärdsplan 2023–2024"
    assert (
        document_type(DocumentKind.LAGESBILD).file_stem(period) == "Gemensam lokal lägesbild 2022"
    )
    evaluation = document_type(DocumentKind.UTVARDERING)
    assert evaluation.default_title(period) == "Utvärdering av tidigare handlingsplan 2021–2022"
    minutes = document_type(DocumentKind.MOTESANTECKNINGAR)
    assert minutes.file_stem(period) == "Utdrag ur mötesanteckningar 2023-03-01"
    assert minutes.default_title(period) == "Utdrag ur mötesanteckningar 2023–2024"
    report = document_type(DocumentKind.TJANSTEUTLATANDE)
    assert report.default_title(period) == "Antagande av åtgärdsplan och medborgarlöften 2023–2024"
