"""What all documents share: the case's dnr, the law's names, the years a document is about,
the internal edition's marking in its metadata, and no label without a value."""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from datetime import date

import pytest
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.documents.compose import BUILDERS, build, has_document
from bfa_desktop.documents.compose.common import INTERNAL_NOTICE
from bfa_desktop.documents.tree import Block, Document, ListBlock, Paragraph, Table
from bfa_desktop.model import (
    ActionPlan,
    BoardDecision,
    CitizenPromises,
    Evaluation,
    FocusArea,
    Period,
    PrioritisedProblem,
    SituationPicture,
)
from bfa_desktop.model.catalog import node
from bfa_desktop.model.enums import DecisionSubject, DocumentKind, LegalBasis
from tests.documents.helpers import headings
from tests.factories import random_municipality

DNR = "KS 2020/0359"


def paragraphs(blocks: Iterable[Block]) -> Iterator[Paragraph]:
    """Every paragraph: in the body, in lists and in table cells."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield from paragraphs(item)
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row:
                    yield from cell.paragraphs


def empty_labels(document: Document) -> list[str]:
    """ "Label: " lines (a bold label, then nothing but blanks)."""
    return [
        paragraph.text
        for paragraph in paragraphs(document.blocks)
        if len(paragraph.spans) == 2
        and paragraph.spans[0].bold
        and paragraph.spans[0].text.endswith(": ")
        and not paragraph.spans[1].text.strip()
    ]


def law_period(session: Session, period: Period) -> Period:
    """The bare period made a 2023–2026 period under the law."""
    period.start_date, period.end_date = date(2023, 1, 1), date(2026, 12, 31)
    period.legal_basis = LegalBasis.LAG_2023_196
    session.flush()
    return period


# --- the case's diarienummer -------------------------------------------------------------------


def test_every_document_of_the_case_carries_its_dnr(demo: Period) -> None:
    """Also those without a dnr of their own (promises, minutes, evaluation), and the lägesbild
    and the agreement when theirs is empty."""
    assert demo.situation_picture is not None and demo.agreement is not None
    demo.situation_picture.dnr = demo.agreement.dnr = ""
    for kind in BUILDERS:
        assert build(demo, kind).info.dnr == DNR, kind
    lines = [p.text for p in paragraphs(build(demo, DocumentKind.LAGESBILD).blocks)]
    assert f"Dnr: {DNR}" in lines


def test_a_dnr_of_the_documents_own_is_kept(demo: Period) -> None:
    assert demo.situation_picture is not None
    demo.situation_picture.dnr = "KS 2020/0200"
    assert build(demo, DocumentKind.LAGESBILD).info.dnr == "KS 2020/0200"
    assert build(demo, DocumentKind.MEDBORGARLOFTEN).info.dnr == DNR


def test_without_a_report_the_adopting_decision_names_the_case(
    session: Session, period: Period
) -> None:
    period.decisions = [
        BoardDecision(subject=DecisionSubject.OVERENSKOMMELSE, dnr="KS 2022/10"),
        BoardDecision(subject=DecisionSubject.ANTAGANDE, dnr="KS 2022/11"),
    ]
    period.citizen_promises = CitizenPromises(title="Löften")
    session.flush()
    assert build(period, DocumentKind.MEDBORGARLOFTEN).info.dnr == "KS 2022/11"


def test_no_dnr_anywhere_leaves_it_empty(session: Session, period: Period) -> None:
    period.citizen_promises = CitizenPromises(title="Löften")
    session.flush()
    assert build(period, DocumentKind.MEDBORGARLOFTEN).info.dnr == ""


# --- no label without its value ------------------------------------------------------------------


def blank_period() -> Period:
    """A generated period with every document, every text field of it blank."""
    for seed in range(1_000):
        municipality = random_municipality(random.Random(seed), max_children=2)
        for period in municipality.periods:
            if all(has_document(period, kind) for kind in BUILDERS):
                blank(municipality)
                return period
    raise AssertionError("no generated period has every document")


def blank(record: model.Base) -> None:
    spec = node(type(record))
    for field in spec.fields:
        if field.kind is str and field.name != "uuid":
            setattr(record, field.name, " ")
    for child in spec.children:
        value = getattr(record, child.name)
        for item in value if child.many else [value] if value is not None else []:
            blank(item)


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_no_label_is_printed_without_a_value(kind: DocumentKind) -> None:
    document = build(blank_period(), kind, public=False)
    assert empty_labels(document) == []
    assert document.info.title.strip()  # an empty title gets the default one


def test_a_linked_problem_without_a_title_is_not_a_bare_label(
    session: Session, period: Period
) -> None:
    picture = SituationPicture(title="Lägesbild", year=2022)
    problem = PrioritisedProblem(title="")
    picture.problems.append(problem)
    period.situation_picture = picture
    period.action_plan = ActionPlan(
        title="Plan", focus_areas=[FocusArea(title="Område", problems=[problem])]
    )
    session.flush()
    assert empty_labels(build(period, DocumentKind.HANDLINGSPLAN)) == []


# --- the law's names ----------------------------------------------------------------------------


def test_the_seeds_plan_is_a_voluntary_handlingsplan(demo: Period) -> None:
    info = build(demo, DocumentKind.HANDLINGSPLAN).info
    assert demo.legal_basis == LegalBasis.FRIVILLIG
    assert (info.document_type, info.subject) == ("Handlingsplan", "Handlingsplan 2021–2022")
    evaluation = build(demo, DocumentKind.UTVARDERING)
    assert evaluation.info.document_type == "Utvärdering av tidigare handlingsplan"
    assert "Lärdomar inför nästa handlingsplan" in headings(evaluation)


def test_under_the_law_the_plan_is_an_atgardsplan(session: Session, period: Period) -> None:
    law_period(session, period)
    period.action_plan = ActionPlan(title="")
    session.flush()
    info = build(period, DocumentKind.HANDLINGSPLAN).info
    assert info.document_type == "Åtgärdsplan"
    assert info.title == "Åtgärdsplan 2023–2026"
    assert info.subject == "Åtgärdsplan 2023–2026"
    lines = [p.text for p in paragraphs(build(period, DocumentKind.HANDLINGSPLAN).blocks)]
    assert (
        "Rättslig grund: Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete" in lines
    )


def test_the_evaluation_names_the_plan_it_evaluates_and_the_next(
    session: Session, period: Period
) -> None:
    """A 2023–2026 plan under the law evaluated in the next period: an åtgärdsplan on both
    sides; a voluntary plan evaluated by a period under the law: the handlingsplan it was."""
    law_period(session, period)
    municipality = period.municipality
    later = Period(
        start_date=date(2027, 1, 1),
        end_date=date(2030, 12, 31),
        legal_basis=LegalBasis.LAG_2023_196,
    )
    municipality.periods.append(later)
    later.evaluation = Evaluation(title="", evaluated_period=period, lessons="Lärdom.")
    session.flush()
    document = build(later, DocumentKind.UTVARDERING)
    assert document.info.document_type == "Utvärdering av tidigare åtgärdsplan"
    assert document.info.title == "Utvärdering av tidigare åtgärdsplan 2023–2026"
    assert document.info.period == "2023–2026"  # the years it evaluates
    assert "Lärdomar inför nästa åtgärdsplan" in headings(document)

    period.start_date, period.end_date = date(2021, 1, 1), date(2022, 12, 31)
    period.legal_basis = LegalBasis.FRIVILLIG
    session.flush()
    document = build(later, DocumentKind.UTVARDERING)
    assert document.info.title == "Utvärdering av tidigare handlingsplan 2021–2022"
    assert "Lärdomar inför nästa åtgärdsplan" in headings(document)


# --- the years and the edition ------------------------------------------------------------------


def test_the_lagesbild_is_of_its_year_the_evaluation_of_the_period_it_evaluates(
    demo: Period,
) -> None:
    assert build(demo, DocumentKind.LAGESBILD).info.period == "2020"
    assert build(demo, DocumentKind.UTVARDERING).info.period == "2019–2020"
    assert build(demo, DocumentKind.UTVARDERING).info.subject == (
        "Utvärdering av tidigare handlingsplan 2019–2020"
    )
    assert build(demo, DocumentKind.HANDLINGSPLAN).info.period == "2021–2022"


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_the_internal_edition_says_so_in_its_title_and_subject(
    demo: Period, kind: DocumentKind
) -> None:
    public, internal = build(demo, kind).info, build(demo, kind, public=False).info
    assert "INTERN" not in f"{public.title} {public.subject}"
    assert internal.title == f"{public.title} (INTERN)"
    assert internal.subject == f"{INTERNAL_NOTICE}. {public.subject}"
    assert INTERNAL_NOTICE == "INTERN – innehåller uppgifter som inte ska publiceras"
