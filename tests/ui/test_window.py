"""The main window driven as a user drives it – clicks, typing, shortcuts – with every result
checked in the database (read in a session of its own)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.enums import (
    FollowUpFrequency,
    MeasureKind,
    OwnerParty,
    ProgressStatus,
    TrafficLight,
    WorkKind,
)
from bfa_desktop.services.exchange.writer import record_to_json
from bfa_desktop.services.lookup import find
from bfa_desktop.services.workspaces import create_municipality, create_period
from bfa_desktop.settings import LAST_MUNICIPALITY, LAST_PERIOD, UserSettings
from bfa_desktop.ui import translations
from bfa_desktop.ui.editors import (
    PAUSE_MS,
    BoolEditor,
    ChoiceEditor,
    DateEditor,
    LineEditor,
    LinksEditor,
    NumberEditor,
    PlainTextEditor,
    RichEditor,
)
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.labels import code_label, field_label
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.panels import DocumentPage, RecordPanel
from bfa_desktop.ui.plan_model import COLOURS, STATUS
from bfa_desktop.ui.plan_view import PlanEditor
from bfa_desktop.ui.workspace import Workspace
from tests.ui.driving import (
    LEFT,
    choose,
    click_check,
    click_record,
    click_row,
    click_tab,
    editor,
    focus,
    open_details,
    open_list,
    open_page,
    page,
    pick,
    plan_panel,
    rows,
    shortcut,
    show,
    shown_measures,
    shown_rows,
    tick,
    ticked,
    type_text,
    write,
)

T = TypeVar("T")
# Key sequences are made when pressed: a standard key needs the running application.
UNDO = QKeySequence.StandardKey.Undo
REDO = "Ctrl+Shift+Z"


# --- reading the database -----------------------------------------------------------------------


def read(window: MainWindow, query: Callable[[Session], T]) -> T:
    return window.workspace.read(query)


def current_period(session: Session) -> model.Period:
    return session.scalars(select(model.Municipality)).one().periods[-1]


def plan(session: Session) -> model.ActionPlan:
    found = current_period(session).action_plan
    assert found is not None
    return found


def picture(session: Session) -> model.SituationPicture:
    found = current_period(session).situation_picture
    assert found is not None
    return found


def area_measures(window: MainWindow, area: int) -> list[str]:
    return read(window, lambda s: [m.uuid for m in plan(s).focus_areas[area].measures])


def record(session: Session, cls: type[model.Base], key: str) -> Any:
    return find(session, cls, key)


def as_json(window: MainWindow, cls: type[model.Base], key: str) -> dict[str, Any]:
    return read(window, lambda s: record_to_json(record(s, cls, key)))


def organisation(window: MainWindow, name: str) -> str:
    return read(
        window,
        lambda s: (
            s.scalars(select(model.Organisation).where(model.Organisation.name == name)).one().uuid
        ),
    )


def person(window: MainWindow, name: str) -> str:
    return read(
        window,
        lambda s: s.scalars(select(model.Person).where(model.Person.name == name)).one().uuid,
    )


# --- driving -------------------------------------------------------------------------------------


def click_box(qtbot: QtBot, field: BoolEditor) -> None:
    click_check(qtbot, field.box)


def press(qtbot: QtBot, window: MainWindow, sequence: QKeySequence.StandardKey | str) -> None:
    """Press a window shortcut with the focus outside any text field (which would take Ctrl+Z
    for its own typing)."""
    focus(qtbot, window.tabs.tabBar())
    QTest.keySequence(window.tabs.tabBar(), QKeySequence(sequence))


def measures_tab(qtbot: QtBot, window: MainWindow, area: int) -> tuple[PlanEditor, RecordPanel]:
    """The Action plan's table, the focus area's first measure clicked: the table, and the
    measure's details beside it."""
    panel = plan_panel(qtbot, window)
    click_record(qtbot, panel.editor, area_measures(window, area)[0])
    return panel.editor, panel.measure


def area_key(window: MainWindow, area: int) -> str:
    return read(window, lambda s: plan(s).focus_areas[area].uuid)


def undo_count(window: MainWindow) -> int:
    return window.workspace.undo_stack.count()


# --- the plan: a measure from start to end -----------------------------------------------------


