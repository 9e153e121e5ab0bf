"""Compile the MSI with wixl (msitools) from a frozen folder.

    python packaging/windows/build_msi.py [FROZEN_FOLDER] [OUT_FOLDER]

On Windows, build.ps1 makes the real installer with the WiX Toolset from the Windows frozen
folder. Here, on Linux, the same WiX source is compiled against the Linux frozen folder: that
checks that the source compiles and lets the tests read the MSI's tables (properties,
registry rows, shortcut, upgrade). Such an MSI holds Linux files and is not for installing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from bfa_desktop import __version__  # noqa: E402


def build_msi(folder: Path, out: Path, *, program: str = "bfa-desktop") -> Path:
    """The MSI of `folder` in `out`; `program` is the file the Start-menu shortcut starts."""
    folder = folder.resolve()
    out.mkdir(parents=True, exist_ok=True)
    files = sorted(str(path) for path in folder.rglob("*") if path.is_file())
    with tempfile.TemporaryDirectory() as scratch:
        fragment = Path(scratch) / "files.wxs"
        harvested = subprocess.run(
            [
                "wixl-heat",
                "--prefix",
                f"{folder}/",  # the harvested sources become relative to the folder
                "--directory-ref",
                "INSTALLDIR",
                "--component-group",
                "AppFiles",
                "--var",
                "var.SourceDir",
                "--win64",
            ],
            input="\n".join(files) + "\n",
            capture_output=True,
            text=True,
            check=True,
        )
        fragment.write_text(harvested.stdout, encoding="utf-8")
        target = out.resolve() / f"bfa-desktop-{__version__}.msi"
        subprocess.run(
            [
                "wixl",
                "--arch",
                "x64",
                "-D",
                "SourceDir=.",  # wixl takes sources relative to where it runs
                "-D",
                f"Version={__version__}",
                "-D",
                f"ProgramExe={program}",
                "-D",
                "Win64=yes",  # the harvested components' attribute
                "-o",
                str(target),
                str(HERE / "bfa-desktop.wxs"),
                str(fragment),
            ],
            cwd=folder,
            capture_output=True,
            text=True,
            check=True,
        )
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "build/dist/bfa-desktop")
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "build")
    arguments = parser.parse_args()
    try:
        print(build_msi(arguments.folder, arguments.out))
    except subprocess.CalledProcessError as error:
        sys.exit(f"{' '.join(error.cmd[:1])} failed:\n{error.stderr}")


if __name__ == "__main__":
    main()
