"""The overview's list of what is still missing; activating a line opens the field.

The check reads the municipality's Word template (which placeholders it prints), and loading
what reads it takes a third of a second: the first check is made once the window has shown
the period, the list saying meanwhile that it is being checked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.documents import document_type
from bfa_desktop.services.lookup import NotFoundError, find
from bfa_desktop.ui.application import after_first_paint
from bfa_desktop.ui.pages import DOCUMENTS
from bfa_desktop.ui.refresh import RefreshWhenShown
from bfa_desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from bfa_desktop.services.readiness import Finding

MESSAGES = {
    "endorsement-without-date": QT_TRANSLATE_NOOP(
        "Readiness", "The council's endorsement has no meeting date."
    ),
    "no-prioritised-problems": QT_TRANSLATE_NOOP(
        "Readiness", "The situation picture has no prioritised problems."
    ),
    "focus-area-without-measures": QT_TRANSLATE_NOOP(
        "Readiness", "Focus area %(number)s has no measures."
    ),
    "measure-without-title": QT_TRANSLATE_NOOP("Readiness", "Measure %(number)s has no title."),
    "measure-without-responsible": QT_TRANSLATE_NOOP(
        "Readiness", "Measure %(number)s has no one responsible."
    ),
    "measure-without-timeframe": QT_TRANSLATE_NOOP(
        "Readiness", "Measure %(number)s has no start, or neither deadline nor “ongoing”."
    ),
    "follow-up-without-words": QT_TRANSLATE_NOOP(
        "Readiness", "A follow-up of measure %(number)s has a colour but no words."
    ),
    "promise-without-sentence": QT_TRANSLATE_NOOP(
        "Readiness", "Promise %(number)s has no sentence."
    ),
    "promise-without-actor": QT_TRANSLATE_NOOP(
        "Readiness", "Promise %(number)s does not say who promises."
    ),
    "report-without-dnr": QT_TRANSLATE_NOOP("Readiness", "The official report has no case number."),
    "report-without-date": QT_TRANSLATE_NOOP("Readiness", "The official report has no date."),
    "report-without-case-officer": QT_TRANSLATE_NOOP(
        "Readiness", "The official report has no case officer."
    ),
    "report-without-decision": QT_TRANSLATE_NOOP(
        "Readiness", "The official report proposes no decision."
    ),
    "report-without-attachments": QT_TRANSLATE_NOOP(
        "Readiness", "The official report lists no documents in the case."
    ),
    "report-without-recipients": QT_TRANSLATE_NOOP(
        "Readiness", "The official report has no distribution list."
    ),
    "municipality-without-postal-address": QT_TRANSLATE_NOOP(
        "Readiness", "The municipality's postal address for the footer is missing."
    ),
    "municipality-without-visiting-address": QT_TRANSLATE_NOOP(
        "Readiness", "The municipality's visiting address for the footer is missing."
    ),
    "municipality-without-phone": QT_TRANSLATE_NOOP(
        "Readiness", "The municipality's phone number for the footer is missing."
    ),
    "municipality-without-email": QT_TRANSLATE_NOOP(
        "Readiness", "The municipality's e-mail address for the footer is missing."
    ),
    "municipality-without-website": QT_TRANSLATE_NOOP(
        "Readiness", "The municipality's website for the footer is missing."
    ),
    "municipality-without-org-number": QT_TRANSLATE_NOOP(
        "Readiness", "The municipality's organisation number for the footer is missing."
    ),
    "municipality-without-logo": QT_TRANSLATE_NOOP(
        "Readiness", "The municipality has no logo: the documents are exported without one."
    ),
    "namnd-without-name": QT_TRANSLATE_NOOP(
        "Readiness", "A committee decides, but the period does not say which."
    ),
    "plan-named-handlingsplan": QT_TRANSLATE_NOOP(
        "Readiness",
        "The period is under Act 2023:196, but the plan's title calls it a handlingsplan, "
        "not an åtgärdsplan.",
    ),
}


# A document a period still lacks.
MISSING = {
    document_type(kind).missing_code: document.missing
    for kind, document in DOCUMENTS.items()
    if document.missing
}


class ReadinessView(RefreshWhenShown):
    activated = Signal(object)  # the Finding to go to
    checked = Signal()  # the list shows the period's findings

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("readiness")
        self.list.setAccessibleName(self.tr("What is missing before export"))
        self.list.itemActivated.connect(
            lambda item: self.activated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.summary.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        workspace.changed.connect(self.request_reload)
        workspace.selection_changed.connect(self.request_reload)
        self._waited = False  # for the window to show the period before the first check
        self.checking = False  # the list says it is being checked

    def reload(self) -> None:
        key = self.workspace.period_key
        if key and not self._waited:
            self._waited = True
            self.checking = True
            self.summary.setText(self.tr("Checking what is still missing…"))
            after_first_paint(self, self.request_reload)
            return
        findings = self.workspace.read(lambda session: _findings(session, key)) if key else []
        self.list.clear()
        for finding in findings:
            item = QListWidgetItem(self.message(finding), self.list)
            item.setData(Qt.ItemDataRole.UserRole, finding)
        if not key:
            self.summary.setText(self.tr("Choose a period."))
        elif findings:
            self.summary.setText(
                self.tr(
                    "Still missing before the documents go to the board (Enter opens the field):"
                )
            )
        else:
            self.summary.setText(self.tr("Nothing is missing: the documents are ready to export."))
        self.checking = False
        self.checked.emit()

    def message(self, finding: Finding) -> str:
        if finding.code == "promise-count":  # counted: a plural form of its own (tr's %n)
            return self.tr(
                "There is %n promise; two to five is usual.", "", finding.values["count"]
            )
        source = MESSAGES.get(finding.code) or MISSING[finding.code]
        return QCoreApplication.translate("Readiness", source) % finding.values


def _findings(session: Session, key: str) -> list[Finding]:
    from bfa_desktop.services.readiness import check_period  # noqa: PLC0415 - see the docstring

    try:
        return check_period(find(session, model.Period, key))
    except NotFoundError:
        return []
