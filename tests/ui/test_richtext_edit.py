"""The rich-text editor keeps the stored subset exactly, and edits it like a word processor."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from bfa_desktop.model.richtext import parse
from bfa_desktop.ui.richtext_edit import RichTextEdit, fill_document, read_document

PIECES = [*"ab åä*_\\-+.)1203#<>&\n\t ", "\n\n", "- ", "1. ", "  \n", "  - ", "**", "***"]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
@example("\\\na")  # a paragraph that begins with a line break
def test_any_stored_text_survives_the_editor(qtbot: QtBot, source: str) -> None:
    blocks = parse(source)
    document = QTextDocument()
    fill_document(document, blocks)
    assert read_document(document) == blocks


def test_markup_characters_typed_as_text_stay_text(qtbot: QtBot) -> None:
    editor = RichTextEdit()
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.editor, "2*3 = 6 och _inte_ kursiv")
    assert parse(editor.markdown())[0].spans[0].text == "2*3 = 6 och _inte_ kursiv"


def test_bold_shortcut_and_list_buttons(qtbot: QtBot) -> None:
    editor = RichTextEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    qtbot.keyClicks(editor.editor, "vanlig ")
    editor.toggle_bold()
    qtbot.keyClicks(editor.editor, "fet")
    assert editor.markdown() == "vanlig **fet**"
    editor.set_markdown("första\n\nandra")
    editor.editor.selectAll()
    editor.numbered_list()
    assert editor.markdown() == "1. första\n2. andra"


def test_setting_the_same_content_keeps_the_cursor(qtbot: QtBot) -> None:
    editor = RichTextEdit()
    qtbot.addWidget(editor)
    editor.set_markdown("Ett **två** tre")
    cursor = editor.editor.textCursor()
    cursor.setPosition(4)
    editor.editor.setTextCursor(cursor)
    editor.set_markdown("Ett\n**två** tre")  # written differently, same content
    assert editor.editor.textCursor().position() == 4
