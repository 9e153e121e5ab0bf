"""A corpus of municipalities' own Word templates and a large generated plan, for the tests
that hold our exports to what a secretary files: header and footer clear of the body, pages
as Word breaks them, no heading alone at the foot of a page.

    python -m tests.documents.corpus FOLDER

writes the templates into FOLDER to look at. Each template differs from the default in its own
ways (margins, fonts the program does not bundle, a tall header table with a logo, a different
first page, a placeholder Word has split over runs, a template text around {innehåll}). Header
and footer text is set in FURNITURE_COLOR, which nothing in the body uses, so a test can tell
the page furniture from the body by colour alone.
"""

from __future__ import annotations

import io
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph as WordParagraph
from sqlalchemy.orm import Session

from bfa_desktop.documents.styles import TABLE_TEXT_STYLE
from bfa_desktop.documents.template_logo import LOGO_ALT_TEXT
from bfa_desktop.documents.wordxml import remove_table_borders, set_alt_text, set_style_font
from bfa_desktop.model import (
    ActionPlan,
    EffectGoal,
    FocusArea,
    FocusAreaCause,
    Measure,
    MeasureFollowUp,
    Municipality,
    Organisation,
    Period,
    Person,
)
from bfa_desktop.model.enums import (
    FollowUpFrequency,
    LegalBasis,
    MeasureKind,
    OrganisationKind,
    OwnerParty,
    ProgressStatus,
    TrafficLight,
    WorkKind,
)
from bfa_desktop.paths import resource_path

FURNITURE_COLOR = RGBColor(0x1F, 0x4E, 0x79)  # header and footer text only
HEADING_COLOR = RGBColor(0x8B, 0x00, 0x00)


# --- templates -------------------------------------------------------------------------------


def logo_png() -> bytes:
    return resource_path("icons", "bfa-desktop.png").read_bytes()


def _new(
    margins_mm: tuple[float, float, float, float], distances_mm: tuple[float, float]
) -> WordDocument:
    """A4 with margins (top, bottom, left, right) and header/footer distances from the edge."""
    word = docx.Document()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    top, bottom, left, right = margins_mm
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance, section.footer_distance = Mm(distances_mm[0]), Mm(distances_mm[1])
    for paragraph in list(word.paragraphs):
        paragraph._p.getparent().remove(paragraph._p)
    return word


def _style(
    word: WordDocument,
    name: str,
    font: str,
    size: float,
    *,
    bold: bool = False,
    color: RGBColor | None = None,
    before: float | None = None,
    after: float | None = None,
) -> BaseStyle:
    styles = word.styles
    if name not in {style.name for style in styles}:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
    style = styles[name]
    set_style_font(style, font)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.color.rgb = color or RGBColor(0, 0, 0)
    if before is not None:
        style.paragraph_format.space_before = Pt(before)
    if after is not None:
        style.paragraph_format.space_after = Pt(after)
    for tag in ("w:pBdr", "w:tabs"):  # python-docx's own template gives some styles these
        p_pr = style.element.pPr
        for node in p_pr.findall(qn(tag)) if p_pr is not None else ():
            p_pr.remove(node)
    return style


def _bottom_border(style: BaseStyle, color: str = "8B0000", size_eighths: int = 12) -> None:
    p_pr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for attribute, value in (
        ("w:val", "single"),
        ("w:sz", str(size_eighths)),
        ("w:space", "4"),
        ("w:color", color),
    ):
        bottom.set(qn(attribute), value)
    borders.append(bottom)
    p_pr.append(borders)


def _furniture(paragraph: WordParagraph, text: str, *, size: float, bold: bool = False) -> None:
    """Header or footer text in the furniture colour; placeholders stay whole in one run."""
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.rgb = FURNITURE_COLOR


def _logo_table(part: object, word: WordDocument, width_mm: float, logo_mm: float) -> object:
    """A borderless two-column header table: the logo left, the document's details right."""
    table = part.add_table(rows=1, cols=2, width=Mm(width_mm))  # type: ignore[attr-defined]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    remove_table_borders(table._tbl)
    left_width, right_width = Mm(width_mm * 0.45), Mm(width_mm * 0.55)
    for column, width in zip(
        table._tbl.tblGrid.gridCol_lst, (left_width, right_width), strict=True
    ):
        column.w = width
    left, right = table.rows[0].cells
    left.width, right.width = left_width, right_width
    run = left.paragraphs[0].add_run()
    set_alt_text(run.add_picture(_logo_stream(), height=Mm(logo_mm)), LOGO_ALT_TEXT)
    return table


