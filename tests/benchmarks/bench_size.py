"""Size benchmark: the frozen program and its .deb against a bare PySide6-Essentials window
frozen and packed the same way, in the same run.

    python tests/benchmarks/bench_size.py [--ours build/dist/bfa-desktop]

The bare window goes through packaging/freezing.py (the same excludes and options as the
program) and packaging/linux/build_deb.py (the same layout, and the compression a release
package has – not the quicker one CI builds with). Prints the sizes,
the ratios (target ≤ 1.3×) and the biggest parts of our folder that the bare one lacks.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = 1.3
sys.path.insert(0, str(ROOT / "packaging" / "linux"))
from build_deb import build_deb  # noqa: E402

BARE_ENTRY = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget(window)
for index in range(7):
    tabs.addTab(QWidget(), f"Flik {index}")
window.setCentralWidget(tabs)
window.show()
sys.exit(app.exec())
"""

BARE_SPEC = """
import sys
from pathlib import Path
sys.path.insert(0, {packaging!r})
from freezing import freeze
freeze("bare-window", Path({entry!r}))
"""


def folder_size(folder: Path) -> int:
    """Bytes of the files, links counted once (as the links they are)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def freeze_bare(scratch: Path) -> Path:
    entry = scratch / "app" / "bare_window.py"
    entry.parent.mkdir()
    entry.write_text(BARE_ENTRY, encoding="utf-8")
    spec = scratch / "bare-window.spec"
    spec.write_text(
        BARE_SPEC.format(packaging=str(ROOT / "packaging"), entry=str(entry)), encoding="utf-8"
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(scratch / "dist"),
            "--workpath",
            str(scratch / "work"),
            str(spec),
        ],
        check=True,
    )
    return scratch / "dist" / "bare-window"


def pack(folder: Path, name: str, out: Path) -> Path:
    return build_deb(folder, out, package=name, version="0.0.0", dependencies=False)


def biggest_differences(ours: Path, bare: Path, count: int = 8) -> list[tuple[str, int]]:
    """Our top-level parts (first two path levels) by size, less what the bare folder has."""

    def parts(folder: Path) -> Counter[str]:
        sizes: Counter[str] = Counter()
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                relative = path.relative_to(folder).parts
                sizes["/".join(relative[:2])] += path.stat().st_size
        return sizes

    extra = parts(ours)
    extra.subtract(parts(bare))
    return [(name, size) for name, size in extra.most_common(count) if size > 0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ours", type=Path, default=ROOT / "build" / "dist" / "bfa-desktop")
    arguments = parser.parse_args()
    if not arguments.ours.is_dir():
        sys.exit(f"{arguments.ours} is missing: build it first (packaging/build_linux.sh)")
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        bare = freeze_bare(scratch)
        ours_deb = pack(arguments.ours, "bfa-desktop", scratch / "ours")
        bare_deb = pack(bare, "bare-window", scratch / "bare")
        mib = 1024 * 1024
        for what, ours_size, bare_size in (
            ("frozen folder", folder_size(arguments.ours), folder_size(bare)),
            (".deb", ours_deb.stat().st_size, bare_deb.stat().st_size),
        ):
            ratio = ours_size / bare_size
            verdict = "OK" if ratio <= TARGET else "NOT OK"
            print(
                f"{what}: ours {ours_size / mib:.1f} MiB, bare window {bare_size / mib:.1f} MiB, "
                f"ratio {ratio:.2f}× (target ≤ {TARGET}×) {verdict}"
            )
        print("biggest parts the bare window does not have:")
        for name, size in biggest_differences(arguments.ours, bare):
            print(f"  {size / mib:6.1f} MiB  {name}")


if __name__ == "__main__":
    main()
