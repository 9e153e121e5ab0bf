"""Exporting a period: every document in both formats and the file names, choosing documents
and formats, refusals before anything is written, atomic writing when the disk is full or the
file is locked, progress, cancelling, internal sections, and the CLI's `export` verb."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import docx
import pdfplumber
import pypdf
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as WordParagraph
from sqlalchemy.orm import Session

from bfa_desktop.cli import ExitCode, main
from bfa_desktop.documents.compose import BUILDERS
from bfa_desktop.documents.template import TemplateError, default_template_path
from bfa_desktop.fileio import WriteError
from bfa_desktop.model import ActionPlan, Municipality, Period
from bfa_desktop.model.enums import DocumentKind, LegalBasis
from bfa_desktop.services.export import (
    ExistingFilesError,
    ExportCancelledError,
    ExportFormat,
    MissingDocumentError,
    export_period,
    file_name,
)
from bfa_desktop.services.lookup import find_municipality, find_period
from bfa_desktop.storage.database import Database
from tests.helpers import open_copy

CURRENT, EARLIER = "2021–2022", "2019–2020"
KOMMUN = "Danderyds kommun – "
# Quick to render, for the tests that are about writing rather than about the documents.
QUICK = DocumentKind.MOTESANTECKNINGAR
QUICK_NAME = f"{KOMMUN}Utdrag ur mötesanteckningar 2020-11-18"
QUICK_PDF = f"{QUICK_NAME}.pdf"
AGREEMENT_PDF = f"{KOMMUN}Samverkansöverenskommelse 2021–2022.pdf"
# The demo's documents as their files are named, in the order of "Handlingar i ärendet".
DEMO_NAMES = {
    DocumentKind.TJANSTEUTLATANDE: f"{KOMMUN}Tjänsteutlåtande 2021–2022",
    DocumentKind.HANDLINGSPLAN: f"{KOMMUN}Handlingsplan 2021–2022",
    DocumentKind.MEDBORGARLOFTEN: f"{KOMMUN}Medborgarlöften 2021–2022",
    DocumentKind.LAGESBILD: f"{KOMMUN}Gemensam lokal lägesbild 2020",
    DocumentKind.MOTESANTECKNINGAR: QUICK_NAME,
    DocumentKind.UTVARDERING: f"{KOMMUN}Utvärdering av tidigare handlingsplan 2019–2020",
    DocumentKind.OVERENSKOMMELSE: f"{KOMMUN}Samverkansöverenskommelse 2021–2022",
}
INTERNAL_HEADING = "Polisens bedömning (intern)"
INTERNAL_TEXT = "Uppgifterna bygger på underrättelseinformation och ska inte publiceras."


@pytest.fixture(scope="module")
def demo_database(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Path
) -> Iterator[Database]:
    """The demo, one copy for the module; the tests only read it."""
    database = open_copy(demo_template, tmp_path_factory.mktemp("export") / "bfa.sqlite3")
    yield database
    database.close()


@contextmanager
def demo_period(database: Database, wanted: str) -> Iterator[Period]:
    with database.sessions() as session:
        yield find_period(find_municipality(session, None), wanted)


@pytest.fixture
def period(demo_database: Database) -> Iterator[Period]:
    with demo_period(demo_database, CURRENT) as current:
        yield current


@pytest.fixture
def earlier(demo_database: Database) -> Iterator[Period]:
    with demo_period(demo_database, EARLIER) as found:
        yield found


@dataclass
class FullExport:
    folder: Path
    files: list[Path]
    progress: list[tuple[int, int, str]]
    titles: dict[DocumentKind, str]


@pytest.fixture(scope="module")
def full_export(demo_database: Database, tmp_path_factory: pytest.TempPathFactory) -> FullExport:
    """Every document of 2021–2022 in both formats, with the defaults, exported once."""
    folder = tmp_path_factory.mktemp("alla")
    calls: list[tuple[int, int, str]] = []
    with demo_period(demo_database, CURRENT) as current:
        result = export_period(current, folder, progress=lambda *call: calls.append(call))
        titles = {kind: BUILDERS[kind](current).info.title for kind in BUILDERS}
    return FullExport(folder, result.files, calls, titles)


def word_text(path: Path) -> str:
    word = docx.Document(str(path))
    return "\n".join(
        WordParagraph(p, None).text  # type: ignore[arg-type]
        for p in word.element.body.iter(qn("w:p"))
    )


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def leftovers(folder: Path) -> list[str]:
    """Temporary or partial files: anything hidden or ending in .tmp."""
    return [p.name for p in folder.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"]


def cli(database: Database, *args: str) -> int:
    return main(["--database", str(database.path), *args])


# --- what is exported ------------------------------------------------------------------------


def test_every_document_of_the_demo_is_exported_in_both_formats(full_export: FullExport) -> None:
    expected = [
        f"{DEMO_NAMES[kind]}.{extension}" for kind in BUILDERS for extension in ("docx", "pdf")
    ]
    assert [path.name for path in full_export.files] == expected
    assert "Danderyds kommun – Handlingsplan 2021–2022.pdf" in expected
    assert sorted(p.name for p in full_export.folder.iterdir()) == sorted(expected)


def test_every_exported_file_opens_and_has_its_title(full_export: FullExport) -> None:
    by_name = {path.name: path for path in full_export.files}
    for kind, title in full_export.titles.items():
        word = docx.Document(str(by_name[f"{DEMO_NAMES[kind]}.docx"]))
        assert word.paragraphs[0].text == title
        assert word.core_properties.title == title[:255]
        pdf = by_name[f"{DEMO_NAMES[kind]}.pdf"]
        assert pdf.read_bytes().startswith(b"%PDF-")
        reader = pypdf.PdfReader(pdf)
        assert reader.metadata is not None
        assert reader.metadata.title == title
        with pdfplumber.open(pdf) as plumbed:
            first_page = plumbed.pages[0].extract_text()
        assert " ".join(title.split()[:3]) in " ".join(first_page.split())


def test_progress_reports_each_file_in_order_and_ends_complete(full_export: FullExport) -> None:
    total = len(full_export.files)
    assert total == 14
    expected = [(done, total, path.name) for done, path in enumerate(full_export.files)]
    assert full_export.progress == [*expected, (total, total, "")]


def test_file_names_are_the_municipality_the_document_and_its_years(period: Period) -> None:
    """The evaluation is named after the period it evaluates, the lägesbild after its year,
    the minutes after their meeting."""
    for kind, name in DEMO_NAMES.items():
        assert file_name(period, kind, ExportFormat.PDF) == f"{name}.pdf"
    assert file_name(period, DocumentKind.HANDLINGSPLAN, ExportFormat.PDF) == (
        "Danderyds kommun – Handlingsplan 2021–2022.pdf"
    )
    assert file_name(period, DocumentKind.LAGESBILD, ExportFormat.DOCX) == (
        "Danderyds kommun – Gemensam lokal lägesbild 2020.docx"
    )
    assert file_name(period, DocumentKind.LAGESBILD, ExportFormat.DOCX, public=False) == (
        "Danderyds kommun – Gemensam lokal lägesbild 2020 (INTERN).docx"
    )


def test_under_the_law_the_plan_file_is_an_atgardsplan(session: Session) -> None:
    municipality = Municipality(name="Strängnäs kommun")
    period = Period(
        start_date=date(2023, 1, 1),
        end_date=date(2026, 12, 31),
        legal_basis=LegalBasis.LAG_2023_196,
        action_plan=ActionPlan(title=""),
    )
    municipality.periods.append(period)
    session.add(municipality)
    session.flush()
    assert file_name(period, DocumentKind.HANDLINGSPLAN, ExportFormat.PDF) == (
        "Strängnäs kommun – Åtgärdsplan 2023–2026.pdf"
    )


def test_hostile_and_huge_names_give_a_short_file_name_of_its_own(session: Session) -> None:
    municipality = Municipality(name='Å/k\\o:m*m?u"n<e>| \x01' + "ö" * 500 + "😀" * 50)
    period = Period(
        start_date=date(2021, 1, 1), end_date=date(2022, 12, 31), legal_basis=LegalBasis.FRIVILLIG
    )
    municipality.periods.append(period)
    session.add(municipality)
    session.flush()
    names = {
        file_name(period, kind, export_format, public=public)
        for kind in DocumentKind
        for export_format in ExportFormat
        for public in (True, False)
    }
    assert len(names) == len(DocumentKind) * 4  # each its own
    for name in names:
        assert len(name.encode("utf-8")) <= 200
        assert not set('/\\:*?"<>|\x01') & set(name)
        assert name.startswith("Å-k-o-m-m-u-n-e-- -öö")
    assert "– Handlingsplan 2021–2022 (INTERN).pdf" in "\n".join(names)


def test_chosen_documents_and_formats_only_in_the_usual_order(
    period: Period, tmp_path: Path
) -> None:
    result = export_period(
        period,
        tmp_path,
        documents=[DocumentKind.OVERENSKOMMELSE, QUICK],
        formats=[ExportFormat.PDF],
    )
    names = [QUICK_PDF, AGREEMENT_PDF]
    assert [path.name for path in result.files] == names
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)


def test_a_period_exports_only_the_documents_it_has(earlier: Period, tmp_path: Path) -> None:
    result = export_period(earlier, tmp_path, formats=[ExportFormat.DOCX])
    assert [path.name for path in result.files] == [f"{KOMMUN}Handlingsplan 2019–2020.docx"]


def test_a_document_the_period_lacks_is_refused_before_anything_is_written(
    earlier: Period, tmp_path: Path
) -> None:
    with pytest.raises(MissingDocumentError) as error:
        export_period(earlier, tmp_path, documents=[DocumentKind.HANDLINGSPLAN, QUICK])
    assert str(error.value) == "Perioden 2019–2020 saknar utdrag ur mötesanteckningar."
    assert list(tmp_path.iterdir()) == []


def test_a_bad_template_is_refused_before_anything_is_written(
    period: Period, tmp_path: Path
) -> None:
    bad = tmp_path / "mall.docx"
    bad.write_text("ingen Word-fil", encoding="utf-8")
    output = tmp_path / "ut"
    output.mkdir()
    with pytest.raises(TemplateError):
        export_period(period, output, documents=[QUICK], template=bad)
    assert list(output.iterdir()) == []


# --- internal material -----------------------------------------------------------------------


@pytest.mark.parametrize("export_format", list(ExportFormat))
def test_internal_sections_only_in_the_internal_export(
    export_format: ExportFormat, period: Period, tmp_path: Path
) -> None:
    read = word_text if export_format is ExportFormat.DOCX else pdf_text
    texts = {}
    for public in (True, False):
        folder = tmp_path / ("publik" if public else "intern")
        folder.mkdir()
        result = export_period(
            period,
            folder,
            documents=[DocumentKind.LAGESBILD],
            formats=[export_format],
            public=public,
        )
        texts[public] = " ".join(read(result.files[0]).split())
    assert INTERNAL_HEADING in texts[False]
    assert INTERNAL_TEXT in texts[False]
    assert "(intern)" not in texts[True]
    assert INTERNAL_TEXT not in texts[True]


# --- where it is written, and writing that fails ---------------------------------------------


def test_a_missing_output_folder_is_refused_and_not_created(period: Period, tmp_path: Path) -> None:
    missing = tmp_path / "finns" / "inte"
    with pytest.raises(WriteError) as error:
        export_period(period, missing, documents=[QUICK])
    assert "finns inte" in str(error.value)
    assert str(missing) in str(error.value)
    assert not (tmp_path / "finns").exists()


def test_a_folder_in_the_place_of_the_file_gives_a_clear_error(
    period: Period, tmp_path: Path
) -> None:
    (tmp_path / QUICK_PDF).mkdir()
    with pytest.raises(WriteError) as error:
        export_period(period, tmp_path, documents=[QUICK], formats=[ExportFormat.PDF])
    assert "det finns redan en mapp med det namnet" in str(error.value)
    assert (tmp_path / QUICK_PDF).is_dir()
    assert list((tmp_path / QUICK_PDF).iterdir()) == []
    assert [p.name for p in tmp_path.iterdir()] == [QUICK_PDF]


def raising(error: OSError) -> Callable[..., None]:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise error

    return fail


FAILURES: dict[str, tuple[str, OSError, str]] = {
    "disk_full": ("fsync", OSError(errno.ENOSPC, "No space left on device"), "disken är full"),
    "quota": ("fsync", OSError(errno.EDQUOT, "Disk quota exceeded"), "diskkvoten är slut"),
    "no_permission": (
        "replace",
        PermissionError(errno.EACCES, "Permission denied"),
        "saknar behörighet att skriva där",
    ),
    "locked": (
        "replace",
        OSError(errno.EBUSY, "Device or resource busy"),
        "filen används av ett annat program",
    ),
    "read_only": ("replace", OSError(errno.EROFS, "Read-only file system"), "skrivskyddad"),
}


@pytest.mark.parametrize("case", FAILURES)
def test_a_failed_write_explains_itself_and_leaves_the_old_file_alone(
    case: str, period: Period, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    where, failure, words = FAILURES[case]
    old = b"%PDF-1.4 den gamla versionen, som ska finnas kvar\n"
    target = tmp_path / QUICK_PDF
    target.write_bytes(old)
    if where == "fsync":
        monkeypatch.setattr(os, "fsync", raising(failure))
    else:
        monkeypatch.setattr(Path, "replace", raising(failure))
    with pytest.raises(WriteError) as error:
        export_period(
            period, tmp_path, documents=[QUICK], formats=[ExportFormat.PDF], overwrite=True
        )
    message = str(error.value)
    assert message.startswith(f"Kunde inte skriva {target}: ")
    assert words in message
    assert [p.name for p in tmp_path.iterdir()] == [QUICK_PDF]
    assert target.read_bytes() == old


def test_no_temporary_file_can_be_made_in_the_folder(
    period: Period, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "tempfile.mkstemp", raising(PermissionError(errno.EACCES, "Permission denied"))
    )
    with pytest.raises(WriteError) as error:
        export_period(period, tmp_path, documents=[QUICK])
    assert "saknar behörighet att skriva där" in str(error.value)
    assert list(tmp_path.iterdir()) == []


def test_a_file_open_in_word_on_windows_is_reported_as_in_use(
    period: Period, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sharing_violation = PermissionError(
        errno.EACCES,
        "The process cannot access the file because it is being used by another process",
    )
    sharing_violation.winerror = 32  # type: ignore[attr-defined]  # as Windows sets it
    monkeypatch.setattr(Path, "replace", raising(sharing_violation))
    with pytest.raises(WriteError) as error:
        export_period(period, tmp_path, documents=[QUICK], formats=[ExportFormat.PDF])
    assert "används av ett annat program" in str(error.value)


def test_cancel_after_the_first_file_keeps_it_whole_and_writes_no_more(
    period: Period, tmp_path: Path
) -> None:
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(bool(list(tmp_path.iterdir())))
        return asked[-1]  # True once a file is there

    with pytest.raises(ExportCancelledError):
        export_period(
            period,
            tmp_path,
            documents=[QUICK, DocumentKind.OVERENSKOMMELSE],
            cancelled=cancelled,
        )
    assert asked == [False, True]
    finished = tmp_path / f"{QUICK_NAME}.docx"
    assert [p.name for p in tmp_path.iterdir()] == [finished.name]
    assert docx.Document(str(finished)).paragraphs[0].text.startswith("Utdrag ur mötesanteckningar")
    assert leftovers(tmp_path) == []


# --- files that are there already ----------------------------------------------------------


def test_files_that_exist_are_listed_and_nothing_is_written(period: Period, tmp_path: Path) -> None:
    old = b"den gamla filen"
    (tmp_path / AGREEMENT_PDF).write_bytes(old)
    with pytest.raises(ExistingFilesError) as error:
        export_period(period, tmp_path, documents=[QUICK, DocumentKind.OVERENSKOMMELSE])
    assert error.value.files == [tmp_path / AGREEMENT_PDF]
    assert str(error.value) == (
        f"Filerna finns redan i {tmp_path} och ersätts inte:\n  {AGREEMENT_PDF}"
    )
    assert isinstance(error.value, WriteError)
    assert [p.name for p in tmp_path.iterdir()] == [AGREEMENT_PDF]  # not even the new ones
    assert (tmp_path / AGREEMENT_PDF).read_bytes() == old


def test_overwrite_replaces_them(period: Period, tmp_path: Path) -> None:
    (tmp_path / QUICK_PDF).write_bytes(b"den gamla filen")
    result = export_period(
        period, tmp_path, documents=[QUICK], formats=[ExportFormat.PDF], overwrite=True
    )
    assert result.files == [tmp_path / QUICK_PDF]
    assert (tmp_path / QUICK_PDF).read_bytes().startswith(b"%PDF-")


def test_the_other_edition_is_another_file(period: Period, tmp_path: Path) -> None:
    """The internal edition never takes the public one's place, nor the other way round."""
    public = export_period(period, tmp_path, documents=[QUICK], formats=[ExportFormat.PDF])
    internal = export_period(
        period, tmp_path, documents=[QUICK], formats=[ExportFormat.PDF], public=False
    )
    assert [p.name for p in public.files] == [QUICK_PDF]
    assert [p.name for p in internal.files] == [f"{QUICK_NAME} (INTERN).pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([QUICK_PDF, internal.files[0].name])


def test_the_internal_edition_says_so_in_its_metadata(period: Period, tmp_path: Path) -> None:
    result = export_period(period, tmp_path, documents=[QUICK], public=False)
    word_file, pdf_file = result.files
    properties = docx.Document(str(word_file)).core_properties
    metadata = pypdf.PdfReader(pdf_file).metadata
    assert metadata is not None
    for title, subject in (
        (properties.title, properties.subject),
        (metadata.title, metadata.subject),
    ):
        assert title.endswith(" (INTERN)")
        assert subject.startswith("INTERN – innehåller uppgifter som inte ska publiceras.")


# --- the command line ------------------------------------------------------------------------


def test_cli_exports_the_chosen_documents_and_lists_them(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli(
        demo_database,
        "export",
        "-o",
        str(tmp_path),
        "--period",
        "2021-2022",
        "-d",
        "overenskommelse",
        "-d",
        QUICK.value,
        "-f",
        "pdf",
    )
    assert code == ExitCode.OK
    names = [QUICK_PDF, AGREEMENT_PDF]
    out = capsys.readouterr().out
    assert f"Skapade 2 filer i {tmp_path}:" in out
    assert [line.strip() for line in out.splitlines()[1:]] == names
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)


@pytest.mark.parametrize("internal", [False, True])
def test_cli_internal_flag_decides_the_internal_sections(
    internal: bool,
    demo_database: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    flags = ["--internal"] if internal else []
    code = cli(
        demo_database, "export", "-o", str(tmp_path), "-d", "lagesbild", "-f", "docx", *flags
    )
    assert code == ExitCode.OK
    capsys.readouterr()
    edition = " (INTERN)" if internal else ""
    text = word_text(tmp_path / f"{DEMO_NAMES[DocumentKind.LAGESBILD]}{edition}.docx")
    assert (INTERNAL_HEADING in text) is internal
    assert ("(intern)" in text) is internal


def test_cli_document_the_period_lacks_exits_5_and_writes_nothing(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli(
        demo_database, "export", "-o", str(tmp_path), "--period", "2019-2020", "-d", "lagesbild"
    )
    assert code == ExitCode.NOT_FOUND == 5
    err = capsys.readouterr().err
    assert err == "bfa-desktop: Perioden 2019–2020 saknar gemensam lokal lägesbild.\n"
    assert list(tmp_path.iterdir()) == []


def test_cli_missing_output_folder_exits_6_and_creates_nothing(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "saknas"
    code = cli(demo_database, "export", "-o", str(missing), "-d", QUICK.value)
    assert code == ExitCode.WRITE_FAILED == 6
    err = capsys.readouterr().err
    assert err == f"bfa-desktop: Mappen {missing} finns inte.\n"
    assert not missing.exists()


def test_cli_full_disk_exits_6_with_the_reason_and_no_leftovers(
    demo_database: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(os, "fsync", raising(OSError(errno.ENOSPC, "No space left on device")))
    code = cli(demo_database, "export", "-o", str(tmp_path), "-d", QUICK.value, "-f", "pdf")
    assert code == ExitCode.WRITE_FAILED
    err = capsys.readouterr().err
    assert "disken är full" in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_cli_prints_the_template_warnings_and_still_exports(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    word = docx.Document()
    for name in ("Heading 2", "Heading 3"):
        element = word.styles[name].element
        element.getparent().remove(element)
    template = tmp_path / "mall.docx"
    word.save(str(template))
    output = tmp_path / "ut"
    output.mkdir()
    code = cli(
        demo_database,
        "export",
        "-o",
        str(output),
        "--template",
        str(template),
        "-d",
        QUICK.value,
        "-f",
        "docx",
    )
    assert code == ExitCode.OK == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"bfa-desktop: varning: Mallen saknar formatmallen {name!r}; programmets standard används."
        for name in ("Heading 2", "Heading 3", "Tabelltext")
    ]
    exported = output / f"{QUICK_NAME}.docx"
    assert "Skapade 1 filer" in captured.out
    styles = {style.name for style in docx.Document(str(exported)).styles}
    assert {"Heading 2", "Heading 3", "Tabelltext"} <= styles


def test_cli_default_template_gives_no_warnings(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = str(default_template_path())
    code = cli(
        demo_database,
        "export",
        "-o",
        str(tmp_path),
        "--template",
        template,
        "-d",
        "motesanteckningar",
        "-f",
        "docx",
    )
    assert code == ExitCode.OK
    assert capsys.readouterr().err == ""


def test_cli_refuses_to_replace_files_with_exit_6_and_lists_them(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = b"den gamla filen"
    for name in (QUICK_PDF, AGREEMENT_PDF):
        (tmp_path / name).write_bytes(old)
    args = ["export", "-o", str(tmp_path), "-d", QUICK.value, "-d", "overenskommelse"]
    code = cli(demo_database, *args)
    assert code == ExitCode.WRITE_FAILED == 6
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        f"bfa-desktop: Filerna finns redan i {tmp_path} och ersätts inte:",
        f"  {QUICK_PDF}",
        f"  {AGREEMENT_PDF}",
        "Ange --overwrite för att ersätta dem. Ingen fil skrevs.",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([QUICK_PDF, AGREEMENT_PDF])
    assert {(tmp_path / name).read_bytes() for name in (QUICK_PDF, AGREEMENT_PDF)} == {old}

    assert cli(demo_database, *args, "--overwrite") == ExitCode.OK
    assert "Skapade 4 filer" in capsys.readouterr().out
    assert (tmp_path / QUICK_PDF).read_bytes().startswith(b"%PDF-")
