"""Pictures reach the PDF decoded by Qt, never by Pillow, which the frozen program leaves out:
the right size, the same pixels, transparency as a soft mask, a JPEG embedded as it is."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image as PillowImage
from reportlab.lib.units import mm

from bfa_desktop.documents.pictures import PictureError, read_picture
from bfa_desktop.documents.profile import drawable
from tests.documents.picture_samples import (
    GIF_SIZE,
    JPEG_SIZE,
    PNG_SIZE,
    assert_pictures_intact,
    encoded,
    jpeg,
    pdf_pictures,
    png_with_alpha,
    rgba,
    samples,
)

ROOT = Path(__file__).resolve().parents[2]
WIDTH_MM = 60

# Run as the frozen program runs: Pillow replaced by the bundle's stand-in (so that any attempt
# to decode with it fails), no QGuiApplication, and the export in a worker thread.
WITHOUT_PILLOW = """
import json, runpy, sys, threading
from pathlib import Path

runpy.run_path(sys.argv[1])
from bfa_desktop.documents.profile import drawable
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.tree import Document, DocumentInfo, Image
from bfa_desktop.model.enums import DocumentKind

folder = Path(sys.argv[2])
pictures = {name: (folder / name).read_bytes() for name in ("png", "gif", "jpeg")}
info = DocumentInfo(
    DocumentKind.LAGESBILD, "Bilder", "Lägesbild", "Provkommun", logo=pictures["gif"]
)
width = float(sys.argv[3])
document = Document(info, tuple(Image(data, name, width) for name, data in pictures.items()))

def export():
    (folder / "out.pdf").write_bytes(render_pdf(document))

worker = threading.Thread(target=export)
worker.start()
worker.join()
print(json.dumps({
    "drawable": {name: drawable(data) for name, data in pictures.items()},
    "pillow": sorted(name for name in sys.modules if name.split(".")[0] == "PIL"),
    "stand_in": sys.modules["PIL"].__doc__,
    "qt_application": "PySide6.QtWidgets" in sys.modules,
}))
"""


def test_pdf_pictures_without_pillow(tmp_path: Path) -> None:
    for name, data in samples().items():
        (tmp_path / name).write_bytes(data)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            WITHOUT_PILLOW,
            str(ROOT / "packaging" / "without_pillow.py"),
            str(tmp_path),
            str(WIDTH_MM),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.pdf").exists(), result.stderr  # the worker thread did not fail
    report = json.loads(result.stdout)
    assert report["drawable"] == {"png": True, "gif": True, "jpeg": True}
    assert report["pillow"] == ["PIL", "PIL.Image"]  # the stand-in, and nothing else of Pillow
    assert report["stand_in"].startswith("Stand-in")
    assert not report["qt_application"]

    pictures = pdf_pictures((tmp_path / "out.pdf").read_bytes())
    assert set(pictures) == {PNG_SIZE, GIF_SIZE, JPEG_SIZE}
    for size, picture in pictures.items():
        # Each body picture at the width asked for; the GIF is the logo in the header too.
        assert any(
            w == pytest.approx(WIDTH_MM * mm, abs=0.01)
            and h == pytest.approx(WIDTH_MM * mm * size[1] / size[0], abs=0.01)
            for w, h in picture.placed
        )
    assert len(pictures[GIF_SIZE].placed) == 2
    assert_pictures_intact(pictures)


def test_read_picture_gives_size_pixels_and_mask() -> None:
    picture = read_picture(png_with_alpha())
    assert picture.getSize() == PNG_SIZE
    assert picture.mode == "RGB"
    assert picture.getRGBData() == rgba(png_with_alpha()).convert("RGB").tobytes()
    assert picture._dataA is not None
    assert picture._dataA.mode == "L"
    assert picture._dataA.getRGBData() == rgba(png_with_alpha()).getchannel("A").tobytes()
    assert picture.jpeg_fh() is None


def test_an_opaque_picture_has_no_mask() -> None:
    assert read_picture(jpeg())._dataA is None
    opaque = rgba(png_with_alpha())
    opaque.putalpha(255)
    assert read_picture(encoded(opaque, "PNG"))._dataA is None


def test_a_jpeg_is_handed_over_as_it_is() -> None:
    handle = read_picture(jpeg()).jpeg_fh()
    assert handle is not None
    assert handle.read() == jpeg()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a picture at all",
        b"BM" + bytes(60),  # a BMP, which Qt reads but Word and the PDF need not
        png_with_alpha()[:40],  # cut off after the header
        b"\xff\xd8\xff\xe0" + bytes(50),  # a JPEG start and nothing
        b"GIF89a" + bytes(10),
    ],
    ids=["empty", "text", "bmp", "cut-off png", "broken jpeg", "broken gif"],
)
def test_what_does_not_decode_is_refused(data: bytes) -> None:
    with pytest.raises(PictureError):
        read_picture(data)
    assert not drawable(data)


@pytest.mark.parametrize("size", [(1, 1), (7, 3), (33, 5)])
def test_rows_of_any_width_keep_their_pixels(size: tuple[int, int]) -> None:
    """Qt pads each row to whole 4-byte words; reportlab wants the rows packed."""
    sample = PillowImage.new("RGBA", size)
    sample.putdata(
        [
            (x * 7 % 256, y * 40 % 256, 90, (x + y) * 20 % 256)
            for y in range(size[1])
            for x in range(size[0])
        ]
    )
    picture = read_picture(encoded(sample, "PNG"))
    assert picture.getRGBData() == sample.convert("RGB").tobytes()
    assert picture._dataA is not None
    assert picture._dataA.getRGBData() == sample.getchannel("A").tobytes()
