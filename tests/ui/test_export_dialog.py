"""Exporting through the dialog: choose a folder, documents and formats, export in a worker
thread while the window stays responsive, cancel, and refused targets."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bfa_desktop import model
from bfa_desktop.crash import NO_DIALOGS_ENV
from bfa_desktop.documents.template import default_template_path
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.services.export import ExportFormat, file_name
from bfa_desktop.settings import EXPORT_FOLDER, EXPORT_PDF, EXPORT_WORD, UserSettings
from bfa_desktop.ui import translations
from bfa_desktop.ui.export_dialog import ExportDialog
from bfa_desktop.ui.workspace import Workspace
from tests.ui.driving import LEFT, click_check, replace_text, show

ALL_KINDS = list(DocumentKind)
FAST = [DocumentKind.TJANSTEUTLATANDE, DocumentKind.OVERENSKOMMELSE]  # the quickest to render
EXPORT_TIMEOUT_MS = 120_000


def choose_period(workspace: Workspace, latest: bool = True) -> None:
    def keys(session: Any) -> tuple[str, str]:
        municipality = session.scalars(select(model.Municipality)).one()
        period = municipality.periods[-1 if latest else 0]
        return municipality.uuid, period.uuid

    workspace.choose(*workspace.read(keys))


def open_dialog(qtbot: QtBot, workspace: Workspace, settings: UserSettings) -> ExportDialog:
    dialog = ExportDialog(workspace, settings)
    show(qtbot, dialog)
    return dialog


@pytest.fixture
def dialog(qtbot: QtBot, workspace: Workspace, settings: UserSettings) -> Iterator[ExportDialog]:
    choose_period(workspace)
    shown = open_dialog(qtbot, workspace, settings)
    yield shown
    # A test that failed during an export leaves no thread running behind it.
    if shown.running() and shown.worker is not None:
        shown.worker.cancel()
        qtbot.waitUntil(lambda: not shown.running(), timeout=EXPORT_TIMEOUT_MS)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    chosen = tmp_path / "export"
    chosen.mkdir()
    return chosen


def choose_button(dialog: ExportDialog, beside: QWidget) -> QPushButton:
    row = beside.parentWidget()
    assert row is not None
    button = row.findChild(QPushButton)
    assert button is not None
    return button


def choose_folder(
    qtbot: QtBot, dialog: ExportDialog, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[Any, ...]]:
    """Click the folder's Choose… button; the file dialog answers `folder`."""
    asked: list[tuple[Any, ...]] = []

    def answer(*args: Any) -> str:
        asked.append(args)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", answer)
    qtbot.mouseClick(choose_button(dialog, dialog.folder), LEFT)
    assert dialog.folder.text() == str(folder)
    return asked


def tick_only(qtbot: QtBot, dialog: ExportDialog, kinds: list[DocumentKind]) -> None:
    for kind, box in dialog.document_boxes.items():
        assert dialog.findChild(QCheckBox, f"document-{kind.value}") is box
        if box.isChecked() != (kind in kinds):
            click_check(qtbot, box)
        assert box.isChecked() == (kind in kinds), kind


def set_box(qtbot: QtBot, box: QCheckBox, checked: bool) -> None:
    if box.isChecked() != checked:
        click_check(qtbot, box)
    assert box.isChecked() == checked


def export(qtbot: QtBot, dialog: ExportDialog) -> None:
    """Click Export and wait for the worker to finish (the dialog then closes)."""
    with qtbot.waitSignal(dialog.accepted, timeout=EXPORT_TIMEOUT_MS):
        qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.running())


def names_of(
    workspace: Workspace, kinds: list[DocumentKind], formats: list[ExportFormat]
) -> list[str]:
    """The file names of the chosen period's documents, in the export's order."""

    def names(session: Any) -> list[str]:
        period = session.scalars(
            select(model.Period).where(model.Period.uuid == workspace.period_key)
        ).one()
        return [
            file_name(period, kind, export_format)
            for kind in ALL_KINDS
            if kind in kinds
            for export_format in formats
        ]

    return workspace.read(names)


def expected_names(workspace: Workspace, kinds: list[DocumentKind]) -> list[str]:
    return names_of(workspace, kinds, [ExportFormat.DOCX, ExportFormat.PDF])


def assert_whole(path: Path) -> None:
    """The file opens as what its name says."""
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        assert any(paragraph.text.strip() for paragraph in document.paragraphs), path
    else:
        reader = PdfReader(path)
        assert len(reader.pages) >= 1, path
        assert reader.pages[0].extract_text().strip(), path


