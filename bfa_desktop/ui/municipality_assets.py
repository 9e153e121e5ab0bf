"""The municipality's Word template and logo: chosen from files, checked, kept in the database
(so they work offline and travel with the municipality), undoable like every edit."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.crash import dialogs_enabled
from bfa_desktop.services import editing
from bfa_desktop.services.lookup import NotFoundError, find
from bfa_desktop.ui.commands import run
from bfa_desktop.ui.workspace import Workspace

MAX_FILE = 20 * 1024 * 1024


class MunicipalityAssets(QGroupBox):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Word template and logo"))
        self.workspace = workspace
        self.template_label = QLabel(self)
        self.template_label.setObjectName("template-name")
        # What the check of the stored template found (external references taken out …);
        # also for a template that came with an exchange file or from IT's preset.
        self.template_warnings = QLabel(self)
        self.template_warnings.setObjectName("template-warnings")
        self.template_warnings.setWordWrap(True)
        self.template_warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.template_warnings.setVisible(False)
        self._checked: tuple[bytes, list[str]] = (b"", [])
        self.fonts_label = QLabel(self)
        self.fonts_label.setObjectName("template-fonts")
        self.add_fonts_button = QPushButton(self.tr("Add fonts…"), self)
        self.add_fonts_button.setToolTip(
            self.tr(
                "Font files (TTF or OTF) of fonts the template uses: they are stored in the "
                "template, so that the PDF and Word on any machine show them."
            )
        )
        self.add_fonts_button.clicked.connect(self.add_fonts)
        self._fonts: tuple[bytes, list[str]] = (b"", [])
        self.logo_label = QLabel(self)
        self.logo_label.setObjectName("logo-name")
        choose_template = QPushButton(self.tr("Choose template…"), self)
        choose_template.clicked.connect(self.choose_template)
        self.default_template = QPushButton(self.tr("Use the standard template"), self)
        self.default_template.clicked.connect(lambda: self.store("template", None, ""))
        choose_logo = QPushButton(self.tr("Choose logo…"), self)
        choose_logo.clicked.connect(self.choose_logo)
        self.no_logo = QPushButton(self.tr("Remove the logo"), self)
        self.no_logo.clicked.connect(lambda: self.store("logo", None, ""))
        layout = QFormLayout(self)
        layout.addRow(
            self.tr("Template:"),
            _row(self, self.template_label, choose_template, self.default_template),
        )
        layout.addRow("", self.template_warnings)
        layout.addRow(self.tr("Fonts:"), _row(self, self.fonts_label, self.add_fonts_button))
        layout.addRow(self.tr("Logo:"), _row(self, self.logo_label, choose_logo, self.no_logo))
        workspace.changed.connect(
            lambda change: (
                self.reload() if change is None or change.cls is model.Municipality else None
            )
        )
        workspace.selection_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        key = self.workspace.municipality_key
        assets = self.workspace.read(lambda session: _assets(session, key)) if key else None
        self.setEnabled(assets is not None)
        template, data, logo = assets or ("", b"", "")
        self.template_label.setText(template or self.tr("The standard template"))
        self.logo_label.setText(logo or self.tr("None (the template's own picture, if it has one)"))
        self.default_template.setEnabled(bool(template))
        self.no_logo.setEnabled(bool(logo))
        fonts = self._font_names(template, data) if data else []
        self.fonts_label.setText(
            ", ".join(fonts) if fonts else self.tr("None of the template's own")
        )
        self.add_fonts_button.setEnabled(bool(data))
        warnings = self._warnings(template, data) if data else []
        self.template_warnings.setText("\n".join(f"• {warning}" for warning in warnings))
        self.template_warnings.setVisible(bool(warnings))

    def _warnings(self, name: str, data: bytes) -> list[str]:
        """The check's warnings for a stored template (checked again only when it changes)."""
        from bfa_desktop.documents.template import (  # noqa: PLC0415 - only with a template
            StoredTemplate,
            TemplateError,
            check_template,
        )

        digest = hashlib.sha256(data).digest()
        if self._checked[0] != digest:
            try:
                warnings = check_template(StoredTemplate(name, data)).warnings
            except TemplateError as error:
                warnings = [str(error)]
            self._checked = (digest, warnings)
        return self._checked[1]

    def _font_names(self, name: str, data: bytes) -> list[str]:
        """The fonts the stored template embeds (read again only when it changes)."""
        from bfa_desktop.documents.embedded_fonts import (  # noqa: PLC0415 - with a template
            template_font_names,
        )
        from bfa_desktop.documents.template import (  # noqa: PLC0415 - with a template
            StoredTemplate,
            TemplateError,
            sound_template,
        )

        digest = hashlib.sha256(data).digest()
        if self._fonts[0] != digest:
            try:
                names = template_font_names(sound_template(StoredTemplate(name, data)))
            except TemplateError:
                names = []
            self._fonts = (digest, names)
        return self._fonts[1]

    def add_fonts(self) -> None:
        """Font files chosen, checked and embedded in the stored template, as one edit."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Font files for the template"), "", self.tr("Fonts (*.ttf *.otf)")
        )
        if not paths:
            return
        from bfa_desktop.documents.embedded_fonts import (  # noqa: PLC0415 - only when adding
            FontFace,
            FontFileError,
            check_font_file,
            template_with_fonts,
        )
        from bfa_desktop.documents.template import (  # noqa: PLC0415 - only when adding
            StoredTemplate,
            TemplateError,
            sound_template,
        )

        key = self.workspace.municipality_key
        assets = self.workspace.read(lambda session: _assets(session, key)) if key else None
        if not assets or not assets[1]:
            return
        name, data, _logo = assets
        faces: list[FontFace] = []
        problems: list[str] = []
        for path in paths:
            content = _read(Path(path))
            if content is None:
                problems.append(self.tr("The file cannot be read: %1").replace("%1", path))
                continue
            try:
                faces.append(check_font_file(Path(path).name, content))
            except FontFileError as error:
                problems.append(str(error))
        if problems:
            self._problem("\n".join(problems))
        if not faces:
            return
        try:
            updated = template_with_fonts(sound_template(StoredTemplate(name, data)), faces)
        except TemplateError as error:
            self._problem(str(error))
            return
        self.store("template", updated, name)

    def choose_template(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The municipality's Word template"),
            "",
            self.tr("Word templates (*.docx *.dotx)"),
        )
        if not path:
            return
        from bfa_desktop.documents.template import (  # noqa: PLC0415 - only when choosing
            StoredTemplate,
            TemplateError,
            check_template,
        )

        source = Path(path)
        data = _read(source)
        if data is None:
            self._problem(self.tr("The file cannot be read: %1").replace("%1", path))
            return
        try:
            report = check_template(StoredTemplate(source.name, data))
        except TemplateError as error:
            self._problem(str(error))
            return
        if report.warnings and dialogs_enabled():
            answer = QMessageBox.question(
                self,
                self.tr("Check of the template"),
                "\n\n".join([*report.warnings, self.tr("Use the template anyway?")]),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.store("template", data, source.name)

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The municipality's logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        from bfa_desktop.documents.template import (  # noqa: PLC0415 - only when choosing
            TemplateError,
            check_logo,
        )

        source = Path(path)
        data = _read(source)
        try:
            if data is None:
                raise TemplateError(self.tr("The file cannot be read: %1").replace("%1", path))
            check_logo(source.name, data)
        except TemplateError as error:
            self._problem(str(error))
            return
        self.store("logo", data, source.name)

    def store(self, field: str, data: bytes | None, name: str) -> None:
        key = self.workspace.municipality_key
        if not key:
            return

        def put(session: Session, value: tuple[bytes | None, str]) -> tuple[bytes | None, str]:
            old = editing.set_field(session, model.Municipality, key, field, value[0])
            old_name = editing.set_field(
                session, model.Municipality, key, f"{field}_name", value[1]
            )
            return old, old_name

        text = self.tr("change the template") if field == "template" else self.tr("change the logo")
        run(self.workspace, text, lambda session: put(session, (data, name)), put)

    def _problem(self, message: str) -> None:
        self.workspace.failed.emit(message)
        if dialogs_enabled():
            QMessageBox.warning(self, self.title(), message)


def _assets(session: Session, key: str) -> tuple[str, bytes, str] | None:
    """The template's name and data and the logo's name ("", b"" when there is none)."""
    try:
        municipality = find(session, model.Municipality, key)
    except NotFoundError:
        return None
    data = municipality.template or b""
    template = (municipality.template_name or "kommunens mall") if data else ""
    logo = municipality.logo_name if municipality.logo else ""
    return template, data, logo


def _read(path: Path) -> bytes | None:
    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch()
    return row
