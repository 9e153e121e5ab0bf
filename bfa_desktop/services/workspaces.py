"""Creating municipalities and periods: what a new user starts with."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.enums import LegalBasis, OrganisationKind, PartyRole
from bfa_desktop.services.editing import EditError, find

LAW_IN_FORCE = date(2023, 7, 1)  # Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete


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


def legal_basis_for(start: date) -> LegalBasis:
    return LegalBasis.LAG_2023_196 if start >= LAW_IN_FORCE else LegalBasis.FRIVILLIG


def create_period(session: Session, municipality_key: str, first_year: int, last_year: int) -> str:
    """A period of whole years with the legal basis that applies, following the latest period,
    with the municipality and its police area as parties."""
    if not 1900 < first_year <= last_year < 2200:
        raise EditError("Ange periodens första och sista år, till exempel 2025 och 2026.")
    municipality = find(session, model.Municipality, municipality_key)
    start = date(first_year, 1, 1)
    period = model.Period(
        start_date=start,
        end_date=date(last_year, 12, 31),
        legal_basis=legal_basis_for(start),
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
