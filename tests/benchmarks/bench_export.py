"""Export benchmark: our Word and PDF renderers against plain python-docx and reportlab.

    python tests/benchmarks/bench_export.py [--repeat 5] [--demo-repeat 3]
        [--whole-plan-repeat 1] [--profile]

Not a pytest test (pytest does not collect tests/benchmarks). Every figure is a ratio against a
floor measured in the same run, so a slow or noisy machine shifts both sides alike. After one
untimed warm-up of every renderer, each measurement runs `runs` times, ours and its floor
interleaved, and the MINIMUM is reported (the least disturbed run); medians are in the JSON
printed at the end. Target: ours ≤ 1.5 × floor for whole documents. Exit status 1 if one is
missed.

Floors are plain code writing the same content with no template, styles, fields, fallback
fonts or page furniture:
  Word – the physical floor: WordprocessingML built with lxml directly (a paragraph per
         heading, paragraph, list item and line, a table with its grid, header row and
         cells), zipped with the three parts a Word file needs. Plain python-docx (add_table,
         then add_row() filling row.cells) is shown too, without a target: it is many times
         slower than either;
  PDF  – reportlab's SimpleDocTemplate with one embedded TTF font (Liberation Sans); a table is
         a Table of Paragraphs with the same cell texts, repeatRows=1.

Measurements:
  a) a generated two-year plan of 10 focus areas × 100 measures with two follow-ups each (the
     tests' generator, tests/documents/corpus.py; built with compose.plan.build from a
     temporary database): its ten measures tables – exactly the rows the floor writes – to
     Word; and the whole plan against the plain writer of the same tree;
  b) the same to PDF;
  c) the whole demo export (export_period, all documents, both formats) in absolute seconds
     with a per-document breakdown; the demo handlingsplan's measures tables (Word + PDF)
     against the plain floors; all demo documents against plain writers of the same trees.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import pstats
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.document import Document as WordDocument
from lxml import etree
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the tests' plan generator

from bfa_desktop.documents.compose import BUILDERS, build, has_document
from bfa_desktop.documents.compose import plan as plan_builder
from bfa_desktop.documents.compose.plan import MEASURE_COLUMNS
from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.tree import (
    Document,
    Facts,
    Heading,
    Image,
    ListBlock,
    PageBreak,
    Paragraph,
    Signatures,
    Span,
    Table,
)
from bfa_desktop.model import (
    Period,
)
from bfa_desktop.model.enums import (
    DocumentKind,
    label,
)
from bfa_desktop.paths import resource_path
from bfa_desktop.services.demo import load_demo
from bfa_desktop.services.export import export_period
from bfa_desktop.storage.database import Database, open_database
from tests.documents.corpus import generated_plan

TARGET = 1.5
PLAIN_FONT = "BenchPlainSans"


# --- timing ----------------------------------------------------------------------------------


@dataclass
class Result:
    name: str
    ours: list[float]
    floor: list[float] = field(default_factory=list)
    target: float | None = TARGET
    note: str = ""
    runs: int | None = None  # when ours and floor are sums of minima, not runs

    @property
    def count(self) -> int:
        return self.runs or len(self.ours)

    @property
    def ratio(self) -> float | None:
        return min(self.ours) / min(self.floor) if self.floor else None

    @property
    def ok(self) -> str:
        if self.ratio is None or self.target is None:
            return "–"
        return "OK" if self.ratio <= self.target else "NOT OK"

    def as_json(self) -> dict[str, object]:
        return {
            "measurement": self.name,
            "ours_min_s": round(min(self.ours), 4),
            "ours_median_s": round(statistics.median(self.ours), 4),
            "floor_min_s": round(min(self.floor), 4) if self.floor else None,
            "floor_median_s": round(statistics.median(self.floor), 4) if self.floor else None,
            "ratio_of_minima": round(self.ratio, 3) if self.ratio else None,
            "target": self.target,
            "ok": self.ok,
            "runs": self.count,
            "note": self.note,
        }


def once(work: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def compare(
    name: str,
    ours: Callable[[], object],
    floor: Callable[[], object] | None,
    repeat: int,
    *,
    target: float | None = TARGET,
    note: str = "",
) -> Result:
    """Runs ours and the floor alternately, `repeat` times each (see warm_up)."""
    result = Result(name, [], target=target if floor else None, note=note)
    for _ in range(repeat):
        result.ours.append(once(ours))
        if floor:
            result.floor.append(once(floor))
    return result


def warm_up(document: Document) -> None:
    """One untimed run of every renderer: imports, font registration and caches are done."""
    for render in (render_docx, render_pdf, plain_docx, direct_docx, plain_pdf):
        render(document)


# --- the generated plan ----------------------------------------------------------------------


def measures_tables(document: Document) -> Document:
    """The document's measures tables only: the content the table floors write."""
    tables = tuple(
        block
        for block in document.blocks
        if isinstance(block, Table) and block.header == MEASURE_COLUMNS
    )
    return Document(document.info, tables)


