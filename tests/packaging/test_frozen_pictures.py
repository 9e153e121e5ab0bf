"""The frozen program, which leaves Pillow out, still puts pictures in its PDFs: a template with
a PNG with transparency, a palette GIF and a JPEG in its footer exports with all three intact.

Needs the frozen folder (packaging/build_linux.sh); see test_packages.py for when a missing
build skips and when it fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from tests.documents.picture_samples import (
    GIF_SIZE,
    JPEG_SIZE,
    PNG_SIZE,
    assert_pictures_intact,
    pdf_pictures,
    samples,
    template_with_pictures,
)
from tests.packaging.test_packages import ROOT, built

sys.path.insert(0, str(ROOT / "packaging"))
from smoke_test import run, scratch_environment

WIDTH_MM = 20


def export_with_pictures(program: list[str], home: Path) -> bytes:
    """The situation picture of the demo as PDF, on a template with the sample pictures."""
    env = scratch_environment(home)
    template = home / "bildmall.docx"
    template_with_pictures(template, samples(), WIDTH_MM)
    database, output = str(home / "data.sqlite3"), home / "export"
    output.mkdir()
    run(program[0], *program[1:], "--database", database, "demo", env=env, cwd=home)
    arguments = ("export", "-d", "lagesbild", "-f", "pdf", "-o", str(output))
    options = ("--template", str(template))
    run(program[0], *program[1:], "--database", database, *arguments, *options, env=env, cwd=home)
    (pdf,) = output.glob("*.pdf")
    return pdf.read_bytes()


def test_the_frozen_folder_has_no_pillow() -> None:
    folder = built("")
    assert not (folder / "_internal" / "PIL").exists()
    assert not list(folder.rglob("pillow.libs"))
    assert not list(folder.rglob("*_imaging*.so"))


def test_the_frozen_program_exports_pictures_intact(tmp_path: Path) -> None:
    program = built("") / "bfa-desktop"
    pictures = pdf_pictures(export_with_pictures([str(program)], tmp_path))
    assert {PNG_SIZE, GIF_SIZE, JPEG_SIZE} <= set(pictures)
    for size in (PNG_SIZE, GIF_SIZE, JPEG_SIZE):
        width, height = pictures[size].placed[0]
        assert width == pytest.approx(WIDTH_MM * mm, abs=0.1)
        assert height == pytest.approx(WIDTH_MM * mm * size[1] / size[0], abs=0.1)
    assert_pictures_intact(pictures)


def test_the_check_works_on_the_program_from_source(tmp_path: Path) -> None:
    """The same export from the source tree, so that the check itself is known to hold."""
    pictures = pdf_pictures(export_with_pictures([sys.executable, "-m", "bfa_desktop"], tmp_path))
    assert {PNG_SIZE, GIF_SIZE, JPEG_SIZE} <= set(pictures)
    assert_pictures_intact(pictures)