def test_a_new_measure_filled_in_through_every_editor_is_stored_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    measures, detail = measures_tab(qtbot, window, 1)
    before = area_measures(window, 1)
    click_record(qtbot, measures, before[-1])
    qtbot.mouseClick(measures.add_button, LEFT)

    # A new, empty measure at the end of its focus area, selected, its form showing it.
    current = measures.current()
    assert current is not None
    key = current.key
    assert area_measures(window, 1) == [*before, key]
    assert shown_measures(measures, area_key(window, 1)) == [*before, key]
    assert detail.form.record == RecordRef(model.Measure, key)
    assert undo_count(window) == 1
    assert window.workspace.undo_stack.undoText() == "add measure"

    keys: dict[str, Any] = read(
        window,
        lambda s: {
            "problem": picture(s).problems[1].uuid,
            "cause": plan(s).focus_areas[1].causes[1].uuid,
            "place": picture(s).places[0].uuid,
        },
    )
    social = organisation(window, "Socialförvaltningen")
    walkers = organisation(window, "Föreningen Nattvandrarna i Danderyd")
    centre = organisation(window, "Centrumföreningen Mörby")
    responsible = person(window, "Sara Nyberg")

    type_text(qtbot, editor(detail, "title", LineEditor), "Trygghetsvandringar i Mörby centrum")
    assert undo_count(window) == 2
    choose(qtbot, editor(detail, "kind", ChoiceEditor), MeasureKind.SOCIAL)

    description = editor(detail, "description", RichEditor)
    text = description.rich.editor
    focus(qtbot, text)
    write(qtbot, text, "Vi går ")
    QTest.keySequence(text, QKeySequence(QKeySequence.StandardKey.Bold))
    write(qtbot, text, "varje fredag")
    QTest.keySequence(text, QKeySequence(QKeySequence.StandardKey.Bold))
    write(qtbot, text, " kväll.")
    qtbot.keyClick(text, Qt.Key.Key_Tab)  # leaving the rich text commits it

    goal = editor(detail, "operational_goal", PlainTextEditor)
    type_text(qtbot, goal, "Minst 20 vandringar per år.")
    qtbot.wait(PAUSE_MS + 200)  # a multi-line text commits after the pause

    tick(qtbot, editor(detail, "problems", LinksEditor), keys["problem"])
    tick(qtbot, editor(detail, "causes", LinksEditor), keys["cause"])
    choose(qtbot, editor(detail, "owner_party", ChoiceEditor), OwnerParty.GEMENSAMT)
    choose(qtbot, editor(detail, "responsible_unit", ChoiceEditor), social)
    choose(qtbot, editor(detail, "responsible_person", ChoiceEditor), responsible)
    partners = editor(detail, "partners", LinksEditor)
    tick(qtbot, partners, walkers)
    tick(qtbot, partners, centre)
    type_text(qtbot, editor(detail, "start_date", DateEditor), "2021-03-01")
    type_text(qtbot, editor(detail, "deadline", DateEditor), "2022-06-30")
    click_box(qtbot, editor(detail, "ongoing", BoolEditor))
    choose(qtbot, editor(detail, "work_kind", ChoiceEditor), WorkKind.ORDINARIE)
    type_text(qtbot, editor(detail, "resources_kkr", NumberEditor), "12,5")
    type_text(qtbot, editor(detail, "resources_hours", NumberEditor), "1 200")
    click_box(qtbot, editor(detail, "within_existing_budget", BoolEditor))
    for name, typed in (
        ("resources_note", "Arvode till föreningen."),
        ("indicator", "Antal vandringar"),
        ("data_source", "Föreningens loggbok"),
    ):
        type_text(qtbot, editor(detail, name, PlainTextEditor), typed)
        qtbot.wait(PAUSE_MS + 200)
    tick(qtbot, editor(detail, "places", LinksEditor), keys["place"])
    choose(qtbot, editor(detail, "follow_up_frequency", ChoiceEditor), FollowUpFrequency.KVARTAL)

    stored = as_json(window, model.Measure, key)
    expected = {
        "title": "Trygghetsvandringar i Mörby centrum",
        "kind": "social",
        "description": "Vi går **varje fredag** kväll.",
        "operational_goal": "Minst 20 vandringar per år.",
        "problems": [keys["problem"]],
        "causes": [keys["cause"]],
        "owner_party": "gemensamt",
        "responsible_unit": social,
        "responsible_person": responsible,
        "partners": sorted([walkers, centre]),
        "start_date": "2021-03-01",
        "deadline": "2022-06-30",
        "ongoing": True,
        "work_kind": "ordinarie",
        "resources_kkr": 12.5,
        "resources_hours": 1200.0,
        "within_existing_budget": False,
        "resources_note": "Arvode till föreningen.",
        "indicator": "Antal vandringar",
        "data_source": "Föreningens loggbok",
        "places": [keys["place"]],
        "follow_up_frequency": "kvartal",
        "follow_ups": [],
    }
    stored["partners"] = sorted(stored["partners"])
    assert {name: stored[name] for name in expected} == expected
    # Typed as the model's types, not as the texts typed.
    typed = read(window, lambda s: record(s, model.Measure, key))
    assert typed.start_date == date(2021, 3, 1)
    assert typed.deadline == date(2022, 6, 30)
    assert isinstance(typed.resources_kkr, float)
    assert typed.kind is MeasureKind.SOCIAL
    # Every editable field of the form was filled, each an undo step of its own (the add, 22
    # fields, partners ticked twice).
    assert set(detail.form.editors) == set(expected) - {"follow_ups"}
    assert undo_count(window) == 24
    assert editor(detail, "resources_kkr", NumberEditor).line.text() == "12,5"

    # Link a promise to it from the promise's side, in the Citizen promises tab.
    promises_page = open_page(qtbot, window, "promises")
    assert isinstance(promises_page, DocumentPage)
    promises, promise = open_list(qtbot, promises_page.panel, "promises")
    click_row(qtbot, promises.view, 0)
    promise_key = promises.current()
    assert promise_key is not None
    linked = editor(promise, "measures", LinksEditor)
    earlier = ticked(linked)
    tick(qtbot, linked, key)
    assert sorted(ticked(linked)) == sorted([*earlier, key])
    assert read(window, lambda s: [p.uuid for p in record(s, model.Measure, key).promises]) == [
        promise_key.key
    ]

    # Each side shows its links: the measure its promise, the problem its measure.
    measures, detail = measures_tab(qtbot, window, 1)
    click_record(qtbot, measures, key)
    assert detail.form.record == RecordRef(model.Measure, key)
    shown = detail.form.findChild(QLabel, "linked_promises")
    assert shown is not None
    sentence = read(window, lambda s: record(s, model.Promise, promise_key.key).sentence)
    assert shown.text() == f"1. {sentence}"

    # Its first follow-up.
    follow_ups, follow_up = open_list(qtbot, detail, "follow_ups")
    qtbot.mouseClick(follow_ups.add_button, LEFT)
    added = follow_ups.current()
    assert added is not None
    type_text(qtbot, editor(follow_up, "period_label", LineEditor), "2021 halvår 1")
    choose(qtbot, editor(follow_up, "status", ChoiceEditor), ProgressStatus.PAGAR)
    stored_follow_ups = as_json(window, model.Measure, key)["follow_ups"]
    assert [(f["uuid"], f["period_label"], f["status"]) for f in stored_follow_ups] == [
        (added.key, "2021 halvår 1", "pagar")
    ]
    row = measures.model.row_of(key)
    assert measures.model.index(row, STATUS).data().startswith(code_label(ProgressStatus.PAGAR))
    situation = open_page(qtbot, window, "situation")
    assert isinstance(situation, DocumentPage)
    problems, problem = open_list(qtbot, situation.panel, "problems")
    click_row(qtbot, problems.view, 1)
    measures_shown = problem.form.findChild(QLabel, "linked_measures")
    assert measures_shown is not None
    assert "2.6 Trygghetsvandringar i Mörby centrum" in measures_shown.text().split(", ")