def _logo_stream() -> io.BytesIO:
    return io.BytesIO(logo_png())


def storby(path: Path) -> Path:
    """The issue's municipality: margins 30/20/25/25 mm, Georgia 11 body, dark-red Calibri
    headings, a Title with a bottom border, a header table with the logo and
    "{kommun} {dokumenttyp} Dnr {dnr} {datum}" and "Sida {sida} ({sidor})" taller than the top
    margin, a footer with {postadress} and {telefon}."""
    word = _new((30, 20, 25, 25), (12, 10))
    _style(word, "Normal", "Georgia", 11, after=6)
    title = _style(word, "Title", "Calibri", 22, bold=True, color=HEADING_COLOR, after=12)
    _bottom_border(title)
    _style(word, "Heading 1", "Calibri", 16, bold=True, color=HEADING_COLOR, before=18, after=6)
    _style(word, "Heading 2", "Calibri", 13, bold=True, color=HEADING_COLOR, before=12, after=4)
    _style(word, "Heading 3", "Calibri", 11, bold=True, color=HEADING_COLOR, before=10, after=2)
    _style(word, TABLE_TEXT_STYLE, "Georgia", 9, before=1, after=1)
    section = word.sections[0]
    header = section.header
    table = _logo_table(header, word, 160, 22)
    right = table.rows[0].cells[1]  # type: ignore[attr-defined]
    lines = ("{kommun}", "{dokumenttyp}", "Dnr {dnr}", "{datum}", "Sida {sida} ({sidor})")
    first, *rest = lines
    _furniture(right.paragraphs[0], first, size=10, bold=True)
    for line in rest:
        _furniture(right.add_paragraph(), line, size=9)
    for paragraph in right.paragraphs:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _furniture(footer, "{postadress} · Telefon {telefon}", size=8)
    word.save(str(path))
    return path


def kustby(path: Path) -> Path:
    """A different first page: a tall first-page header table with a large logo, a one-line
    header on later pages, Garamond 12 body with spacing before and after, margins
    20/20/30/15 mm, a placeholder split over three runs and a first-page footer table."""
    word = _new((20, 20, 30, 15), (8, 8))
    _style(word, "Normal", "Garamond", 12, before=2, after=8)
    _style(word, "Title", "Garamond", 26, bold=True, after=18)
    _style(word, "Heading 1", "Garamond", 18, bold=True, before=24, after=8)
    _style(word, "Heading 2", "Garamond", 14, bold=True, before=14, after=6)
    _style(word, "Heading 3", "Garamond", 12, bold=True, before=12, after=4)
    _style(word, TABLE_TEXT_STYLE, "Garamond", 10)
    section = word.sections[0]
    section.different_first_page_header_footer = True
    first_header = section.first_page_header
    first_header.is_linked_to_previous = False
    table = _logo_table(first_header, word, 165, 30)
    right = table.rows[0].cells[1]  # type: ignore[attr-defined]
    paragraph = right.paragraphs[0]
    for piece in ("{kom", "mu", "n}"):  # as Word splits a placeholder over runs
        _furniture(paragraph, piece, size=14, bold=True)
    for line in ("{enhet}", "{dokumenttyp}", "{datum}", "Dnr {dnr}"):
        _furniture(right.add_paragraph(), line, size=10)
    header = section.header.paragraphs[0]
    header.paragraph_format.tab_stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT)
    _furniture(header, "{kommun} – {titel}\tSida {sida} ({sidor})", size=9)
    first_footer = section.first_page_footer
    first_footer.is_linked_to_previous = False
    grid = first_footer.add_table(rows=1, cols=3, width=Mm(165))
    remove_table_borders(grid._tbl)
    for cell, text in zip(
        grid.rows[0].cells,
        ("Postadress\n{postadress}", "Telefon\n{telefon}", "E-post\n{epost}"),
        strict=True,
    ):
        _furniture(cell.paragraphs[0], text, size=8)
    _furniture(section.footer.paragraphs[0], "{webb}", size=8)
    word.save(str(path))
    return path


