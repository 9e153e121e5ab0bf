"""The municipality IT presets: created once with its unit, template and logo; a template or
logo that fails its check is not stored; a copy stands in for an unreachable share."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bfa_desktop.documents.default_template import logo_placeholder_png
from bfa_desktop.documents.template import default_template_path
from bfa_desktop.machine_settings import MachineSettings
from bfa_desktop.model import Municipality
from bfa_desktop.model.enums import OrganisationKind
from bfa_desktop.services.machine_preset import MAX_ASSET_BYTES, apply_machine_preset


@pytest.fixture
def share(tmp_path: Path) -> Path:
    """A network share with the municipality's template and logo."""
    folder = tmp_path / "server" / "mallar"
    folder.mkdir(parents=True)
    (folder / "Täby mall.docx").write_bytes(default_template_path().read_bytes())
    (folder / "logo.png").write_bytes(logo_placeholder_png())
    return folder


@pytest.fixture
def local(tmp_path: Path) -> Path:
    return tmp_path / "home" / "data" / "bfa-desktop" / "machine"


def preset(share: Path, **values: str) -> MachineSettings:
    return MachineSettings(
        {"municipality": "Täby kommun"},
        {
            "unit": "Kommunledningskontoret",
            "template": str(share / "Täby mall.docx"),
            "logo": str(share / "logo.png"),
            **values,
        },
    )


def municipalities(session: Session) -> list[Municipality]:
    return list(session.scalars(select(Municipality).order_by(Municipality.id)))


def test_the_preset_municipality_is_created_with_unit_template_and_logo(
    session: Session, share: Path, local: Path
) -> None:
    key = apply_machine_preset(session, preset(share), local)
    (created,) = municipalities(session)
    assert created.uuid == key
    assert (created.name, created.short_name, created.default_unit) == (
        "Täby kommun",
        "Täby",
        "Kommunledningskontoret",
    )
    assert [(o.name, o.kind) for o in created.organisations] == [
        ("Täby kommun", OrganisationKind.KOMMUN)
    ]
    assert created.template == default_template_path().read_bytes()
    assert created.template_name == "Täby mall.docx"
    assert (created.logo, created.logo_name) == (logo_placeholder_png(), "logo.png")


def test_it_is_created_once(session: Session, share: Path, local: Path) -> None:
    assert apply_machine_preset(session, preset(share), local)
    created = municipalities(session)[0]
    created.name = "TÄBY KOMMUN "  # the same name, written otherwise
    assert apply_machine_preset(session, preset(share), local) is None
    assert len(municipalities(session)) == 1


def test_an_example_municipality_of_the_same_name_does_not_count(
    session: Session, share: Path, local: Path
) -> None:
    session.add(Municipality(name="Täby kommun", is_example=True))
    assert apply_machine_preset(session, preset(share), local)
    assert [m.is_example for m in municipalities(session)] == [True, False]


def test_nothing_without_a_municipality(session: Session, share: Path, local: Path) -> None:
    machine = MachineSettings({}, {"template": str(share / "Täby mall.docx"), "unit": "KLK"})
    assert apply_machine_preset(session, machine, local) is None
    assert municipalities(session) == []
    assert not local.exists()  # nothing fetched either


def test_a_bad_template_is_not_stored_and_the_reason_logged(
    session: Session, share: Path, local: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (share / "trasig.docx").write_bytes(b"Detta ar ingen Word-fil.")
    apply_machine_preset(session, preset(share, template=str(share / "trasig.docx")), local)
    (created,) = municipalities(session)
    assert (created.template, created.template_name) == (None, "")
    assert created.logo == logo_placeholder_png()  # the logo is still good
    assert "trasig.docx är inte ett Word-dokument" in caplog.text


def test_a_bad_logo_is_not_stored_and_the_reason_logged(
    session: Session, share: Path, local: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (share / "logo.png").write_bytes(b"ingen bild")
    apply_machine_preset(session, preset(share), local)
    (created,) = municipalities(session)
    assert (created.logo, created.logo_name) == (None, "")
    assert created.template is not None
    assert "kan inte användas som logotyp" in caplog.text


def test_missing_files_leave_the_standard_template(
    session: Session, tmp_path: Path, local: Path, caplog: pytest.LogCaptureFixture
) -> None:
    apply_machine_preset(session, preset(tmp_path / "saknas"), local)
    (created,) = municipalities(session)
    assert (created.template, created.logo) == (None, None)
    assert "ingen lokal kopia" in caplog.text


def test_a_template_over_the_limit_is_refused(
    session: Session, share: Path, local: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (share / "stor.docx").write_bytes(b"\0" * (MAX_ASSET_BYTES + 1))
    apply_machine_preset(session, preset(share, template=str(share / "stor.docx")), local)
    assert municipalities(session)[0].template is None
    assert "för stor" in caplog.text


def test_the_local_copy_stands_in_when_the_share_is_out_of_reach(
    session: Session, share: Path, local: Path, caplog: pytest.LogCaptureFixture
) -> None:
    apply_machine_preset(session, preset(share), local)  # online: copies made
    session.delete(municipalities(session)[0])  # for instance a new, empty database
    session.flush()
    for source in share.iterdir():
        source.unlink()  # offline
    caplog.set_level(logging.INFO)
    apply_machine_preset(session, preset(share), local)
    (created,) = municipalities(session)
    assert created.template == default_template_path().read_bytes()
    assert created.logo == logo_placeholder_png()
    assert "senaste lokala kopian" in caplog.text
