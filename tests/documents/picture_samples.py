"""Sample pictures in the three formats a logo or chart may have, and what a PDF holds of them.

The samples are made and read back with Pillow, the reference decoder here (the tests, not the
program, may use it): a PNG with a graded alpha channel, a palette GIF with a transparent
colour, and a JPEG.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import docx
import pypdf
from docx.shared import Mm
from PIL import Image as PillowImage

from bfa_desktop.documents.default_template import build as build_default_template

PNG_SIZE, GIF_SIZE, JPEG_SIZE = (120, 60), (80, 40), (90, 45)


def encoded(image: PillowImage.Image, format_name: str, **options: object) -> bytes:
    output = io.BytesIO()
    image.save(output, format_name, **options)
    return output.getvalue()


def png_with_alpha() -> bytes:
    """Four coloured quarters, transparent on the left and opaque on the right."""
    width, height = PNG_SIZE
    image = PillowImage.new("RGBA", PNG_SIZE)
    image.putdata(
        [
            (
                255 if x < width // 2 else 0,
                128 if y < height // 2 else 0,
                200,
                255 * x // (width - 1),
            )
            for y in range(height)
            for x in range(width)
        ]
    )
    return encoded(image, "PNG")


def palette_gif() -> bytes:
    """A blue disc and a red stripe on a transparent white background (palette index 0)."""
    width, height = GIF_SIZE
    image = PillowImage.new("P", GIF_SIZE, 0)
    image.putpalette([255, 255, 255, 0, 0, 255, 255, 0, 0] + [0] * (253 * 3))
    image.putdata(
        [
            1 if (x - width // 2) ** 2 + (y - height // 2) ** 2 < 18**2 else 2 if x < 5 else 0
            for y in range(height)
            for x in range(width)
        ]
    )
    return encoded(image, "GIF", transparency=0)


def jpeg() -> bytes:
    """Red on the left, green on the right."""
    image = PillowImage.new("RGB", JPEG_SIZE, (20, 160, 60))
    image.paste((200, 30, 30), (0, 0, JPEG_SIZE[0] // 2, JPEG_SIZE[1]))
    return encoded(image, "JPEG", quality=90)


def samples() -> dict[str, bytes]:
    return {"png": png_with_alpha(), "gif": palette_gif(), "jpeg": jpeg()}


def template_with_pictures(path: Path, pictures: dict[str, bytes], width_mm: float = 20) -> None:
    """The bundled template with `pictures` side by side in the footer of every page."""
    document = build_default_template()
    section = document.sections[0]
    for footer in {id(f): f for f in (section.footer, section.first_page_footer)}.values():
        run = footer.add_paragraph().add_run()
        for data in pictures.values():
            run.add_picture(io.BytesIO(data), width=Mm(width_mm))
    document.save(str(path))
    assert docx.Document(str(path)).sections[0].footer.paragraphs  # a template Word reads


@dataclass(frozen=True)
class PdfPicture:
    size: tuple[int, int]  # pixels
    colour_space: str
    filters: tuple[str, ...]
    data: bytes  # RGB pixels, or the JPEG as embedded
    mask: bytes | None  # the soft mask's grey pixels
    placed: tuple[tuple[float, float], ...]  # width and height in points, wherever drawn


def pdf_pictures(pdf: bytes) -> dict[tuple[int, int], PdfPicture]:
    """The PDF's pictures by their size in pixels, with where they are drawn."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    placed: dict[int, list[tuple[float, float]]] = {}
    objects: dict[int, pypdf.generic.StreamObject] = {}
    for page in reader.pages:
        names = page["/Resources"].get("/XObject", {})
        scale = (1.0, 1.0)
        for operands, operator in pypdf.generic.ContentStream(
            page.get_contents(), reader
        ).operations:
            if operator == b"cm":
                scale = (float(operands[0]), float(operands[3]))
            elif operator == b"Do" and operands[0] in names:
                reference = names.raw_get(operands[0])
                stream = reference.get_object()
                if stream.get("/Subtype") == "/Image":
                    objects[reference.idnum] = stream
                    placed.setdefault(reference.idnum, []).append(scale)
    pictures = {}
    for number, stream in objects.items():
        mask = stream.get("/SMask")
        filters = stream.get("/Filter", ())
        size = (int(stream["/Width"]), int(stream["/Height"]))
        pictures[size] = PdfPicture(
            size,
            str(stream["/ColorSpace"]),
            tuple(str(f) for f in (filters if isinstance(filters, list) else [filters])),
            stream.get_data(),
            mask.get_object().get_data() if mask is not None else None,
            tuple(placed[number]),
        )
    return pictures


def assert_pictures_intact(pictures: dict[tuple[int, int], PdfPicture]) -> None:
    """The PDF's pictures hold the samples' pixels and transparency."""
    png = rgba(png_with_alpha())
    assert pictures[PNG_SIZE].colour_space == "/DeviceRGB"
    assert pictures[PNG_SIZE].data == png.convert("RGB").tobytes()
    assert pictures[PNG_SIZE].mask == png.getchannel("A").tobytes()

    gif = rgba(palette_gif())
    alpha = gif.getchannel("A").tobytes()
    assert set(alpha) == {0, 255}
    assert pictures[GIF_SIZE].mask == alpha
    opaque = [index for index, value in enumerate(alpha) if value == 255]
    rgb, expected = pictures[GIF_SIZE].data, gif.convert("RGB").tobytes()
    assert all(rgb[3 * i : 3 * i + 3] == expected[3 * i : 3 * i + 3] for i in opaque)

    assert pictures[JPEG_SIZE].filters[-1] == "/DCTDecode"
    assert pictures[JPEG_SIZE].data == jpeg()
    assert pictures[JPEG_SIZE].mask is None


def rgba(data: bytes) -> PillowImage.Image:
    return PillowImage.open(io.BytesIO(data)).convert("RGBA")