def test_export_writes_the_chosen_documents_while_the_window_stays_responsive(
    qtbot: QtBot, dialog: ExportDialog, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, workspace = dialog.settings, dialog.workspace
    # Every document of 2021–2022 is there, and ticked to begin with.
    assert all(box.isEnabled() and box.isChecked() for box in dialog.document_boxes.values())
    asked = choose_folder(qtbot, dialog, folder, monkeypatch)
    assert asked[0][0] is dialog  # the file dialog belongs to the export dialog
    tick_only(qtbot, dialog, FAST)
    assert dialog.word.isChecked()
    assert dialog.pdf.isChecked()

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    export(qtbot, dialog)
    finished = time.monotonic()
    timer.stop()

    names = expected_names(workspace, FAST)
    assert sorted(path.name for path in folder.iterdir()) == sorted(names)  # nothing else
    assert [Path(path).name for path in dialog.files] == names
    for name in names:
        assert_whole(folder / name)
    report = docx.Document(str(folder / names[0]))
    assert "Tjänsteutlåtande" in "\n".join(p.text for p in report.paragraphs)
    # The event loop ran all along: the timer kept firing through the export (a blocked loop
    # would let it fire once or twice, between files at best).
    during = [tick for tick in ticks if started <= tick <= finished]
    assert len(during) >= 10
    gaps = [later - earlier for earlier, later in itertools.pairwise(during)]
    assert max(gaps) < 1.0
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.progress_text.text() == "4 file(s) written."
    # The choices are remembered for the next export.
    assert settings.get(EXPORT_FOLDER) == str(folder)
    assert settings.get(EXPORT_WORD) is True
    assert settings.get(EXPORT_PDF) is True


def test_export_in_one_format_only(
    qtbot: QtBot, dialog: ExportDialog, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, workspace = dialog.settings, dialog.workspace
    choose_folder(qtbot, dialog, folder, monkeypatch)
    tick_only(qtbot, dialog, [DocumentKind.TJANSTEUTLATANDE])
    set_box(qtbot, dialog.word, False)
    export(qtbot, dialog)
    (name,) = names_of(workspace, [DocumentKind.TJANSTEUTLATANDE], [ExportFormat.PDF])
    assert [path.name for path in folder.iterdir()] == [name]
    assert_whole(folder / name)
    assert settings.get(EXPORT_WORD) is False
    # The next dialog starts from these choices.
    again = open_dialog(qtbot, workspace, settings)
    assert not again.word.isChecked()
    assert again.pdf.isChecked()
    assert again.folder.text() == str(folder)


def test_cancel_during_an_export_stops_it_and_leaves_only_whole_files(
    qtbot: QtBot, dialog: ExportDialog, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_folder(qtbot, dialog, folder, monkeypatch)
    tick_only(qtbot, dialog, ALL_KINDS)  # 14 files, several seconds
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.running()
    assert not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=EXPORT_TIMEOUT_MS)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert dialog.isVisible()  # cancelling an export does not close the dialog
    qtbot.waitUntil(lambda: not dialog.running(), timeout=EXPORT_TIMEOUT_MS)

    assert dialog.progress_text.text() == "Cancelled. Files finished before stay as they are."
    assert dialog.export_button.isEnabled()
    assert dialog.isVisible()
    written = sorted(path.name for path in folder.iterdir())
    names = expected_names(dialog.workspace, ALL_KINDS)
    assert 1 <= len(written) < len(names)
    assert set(written) <= set(names)  # no temporary or half-written file
    for name in written:
        assert_whole(folder / name)
    # Cancel now closes the dialog.
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_folder_that_does_not_exist_is_told_in_swedish_and_nothing_is_written(
    qtbot: QtBot, dialog: ExportDialog, folder: Path
) -> None:
    missing = folder / "finns-inte"
    replace_text(qtbot, dialog.folder, str(missing))
    tick_only(qtbot, dialog, FAST)
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.running(), timeout=EXPORT_TIMEOUT_MS)
    assert dialog.progress_text.text() == f"Mappen {missing} finns inte."
    assert list(folder.iterdir()) == []
    assert dialog.export_button.isEnabled()
    assert dialog.isVisible()


def test_a_template_that_is_not_a_word_file_is_refused_before_anything_is_written(
    qtbot: QtBot,
    dialog: ExportDialog,
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    template = tmp_path / "mall.docx"
    template.write_text("inte en Word-fil", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args: (str(template), "Word templates")
    )
    choose_folder(qtbot, dialog, folder, monkeypatch)
    qtbot.mouseClick(choose_button(dialog, dialog.template), LEFT)
    assert dialog.template.text() == str(template)
    tick_only(qtbot, dialog, FAST)
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.running(), timeout=EXPORT_TIMEOUT_MS)
    assert dialog.progress_text.text().startswith("mall.docx är inte ett Word-dokument")
    assert list(folder.iterdir()) == []
    assert template.read_text(encoding="utf-8") == "inte en Word-fil"


def test_nothing_chosen_starts_no_export(
    qtbot: QtBot, dialog: ExportDialog, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_folder(qtbot, dialog, folder, monkeypatch)
    set_box(qtbot, dialog.word, False)
    set_box(qtbot, dialog.pdf, False)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.export_thread is None
    tick_only(qtbot, dialog, [])
    set_box(qtbot, dialog.pdf, True)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.export_thread is None
    assert list(folder.iterdir()) == []


def test_documents_the_period_lacks_cannot_be_chosen(
    qtbot: QtBot, workspace: Workspace, settings: UserSettings
) -> None:
    choose_period(workspace, latest=False)  # 2019–2020 has only its action plan
    dialog = open_dialog(qtbot, workspace, settings)
    for kind, box in dialog.document_boxes.items():
        has_it = kind is DocumentKind.HANDLINGSPLAN
        assert box.isEnabled() == has_it, kind
        assert box.isChecked() == has_it, kind
        assert bool(box.toolTip()) != has_it, kind
    assert dialog.chosen_documents() == [DocumentKind.HANDLINGSPLAN]


def test_the_files_written_are_counted_in_swedish(
    qtbot: QtBot,
    workspace: Workspace,
    settings: UserSettings,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    translations.install("sv")
    choose_period(workspace)
    dialog = open_dialog(qtbot, workspace, settings)
    choose_folder(qtbot, dialog, folder, monkeypatch)
    tick_only(qtbot, dialog, [DocumentKind.TJANSTEUTLATANDE])
    export(qtbot, dialog)
    assert dialog.progress_text.text() == "2 filer skapades."


def test_the_template_field_names_the_municipalitys_own_template(
    qtbot: QtBot, workspace: Workspace, settings: UserSettings
) -> None:
    translations.install("sv")
    choose_period(workspace, latest=True)
    assert open_dialog(qtbot, workspace, settings).template.placeholderText() == "Standardmallen"
    with workspace.database.session() as session:
        municipality = session.scalars(
            select(model.Municipality).where(model.Municipality.uuid == workspace.municipality_key)
        ).one()
        municipality.template = default_template_path().read_bytes()
        municipality.template_name = "danderyd-mall.docx"
    dialog = open_dialog(qtbot, workspace, settings)
    assert dialog.template.placeholderText() == "Kommunens mall (danderyd-mall.docx)"
    assert dialog.template.text() == ""  # empty: the municipality's template is used


# --- files that exist already ----------------------------------------------------------------


def answer_question(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    """Click `button_text` (in the program's language) in the question the dialog asks."""

    def click() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        shown = [box for box in boxes if box.isVisible()]
        if not shown:
            QTimer.singleShot(50, click)
            return
        box = shown[0]
        seen.append(f"{box.text()}\n{box.informativeText()}")
        wanted = QCoreApplication.translate("ExportDialog", button_text)
        button = next(b for b in box.buttons() if b.text().replace("&", "") == wanted)
        qtbot.mouseClick(button, LEFT)

    QTimer.singleShot(50, click)


@pytest.fixture
def existing_export(
    qtbot: QtBot,
    dialog: ExportDialog,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[ExportDialog, list[Path]]:
    """The dialog set to export the two quickest documents as PDF into a folder that holds
    one of them already; the user is asked."""
    choose_folder(qtbot, dialog, folder, monkeypatch)
    tick_only(qtbot, dialog, FAST)
    set_box(qtbot, dialog.word, False)
    old = [folder / name for name in names_of(dialog.workspace, FAST, [ExportFormat.PDF])]
    old[1].write_bytes(b"den gamla filen")
    monkeypatch.delenv(NO_DIALOGS_ENV)
    return dialog, old


def test_files_that_exist_are_listed_and_kept_unless_the_user_says_replace(
    qtbot: QtBot,
    existing_export: tuple[ExportDialog, list[Path]],
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog, (new, old) = existing_export
    seen: list[str] = []
    answer_question(qtbot, "Cancel", seen)
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [f"1 file(s) of this export exist already in {folder}:\n{old.name}"]
    assert not dialog.running()
    assert dialog.progress_text.text() == "Nothing was exported."
    assert [p.name for p in folder.iterdir()] == [old.name]
    assert old.read_bytes() == b"den gamla filen"

    answer_question(qtbot, "Replace them", seen)
    qtbot.mouseClick(dialog.export_button, LEFT)  # asks, then starts the export
    assert len(seen) == 2
    monkeypatch.setenv(NO_DIALOGS_ENV, "1")  # the closing "Export done" needs no answer
    with qtbot.waitSignal(dialog.accepted, timeout=EXPORT_TIMEOUT_MS):
        pass
    qtbot.waitUntil(lambda: not dialog.running())
    assert sorted(p.name for p in folder.iterdir()) == sorted([new.name, old.name])
    assert old.read_bytes().startswith(b"%PDF-")


def test_without_an_answer_nothing_is_replaced(
    qtbot: QtBot,
    existing_export: tuple[ExportDialog, list[Path]],
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog, (_new, old) = existing_export
    monkeypatch.setenv(NO_DIALOGS_ENV, "1")  # no one to ask
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert not dialog.running()
    assert [p.name for p in folder.iterdir()] == [old.name]
    assert old.read_bytes() == b"den gamla filen"
