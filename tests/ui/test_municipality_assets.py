"""The municipality's template in the window: the check when it is chosen names every external
reference it takes out, and the warnings stay in view for a stored template – also one that
came with an exchange file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bfa_desktop import model
from bfa_desktop.crash import NO_DIALOGS_ENV
from bfa_desktop.documents import template
from bfa_desktop.documents.template import check_template
from bfa_desktop.ui.municipality_assets import MunicipalityAssets
from bfa_desktop.ui.workspace import Workspace
from tests.documents.corpus import skogsby
from tests.documents.font_samples import corporate_font
from tests.documents.hostile_templates import HOSTILITIES, hostile_template
from tests.ui.driving import LEFT, show


@pytest.fixture(autouse=True)
def _fresh_template_checks() -> None:
    template.forget_checked_templates()


@pytest.fixture
def assets(qtbot: QtBot, workspace: Workspace) -> MunicipalityAssets:
    def keys(session: Any) -> tuple[str, str]:
        municipality = session.scalars(select(model.Municipality)).one()
        return municipality.uuid, municipality.periods[-1].uuid

    workspace.choose(*workspace.read(keys))
    widget = MunicipalityAssets(workspace)
    show(qtbot, widget)
    return widget


def button(widget: MunicipalityAssets, text: str) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, text
    return found[0]


def warnings_label(widget: MunicipalityAssets) -> QLabel:
    label = widget.findChild(QLabel, "template-warnings")
    assert label is not None
    return label


def assert_names_every_reference(text: str) -> None:
    missing = [h.name for h in HOSTILITIES if h.named not in text]
    assert not missing, missing


def stored_template(workspace: Workspace) -> bytes | None:
    return workspace.read(lambda s: s.scalars(select(model.Municipality)).one().template)


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_choosing_a_template_with_external_references_asks_naming_each(
    answer: str,
    qtbot: QtBot,
    assets: MunicipalityAssets,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace = assets.workspace
    path = hostile_template(tmp_path / "kommunens mall.docx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    monkeypatch.delenv(NO_DIALOGS_ENV)
    asked: list[str] = []

    def question(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(button(assets, "Choose template…"), LEFT)
    (text,) = asked
    assert_names_every_reference(text)
    if answer == "Yes":
        assert stored_template(workspace) == path.read_bytes()
        assert assets.template_label.text() == path.name
        assert warnings_label(assets).isVisible()
        assert_names_every_reference(warnings_label(assets).text())
    else:
        assert stored_template(workspace) is None
        assert not warnings_label(assets).isVisible()


def test_a_stored_template_from_an_exchange_file_shows_its_warnings(
    qtbot: QtBot, assets: MunicipalityAssets, workspace: Workspace, tmp_path: Path
) -> None:
    """An import writes the template straight into the database: the window shows what the
    check takes out of it as soon as it shows the template."""
    assert not warnings_label(assets).isVisible()
    data = hostile_template(tmp_path / "importerad.docx").read_bytes()

    def store(session: Any) -> None:
        municipality = session.scalars(select(model.Municipality)).one()
        municipality.template, municipality.template_name = data, "importerad.docx"

    with workspace.database.session() as session:
        store(session)
    workspace.changed.emit(None)
    label = warnings_label(assets)
    assert label.isVisible()
    assert_names_every_reference(label.text())
    qtbot.mouseClick(button(assets, "Use the standard template"), LEFT)
    assert not label.isVisible()


def fonts_label(widget: MunicipalityAssets) -> QLabel:
    label = widget.findChild(QLabel, "template-fonts")
    assert label is not None
    return label


def test_font_files_are_checked_and_embedded_in_the_stored_template_undoably(
    qtbot: QtBot, assets: MunicipalityAssets, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = assets.workspace
    add = button(assets, "Add fonts…")
    assert not add.isEnabled(), "the standard template needs no fonts of its own"
    own = skogsby(tmp_path / "skogsby.docx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(own), ""))
    qtbot.mouseClick(button(assets, "Choose template…"), LEFT)
    assert "Skogsby Sans" in warnings_label(assets).text()
    assert fonts_label(assets).text() == "None of the template's own"
    regular, bold = tmp_path / "SkogsbySans.ttf", tmp_path / "SkogsbySans-Bold.otf"
    regular.write_bytes(corporate_font())
    bold.write_bytes(corporate_font(bold=True, postscript=True))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *args: ([str(regular), str(bold)], "")
    )
    qtbot.mouseClick(add, LEFT)
    assert fonts_label(assets).text() == "Skogsby Sans"
    assert "Skogsby Sans" not in warnings_label(assets).text()
    stored = stored_template(workspace)
    assert stored is not None
    assert check_template(template.StoredTemplate("skogsby.docx", stored)).substituted_fonts == []
    workspace.undo_stack.undo()
    assert fonts_label(assets).text() == "None of the template's own"
    assert stored_template(workspace) == own.read_bytes()


def test_a_file_that_is_no_usable_font_is_refused_and_nothing_changes(
    qtbot: QtBot, assets: MunicipalityAssets, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = assets.workspace
    own = skogsby(tmp_path / "skogsby.docx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(own), ""))
    qtbot.mouseClick(button(assets, "Choose template…"), LEFT)
    fake, restricted = tmp_path / "bild.ttf", tmp_path / "licens.ttf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    restricted.write_bytes(corporate_font(fs_type=0x0002))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *args: ([str(fake), str(restricted)], "")
    )
    messages: list[str] = []
    workspace.failed.connect(messages.append)
    qtbot.mouseClick(button(assets, "Add fonts…"), LEFT)
    (message,) = messages
    assert "bild.ttf är inte en typsnittsfil" in message
    assert "Licensen för Skogsby Sans" in message
    assert stored_template(workspace) == own.read_bytes()
