"""Swedish conventions for document text, whatever the UI language: 2021-01-01, 1 234,5,
2021–2022. Explicit, so no process locale can change a document."""

from __future__ import annotations

from datetime import date

NO_BREAK_SPACE = "\u00a0"

MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]


def format_date(value: date | None) -> str:
    """ÅÅÅÅ-MM-DD; empty for no date."""
    return value.isoformat() if value else ""


def format_long_date(value: date) -> str:
    """ "18 november 2020", as running text writes it."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_number(value: float | None, decimals: int = 1, *, fixed: bool = False) -> str:
    """1 234,5 – a no-break space between thousands and a decimal comma, a real minus sign.
    Whole numbers lose their decimals unless `fixed` (for a column of comparable figures)."""
    if value is None:
        return ""
    if float(value).is_integer() and not fixed:
        text = f"{int(value):,}"
    else:
        text = f"{value:,.{decimals}f}"
    text = text.replace(",", " ").replace(".", ",").replace(" ", NO_BREAK_SPACE)
    return text.replace("-", "−")


def format_years(first: int, last: int) -> str:
    """2021–2022 with an en dash; a single year for a one-year span."""
    return str(first) if first == last else f"{first}–{last}"


def format_date_range(start: date | None, end: date | None) -> str:
    """2021-01-01 – 2022-12-31 (spaced en dash between dates)."""
    if start and end:
        return f"{format_date(start)} – {format_date(end)}"
    return format_date(start or end)
