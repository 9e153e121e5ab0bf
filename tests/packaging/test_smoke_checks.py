"""The smoke test's own checks fail when they should: output on stderr, a Word file that is not
Swedish, a PDF whose fonts are not the bundled ones or not embedded, a failing command."""

from __future__ import annotations

import sys
from pathlib import Path

import docx
import pytest
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from smoke_test import SmokeError, check_pdf, check_word, run

from bfa_desktop.documents.fonts import FAMILIES, face


def python(code: str, tmp_path: Path) -> str:
    return run(sys.executable, "-c", code, env={"PATH": "/usr/bin:/bin"}, cwd=tmp_path)


def test_output_on_stderr_fails_unless_allowed(tmp_path: Path) -> None:
    assert python("print('ok')", tmp_path) == "ok\n"
    with pytest.raises(SmokeError, match="varning"):
        python("import sys; print('varning', file=sys.stderr)", tmp_path)
    allowed = "Fontconfig warning: No writable cache directories"
    python(f"import sys; print({allowed!r}, file=sys.stderr)", tmp_path)


def test_a_failing_command_fails(tmp_path: Path) -> None:
    with pytest.raises(SmokeError, match="exit 3"):
        python("raise SystemExit(3)", tmp_path)


def test_a_word_file_without_swedish_fails(tmp_path: Path) -> None:
    path = tmp_path / "engelska.docx"
    document = docx.Document()
    document.add_paragraph("Plain English text without any Nordic letters. " * 10)
    document.save(str(path))
    with pytest.raises(SmokeError, match="Swedish"):
        check_word(path)


def test_a_pdf_with_a_font_that_is_not_bundled_fails(tmp_path: Path) -> None:
    path = tmp_path / "helvetica.pdf"
    page = canvas.Canvas(str(path))
    page.setFont("Helvetica", 12)  # a standard font: not embedded
    page.drawString(72, 720, "Kommunstyrelsen föreslås besluta")
    page.save()
    with pytest.raises(SmokeError, match="Helvetica is not a bundled one"):
        check_pdf(path)


def test_a_pdf_in_a_bundled_embedded_font_passes(tmp_path: Path) -> None:
    path = tmp_path / "liberation.pdf"
    page = canvas.Canvas(str(path), initialFontName=face(FAMILIES["sans"]))
    page.drawString(72, 720, "Kommunstyrelsen föreslås besluta")
    page.save()
    check_pdf(path)
