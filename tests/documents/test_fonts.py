"""Fonts the template names: the check reports each one the PDF cannot draw and what it draws
instead; a municipality's own font files (TrueType, or OpenType with PostScript outlines) are
checked and embedded in the template, where Word, LibreOffice and the PDF all find them."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from bfa_desktop.documents.embedded_fonts import (
    FontFace,
    FontFileError,
    check_font_file,
    deobfuscate,
    embed_fonts,
    embedded_font_names,
    obfuscate,
)
from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.template import StoredTemplate, check_template
from tests.documents.corpus import kustby, skogsby, storby
from tests.documents.font_samples import corporate_font
from tests.documents.test_page_layout import long_document


def pdf_fonts(data: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


def with_own_font(template: Path, *faces: bytes) -> StoredTemplate:
    word = docx.Document(str(template))
    embed_fonts(word, [check_font_file(f"font{n}.ttf", face) for n, face in enumerate(faces)])
    output = io.BytesIO()
    word.save(output)
    return StoredTemplate(template.name, output.getvalue())


@pytest.mark.parametrize(
    ("make", "missing", "drawn_with"),
    [
        (storby, "Georgia", "Liberation Serif"),
        (kustby, "Garamond", "Liberation Serif"),
        (skogsby, "Skogsby Sans", "Liberation Sans"),
    ],
    ids=["georgia", "garamond", "corporate"],
)
def test_the_check_names_each_missing_font_and_what_the_pdf_draws_instead(
    make: object, missing: str, drawn_with: str, tmp_path: Path
) -> None:
    report = check_template(make(tmp_path / "mall.docx"))  # type: ignore[operator]
    assert [(f.wanted, f.drawn_with) for f in report.substituted_fonts] == [(missing, drawn_with)]
    (warning,) = [w for w in report.warnings if missing in w]
    assert drawn_with in warning and "TTF" in warning
    # Calibri and Cambria have metric-compatible stand-ins: lines break as in Word.
    assert not any("Calibri" in w or "Cambria" in w for w in report.warnings)


def test_the_default_template_has_no_missing_font() -> None:
    assert check_template(None).substituted_fonts == []


@pytest.mark.parametrize("postscript", [False, True], ids=["truetype", "postscript-outlines"])
def test_a_municipalitys_own_font_is_embedded_in_the_template_and_the_pdf(
    postscript: bool, tmp_path: Path
) -> None:
    template = with_own_font(skogsby(tmp_path / "mall.docx"), corporate_font(postscript=postscript))
    assert check_template(template).substituted_fonts == []
    assert embedded_font_names(docx.Document(io.BytesIO(template.data))) == ["Skogsby Sans"]
    fonts = pdf_fonts(render_pdf(long_document(1), template))
    assert "Skogsby-Sans" in fonts, fonts
    assert not any(name.startswith("LiberationSans") for name in fonts)


def test_word_and_libreoffice_find_the_embedded_font(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")  # test_libreoffice.py requires it in CI
    template = with_own_font(skogsby(tmp_path / "mall.docx"), corporate_font())
    word = tmp_path / "dokument.docx"
    word.write_bytes(render_docx(long_document(1), template))
    settings = docx.Document(str(word)).settings.element
    assert (
        settings.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}embedTrueTypeFonts"
        )
        is not None
    )
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(word),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    assert "Skogsby Sans" in pdf_fonts((tmp_path / "dokument.pdf").read_bytes())


def test_embedding_a_face_again_replaces_it(tmp_path: Path) -> None:
    word = docx.Document(str(skogsby(tmp_path / "mall.docx")))
    first = check_font_file("a.ttf", corporate_font())
    embed_fonts(word, [first])
    done = embed_fonts(word, [check_font_file("b.ttf", corporate_font()), first])
    assert done == ["Skogsby Sans (normal)", "Skogsby Sans (normal)"]
    assert embedded_font_names(word) == ["Skogsby Sans"]


def test_bold_face_is_recognised() -> None:
    face = check_font_file("fet.ttf", corporate_font(bold=True))
    assert (face.bold, face.italic) == (True, False)
    assert face.description == "Skogsby Sans (fet)"


def test_obfuscation_is_its_own_inverse_and_touches_only_the_first_32_bytes() -> None:
    data = corporate_font()
    key = "{0B4C8A4E-5D2F-4B3A-9C1D-1234567890AB}"
    hidden = obfuscate(data, key)
    assert hidden[32:] == data[32:] and hidden[:32] != data[:32]
    assert deobfuscate(hidden, key) == data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "inte en typsnittsfil"),
        (b"", "inte en typsnittsfil"),
        (corporate_font()[:600], "skadad"),
        (corporate_font(fs_type=0x0002), "Licensen"),
        (corporate_font(characters="abcdefgh "), "saknar tecken"),
        (b"\x00\x01\x00\x00" + bytes(30 * 1024 * 1024), "för stor"),
    ],
    ids=["picture", "empty", "truncated", "restricted-licence", "subset", "huge"],
)
def test_a_file_that_cannot_be_used_as_a_font_is_refused_in_swedish(
    data: bytes, message: str
) -> None:
    with pytest.raises(FontFileError, match=message):
        check_font_file("typsnitt.ttf", data)


def test_a_subset_word_embedded_for_the_templates_own_text_is_not_used(tmp_path: Path) -> None:
    """Word's "embed only the characters used" keeps a few glyphs: the PDF would lack most
    letters, so the bundled stand-in draws and the check still reports the font."""
    word = docx.Document(str(skogsby(tmp_path / "mall.docx")))
    subset = corporate_font(characters="Skogsby ")
    embed_fonts(word, [FontFace("Skogsby Sans", bold=False, italic=False, data=subset)])
    output = io.BytesIO()
    word.save(output)
    template = StoredTemplate("mall.docx", output.getvalue())
    assert [f.wanted for f in check_template(template).substituted_fonts] == ["Skogsby Sans"]
