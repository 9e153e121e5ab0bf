"""Exporting the period's documents from the window: choose, then watch it happen (in a worker
thread, with progress and cancel), then open the folder."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bfa_desktop import model
from bfa_desktop.crash import dialogs_enabled
from bfa_desktop.documents.compose import has_document
from bfa_desktop.documents.template import TemplateError
from bfa_desktop.fileio import WriteError
from bfa_desktop.model.documents import DOCUMENT_TYPES
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.services.export import (
    ExportCancelledError,
    ExportFormat,
    MissingDocumentError,
    existing,
    export_period,
    planned_files,
)
from bfa_desktop.services.lookup import find
from bfa_desktop.settings import EXPORT_FOLDER, EXPORT_PDF, EXPORT_WORD, UserSettings
from bfa_desktop.storage.database import Database
from bfa_desktop.ui.labels import code_label
from bfa_desktop.ui.workspace import Workspace

MAX_LISTED = 20  # files named in the question; more are counted


@dataclass(frozen=True)
class ExportRequest:
    period_key: str
    folder: Path
    documents: list[DocumentKind]
    formats: list[ExportFormat]
    template: Path | None
    public: bool
    overwrite: bool = False  # the user agreed to replace the files that exist


class ExportWorker(QObject):
    progress = Signal(int, int, str)
    finished = Signal(list, list)  # files written, template warnings
    failed = Signal(str, str)  # message for the user, details
    cancelled = Signal()

    def __init__(self, database: Database, request: ExportRequest) -> None:
        super().__init__()
        self.database = database
        self.request = request
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    @Slot()
    def run(self) -> None:
        request = self.request
        try:
            with self.database.sessions() as session:
                period = find(session, model.Period, request.period_key)
                result = export_period(
                    period,
                    request.folder,
                    documents=request.documents,
                    formats=request.formats,
                    template=request.template,
                    public=request.public,
                    overwrite=request.overwrite,
                    progress=self.progress.emit,
                    cancelled=lambda: self._cancel,
                )
        except ExportCancelledError:
            self.cancelled.emit()
        except (WriteError, TemplateError, MissingDocumentError) as error:
            self.failed.emit(str(error), traceback.format_exc())
        except Exception as error:  # an unexpected fault: shown, with details to report
            self.failed.emit(
                self.tr("The export failed unexpectedly: %1").replace("%1", str(error)),
                traceback.format_exc(),
            )
        else:
            self.finished.emit(
                [str(path) for path in result.files], result.template_report.warnings
            )


class ExportDialog(QDialog):
    def __init__(
        self, workspace: Workspace, settings: UserSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.setWindowTitle(self.tr("Export documents"))
        self.export_thread: QThread | None = None
        self.worker: ExportWorker | None = None
        self.files: list[str] = []
        available = workspace.read(self._available) if workspace.period_key else set()
        documents = self._documents_group(available)
        form = self._options(settings)
        own_template = workspace.read(self._municipality_template_name)
        if own_template:
            self.template.setPlaceholderText(
                self.tr("The municipality's template (%1)").replace("%1", own_template)
            )
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.progress_text = QLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.setDefault(True)
        self.export_button.setEnabled(bool(available))
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(documents)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.buttons)

    def _documents_group(self, available: set[DocumentKind]) -> QGroupBox:
        group = QGroupBox(self.tr("Documents"), self)
        layout = QVBoxLayout(group)
        self.document_boxes: dict[DocumentKind, QCheckBox] = {}
        for declared in DOCUMENT_TYPES:
            kind = declared.kind
            box = QCheckBox(code_label(kind), group)
            box.setObjectName(f"document-{kind.value}")
            box.setChecked(kind in available)
            box.setEnabled(kind in available)
            if kind not in available:
                box.setToolTip(self.tr("The period has no such document yet."))
            self.document_boxes[kind] = box
            layout.addWidget(box)
        return group

    def _options(self, settings: UserSettings) -> QFormLayout:
        self.word = QCheckBox(self.tr("&Word (.docx)"), self)
        self.word.setChecked(settings.get(EXPORT_WORD))
        self.pdf = QCheckBox(self.tr("&PDF"), self)
        self.pdf.setChecked(settings.get(EXPORT_PDF))
        formats = QHBoxLayout()
        formats.addWidget(self.word)
        formats.addWidget(self.pdf)
        self.folder = QLineEdit(settings.get(EXPORT_FOLDER) or str(Path.home()), self)
        self.folder.setObjectName("folder")
        self.template = QLineEdit(self)
        self.template.setObjectName("template")
        self.template.setPlaceholderText(self.tr("The standard template"))
        self.internal = QCheckBox(self.tr("Include internal sections and figures"), self)
        form = QFormLayout()
        form.addRow(self.tr("Formats:"), formats)
        form.addRow(
            self.tr("&Folder:"), _with_button(self.folder, self.tr("Choose…"), self._choose_folder)
        )
        form.addRow(
            self.tr("&Template:"),
            _with_button(self.template, self.tr("Choose…"), self._choose_template),
        )
        form.addRow("", self.internal)
        return form

    def _available(self, session: object) -> set[DocumentKind]:
        period = find(session, model.Period, self.workspace.period_key)  # type: ignore[arg-type]
        return {d.kind for d in DOCUMENT_TYPES if has_document(period, d.kind)}

    def _municipality_template_name(self, session: object) -> str:
        """The name of the municipality's own template, or "" when it has none."""
        if not self.workspace.municipality_key:
            return ""
        municipality = find(session, model.Municipality, self.workspace.municipality_key)  # type: ignore[arg-type]
        return (municipality.template_name or "kommunens mall") if municipality.template else ""

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the documents"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _choose_template(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Word template"),
            self.template.text(),
            self.tr("Word templates (*.docx *.dotx)"),
        )
        if path:
            self.template.setText(path)

    def chosen_documents(self) -> list[DocumentKind]:
        return [kind for kind, box in self.document_boxes.items() if box.isChecked()]

    def chosen_formats(self) -> list[ExportFormat]:
        return [
            f
            for f, box in ((ExportFormat.DOCX, self.word), (ExportFormat.PDF, self.pdf))
            if box.isChecked()
        ]

    def start(self) -> None:
        documents, formats = self.chosen_documents(), self.chosen_formats()
        if not documents or not formats:
            self._problem(self.tr("Choose at least one document and one format."), "")
            return
        folder = Path(self.folder.text()).expanduser()
        template = Path(self.template.text()).expanduser() if self.template.text().strip() else None
        public = not self.internal.isChecked()
        there = self.workspace.read(
            lambda session: existing(
                planned_files(
                    find(session, model.Period, self.workspace.period_key),  # type: ignore[arg-type]
                    folder,
                    documents,
                    formats,
                    public=public,
                )
            )
        )
        if there and not self._may_replace(folder, there):
            self.progress_text.setText(self.tr("Nothing was exported."))
            return
        self.settings.set(EXPORT_FOLDER, str(folder))
        self.settings.set(EXPORT_WORD, self.word.isChecked())
        self.settings.set(EXPORT_PDF, self.pdf.isChecked())
        request = ExportRequest(
            self.workspace.period_key,
            folder,
            documents,
            formats,
            template,
            public=public,
            overwrite=bool(there),
        )
        self.worker = ExportWorker(self.workspace.database, request)
        self.export_thread = QThread(self)
        self.worker.moveToThread(self.export_thread)
        self.export_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        for signal in (self.worker.finished, self.worker.failed, self.worker.cancelled):
            signal.connect(self.export_thread.quit)
        self.progress.setVisible(True)
        self.progress.setRange(0, len(documents) * len(formats))
        self.progress.setValue(0)
        self.export_button.setEnabled(False)
        self.export_thread.start()

    def _may_replace(self, folder: Path, files: list[Path]) -> bool:
        """Asks before files are replaced, naming them; without an answer, nothing is."""
        if not dialogs_enabled():
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace files?"), "", parent=self)
        box.setText(
            self.tr("%n file(s) of this export exist already in %1:", "", len(files)).replace(
                "%1", str(folder)
            )
        )
        names = [path.name for path in files[:MAX_LISTED]]
        if len(files) > MAX_LISTED:
            names.append(self.tr("… and %n more", "", len(files) - MAX_LISTED))
        box.setInformativeText("\n".join(names))
        replace = box.addButton(self.tr("Replace them"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace

    def running(self) -> bool:
        return self.export_thread is not None and self.export_thread.isRunning()

    def cancel(self) -> None:
        if self.running() and self.worker is not None:
            self.worker.cancel()
            self.progress_text.setText(self.tr("Cancelling after the current file…"))
        else:
            self.reject()

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress_text.setText(self.tr("Writing %1").replace("%1", name) if name else "")

    def _finished(self, files: list[str], warnings: list[str]) -> None:
        self.files = files
        self.progress_text.setText(self.tr("%n file(s) written.", "", len(files)))
        folder = str(Path(files[0]).parent) if files else self.folder.text()
        if not dialogs_enabled():
            self.accept()
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Export done"))
        box.setText(self.tr("%n file(s) written to %1.", "", len(files)).replace("%1", folder))
        if warnings:
            box.setInformativeText("\n".join(warnings))
        open_folder = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
        self.accept()

    def _failed(self, message: str, details: str) -> None:
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        self.progress_text.setText(message)
        self._problem(message, details)

    def _cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        self.progress_text.setText(self.tr("Cancelled. Files finished before stay as they are."))

    def _problem(self, message: str, details: str) -> None:
        if not dialogs_enabled():
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export"), message, parent=self)
        if details:
            box.setDetailedText(details)
        box.exec()

    def reject(self) -> None:
        if self.running():
            self.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.export_thread is not None:
            self.export_thread.quit()
            self.export_thread.wait()
        super().done(result)


def _with_button(line: QLineEdit, text: str, slot: object) -> QWidget:
    row = QWidget(line.parentWidget())
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(line)
    button = QPushButton(text, row)
    button.clicked.connect(slot)
    layout.addWidget(button)
    return row
