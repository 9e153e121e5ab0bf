"""The municipality IT names in the machine settings, created when the database lacks it – with
its unit, Word template and logo – so the user starts on it instead of an empty database."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.documents.template import (
    MAX_TEMPLATE_BYTES,
    StoredTemplate,
    TemplateError,
    check_logo,
    check_template,
)
from bfa_desktop.machine_settings import (
    LOGO,
    MUNICIPALITY,
    TEMPLATE,
    UNIT,
    Asset,
    MachineKey,
    MachineSettings,
    asset_folder,
    fetch_asset,
)
from bfa_desktop.model.catalog import MAX_BINARY_BYTES
from bfa_desktop.services.editing import EditError
from bfa_desktop.services.lookup import find
from bfa_desktop.services.workspaces import create_municipality

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

# The template check's limit, and what a municipality's file may hold to travel in an exchange file.
MAX_ASSET_BYTES = min(MAX_TEMPLATE_BYTES, MAX_BINARY_BYTES)


def apply_machine_preset(
    session: Session, machine: MachineSettings, folder: Path | None = None
) -> str | None:
    """Create the preset municipality unless one of that name exists (example data aside); the
    new municipality's key, or None. `folder` keeps the local copies of template and logo."""
    name = machine.get(MUNICIPALITY)
    if not name or _exists(session, name):
        return None
    try:
        key = create_municipality(session, name)
    except EditError as error:
        log.warning("Den förinställda kommunen %r kunde inte skapas: %s", name, error)
        return None
    municipality = find(session, model.Municipality, key)
    municipality.default_unit = machine.get(UNIT) or ""
    folder = folder or asset_folder()
    template = _asset(machine, TEMPLATE, folder)
    if template and _usable_template(template):
        municipality.template, municipality.template_name = template.data, template.name
    logo = _asset(machine, LOGO, folder)
    if logo and _usable_logo(logo):
        municipality.logo, municipality.logo_name = logo.data, logo.name
    session.flush()
    log.info("Den förinställda kommunen %s skapades.", name)
    return key


def _exists(session: Session, name: str) -> bool:
    names = session.scalars(
        select(model.Municipality.name).where(model.Municipality.is_example.is_(False))
    )
    return any(existing.strip().casefold() == name.casefold() for existing in names)


def _asset(machine: MachineSettings, key: MachineKey, folder: Path) -> Asset | None:
    source = machine.get(key)
    return fetch_asset(key, source, folder, MAX_ASSET_BYTES) if source else None


def _usable_template(template: Asset) -> bool:
    try:
        report = check_template(StoredTemplate(template.name, template.data))
    except TemplateError as error:
        log.warning("Den förinställda mallen används inte: %s", error)
        return False
    for warning in report.warnings:  # IT chose the template; the user is not asked
        log.info("Den förinställda mallen %s: %s", template.name, warning)
    return True


def _usable_logo(logo: Asset) -> bool:
    try:
        check_logo(logo.name, logo.data)
    except TemplateError as error:
        log.warning("Den förinställda logotypen används inte: %s", error)
        return False
    return True
