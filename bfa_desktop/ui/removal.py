"""What the status bar says after a removal: the record, what went with it, and that Ctrl+Z
brings it back – "Removed focus area 3 with 6 measures, 4 causes and 2 effect goals – Ctrl+Z
brings it back."."""

from __future__ import annotations

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.catalog import node
from bfa_desktop.services.lookup import find
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.labels import record_name

IDENTITY_LENGTH = 40  # a title or name beyond this is cut with an ellipsis


class RemovalMessage(QObject):
    """A QObject for its tr(): lupdate finds plural forms (%n) only in a class's tr()."""

    def text(self, session: Session, record: RecordRef, identity: str, numbered: bool) -> str:
        """The message for removing `record` (read before it is removed). `identity` is what
        its list shows first: its number when `numbered`, else its title or name."""
        what = record_name(record.cls)
        if identity and numbered:
            what = self.tr("%1 %2").replace("%1", what).replace("%2", identity)
        elif identity:
            if len(identity) > IDENTITY_LENGTH:
                identity = identity[: IDENTITY_LENGTH - 1] + "…"
            what = self.tr("%1 “%2”").replace("%1", what).replace("%2", identity)
        owned = self._owned(session, record)
        if owned:
            what = self.tr("%1 with %2").replace("%1", what).replace("%2", self._listed(owned))
        return self.tr("Removed %1 – Ctrl+Z brings it back.").replace("%1", what)

    def _owned(self, session: Session, record: RecordRef) -> list[str]:
        """The records it owns in lists, counted ("6 measures"), the measures first."""
        found = find(session, record.cls, record.key)
        lists = {child.target: child.name for child in node(record.cls).children if child.many}
        counts = []
        for target in _COUNTED:
            items = getattr(found, lists[target]) if target in lists else []
            if items:
                counts.append(self._counted(target, len(items)))
        return counts

    def _counted(self, cls: type[model.Base], count: int) -> str:
        texts = {
            model.Measure: self.tr("%n measure(s)", "", count),
            model.FocusAreaCause: self.tr("%n cause(s)", "", count),
            model.ProblemCause: self.tr("%n cause(s)", "", count),
            model.EffectGoal: self.tr("%n effect goal(s)", "", count),
            model.MeasureFollowUp: self.tr("%n follow-up(s)", "", count),
            model.PromiseFollowUp: self.tr("%n follow-up(s)", "", count),
            model.StatisticValue: self.tr("%n value(s)", "", count),
        }
        return texts[cls]

    def _listed(self, parts: list[str]) -> str:
        if len(parts) == 1:
            return parts[0]
        return self.tr("%1 and %2").replace("%1", ", ".join(parts[:-1])).replace("%2", parts[-1])


_COUNTED = (
    model.Measure,
    model.FocusAreaCause,
    model.ProblemCause,
    model.EffectGoal,
    model.MeasureFollowUp,
    model.PromiseFollowUp,
    model.StatisticValue,
)


def removed_message(session: Session, record: RecordRef, identity: str, numbered: bool) -> str:
    return RemovalMessage().text(session, record, identity, numbered)
