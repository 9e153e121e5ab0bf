"""How BFA Desktop is frozen with PyInstaller, shared by the program's spec and the size
benchmark's bare window, so that both are frozen the same way: one folder, PySide6-Essentials'
Core, Gui and Widgets only, nothing of a toolkit, a test stack or the network."""

from __future__ import annotations

import sys
from pathlib import Path

from PyInstaller.archive.writers import ZlibArchiveWriter
from PyInstaller.building.build_main import COLLECT, EXE, PYZ, Analysis

WINDOWS = sys.platform == "win32"

UNUSED_QT_MODULES = (
    "QtNetwork",
    "QtQml",
    "QtQuick",
    "QtOpenGL",
    "QtDBus",
    "QtSql",
    "QtTest",
    "QtXml",
    "QtMultimedia",
    "QtPdf",
    "QtSvg",
    "QtDesigner",
    "QtHelp",
    "QtPrintSupport",
    "QtUiTools",
    "QtConcurrent",
    "QtNetworkAuth",
    "QtSpatialAudio",
    "QtStateMachine",
)
EXCLUDES = [
    "tkinter",
    "readline",
    "unittest",
    "pydoc",
    # The program never opens a network connection: no TLS, no OpenSSL.
    "ssl",
    "_ssl",
    "_hashlib",  # hashlib falls back to Python's own implementations
    *(f"PySide6.{module}" for module in UNUSED_QT_MODULES),
    # Pictures are decoded with Qt (bfa_desktop/documents/pictures.py); reportlab, which imports
    # Pillow, gets the stand-in of RUNTIME_HOOKS instead.
    "PIL",
    # python-docx uses lxml's etree only.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    # Optional extras of the libraries, unused here: syntax colouring (Mako, reportlab),
    # charset guessing (reportlab's XML reader), process pools.
    "pygments",
    "charset_normalizer",
    "multiprocessing",
    "doctest",
    # decimal's C twin is 1.7 MB; the program's few decimals are as exact in Python.
    "_decimal",
    "pytest",
    "hypothesis",
    "pypdf",
    "pdfplumber",
]

LEFT_OUT_PLUGINS = ("platformthemes/libqgtk3.so",)
RUNTIME_HOOKS = [str(Path(__file__).with_name("without_pillow.py"))]

# The modules' bytecode is stored uncompressed, for the package's xz packs it much smaller than
# zlib does module by module. (PyInstaller reads its environment variable for this on import,
# before a spec runs; the assert stops a build if the setting moves.)
assert hasattr(ZlibArchiveWriter, "_COMPRESSION_LEVEL")
ZlibArchiveWriter._COMPRESSION_LEVEL = 0


PYPHEN_DICTIONARIES = "pyphen/dictionaries/"


def freeze(
    name: str,
    entry: Path,
    *,
    datas: list[tuple[str, str]] | None = None,
    hiddenimports: list[str] | None = None,
    icon: Path | None = None,
) -> None:
    """One-folder build of `entry` into dist/`name`/. On Windows the program opens without a
    console window and a console twin (`name`-cli) runs the commands that write to the
    terminal; elsewhere one program does both."""
    analysis = Analysis(
        [str(entry)],
        pathex=[str(entry.parent.parent)],
        datas=datas or [],
        hiddenimports=hiddenimports or [],
        excludes=EXCLUDES,
        runtime_hooks=RUNTIME_HOOKS,
        noarchive=False,
        # Bytecode without docstrings (SQLAlchemy's alone are megabytes); no code here reads a
        # docstring or relies on an assert at run time, and the smoke test runs this build.
        optimize=2,
    )
    # Qt's GTK theme plugin would make every installation depend on GTK; Qt draws its own.
    analysis.binaries = [
        entry for entry in analysis.binaries if not entry[0].endswith(LEFT_OUT_PLUGINS)
    ]
    # Of pyphen's hyphenation dictionaries (its hook takes them all, 6 MB) only the Swedish:
    # the documents are Swedish.
    analysis.datas = [
        entry
        for entry in analysis.datas
        if not (entry[0].startswith(PYPHEN_DICTIONARIES) and "_sv" not in entry[0])
    ]
    pyz = PYZ(analysis.pure)

    def program(program_name: str, *, console: bool) -> EXE:
        return EXE(
            pyz,
            analysis.scripts,
            [],
            exclude_binaries=True,
            name=program_name,
            console=console,
            icon=str(icon) if icon and WINDOWS else None,
            strip=not WINDOWS,
            upx=False,
        )

    programs = [program(name, console=not WINDOWS)]
    if WINDOWS:
        programs.append(program(f"{name}-cli", console=True))
    # Symbols stripped, as Debian strips its packages' libraries (libpython alone loses 17 MB).
    COLLECT(*programs, analysis.binaries, analysis.datas, name=name, strip=not WINDOWS, upx=False)