# --- plain floors ----------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def direct_docx(document: Document) -> bytes:
    """The tree as WordprocessingML built with lxml, element by element: the floor."""
    root = etree.Element(f"{{{W}}}document", nsmap={"w": W})
    body = etree.SubElement(root, f"{{{W}}}body")

    def paragraph(parent: etree._Element, spans: object, style: str = "") -> None:
        p = etree.SubElement(parent, f"{{{W}}}p")
        if style:
            properties = etree.SubElement(p, f"{{{W}}}pPr")
            etree.SubElement(properties, f"{{{W}}}pStyle").set(f"{{{W}}}val", style)
        for span in spans:  # type: ignore[attr-defined]
            run = etree.SubElement(p, f"{{{W}}}r")
            if span.bold:
                etree.SubElement(etree.SubElement(run, f"{{{W}}}rPr"), f"{{{W}}}b")
            text = etree.SubElement(run, f"{{{W}}}t")
            text.text = span.text
            text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    paragraph(body, [Span(document.info.title)], "Title")
    for block in document.blocks:
        if isinstance(block, Heading):
            paragraph(body, [Span(block.text)], f"Heading{block.level}")
        elif isinstance(block, Paragraph):
            paragraph(body, block.spans)
        elif isinstance(block, ListBlock):
            for item in _list_paragraphs(block):
                paragraph(body, item.spans, "ListParagraph")
        elif isinstance(block, Facts):
            for line in block.lines:
                paragraph(body, line.spans)
        elif isinstance(block, Table):
            _direct_table(body, block, paragraph)
        elif isinstance(block, Signatures):
            for signer in block.signers:
                paragraph(body, [Span("_" * 36)])
                paragraph(body, [Span(signer.name)])
    etree.SubElement(body, f"{{{W}}}sectPr")
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELATIONSHIPS)
        package.writestr("word/document.xml", etree.tostring(root, xml_declaration=True))
    return output.getvalue()


def _direct_table(body: etree._Element, block: Table, paragraph: Callable[..., None]) -> None:
    if block.caption:
        paragraph(body, [Span(block.caption)])
    table = etree.SubElement(body, f"{{{W}}}tbl")
    etree.SubElement(table, f"{{{W}}}tblPr")
    grid = etree.SubElement(table, f"{{{W}}}tblGrid")
    for _ in block.header:
        etree.SubElement(grid, f"{{{W}}}gridCol").set(f"{{{W}}}w", "1500")
    header = etree.SubElement(table, f"{{{W}}}tr")
    etree.SubElement(etree.SubElement(header, f"{{{W}}}trPr"), f"{{{W}}}tblHeader")
    for title in block.header:
        paragraph(etree.SubElement(header, f"{{{W}}}tc"), [Span(title, bold=True)])
    for row in block.rows:
        tr = etree.SubElement(table, f"{{{W}}}tr")
        for cell in row:
            tc = etree.SubElement(tr, f"{{{W}}}tc")
            for content in cell.paragraphs or (Paragraph(()),):
                paragraph(tc, content.spans)
    paragraph(body, [])