def test_a_follow_up_added_to_a_measure_and_its_status_in_the_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    measures, detail = measures_tab(qtbot, window, 0)
    click_record(qtbot, measures, area_measures(window, 0)[2])  # 1.3 has no follow-ups yet
    measure = measures.current()
    assert measure is not None
    follow_ups, follow_up = open_list(qtbot, detail, "follow_ups")
    assert rows(follow_ups) == []
    qtbot.mouseClick(follow_ups.add_button, LEFT)
    added = follow_ups.current()
    assert added is not None
    type_text(qtbot, editor(follow_up, "period_label", LineEditor), "2021 halvår 1")
    type_text(qtbot, editor(follow_up, "follow_up_date", DateEditor), "2021-06-30")
    choose(qtbot, editor(follow_up, "status", ChoiceEditor), ProgressStatus.FORSENAD)
    choose(qtbot, editor(follow_up, "traffic_light", ChoiceEditor), TrafficLight.GUL)
    type_text(
        qtbot, editor(follow_up, "traffic_light_text", PlainTextEditor), "Kontrollerna har börjat."
    )
    qtbot.wait(PAUSE_MS + 200)

    stored = read(window, lambda s: record(s, model.Measure, measure.key).follow_ups)
    assert [f.uuid for f in stored] == [added.key]
    assert stored[0].period_label == "2021 halvår 1"
    assert stored[0].follow_up_date == date(2021, 6, 30)
    assert stored[0].status is ProgressStatus.FORSENAD
    assert stored[0].traffic_light is TrafficLight.GUL
    assert stored[0].traffic_light_text == "Kontrollerna har börjat."
    # The plan's table shows the latest status, in words and the assessment's colour.
    row = measures.model.row_of(measure.key)
    assert measures.model.index(row, STATUS).data() == "Delayed (yellow)"
    assert measures.model.index(row, STATUS).data(Qt.ItemDataRole.DecorationRole) == QColor(
        COLOURS[TrafficLight.GUL][1]
    )


def test_measures_move_up_and_down_with_the_buttons(qtbot: QtBot, window: MainWindow) -> None:
    measures, _detail = measures_tab(qtbot, window, 1)
    m21, m22, m23, m24, m25 = area_measures(window, 1)
    click_record(qtbot, measures, m21)
    assert not measures.up_button.isEnabled()
    assert measures.down_button.isEnabled()
    click_record(qtbot, measures, m23)
    qtbot.mouseClick(measures.up_button, LEFT)
    assert area_measures(window, 1) == [m21, m23, m22, m24, m25]
    assert measures.current() == RecordRef(model.Measure, m23)  # the moved row stays chosen
    assert shown_measures(measures, area_key(window, 1)) == [m21, m23, m22, m24, m25]
    assert measures.model.index(measures.model.row_of(m23), 0).data() == "2.2"
    qtbot.mouseClick(measures.down_button, LEFT)
    qtbot.mouseClick(measures.down_button, LEFT)
    assert area_measures(window, 1) == [m21, m22, m24, m23, m25]
    assert undo_count(window) == 3
    assert window.workspace.undo_stack.undoText() == "move measure"
    click_record(qtbot, measures, m25)
    assert not measures.down_button.isEnabled()  # the last of its focus area


