"""New municipalities and periods: a period gets the legal basis of its dates."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from bfa_desktop.model import Period
from bfa_desktop.model.enums import DecidingBody, LegalBasis
from bfa_desktop.services.editing import find
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