def plain_docx(document: Document) -> bytes:
    """The tree written with plain python-docx: no template, no styles of our own."""
    word = docx.Document()
    word.add_heading(document.info.title, level=0)
    for block in document.blocks:
        if isinstance(block, Heading):
            word.add_heading(block.text, level=min(max(block.level, 1), 3))
        elif isinstance(block, Paragraph):
            _plain_paragraph(word.add_paragraph(), block)
        elif isinstance(block, ListBlock):
            for paragraph in _list_paragraphs(block):
                _plain_paragraph(word.add_paragraph(style="List Bullet"), paragraph)
        elif isinstance(block, Facts):
            for line in block.lines:
                _plain_paragraph(word.add_paragraph(), line)
        elif isinstance(block, Table):
            _plain_table(word, block)
        elif isinstance(block, Signatures):
            for signer in block.signers:
                word.add_paragraph("_" * 36)
                word.add_paragraph(f"{signer.name}\n{signer.title}")
        elif isinstance(block, Image):
            word.add_picture(io.BytesIO(block.data), width=int(block.width_mm * 36000))
        elif isinstance(block, PageBreak):
            word.add_page_break()
    output = io.BytesIO()
    word.save(output)
    return output.getvalue()


def _plain_table(word: WordDocument, block: Table) -> None:
    """add_table with a header row, then add_row() filling row.cells, the same cell texts."""
    if block.caption:
        word.add_paragraph(block.caption)
    table = word.add_table(rows=1, cols=len(block.header))
    table.style = word.styles["Table Grid"]
    for cell, title in zip(table.rows[0].cells, block.header, strict=True):
        cell.paragraphs[0].add_run(title).bold = True
    for row in block.rows:
        for cell, content in zip(table.add_row().cells, row, strict=True):
            first, *rest = content.paragraphs or (Paragraph(()),)
            _plain_paragraph(cell.paragraphs[0], first)
            for paragraph in rest:
                _plain_paragraph(cell.add_paragraph(), paragraph)
    word.add_paragraph()


def _plain_paragraph(target: object, paragraph: Paragraph) -> None:
    for span in paragraph.spans:
        run = target.add_run(span.text)  # type: ignore[attr-defined]
        run.bold = span.bold or None
        run.italic = span.italic or None


def _list_paragraphs(block: ListBlock) -> Iterator[Paragraph]:
    for item in block.items:
        for child in item:
            if isinstance(child, ListBlock):
                yield from _list_paragraphs(child)
            else:
                yield child


def register_plain_font() -> None:
    path = resource_path("fonts", "LiberationSans-Regular.ttf")
    pdfmetrics.registerFont(TTFont(PLAIN_FONT, str(path)))


def plain_pdf(document: Document) -> bytes:
    """The tree laid out with plain reportlab: SimpleDocTemplate, one embedded TTF font."""
    body = ParagraphStyle("body", fontName=PLAIN_FONT, fontSize=12, leading=14, spaceAfter=6)
    small = ParagraphStyle("cell", fontName=PLAIN_FONT, fontSize=9, leading=10.5)
    headings = {
        level: ParagraphStyle(f"h{level}", body, fontSize=size, leading=size * 1.2)
        for level, size in ((0, 20), (1, 14), (2, 12), (3, 11))
    }
    width = A4[0] - 50 * mm
    story: list[Flowable] = [PdfParagraph(escape(document.info.title), headings[0])]
    for block in document.blocks:
        if isinstance(block, Heading):
            story.append(PdfParagraph(escape(block.text), headings[min(max(block.level, 1), 3)]))
        elif isinstance(block, Paragraph):
            story.append(PdfParagraph(escape(block.text), body))
        elif isinstance(block, ListBlock):
            story += [PdfParagraph(escape(p.text), body) for p in _list_paragraphs(block)]
        elif isinstance(block, Facts):
            story += [PdfParagraph(escape(line.text), small) for line in block.lines]
        elif isinstance(block, Table):
            if block.caption:
                story.append(PdfParagraph(escape(block.caption), body))
            rows = [[PdfParagraph(escape(title), small) for title in block.header]]
            rows += [
                [PdfParagraph(escape(cell.text).replace("\n", "<br/>"), small) for cell in row]
                for row in block.rows
            ]
            columns = len(block.header)
            table = PdfTable(rows, colWidths=[width / columns] * columns, repeatRows=1)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
            story += [table, Spacer(1, 12)]
        elif isinstance(block, Signatures):
            for signer in block.signers:
                story.append(PdfParagraph(escape(f"{'_' * 36} {signer.name}"), body))
        elif isinstance(block, PageBreak):
            story.append(PdfPageBreak())
    output = io.BytesIO()
    SimpleDocTemplate(
        output, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, initialFontName=PLAIN_FONT
    ).build(story)
    return output.getvalue()


# --- measurements ----------------------------------------------------------------------------


