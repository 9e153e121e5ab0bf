"""Hostile text for the fuzz tests: any code point (lone surrogates, NUL and other control
characters included), and the characters that have broken exporters before – right-to-left
marks, combining marks, emoji sequences, non-characters, markup and placeholders."""

from __future__ import annotations

from hypothesis import strategies as st

SPECIAL = (
    "\x00",
    "\x01",
    "\x0b",
    "\x0c",
    "\x1f",
    "\x7f",
    "\x85",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\ud800",  # lone surrogates
    "\udfff",
    "\ud83d",  # the first half of an emoji
    "\ue000",  # private use
    "\ue001",
    "\ufeff",
    "\ufffd",
    "\ufffe",
    "\uffff",
    "\U0010ffff",
    "\u200b",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202e",
    "\u2028",
    "\u2029",
    "\u0301",  # combining acute accent
    "e\u0301\u0302\u0303\u0304\u0305",
    "😀",
    "👩‍👩‍👧‍👦",
    "🇸🇪",
    "שלום",
    "مرحبا",
    "١٢٣",
    "漢字",
    "&amp;",
    "<b>",
    "</para>",
    '<font name="x">',
    "&#0;",
    "*",
    "**",
    "\\",
    "- ",
    "1. ",
    "    ",
    "{kommun}",
    "{sida}",
    "{innehåll}",
    "=SUMMA(A1)",
    "%PDF-",
    ")(",
)

# Every code point, surrogates included (and drawn often), or one of the pieces above.
hostile_character = st.one_of(
    st.characters(exclude_categories=()),
    st.characters(categories=["Cs", "Cc", "Cf", "Mn", "Co"]),
    st.sampled_from(SPECIAL),
)
hostile_text = st.lists(hostile_character, max_size=40).map("".join)


def huge_text(max_size: int) -> st.SearchStrategy[str]:
    """A short hostile piece repeated to between a thousand and `max_size` characters."""
    return st.builds(
        lambda piece, size: (piece * size)[:size],
        st.lists(hostile_character, min_size=1, max_size=12).map("".join),
        st.integers(min_value=1_000, max_value=max_size),
    )
