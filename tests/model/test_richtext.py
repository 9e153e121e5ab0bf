"""The stored rich-text subset: paragraphs, lists, bold, italic; everything else literal."""

from __future__ import annotations

from bfa_desktop.model.richtext import ListBlock, Paragraph, Span, escape, parse, plain_text


def test_empty_text_has_no_blocks() -> None:
    assert parse("") == ()
    assert parse("  \n\n ") == ()


def test_paragraphs_with_bold_and_italic() -> None:
    blocks = parse("Första **viktiga** stycket med *betoning*.\n\nAndra stycket.")
    assert blocks == (
        Paragraph(
            (
                Span("Första "),
                Span("viktiga", bold=True),
                Span(" stycket med "),
                Span("betoning", italic=True),
                Span("."),
            )
        ),
        Paragraph((Span("Andra stycket."),)),
    )


def test_bold_italic_together() -> None:
    assert parse("***båda***") == (Paragraph((Span("båda", bold=True, italic=True),)),)


def test_single_newline_joins_lines_and_two_spaces_break_the_line() -> None:
    assert parse("rad ett\nrad två") == (Paragraph((Span("rad ett rad två"),)),)
    assert parse("rad ett  \nrad två") == (Paragraph((Span("rad ett\nrad två"),)),)


def test_bullet_and_numbered_lists_keep_their_start() -> None:
    (bullets, numbers) = parse("- ett\n- två\n\n3. tre\n4. fyra")
    assert isinstance(bullets, ListBlock) and not bullets.ordered
    assert [item[0].text for item in bullets.items if isinstance(item[0], Paragraph)] == [
        "ett",
        "två",
    ]
    assert isinstance(numbers, ListBlock) and numbers.ordered and numbers.start == 3


def test_nested_list() -> None:
    (outer,) = parse("- ett\n  - ett a\n- två")
    assert isinstance(outer, ListBlock)
    first_item = outer.items[0]
    assert isinstance(first_item[1], ListBlock)
    assert first_item[1].items[0][0] == Paragraph((Span("ett a"),))


def test_everything_outside_the_subset_stays_literal() -> None:
    source = '# Rubrik <b>html</b> [länk](http://exempel.se) `kod` &amp; "citat"'
    assert parse(source) == (Paragraph((Span(source),)),)


def test_escaped_text_round_trips_literally() -> None:
    literal = "2*3*4 och _understruket_ och \\ bakstreck"
    assert plain_text(escape(literal)) == literal


def test_plain_text_puts_items_on_lines() -> None:
    assert plain_text("Inledning\n\n- a\n- **b**") == "Inledning\na\nb"


def test_hostile_text_does_not_break_the_parser() -> None:
    hostile = "\x00\x01\u202e" + "*" * 5000 + "[" * 5000 + "😀" * 1000
    assert plain_text(hostile)
    assert parse("- " * 2000)  # deep nesting is bounded by the parser


# --- writing the subset back ----------------------------------------------------------------

from hypothesis import example, given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from bfa_desktop.model.richtext import render  # noqa: E402

PIECES = [*"ab åä*_\\-+.)1203#<>&[]`\n\t ", "\n\n", "- ", "1. ", "  \n", "  - ", "**", "***"]
MARKUP_HEAVY = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@given(MARKUP_HEAVY)
@example("***a**_**")  # markers of neighbouring spans once ran together into `****`
@example("***a*****b**")
def test_rendered_blocks_read_back_as_the_same_blocks(source: str) -> None:
    blocks = parse(source)
    assert parse(render(blocks)) == blocks


def test_neighbouring_emphasis_is_nested_not_run_together() -> None:
    both_then_bold = (Paragraph((Span("a", bold=True, italic=True), Span("b", bold=True))),)
    assert render(both_then_bold) == "***a*b**"
    italic_then_bold = (Paragraph((Span("a", italic=True), Span("b", bold=True))),)
    assert parse(render(italic_then_bold)) == italic_then_bold


def test_render_writes_the_subset() -> None:
    blocks = parse("Vi **ska** *alltid*:\n\n- ett\n- två\n\n3. tre\n\nRad ett  \nrad två")
    assert render(blocks) == "Vi **ska** *alltid*:\n\n- ett\n- två\n\n3. tre\n\nRad ett\\\nrad två"


def test_literal_markup_is_escaped_when_written() -> None:
    literal = Paragraph((Span("2*3 = 6, _x_ och - inte en lista\n1. inte heller"),))
    assert parse(render((literal,))) == (literal,)