@contextmanager
def temporary_database() -> Iterator[Database]:
    with tempfile.TemporaryDirectory(prefix="bfa-bench-") as folder:
        database = open_database(Path(folder) / "bench.sqlite3")
        try:
            yield database
        finally:
            database.close()


def generated_tree() -> tuple[Document, list[float]]:
    """The 1 000-measure plan's tree, and the times of building it (3 builds)."""
    with temporary_database() as database:
        with database.session() as session:
            period_id = generated_plan(
                session, areas=10, per_area=100, years=(2025, 2026), follow_ups=2
            ).id
        with database.sessions() as session:
            period = session.get_one(Period, period_id)
            times = [once(lambda: plan_builder.build(period)) for _ in range(3)]
            plan = plan_builder.build(period)
    rows = sum(len(t.rows) for t in measures_tables(plan).blocks if isinstance(t, Table))
    assert rows == 1000, rows
    return plan, times


def generated(plan: Document, repeat: int, whole_repeat: int) -> list[Result]:
    tables = measures_tables(plan)
    results = [
        compare(
            "a) 1 000 measures tables → Word",
            lambda: render_docx(tables),
            lambda: direct_docx(tables),
            repeat,
            target=None,
            note="render_docx vs WordprocessingML written with lxml directly; no target: "
            "the template's fixed cost (opening, checking, laying out, saving its parts) is "
            "most of so small a document",
        ),
        compare(
            "a) 1 000 measures tables → Word, python-docx",
            lambda: plain_docx(tables),
            lambda: direct_docx(tables),
            repeat,
            target=None,
            note="plain python-docx's per-cell API vs lxml directly, for reference",
        ),
        compare(
            "b) 1 000 measures tables → PDF",
            lambda: render_pdf(tables),
            lambda: plain_pdf(tables),
            repeat,
            note="render_pdf vs plain reportlab Table of Paragraphs",
        ),
    ]
    if whole_repeat:
        results += [
            compare(
                "a) whole 1 000-measure plan → Word",
                lambda: render_docx(plan),
                lambda: direct_docx(plan),
                whole_repeat,
                note="render_docx vs the same tree written with lxml directly",
            ),
            compare(
                "b) whole 1 000-measure plan → PDF",
                lambda: render_pdf(plan),
                lambda: plain_pdf(plan),
                whole_repeat,
                note="render_pdf vs plain reportlab of the same tree",
            ),
        ]
    return results


@dataclass
class DocumentTimes:
    name: str
    build: float
    docx: float
    plain_docx: float
    pdf: float
    plain_pdf: float


def demo(repeat: int, demo_repeat: int) -> tuple[list[Result], list[DocumentTimes]]:
    with temporary_database() as database:
        with database.session() as session:
            load_demo(session)
        with database.sessions() as session:
            period = session.scalars(select(Period).order_by(Period.start_date)).all()[-1]
            kinds = [kind for kind in BUILDERS if has_document(period, kind)]
            trees = {kind: build(period, kind) for kind in kinds}

            def export() -> None:
                with tempfile.TemporaryDirectory(prefix="bfa-bench-export-") as folder:
                    export_period(period, Path(folder))

            whole = compare(
                f"c) demo export_period ({len(kinds)} documents × 2)",
                export,
                None,
                demo_repeat,
                note="absolute; includes check_template, builds and atomic writes",
            )
            breakdown = []
            for kind in kinds:
                build_s = min(once(lambda kind=kind: build(period, kind)) for _ in range(repeat))
                word = compare(
                    "",
                    lambda t=trees[kind]: render_docx(t),
                    lambda t=trees[kind]: plain_docx(t),
                    repeat,
                )
                pdf = compare(
                    "",
                    lambda t=trees[kind]: render_pdf(t),
                    lambda t=trees[kind]: plain_pdf(t),
                    repeat,
                )
                breakdown.append(
                    DocumentTimes(
                        label(kind),
                        build_s,
                        min(word.ours),
                        min(word.floor),
                        min(pdf.ours),
                        min(pdf.floor),
                    )
                )
    tables = measures_tables(trees[DocumentKind.HANDLINGSPLAN])
    results = [
        whole,
        compare(
            "c) demo handlingsplan measures tables → Word + PDF",
            lambda: (render_docx(tables), render_pdf(tables)),
            lambda: (plain_docx(tables), plain_pdf(tables)),
            repeat,
            note="render_docx + render_pdf vs plain python-docx + reportlab",
        ),
        Result(
            "c) all demo documents → Word + PDF (renderers)",
            [sum(t.docx + t.pdf for t in breakdown)],
            [sum(t.plain_docx + t.plain_pdf for t in breakdown)],
            runs=repeat,
            note="sums of the per-document minima below; floor = the same trees, plain writers",
        ),
    ]
    return results, breakdown


