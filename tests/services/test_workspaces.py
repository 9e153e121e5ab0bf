"""New municipalities and periods: a period gets the legal basis of its dates."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from bfa_desktop.model import BoardDecision, Period
from bfa_desktop.model.enums import DecidingBody, DecisionSubject, LegalBasis
from bfa_desktop.services.choices import describe
from bfa_desktop.services.lookup import find
from bfa_desktop.services.workspaces import create_municipality, create_period


@pytest.mark.parametrize(
    ("first", "last", "basis"),
    [
        (2021, 2022, LegalBasis.FRIVILLIG),
        (2022, 2023, LegalBasis.LAG_2023_196),  # begun before the law, runs after it
        (2023, 2026, LegalBasis.LAG_2023_196),  # a mandate period from January 2023
        (2025, 2026, LegalBasis.LAG_2023_196),
    ],
)
def test_a_period_running_after_the_law_came_into_force_is_under_it(
    session: Session, first: int, last: int, basis: LegalBasis
) -> None:
    municipality = create_municipality(session, "Provkommun", "Lokalpolisområde Prov")
    period = find(session, Period, create_period(session, municipality, first, last))
    assert isinstance(period, Period)
    assert period.legal_basis == basis
    assert period.under_law is (basis == LegalBasis.LAG_2023_196)
    # Kommunstyrelsen decides until the user says otherwise.
    assert period.deciding_body == DecidingBody.KOMMUNSTYRELSEN
    assert period.decided_by == "Kommunstyrelsen"


def test_a_decision_without_a_body_of_its_own_is_the_deciding_bodys(session: Session) -> None:
    """So a new decision of a period where Kommunfullmäktige decides is listed as its."""
    municipality = create_municipality(session, "Provkommun")
    period = find(session, Period, create_period(session, municipality, 2025, 2026))
    assert isinstance(period, Period)
    period.deciding_body = DecidingBody.KOMMUNFULLMAKTIGE
    decision = BoardDecision(subject=DecisionSubject.ANTAGANDE, paragraph="§ 12")
    period.decisions.append(decision)
    session.flush()
    assert decision.body == ""
    assert (
        describe(decision)
        == "Kommunfullmäktige § 12 Antagande av handlingsplan och medborgarlöften"
    )
    decision.body = "Kommunstyrelsens arbetsutskott"
    assert describe(decision).startswith("Kommunstyrelsens arbetsutskott § 12")
