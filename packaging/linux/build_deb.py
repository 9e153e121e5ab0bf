"""Build the Debian package from the frozen folder, with Debian's own tools.

    python packaging/linux/build_deb.py [--fast] [FROZEN_FOLDER] [OUT_FOLDER]

Layout: the program in /opt/bfa-desktop, the command /usr/bin/bfa-desktop (a link), a desktop
entry, icons and the copyright file. The dependencies are the shared libraries the frozen
folder needs from the system, found by dpkg-shlibdeps; the build machine must have them
installed (packaging/linux/build-packages.txt). dpkg-deb builds the package as root:root
without needing root. Nothing under /etc or the users' homes is part of the package, so
removing it leaves the machine's settings and the users' data alone.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from bfa_desktop import __version__  # noqa: E402

DESCRIPTION = """\
documents of the crime-prevention collaboration (BFA)
 For Swedish municipalities and the police: the joint situation picture,
 the action plan, the citizen promises, the evaluation and the official
 report to the municipal board, edited in a local database and exported
 as Word and PDF on the municipality's own template. Works offline."""
# A theme plugin left out of the folder (see packaging/freezing.py) is not analysed either.
NOT_ANALYSED = ("libqgtk3.so",)


def build_deb(
    folder: Path,
    out: Path,
    *,
    package: str = "bfa-desktop",
    version: str = __version__,
    dependencies: bool = True,
    fast: bool = False,
) -> Path:
    """The .deb of `folder` in `out`. Without `dependencies` (the size benchmark's bare
    window) the package declares none. `fast` compresses less (xz -1: a package ~10 % bigger
    in a sixth of the time), for builds that are only tested."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch_name:
        root = Path(scratch_name) / "root"
        program = root / "opt" / package
        shutil.copytree(folder, program, symlinks=True)
        _install_integration(root, package)
        control = {
            "Package": package,
            "Version": version,
            "Architecture": _architecture(),
            "Maintainer": "BFA Desktop <bfa-desktop@localhost>",
            "Section": "office",
            "Priority": "optional",
            "Installed-Size": str(_size_kib(root)),
            "Homepage": "https://localhost/bfa-desktop",
            "Description": DESCRIPTION,
        }
        if dependencies:
            control["Depends"] = _shared_library_dependencies(program, Path(scratch_name))
        (root / "DEBIAN").mkdir()
        text = "".join(f"{key}: {value}\n" for key, value in control.items())
        (root / "DEBIAN" / "control").write_text(text, encoding="utf-8")
        _normalise_permissions(root)
        target = out / f"{package}_{version}_{control['Architecture']}.deb"
        subprocess.run(
            [
                "dpkg-deb",
                "--root-owner-group",
                "-Zxz",
                f"-z{1 if fast else 6}",
                "--build",
                str(root),
                str(target),
            ],
            check=True,
            capture_output=True,
        )
    return target


def _install_integration(root: Path, package: str) -> None:
    """The command on PATH, the desktop entry, the icons and the copyright file."""
    command = root / "usr" / "bin" / package
    command.parent.mkdir(parents=True)
    command.symlink_to(Path("..", "..", "opt", package, package))
    if package != "bfa-desktop":
        return  # the bare window of the size benchmark has no menu entry
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy(HERE / "bfa-desktop.desktop", applications / "bfa-desktop.desktop")
    icons = ROOT / "resources" / "icons"
    for size, name in ((256, "bfa-desktop.png"), (48, "bfa-desktop-48.png")):
        target = root / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(icons / name, target / "bfa-desktop.png")
    documentation = root / "usr" / "share" / "doc" / package
    documentation.mkdir(parents=True)
    shutil.copy(HERE / "copyright", documentation / "copyright")


def _shared_library_dependencies(program: Path, scratch: Path) -> str:
    """dpkg-shlibdeps over every ELF file; libraries inside the folder are private."""
    elves = [
        path
        for path in program.rglob("*")
        if path.is_file()
        and not path.is_symlink()
        and path.name not in NOT_ANALYSED
        and _is_elf(path)
    ]
    private = sorted({str(path.parent) for path in elves})
    source = scratch / "source"
    (source / "debian").mkdir(parents=True)
    (source / "debian" / "control").write_text(
        "Source: bfa-desktop\n\nPackage: bfa-desktop\nArchitecture: any\n", encoding="utf-8"
    )
    result = subprocess.run(
        [
            "dpkg-shlibdeps",
            "-O",
            "--ignore-missing-info",
            *(f"-l{folder}" for folder in private),
            *map(str, elves),
        ],
        cwd=source,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        errors = [line for line in result.stderr.splitlines() if "error" in line]
        raise RuntimeError("dpkg-shlibdeps failed:\n" + "\n".join(errors[:20]))
    line = next(line for line in result.stdout.splitlines() if line.startswith("shlibs:Depends="))
    return line.removeprefix("shlibs:Depends=")


def _is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def _architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def _size_kib(root: Path) -> int:
    return sum(path.lstat().st_size for path in root.rglob("*")) // 1024 + 1


def _normalise_permissions(root: Path) -> None:
    """Folders and programs 0755, other files 0644, whatever the build machine's umask."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "build/dist/bfa-desktop")
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "build")
    parser.add_argument("--fast", action="store_true", help="compress less, build quicker")
    arguments = parser.parse_args()
    print(build_deb(arguments.folder, arguments.out, fast=arguments.fast))


if __name__ == "__main__":
    main()