# --- output ----------------------------------------------------------------------------------


def print_table(results: list[Result]) -> None:
    header = ("measurement", "runs", "ours (s)", "floor (s)", "ratio", "target", "OK")
    rows = [
        (
            r.name,
            str(r.count),
            f"{min(r.ours):.3f}",
            f"{min(r.floor):.3f}" if r.floor else "–",
            f"{r.ratio:.2f}×" if r.ratio else "–",
            f"≤ {r.target}×" if r.target else "–",
            r.ok,
        )
        for r in results
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        first, *rest = (
            f"{c:<{w}}" if i == 0 else f"{c:>{w}}"
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )
        return "  ".join([first, *rest])

    print(line(header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def print_breakdown(breakdown: list[DocumentTimes], repeat: int) -> None:
    print(f"\nPer document of the demo (seconds, minimum of {repeat} runs; plain = floor):")
    header = ("document", "build", "docx", "plain", "ratio", "pdf", "plain", "ratio")
    print("{:<42}{:>7}{:>8}{:>8}{:>7}{:>8}{:>8}{:>7}".format(*header))
    for t in breakdown:
        print(
            f"{t.name:<42}{t.build:>7.3f}{t.docx:>8.3f}{t.plain_docx:>8.3f}"
            f"{t.docx / t.plain_docx:>6.2f}×{t.pdf:>8.3f}{t.plain_pdf:>8.3f}"
            f"{t.pdf / t.plain_pdf:>6.2f}×"
        )


def profile(plan: Document, top: int) -> None:
    """cProfile of our renderers on the whole 1 000-measure plan: the top functions of our
    own code by cumulative time (time spent in them and what they call)."""
    for name, work in (("render_docx", render_docx), ("render_pdf", render_pdf)):
        profiler = cProfile.Profile()
        profiler.enable()
        work(plan)
        profiler.disable()
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream).sort_stats("cumulative")
        stats.print_stats(r"bfa_desktop", top)
        print(f"\n=== cProfile {name}(1 000-measure plan), our code by cumulative time ===")
        print("\n".join(line for line in stream.getvalue().splitlines()[-top - 3 :] if line))
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream).sort_stats("tottime")
        stats.print_stats(top)
        print(f"--- {name}: all code by own time ---")
        print("\n".join(line for line in stream.getvalue().splitlines()[-top - 3 :] if line))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement")
    parser.add_argument("--demo-repeat", type=int, default=3, help="runs of whole-demo figures")
    parser.add_argument(
        "--whole-plan-repeat",
        type=int,
        default=1,
        help="runs of the whole 1 000-measure plan (minutes each; 0 leaves it out)",
    )
    parser.add_argument("--profile", action="store_true", help="cProfile the renderers")
    parser.add_argument("--top", type=int, default=25, help="functions shown per profile")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    register_plain_font()
    plan, build_times = generated_tree()
    warm_up(Document(plan.info, plan.blocks[:40]))
    results = generated(plan, args.repeat, args.whole_plan_repeat)
    results.append(
        Result(
            "1 000 measures: build the tree",
            build_times,
            target=None,
            note="compose.plan.build, loading from the database",
        )
    )
    demo_results, breakdown = demo(args.repeat, args.demo_repeat)
    results += demo_results
    print(
        f"Export benchmark, Python {sys.version.split()[0]}: ours and floor are the MINIMUM "
        "of `runs` runs;\nratio = min(ours) / min(floor); medians are in the JSON.\n"
    )
    print_table(results)
    print_breakdown(breakdown, args.repeat)
    print("\nJSON:")
    print(json.dumps([r.as_json() for r in results], ensure_ascii=False, indent=1))
    print(f"\n(benchmark took {time.perf_counter() - started:.0f} s)")
    if args.profile:
        profile(plan, args.top)
    return 0 if all(r.ok != "NOT OK" for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
