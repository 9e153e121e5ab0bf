"""Pictures for the PDF, decoded by Qt.

reportlab decodes PNG and GIF with Pillow; the program decodes them with QtGui, which it has
anyway, so that Pillow need not be part of the frozen program. A JPEG goes into the PDF as it
is, as reportlab would put it there. Transparency becomes the picture's soft mask.
"""

from __future__ import annotations

import functools
import hashlib
import io

from PySide6.QtGui import QImage
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfutils import readJPEGInfo
from reportlab.platypus import Image as ImageFlowable

PNG, JPEG, GIF = b"\x89PNG\r\n\x1a\n", b"\xff\xd8", (b"GIF87a", b"GIF89a")


class PictureError(ValueError):
    """Not a PNG, JPEG or GIF that decodes."""


class PictureReader(ImageReader):
    """What reportlab's canvas reads of a picture: its size in pixels, its pixels as RGB or
    grey (`mode`), the JPEG itself when there is one, and the alpha channel as a grey picture
    of its own (`_dataA`), which becomes the soft mask."""

    def __init__(
        self,
        name: str,
        size: tuple[int, int],
        mode: str,
        pixels: bytes,
        *,
        alpha: PictureReader | None = None,
        jpeg: bytes | None = None,
    ) -> None:
        # reportlab's own __init__ decodes with Pillow; these are the fields its methods read.
        self._ident = None
        self.fileName = name
        self.fp = None
        self._image = None
        self._width, self._height = size
        self.mode = mode
        self._data = pixels
        self._dataA = alpha
        self._jpeg = jpeg

    def getRGBData(self) -> bytes:  # noqa: N802 (reportlab's name)
        return self._data

    def getTransparent(self) -> None:  # noqa: N802 (reportlab's name)
        return None  # transparency is in the soft mask

    def jpeg_fh(self) -> io.BytesIO | None:
        return io.BytesIO(self._jpeg) if self._jpeg is not None else None


class PictureFlowable(ImageFlowable):
    """reportlab's image flowable, drawing a picture read by `read_picture`."""

    def __init__(self, picture: PictureReader, width: float, height: float) -> None:
        # Found by the flowable's set-up, which would otherwise make a reader of its own.
        self._img = picture
        super().__init__(io.BytesIO(), width, height)


@functools.lru_cache(maxsize=4)  # a logo is drawn on every page
def read_picture(data: bytes) -> PictureReader:
    """The picture in `data` for reportlab; PictureError if it is not a PNG, JPEG or GIF
    that decodes."""
    if not data.startswith((PNG, JPEG, *GIF)):
        raise PictureError("not a PNG, JPEG or GIF")
    image = QImage.fromData(data)
    if image.isNull():
        raise PictureError("the picture does not decode")
    name = "picture-" + hashlib.sha256(data).hexdigest()
    size = (image.width(), image.height())
    mask = None
    if image.hasAlphaChannel():
        alpha = _pixels(image, QImage.Format.Format_Alpha8, 1)
        if alpha.count(255) < len(alpha):
            mask = PictureReader(f"{name}-alpha", size, "L", alpha)
    jpeg = data if data.startswith(JPEG) and _readable_jpeg(data) else None
    rgb = _pixels(image, QImage.Format.Format_RGB888, 3)
    return PictureReader(name, size, "RGB", rgb, alpha=mask, jpeg=jpeg)


def _pixels(image: QImage, pixel_format: QImage.Format, depth: int) -> bytes:
    """The pixels in `pixel_format` of `depth` bytes, row after row without Qt's padding."""
    converted = image.convertToFormat(pixel_format)  # kept alive while its bits are read
    data = converted.constBits().tobytes()
    row, stride = converted.width() * depth, converted.bytesPerLine()
    if row == stride:
        return data
    return b"".join(data[start : start + row] for start in range(0, len(data), stride))


def _readable_jpeg(data: bytes) -> bool:
    """Whether reportlab can read the JPEG's size and colours, as it must to embed it."""
    try:
        readJPEGInfo(io.BytesIO(data))
    except Exception:  # reportlab raises bare Exceptions on JPEGs it cannot parse
        return False
    return True
