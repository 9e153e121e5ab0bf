"""Runtime hook of the frozen program, which leaves Pillow out (packaging/freezing.py).

reportlab imports PIL.Image when it is imported, but needs it only to decode pictures, and the
program decodes its pictures with Qt (bfa_desktop/documents/pictures.py). This stand-in lets
reportlab import; a picture handed to reportlab to decode fails loudly instead of silently.
"""

import sys
import types


def _open(*_arguments: object, **_keywords: object) -> None:
    raise OSError("Pillow is not part of this program: pictures are decoded with Qt")


_pil = types.ModuleType("PIL", "Stand-in for Pillow, which this program leaves out.")
_image = types.ModuleType("PIL.Image", "Stand-in for Pillow's Image module.")
_image.open = _open  # type: ignore[attr-defined]
_pil.Image = _image  # type: ignore[attr-defined]
sys.modules["PIL"] = _pil
sys.modules["PIL.Image"] = _image
