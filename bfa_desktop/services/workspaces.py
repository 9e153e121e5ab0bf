"""Creating municipalities and periods: what a new user starts with."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.enums import OrganisationKind, PartyRole
from bfa_desktop.model.period import legal_basis_for
from bfa_desktop.services.editing import EditError
from bfa_desktop.services.lookup import find


def create_municipality(session: Session, name: str, police_area: str = "") -> str:
    """A municipality with itself (and its local police area) as organisations."""
    name = name.strip()
    if not name:
        raise EditError("Kommunen behöver ett namn.")
    municipality = model.Municipality(name=name, short_name=name.removesuffix(" kommun"))
    municipality.organisations.append(model.Organisation(name=name, kind=OrganisationKind.KOMMUN))
    if police_area.strip():
        municipality.organisations.append(
            model.Organisation(name=police_area.strip(), kind=OrganisationKind.LOKALPOLISOMRADE)
        )
    session.add(municipality)
    session.flush()
    return municipality.uuid


def create_period(session: Session, municipality_key: str, first_year: int, last_year: int) -> str:
    """A period of whole years with the legal basis that applies (the law's, when the period
    runs on or after 2023-07-01), following the latest period, with the municipality and its
    police area as parties."""
    if not 1900 < first_year <= last_year < 2200:
        raise EditError("Ange periodens första och sista år, till exempel 2025 och 2026.")
    municipality = find(session, model.Municipality, municipality_key)
    end = date(last_year, 12, 31)
    period = model.Period(
        start_date=date(first_year, 1, 1),
        end_date=end,
        legal_basis=legal_basis_for(end),
        previous_period=municipality.periods[-1] if municipality.periods else None,
    )
    roles = {
        OrganisationKind.KOMMUN: PartyRole.KOMMUN,
        OrganisationKind.LOKALPOLISOMRADE: PartyRole.POLIS,
    }
    period.parties = [
        model.PeriodParty(organisation=organisation, role=roles[organisation.kind])
        for organisation in municipality.organisations
        if organisation.kind in roles
    ]
    municipality.periods.append(period)
    session.flush()
    return period.uuid