def skogsby(path: Path) -> Path:
    """A corporate font nobody has ("Skogsby Sans") in the body, Cambria headings, narrow
    margins 15/15/20/20 mm with a three-line header and a three-line footer reaching into
    them, and the document placed at {innehåll} between template text."""
    word = _new((15, 15, 20, 20), (8, 8))
    _style(word, "Normal", "Skogsby Sans", 10.5, after=6)
    _style(word, "Title", "Cambria", 24, bold=True, after=12)
    _style(word, "Heading 1", "Cambria", 15, bold=True, before=16, after=6)
    _style(word, "Heading 2", "Cambria", 12.5, bold=True, before=12, after=4)
    _style(word, "Heading 3", "Cambria", 11, bold=True, before=8, after=2)
    _style(word, TABLE_TEXT_STYLE, "Skogsby Sans", 8.5)
    section = word.sections[0]
    header = section.header
    first = header.paragraphs[0]
    first.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
    _furniture(first, "{kommun}\t{datum}", size=11, bold=True)
    second = header.add_paragraph()
    second.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
    _furniture(second, "{enhet}\tDnr {dnr}", size=9)
    third = header.add_paragraph()
    third.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
    _furniture(third, "{dokumenttyp}\tSida {sida} ({sidor})", size=9)
    footer = section.footer
    for index, text in enumerate(
        ("{kommun} · {besoksadress}", "{postadress} · {telefon}", "{epost} · {webb}")
    ):
        paragraph = footer.paragraphs[0] if index == 0 else footer.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _furniture(paragraph, text, size=8)
    word.add_paragraph("Skogsby kommun – dokument för samverkan", style="Normal")
    word.add_paragraph("{innehåll}")
    word.add_paragraph("Skogsby kommun arkiverar detta dokument enligt dokumenthanteringsplanen.")
    word.save(str(path))
    return path


TEMPLATES: dict[str, Callable[[Path], Path]] = {
    "storby": storby,
    "kustby": kustby,
    "skogsby": skogsby,
}


