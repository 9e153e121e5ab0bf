"""Smoke test of a built program – the frozen folder or the installed package.

    python packaging/smoke_test.py PROGRAM

Runs PROGRAM headless in a scratch home with no settings of its own: checks the installation,
loads the demo into a new database, exports every document of the demo period as Word and PDF,
and reads the files back (Swedish text, the bundled fonts embedded in every PDF). Any output
on stderr that is not on the short allow-list below fails the test. Exit 0 when all holds.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from pypdf import PdfReader

# Lines a sound run may print on stderr. Keep this short; say why each one is harmless.
ALLOWED_STDERR = [
    # Fontconfig on a minimal machine without a writable cache: the PDF uses bundled fonts.
    re.compile(r"^Fontconfig (warning|error): No writable cache directories$"),
]
DOCUMENTS = 7  # every document the demo period has
BUNDLED_FONTS = ("LiberationSans", "LiberationSerif", "Carlito", "Caladea", "DejaVuSans")
WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class SmokeError(Exception):
    pass


def run(program: str, *arguments: str, env: dict[str, str], cwd: Path) -> str:
    result = subprocess.run(
        [program, *arguments],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
        check=False,
    )
    unexpected = [
        line
        for line in result.stderr.splitlines()
        if line.strip() and not any(pattern.match(line) for pattern in ALLOWED_STDERR)
    ]
    if result.returncode != 0 or unexpected:
        raise SmokeError(
            f"{' '.join(arguments)}: exit {result.returncode}\n"
            f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        )
    return result.stdout


def scratch_environment(home: Path) -> dict[str, str]:
    """Only the system's basics: nothing of a checkout, a venv or the user's own settings."""
    keep = {"PATH", "LANG", "LC_ALL", "SYSTEMROOT", "TEMP", "TMP"}
    env = {key: value for key, value in os.environ.items() if key in keep}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        BFA_DESKTOP_MACHINE_CONFIG=str(home / "no-machine-config"),
        BFA_DESKTOP_NO_DIALOGS="1",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def check_word(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        if archive.testzip() is not None:
            raise SmokeError(f"{path.name}: a damaged part")
        body = ElementTree.fromstring(archive.read("word/document.xml"))
        styles = archive.read("word/styles.xml").decode("utf-8")
    text = "".join(node.text or "" for node in body.iter(f"{WORD_NS}t"))
    if len(text) < 200 or not re.search("[åäöÅÄÖ]", text):
        raise SmokeError(f"{path.name}: too little Swedish text ({len(text)} characters)")
    if 'w:val="sv-SE"' not in styles:
        raise SmokeError(f"{path.name}: the styles are not in Swedish (sv-SE)")


def check_pdf(path: Path) -> None:
    reader = PdfReader(path)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    if not re.search("[åäöÅÄÖ]", text):
        raise SmokeError(f"{path.name}: no Swedish text could be read")
    for number, page in enumerate(reader.pages, start=1):
        fonts = page["/Resources"].get_object().get("/Font", {})
        for reference in fonts.values():
            font = reference.get_object()
            descendant = font.get("/DescendantFonts")
            described = descendant[0].get_object() if descendant else font
            descriptor = described.get("/FontDescriptor")
            name = str(font.get("/BaseFont", ""))
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            if not embedded or not any(bundled in name for bundled in BUNDLED_FONTS):
                raise SmokeError(f"{path.name} page {number}: font {name} is not a bundled one")


def smoke(program: str) -> list[str]:
    if os.sep in program:  # a path: it runs from the scratch folder
        program = str(Path(program).resolve())
    with tempfile.TemporaryDirectory(prefix="bfa-smoke-") as scratch:
        home = Path(scratch)
        env = scratch_environment(home)
        database = home / "data" / "smoke.sqlite3"
        output = home / "export"
        done = [run(program, "--version", env=env, cwd=home).strip()]
        run(program, "check", env=env, cwd=home)
        done.append("installation checked")
        shown = run(program, "--database", str(database), "demo", env=env, cwd=home)
        if "Danderyd" not in shown:
            raise SmokeError(f"demo: the summary does not name the demo municipality:\n{shown}")
        done.append("demo loaded")
        output.mkdir()
        run(program, "--database", str(database), "export", "-o", str(output), env=env, cwd=home)
        words = sorted(output.glob("*.docx"))
        pdfs = sorted(output.glob("*.pdf"))
        if len(words) != DOCUMENTS or len(pdfs) != DOCUMENTS:
            raise SmokeError(
                f"export: {len(words)} Word and {len(pdfs)} PDF files, not {DOCUMENTS}"
            )
        for path in words:
            check_word(path)
        for path in pdfs:
            check_pdf(path)
        done.append(f"{len(words)} Word and {len(pdfs)} PDF files read back")
        return done


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        for line in smoke(sys.argv[1]):
            print(f"ok: {line}")
    except (SmokeError, OSError, subprocess.TimeoutExpired) as error:
        print(f"smoke test failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
