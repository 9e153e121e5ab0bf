"""Editing the stored rich-text subset: bold, italic, bullet and numbered lists.

The text goes between the stored form and Qt's document through the subset's own blocks
(model.richtext), so what is written back is exactly the subset, escapes included."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolBar, QVBoxLayout, QWidget

from bfa_desktop.model.richtext import Block, ListBlock, Paragraph, Span, normalised, parse, render

LINE_SEPARATOR = "\u2028"  # a line break inside a paragraph, as Qt keeps it
_BULLET_STYLES = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)


class RichTextEdit(QWidget):
    text_edited = Signal()  # every keystroke or formatting change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QTextEdit(self)
        self.editor.setAcceptRichText(False)  # pasted HTML would bring what the subset lacks
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self.text_edited)
        self.toolbar = QToolBar(self)
        actions = [
            (self.tr("Bold"), QKeySequence.StandardKey.Bold, self.toggle_bold),
            (self.tr("Italic"), QKeySequence.StandardKey.Italic, self.toggle_italic),
            (self.tr("Bulleted list"), QKeySequence("Ctrl+Shift+L"), self.bullet_list),
            (self.tr("Numbered list"), QKeySequence("Ctrl+Shift+N"), self.numbered_list),
        ]
        for text, shortcut, slot in actions:
            action = self.toolbar.addAction(text, slot)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
            self.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.editor)
        self.setFocusProxy(self.editor)

    def markdown(self) -> str:
        return render(read_document(self.editor.document()))

    def set_markdown(self, value: str) -> None:
        if parse(value) == read_document(self.editor.document()):
            return  # same content: keep the cursor where it is
        self.editor.blockSignals(True)
        fill_document(self.editor.document(), parse(value))
        self.editor.blockSignals(False)

    def toggle_bold(self) -> None:
        bold = self.editor.fontWeight() > QFont.Weight.Normal
        character = QTextCharFormat()
        character.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self.editor.mergeCurrentCharFormat(character)
        self.text_edited.emit()

    def toggle_italic(self) -> None:
        character = QTextCharFormat()
        character.setFontItalic(not self.editor.fontItalic())
        self.editor.mergeCurrentCharFormat(character)
        self.text_edited.emit()

    def bullet_list(self) -> None:
        self._toggle_list(ordered=False)

    def numbered_list(self) -> None:
        self._toggle_list(ordered=True)

    def _toggle_list(self, *, ordered: bool) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        if current is not None and _is_ordered(current) == ordered:
            current.remove(cursor.block())  # out of the list again
            block = cursor.blockFormat()
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(_list_format(ordered, level=0, start=1))
        self.text_edited.emit()


# --- blocks ⇄ QTextDocument --------------------------------------------------------------------


def fill_document(document: QTextDocument, blocks: tuple[Block, ...]) -> None:
    document.clear()
    _Filler(QTextCursor(document)).blocks(blocks, level=-1)


class _Filler:
    def __init__(self, cursor: QTextCursor) -> None:
        self.cursor = cursor
        self.empty = True  # a cleared document already has one empty block

    def blocks(self, blocks: tuple[Block, ...], level: int) -> None:
        for block in blocks:
            if isinstance(block, Paragraph):
                self.paragraph(block, indent=level + 1)
            else:
                self.list_block(block, level + 1)

    def paragraph(self, paragraph: Paragraph, indent: int) -> None:
        if self.empty:
            self.empty = False
        else:
            self.cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        block_format = QTextBlockFormat()
        block_format.setIndent(indent)
        self.cursor.setBlockFormat(block_format)
        for span in paragraph.spans:
            character = QTextCharFormat()
            character.setFontWeight(QFont.Weight.Bold if span.bold else QFont.Weight.Normal)
            character.setFontItalic(span.italic)
            self.cursor.insertText(span.text.replace("\n", LINE_SEPARATOR), character)

    def list_block(self, block: ListBlock, level: int) -> None:
        text_list: QTextList | None = None
        for item in block.items:
            first, *rest = item or (Paragraph(()),)
            if not isinstance(first, Paragraph):  # the item starts with a nested list
                first, rest = Paragraph(()), [first, *rest]
            self.paragraph(first, indent=level + 1)
            if text_list is None:
                list_format = _list_format(block.ordered, level, block.start)
                text_list = self.cursor.createList(list_format)
            else:
                text_list.add(self.cursor.block())
            self.blocks(tuple(rest), level)


@dataclass
class _OpenList:
    text_list: QTextList
    level: int
    items: list[list[Block]] = field(default_factory=list)


def read_document(document: QTextDocument) -> tuple[Block, ...]:
    """The document as blocks of the subset (empty paragraphs between blocks are dropped)."""
    blocks: list[Block] = []
    open_lists: list[_OpenList] = []

    def close(down_to_level: int) -> None:
        while open_lists and open_lists[-1].level > down_to_level:
            finished = open_lists.pop()
            text_format = finished.text_list.format()
            list_block = ListBlock(
                ordered=_is_ordered(finished.text_list),
                start=text_format.start() if _is_ordered(finished.text_list) else 1,
                items=tuple(tuple(item) for item in finished.items),
            )
            if open_lists and open_lists[-1].items:
                open_lists[-1].items[-1].append(list_block)
            else:
                blocks.append(list_block)

    block = document.begin()
    while block.isValid():
        paragraph = Paragraph(_spans(block))
        text_list = block.textList()
        if text_list is not None:
            level = max(text_list.format().indent() - 1, 0)
            close(level)
            if (
                open_lists
                and open_lists[-1].level == level
                and open_lists[-1].text_list != text_list
            ):
                close(level - 1)
            if not open_lists or open_lists[-1].level < level:
                open_lists.append(_OpenList(text_list, level))
            open_lists[-1].items.append([paragraph] if paragraph.spans else [])
        elif block.blockFormat().indent() > 0 and open_lists and paragraph.spans:
            close(block.blockFormat().indent() - 1)
            open_lists[-1].items[-1].append(paragraph)  # a further paragraph of the item
        else:
            close(-1)
            if paragraph.spans:
                blocks.append(paragraph)
        block = block.next()
    close(-1)
    return tuple(blocks)


def _spans(block: QTextBlock) -> tuple[Span, ...]:
    pieces: list[Span] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            character = fragment.charFormat()
            text = fragment.text().replace(LINE_SEPARATOR, "\n")
            bold = character.fontWeight() > QFont.Weight.Normal
            pieces.append(Span(text, bold, character.fontItalic()))
        iterator += 1
    spans = list(normalised(pieces))
    # The parser drops white space at the ends of a paragraph; so does the editor. A line break
    # that begins a paragraph is kept by both.
    if spans:
        spans[0] = Span(spans[0].text.lstrip(" \t"), spans[0].bold, spans[0].italic)
        spans[-1] = Span(spans[-1].text.rstrip(), spans[-1].bold, spans[-1].italic)
    return tuple(span for span in spans if span.text)


def _is_ordered(text_list: QTextList) -> bool:
    return text_list.format().style() not in _BULLET_STYLES


def _list_format(ordered: bool, level: int, start: int) -> QTextListFormat:
    list_format = QTextListFormat()
    list_format.setStyle(
        QTextListFormat.Style.ListDecimal if ordered else _BULLET_STYLES[level % 3]
    )
    list_format.setIndent(level + 1)
    list_format.setStart(start)
    return list_format