def write_templates(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {name: make(folder / f"{name}.docx") for name, make in TEMPLATES.items()}


# --- a generated plan ------------------------------------------------------------------------

WORDS = [
    "trygghet",
    "brott",
    "samverkan",
    "kommunen",
    "polisen",
    "fastighetsägare",
    "skolan",
    "fritidsgården",
    "centrum",
    "invånare",
    "ungdomar",
    "kväll",
    "helger",
    "belysning",
    "trygghetsvandring",
    "grannsamverkan",
    "nattvandring",
    "inbrott",
    "skadegörelse",
    "narkotika",
    "kameraövervakning",
    "ordningsvakter",
    "socialtjänsten",
    "fältassistenter",
    "föräldrar",
    "föreningar",
    "medborgardialog",
    "uppföljning",
    "lägesbild",
    "åtgärd",
    "insats",
    "region",
    "trafikförvaltningen",
    "bostadsbolaget",
    "områden",
]
UNITS = (
    "Socialförvaltningen",
    "Kommunledningsförvaltningen",
    "Kultur- och fritidsförvaltningen",
    "Samhällsbyggnadsförvaltningen",
    "Utbildningsförvaltningen",
)
PARTNERS = (
    "Lokalpolisområde Storby",
    "Bostads AB Storbyhem",
    "Föreningen Nattvandrarna i Storby",
    "Region Storlands trafikförvaltning",
    "Grannsamverkan i Storby",
)


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def _sentences(rng: random.Random, count: int) -> str:
    return " ".join(_sentence(rng, 8, 16) for _ in range(count))


def generated_plan(
    session: Session,
    areas: int = 5,
    per_area: int = 16,
    *,
    years: tuple[int, int] = (2025, 2025),
    follow_ups: int = 1,
) -> Period:
    """A municipality whose period's plan has areas × per_area measures with long texts: titles
    of 4–8 words, a description of a sentence and two steps, a follow-up. The
    default is the one-year plan of 80 measures."""
    rng = random.Random(20260101)
    municipality = Municipality(
        name="Storby kommun",
        short_name="Storby",
        postal_address="Box 1, 100 00 Storby",
        phone="0100-10 00 00",
        email="kommunen@storby.example",
        website="storby.example",
    )
    period = Period(
        start_date=date(years[0], 1, 1),
        end_date=date(years[1], 12, 31),
        legal_basis=LegalBasis.FRIVILLIG,
    )
    municipality.periods.append(period)
    units = [Organisation(name=name, kind=OrganisationKind.FORVALTNING) for name in UNITS]
    partners = [Organisation(name=name, kind=OrganisationKind.FORENING) for name in PARTNERS]
    persons = [
        Person(
            name=f"Person {n}",
            title="Trygghetssamordnare",
            phone=f"0100-10 00 {n:02}",
            email=f"person{n}@storby.example",
        )
        for n in range(8)
    ]
    municipality.organisations += units + partners
    municipality.persons += persons
    label = f"{years[0]}" if years[0] == years[1] else f"{years[0]}–{years[1]}"
    plan = ActionPlan(
        title=f"Handlingsplan för samverkan mot brott och för trygghet {label}",
        version="1.0",
        document_date=date(years[0] - 1, 11, 1),
        introduction=f"{_sentences(rng, 4)}\n\n{_sentences(rng, 3)}",
    )
    first_day = date(years[0], 1, 1)
    for _area in range(areas):
        area = FocusArea(
            title=_sentence(rng, 2, 4).rstrip("."),
            problem_text=_sentences(rng, 3),
            causes=[FocusAreaCause(text=_sentence(rng, 8, 14)) for _ in range(3)],
            goals=[
                EffectGoal(
                    text=_sentence(rng, 6, 12),
                    indicator=_sentence(rng, 4, 7),
                    baseline="42 %",
                    target="30 %",
                    target_date=date(years[1], 12, 31),
                )
                for _ in range(2)
            ],
        )
        for m in range(1, per_area + 1):
            start = first_day + timedelta(days=rng.randint(0, 200))
            steps = "\n".join(f"- {_sentence(rng, 4, 8)}" for _ in range(2))
            measure = Measure(
                title=f"{_sentence(rng, 4, 8).rstrip('.')}",
                description=f"{_sentences(rng, 1)}\n\n{steps}",
                operational_goal=_sentence(rng, 6, 10),
                kind=rng.choice(list(MeasureKind)),
                owner_party=rng.choice(list(OwnerParty)),
                responsible_unit=rng.choice(units),
                responsible_person=rng.choice(persons),
                partners=rng.sample(partners, k=1 + (m % 4 == 0)),
                causes=rng.sample(list(area.causes), k=rng.randint(1, 2)),
                start_date=start,
                deadline=None if m % 3 == 0 else start + timedelta(days=rng.randint(60, 160)),
                ongoing=m % 3 == 0,
                work_kind=rng.choice(list(WorkKind)),
                resources_kkr=float(rng.randint(0, 500)),
                resources_hours=float(rng.randint(0, 400)),
                resources_note=_sentence(rng, 3, 6) if m % 3 == 1 else "",
                # As in real plans, not every measure has every particular.
                indicator=_sentence(rng, 4, 7) if m % 3 else "",
                data_source=_sentence(rng, 2, 4) if m % 3 else "",
                follow_up_frequency=rng.choice(list(FollowUpFrequency)),
            )
            measure.follow_ups += [
                MeasureFollowUp(
                    period_label=f"{years[0]} halvår {half}",
                    follow_up_date=date(years[0], 6 * half, 28),
                    status=rng.choice(list(ProgressStatus)),
                    traffic_light=rng.choice(list(TrafficLight)),
                    traffic_light_text=_sentence(rng, 2, 4),
                    outcome=_sentence(rng, 6, 12),
                    comment=_sentence(rng, 3, 6) if m % 2 else "",
                )
                for half in range(1, follow_ups + 1)
            ]
            area.measures.append(measure)
        plan.focus_areas.append(area)
    period.action_plan = plan
    session.add(municipality)
    session.flush()
    return period


if __name__ == "__main__":
    for written in write_templates(Path(sys.argv[1])).values():
        print(written)