def test_measures_are_added_and_moved_with_the_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    measures, _detail = measures_tab(qtbot, window, 1)
    m21, m22, m23, m24, m25 = area_measures(window, 1)
    click_record(qtbot, measures, m23)
    shortcut(qtbot, measures.view, "Ctrl+Shift+Up")
    qtbot.waitUntil(lambda: area_measures(window, 1) == [m21, m23, m22, m24, m25], timeout=1000)
    shortcut(qtbot, measures.view, "Ctrl+Shift+Down")
    qtbot.waitUntil(lambda: area_measures(window, 1) == [m21, m22, m23, m24, m25], timeout=1000)
    shortcut(qtbot, measures.view, "Ctrl+Shift+A")
    qtbot.waitUntil(lambda: len(area_measures(window, 1)) == 6, timeout=1000)


def test_the_list_shortcuts_move_and_remove_focus_areas_in_the_plans_table(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = plan_panel(qtbot, window)
    areas = panel.editor
    keys = read(window, lambda s: [a.uuid for a in plan(s).focus_areas])
    click_record(qtbot, areas, keys[0])
    assert panel.area.form.record == RecordRef(model.FocusArea, keys[0])  # its own fields

    def areas_now() -> list[str]:
        return read(window, lambda s: [a.uuid for a in plan(s).focus_areas])

    # A button's shortcut clicks it visibly (after a short animation), hence the waiting.
    shortcut(qtbot, areas.view, "Ctrl+Shift+Down")
    qtbot.waitUntil(lambda: areas_now() == [keys[1], keys[0], *keys[2:]])
    assert [row.number for row in areas.model.rows if row.key == keys[0]] == ["2"]
    shortcut(qtbot, areas.view, "Ctrl+Shift+Up")
    qtbot.waitUntil(lambda: areas_now() == keys)
    qtbot.mouseClick(areas.add_area_button, LEFT)  # after the chosen focus area
    qtbot.waitUntil(lambda: len(areas_now()) == 7)
    added = areas_now()[1]
    assert areas.current() == RecordRef(model.FocusArea, added)
    assert panel.area.form.record == RecordRef(model.FocusArea, added)
    focus(qtbot, areas.view)  # back from its first field, where Add put the cursor
    shortcut(qtbot, areas.view, "Ctrl+Shift+Del")
    qtbot.waitUntil(lambda: areas_now() == keys)
    assert window.statusBar().currentMessage() == "Removed focus area 2 – Ctrl+Z brings it back."


def test_a_measure_is_removed_with_the_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    measures, _detail = measures_tab(qtbot, window, 1)
    shortcut(qtbot, measures.view, "Ctrl+Shift+Del")
    qtbot.waitUntil(lambda: len(area_measures(window, 1)) == 4, timeout=1000)


def test_removing_a_measure_needs_no_confirmation_and_undo_brings_all_of_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    measures, _detail = measures_tab(qtbot, window, 1)
    keys = area_measures(window, 1)
    m21 = keys[0]  # follow-ups, partners, places, a problem, a cause and a promise
    before = as_json(window, model.Measure, m21)
    assert before["follow_ups"]
    assert before["problems"]
    assert before["partners"]
    promise = read(window, lambda s: [p.uuid for p in record(s, model.Measure, m21).promises])
    assert promise
    follow_up_keys = [f["uuid"] for f in before["follow_ups"]]

    def gone() -> bool:
        def check(session: Session) -> bool:
            measure = session.scalar(select(model.Measure).where(model.Measure.uuid == m21))
            follow_ups = session.scalars(
                select(model.MeasureFollowUp).where(model.MeasureFollowUp.uuid.in_(follow_up_keys))
            ).all()
            return measure is None and not follow_ups

        return read(window, check)

    qtbot.mouseClick(measures.remove_button, LEFT)
    assert gone()
    assert QApplication.activeModalWidget() is None  # nothing asked
    assert area_measures(window, 1) == keys[1:]
    assert shown_measures(measures, area_key(window, 1)) == keys[1:]
    assert measures.current() == RecordRef(model.Measure, keys[1])
    # (Counted in the program's language, installed in tests/ui/test_rename_and_remove.py.)
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"Removed measure 2.1 with {len(follow_up_keys)} follow-up")
    )
    assert m21 not in read(
        window, lambda s: [m.uuid for m in record(s, model.Promise, promise[0]).measures]
    )

    press(qtbot, window, UNDO)
    assert not gone()
    assert as_json(window, model.Measure, m21) == before  # same UUID, fields, follow-ups, links
    assert area_measures(window, 1) == keys  # in its place again
    assert read(window, lambda s: [p.uuid for p in record(s, model.Measure, m21).promises]) == (
        promise
    )
    assert shown_measures(measures, area_key(window, 1)) == keys

    press(qtbot, window, REDO)
    assert gone()
    assert area_measures(window, 1) == keys[1:]
    press(qtbot, window, UNDO)
    assert as_json(window, model.Measure, m21) == before


# --- typing and undo ---------------------------------------------------------------------------


def test_typing_is_one_undo_step_per_pause_named_after_the_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    _measures, detail = measures_tab(qtbot, window, 0)
    key = area_measures(window, 0)[0]
    title = editor(detail, "title", LineEditor)
    original = title.line.text()
    focus(qtbot, title.line)
    qtbot.keyClick(title.line, Qt.Key.Key_End)
    write(qtbot, title.line, " i villaområdena", delay=PAUSE_MS // 8)  # no pause in between
    assert undo_count(window) == 0
    qtbot.wait(PAUSE_MS + 200)
    assert undo_count(window) == 1
    label = field_label(model.Measure, "title")
    assert label in window.workspace.undo_stack.undoText()
    assert label in window.actions_by_name["undo"].text()
    stored = read(window, lambda s: record(s, model.Measure, key).title)
    assert stored == original + " i villaområdena"
    # After a pause, more typing is a step of its own.
    write(qtbot, title.line, " och radhusen")
    qtbot.wait(PAUSE_MS + 200)
    assert undo_count(window) == 2
    press(qtbot, window, UNDO)
    assert read(window, lambda s: record(s, model.Measure, key).title) == stored
    assert title.line.text() == stored
    press(qtbot, window, UNDO)
    assert read(window, lambda s: record(s, model.Measure, key).title) == original
    assert title.line.text() == original


def test_typing_goes_to_the_record_it_was_typed_into_when_another_is_chosen_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Choosing another measure before the typing pause has passed stores the text in the
    measure it was typed into – not in the next one, and not nowhere."""
    measures, detail = measures_tab(qtbot, window, 0)
    first, second = area_measures(window, 0)[:2]
    second_title = read(window, lambda s: record(s, model.Measure, second).title)
    title = editor(detail, "title", LineEditor)
    focus(qtbot, title.line)
    qtbot.keyClick(title.line, Qt.Key.Key_End)
    write(qtbot, title.line, " ändrad", delay=PAUSE_MS // 8)
    click_record(qtbot, measures, second)  # at once, before the pause
    assert read(window, lambda s: record(s, model.Measure, first).title).endswith(" ändrad")
    assert read(window, lambda s: record(s, model.Measure, second).title) == second_title
    assert title.line.text() == second_title
    qtbot.wait(PAUSE_MS + 200)  # no late commit lands on the second measure
    assert read(window, lambda s: record(s, model.Measure, second).title) == second_title


def test_undo_works_across_tabs(qtbot: QtBot, window: MainWindow) -> None:
    shown = open_page(qtbot, window, "plan")
    assert isinstance(shown, DocumentPage)
    open_details(qtbot, shown.panel)
    title = editor(shown.panel, "title", LineEditor)
    original = read(window, lambda s: plan(s).title)
    assert title.line.text() == original
    type_text(qtbot, title, "Handlingsplan 2021–2022")
    assert read(window, lambda s: plan(s).title) == "Handlingsplan 2021–2022"

    open_page(qtbot, window, "promises")
    assert not title.isVisible()
    press(qtbot, window, UNDO)
    assert read(window, lambda s: plan(s).title) == original
    open_page(qtbot, window, "plan")
    assert title.line.text() == original
    press(qtbot, window, REDO)
    assert title.line.text() == "Handlingsplan 2021–2022"


def test_text_typed_in_a_multi_line_field_survives_an_edit_of_another_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    _measures, detail = measures_tab(qtbot, window, 0)
    key = area_measures(window, 0)[0]
    type_text(qtbot, editor(detail, "operational_goal", PlainTextEditor), "Tolv nya områden.")
    click_box(qtbot, editor(detail, "ongoing", BoolEditor))  # at once, within the pause
    qtbot.wait(PAUSE_MS + 200)
    stored = read(window, lambda s: record(s, model.Measure, key))
    assert stored.ongoing is True
    assert stored.operational_goal == "Tolv nya områden."


def test_text_typed_in_a_multi_line_field_survives_ticking_a_link_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    _measures, detail = measures_tab(qtbot, window, 0)
    key = area_measures(window, 0)[0]
    centre = organisation(window, "Centrumföreningen Mörby")
    type_text(qtbot, editor(detail, "operational_goal", PlainTextEditor), "Tolv nya områden.")
    tick(qtbot, editor(detail, "partners", LinksEditor), centre)  # at once, within the pause
    qtbot.wait(PAUSE_MS + 200)
    stored = as_json(window, model.Measure, key)
    assert centre in stored["partners"]
    assert stored["operational_goal"] == "Tolv nya områden."


def test_pending_typing_is_stored_before_an_export(qtbot: QtBot, window: MainWindow) -> None:
    _measures, detail = measures_tab(qtbot, window, 0)
    key = area_measures(window, 0)[0]
    goal = editor(detail, "operational_goal", PlainTextEditor)
    focus(qtbot, goal.text)
    write(qtbot, goal.text, "Skrivet precis innan. ")
    with qtbot.waitSignal(window.export_requested, timeout=1000):
        window.actions_by_name["export"].trigger()
    stored = read(window, lambda s: record(s, model.Measure, key).operational_goal)
    assert stored.startswith("Skrivet precis innan. ")
    assert window.workspace.undo_stack.count() == 1  # that edit only


def test_closing_the_window_leaves_the_data_as_it_was(qtbot: QtBot, window: MainWindow) -> None:
    def everything(session: Session) -> dict[str, Any]:
        return record_to_json(session.scalars(select(model.Municipality)).one())

    before = read(window, everything)
    window.close()
    after = read(window, everything)
    changed = {name for name in before if before[name] != after[name]}
    assert changed == set()


# --- what is refused -----------------------------------------------------------------------------


def test_an_invalid_date_or_number_is_marked_and_not_stored(
    qtbot: QtBot, window: MainWindow
) -> None:
    _measures, detail = measures_tab(qtbot, window, 0)
    key = area_measures(window, 0)[0]  # 1.1: start 2021-02-01, 40 kkr

    def stored() -> tuple[Any, Any, Any]:
        return read(
            window,
            lambda s: (
                record(s, model.Measure, key).start_date,
                record(s, model.Measure, key).resources_kkr,
                record(s, model.Measure, key).resources_hours,
            ),
        )

    assert stored() == (date(2021, 2, 1), 40.0, 200.0)
    start = editor(detail, "start_date", DateEditor)
    for typed in ("2021-02-30", "01.02.2021", "2021-2-1"):
        type_text(qtbot, start, typed)
        assert start.property("invalid") is True
        assert "YYYY-MM-DD" in start.toolTip()
        assert start.line.text() == typed  # kept for the user to correct
    money = editor(detail, "resources_kkr", NumberEditor)
    type_text(qtbot, money, "12,5 kr")
    assert money.property("invalid") is True
    assert money.toolTip() == "Not a number: 12,5 kr"
    hours = editor(detail, "resources_hours", NumberEditor)
    type_text(qtbot, hours, "många")
    assert hours.property("invalid") is True
    assert stored() == (date(2021, 2, 1), 40.0, 200.0)
    assert undo_count(window) == 0

    # Corrected, it is stored and no longer marked.
    type_text(qtbot, start, "2021-02-15")
    assert start.property("invalid") is False
    assert start.toolTip() == ""
    type_text(qtbot, money, "1 234,5")
    assert money.property("invalid") is False
    assert stored() == (date(2021, 2, 15), 1234.5, 200.0)


def test_an_invalid_whole_number_is_not_stored(qtbot: QtBot, window: MainWindow) -> None:
    shown = open_page(qtbot, window, "situation")
    assert isinstance(shown, DocumentPage)
    open_details(qtbot, shown.panel)
    year = editor(shown.panel, "year", NumberEditor)
    before = read(window, lambda s: picture(s).year)
    type_text(qtbot, year, "2020,5")
    assert year.property("invalid") is True
    assert year.toolTip() == "A whole number is needed here."
    type_text(qtbot, year, "")
    assert year.property("invalid") is True
    assert year.toolTip() == "A number is needed here."
    assert read(window, lambda s: picture(s).year) == before
    assert undo_count(window) == 0


def test_a_refused_edit_is_told_in_the_status_bar_and_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    _measures, detail = measures_tab(qtbot, window, 0)
    key = area_measures(window, 0)[0]  # 1.1: 2021-02-01 to 2022-06-30
    before = as_json(window, model.Measure, key)
    with qtbot.captureExceptions() as errors:
        refused_edit(qtbot, window, detail, key, before)
    assert [str(error) for _kind, error, _trace in errors] == []


def refused_edit(
    qtbot: QtBot, window: MainWindow, detail: RecordPanel, key: str, before: dict[str, Any]
) -> None:
    deadline = editor(detail, "deadline", DateEditor)
    type_text(qtbot, deadline, "2020-12-31")
    reason = "The end date cannot be before the start date."
    assert window.statusBar().currentMessage() == reason
    assert as_json(window, model.Measure, key) == before
    assert undo_count(window) == 0  # a refused edit is no undo step
    assert deadline.line.text() == "2020-12-31"  # what was typed stays, to be corrected
    assert deadline.problem.text() == reason
    start = editor(detail, "start_date", DateEditor)
    type_text(qtbot, start, "2023-01-01")
    assert window.statusBar().currentMessage() == reason
    assert start.line.text() == "2023-01-01"
    assert start.problem.text() == reason
    assert as_json(window, model.Measure, key) == before


# --- filters ------------------------------------------------------------------------------------


def test_the_plans_table_is_filtered_by_unit_owner_and_status(
    qtbot: QtBot, window: MainWindow
) -> None:
    translations.install("en")  # the count of measures in its plural form
    measures, _detail = measures_tab(qtbot, window, 1)
    _m21, m22, m23, m24, m25 = area_measures(window, 1)
    second = area_key(window, 1)
    unit = measures.findChild(QComboBox, "filter-responsible_unit")
    owner = measures.findChild(QComboBox, "filter-owner_party")
    status = measures.findChild(QComboBox, "filter-latest_status")
    assert unit is not None
    assert owner is not None
    assert status is not None
    office = organisation(window, "Kommunledningskontoret")

    def matching(test: Callable[[model.Measure], bool]) -> list[str]:
        return read(window, lambda s: [m.uuid for m in plan(s).measures if test(m)])

    pick(qtbot, unit, unit.findData(office))
    assert shown_measures(measures, second) == [m23, m25]
    by_office = matching(
        lambda m: m.responsible_unit is not None and m.responsible_unit.uuid == office
    )
    assert shown_measures(measures) == by_office  # across every focus area
    # Each under its focus area; an area without one is left out.
    areas = read(
        window,
        lambda s: [
            a.uuid for a in plan(s).focus_areas if any(m.uuid in by_office for m in a.measures)
        ],
    )
    assert [key for key in shown_rows(measures) if key not in by_office] == areas
    pick(qtbot, owner, owner.findData(OwnerParty.KOMMUNEN))
    assert shown_measures(measures, second) == [m25]
    pick(qtbot, unit, 0)  # All
    assert shown_measures(measures, second) == [m22, m24, m25]
    pick(qtbot, status, status.findData(ProgressStatus.PAGAR))
    assert shown_measures(measures, second) == [m24]
    assert shown_measures(measures) == matching(
        lambda m: (
            m.owner_party is OwnerParty.KOMMUNEN
            and bool(m.follow_ups)
            and m.follow_ups[-1].status is ProgressStatus.PAGAR
        )
    )
    # The count says how many of how many.
    total = len(matching(lambda _m: True))
    count = measures.findChild(QLabel, "shown-count")
    assert count is not None
    assert count.text() == f"{len(shown_measures(measures))} of {total} measures shown"


# --- documents, municipalities and periods ----------------------------------------------------

DOCUMENTS = {
    "situation": "situation_picture",
    "plan": "action_plan",
    "promises": "citizen_promises",
    "evaluation": "evaluation",
    "report": "official_report",
}


def document_pages(window: MainWindow) -> dict[str, DocumentPage]:
    found = {name: page(window, name) for name in DOCUMENTS}
    overview = window.pages["overview"].findChildren(DocumentPage)
    found.update({shown.relation: shown for shown in overview})
    return found


def visit(qtbot: QtBot, window: MainWindow, name: str) -> DocumentPage:
    """Click the tab of a document (the agreement and endorsement are tabs of the overview);
    a page shows what is current when it is shown."""
    shown = document_pages(window)[name]
    if name in DOCUMENTS:
        open_page(qtbot, window, name)
    else:
        overview = open_page(qtbot, window, "overview")
        assert isinstance(overview, QTabWidget)
        click_tab(qtbot, overview, overview.indexOf(shown))
    assert shown.isVisible()
    return shown


def shows_document(document: DocumentPage) -> bool:
    return document.stack.currentWidget() is document.panel


def test_every_tab_of_the_demo_shows_its_document(qtbot: QtBot, window: MainWindow) -> None:
    assert window.municipality_box.currentText() == "Danderyds kommun"
    assert window.period_box.currentText() == "2021–2022"
    assert window.windowTitle() == "Danderyds kommun – 2021–2022 – BFA Desktop"
    expected = read(
        window,
        lambda s: {
            relation: getattr(current_period(s), relation).uuid
            for relation in (*DOCUMENTS.values(), "agreement", "endorsement")
        },
    )
    assert set(document_pages(window)) == {*DOCUMENTS, "agreement", "endorsement"}
    for index in range(window.tabs.count()):
        click_tab(qtbot, window.tabs, index)
        assert window.tabs.currentWidget().isVisible()
    for name in document_pages(window):
        document = visit(qtbot, window, name)
        relation = DOCUMENTS.get(name, name)
        assert shows_document(document), name
        assert not document.create_button.isVisible()
        open_details(qtbot, document.panel)
        assert document.panel.form.record is not None
        assert document.panel.form.record.key == expected[relation], name
        assert document.panel.form.isEnabled()
    visit(qtbot, window, "plan")
    plan_title = editor(page(window, "plan").panel, "title", LineEditor)
    assert plan_title.line.text() == read(window, lambda s: plan(s).title)
    # The overview shows the period, the municipality tab the municipality.
    period = window.content.period_panel.form.record
    assert period is not None
    assert period.key == window.period_box.currentData()
    municipality = window.content.municipality_panel.form.record
    assert municipality is not None
    assert municipality.key == window.municipality_box.currentData()


def test_the_period_combo_switches_between_the_periods(
    qtbot: QtBot, window: MainWindow, settings: UserSettings
) -> None:
    periods = read(
        window,
        lambda s: [(p.label, p.uuid) for p in s.scalars(select(model.Municipality)).one().periods],
    )
    assert [window.period_box.itemText(i) for i in range(window.period_box.count())] == [
        "2019–2020",
        "2021–2022",
    ]
    (earlier_label, earlier), (_label, later) = periods
    pick(qtbot, window.period_box, 0)
    assert window.workspace.period_key == earlier
    assert window.windowTitle() == f"Danderyds kommun – {earlier_label} – BFA Desktop"
    assert settings.get(LAST_PERIOD) == earlier
    # 2019–2020 has only its action plan.
    earlier_plan = read(window, lambda s: record(s, model.Period, earlier).action_plan.uuid)
    plan_page = visit(qtbot, window, "plan")
    assert shows_document(plan_page)
    assert plan_page.panel.form.record == RecordRef(model.ActionPlan, earlier_plan)
    evaluation = visit(qtbot, window, "evaluation")
    assert evaluation.create_button.isVisible()
    assert evaluation.create_button.isEnabled()
    assert evaluation.empty_text.text() == "This period has no evaluation yet."
    for name in ("situation", "promises", "report", "agreement", "endorsement"):
        assert not shows_document(visit(qtbot, window, name)), name
    period = window.content.period_panel.form.record
    assert period == RecordRef(model.Period, earlier)

    pick(qtbot, window.period_box, 1)
    assert window.workspace.period_key == later
    for name in document_pages(window):
        assert shows_document(visit(qtbot, window, name)), name
    assert settings.get(LAST_PERIOD) == later


def test_the_municipality_combo_switches_municipality_and_the_window_remembers(
    qtbot: QtBot, workspace: Workspace, settings: UserSettings
) -> None:
    with workspace.database.session() as session:
        other = create_municipality(session, "Täby kommun", "Lokalpolisområde Täby")
        other_period = create_period(session, other, 2023, 2024)
    first = MainWindow(workspace, settings)
    show(qtbot, first)
    danderyd = first.municipality_box.findData(first.workspace.municipality_key)
    assert first.municipality_box.itemText(danderyd) == "Danderyds kommun"
    pick(qtbot, first.municipality_box, first.municipality_box.findText("Täby kommun"))
    assert workspace.municipality_key == other
    assert [first.period_box.itemText(i) for i in range(first.period_box.count())] == ["2023–2024"]
    assert workspace.period_key == other_period
    assert not shows_document(visit(qtbot, first, "plan"))
    assert settings.get(LAST_MUNICIPALITY) == other

    # A new window opens where the last one was left (the choice is stored when made).
    second = MainWindow(Workspace(workspace.database), settings)
    show(qtbot, second)
    assert second.municipality_box.currentText() == "Täby kommun"
    assert second.period_box.currentText() == "2023–2024"
    pick(qtbot, second.municipality_box, second.municipality_box.findText("Danderyds kommun"))
    assert second.period_box.currentText() == "2021–2022"  # the latest period


def test_a_missing_document_is_created_with_its_button_and_the_creation_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    pick(qtbot, window.period_box, window.period_box.findText("2019–2020"))
    earlier = window.workspace.period_key
    evaluation = open_page(qtbot, window, "evaluation")
    assert isinstance(evaluation, DocumentPage)
    button = evaluation.findChild(QPushButton, "create-evaluation")
    assert button is evaluation.create_button
    qtbot.mouseClick(button, LEFT)

    created = read(window, lambda s: record(s, model.Period, earlier).evaluation)
    assert created is not None
    assert evaluation.stack.currentWidget() is evaluation.panel
    assert evaluation.panel.form.record == RecordRef(model.Evaluation, created.uuid)
    assert evaluation.panel.isVisible()
    assert window.workspace.undo_stack.undoText() == "add evaluation"
    type_text(qtbot, editor(evaluation.panel, "title", LineEditor), "Utvärdering 2019–2020")
    assert read(window, lambda s: record(s, model.Period, earlier).evaluation.title) == (
        "Utvärdering 2019–2020"
    )

    press(qtbot, window, UNDO)
    press(qtbot, window, UNDO)
    assert read(window, lambda s: record(s, model.Period, earlier).evaluation) is None
    assert evaluation.stack.currentWidget() is not evaluation.panel
    assert evaluation.create_button.isVisible()
    # Redo brings back the very same document.
    press(qtbot, window, REDO)
    again = read(window, lambda s: record(s, model.Period, earlier).evaluation)
    assert again is not None
    assert again.uuid == created.uuid
    assert evaluation.stack.currentWidget() is evaluation.panel


def test_shortcut_keys_of_the_window(qtbot: QtBot, window: MainWindow) -> None:
    """View › tab shortcuts (Ctrl+1…) and undo/redo only enabled when there is something."""
    assert not window.actions_by_name["undo"].isEnabled()
    assert not window.actions_by_name["redo"].isEnabled()
    for index in range(window.tabs.count()):
        press(qtbot, window, f"Ctrl+{index + 1}")
        assert window.tabs.currentIndex() == index
