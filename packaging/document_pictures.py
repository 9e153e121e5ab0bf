"""Pictures of exported pages for the README: page 1 of the demo's tjänsteutlåtande and page 2
of its handlingsplan, with the default template and with a municipality's own (the corpus's
"storby": a tall header table with the logo, Georgia body, dark-red Calibri headings).

    python packaging/document_pictures.py [FOLDER]

Writes FOLDER/tjansteutlatande-sida-1[-egen-mall].png and handlingsplan-sida-2[-egen-mall].png
(default resources/readme). Needs pdftoppm (poppler-utils). Uses a temporary database.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bfa_desktop.documents.compose import build  # noqa: E402 - after the path is set
from bfa_desktop.documents.render_pdf import render_pdf  # noqa: E402
from bfa_desktop.model import Period  # noqa: E402
from bfa_desktop.model.enums import DocumentKind  # noqa: E402
from bfa_desktop.services.demo import load_demo  # noqa: E402
from bfa_desktop.storage.database import open_database  # noqa: E402
from tests.documents.corpus import storby  # noqa: E402

PAGES = {DocumentKind.TJANSTEUTLATANDE: 1, DocumentKind.HANDLINGSPLAN: 2}
NAMES = {
    DocumentKind.TJANSTEUTLATANDE: "tjansteutlatande",
    DocumentKind.HANDLINGSPLAN: "handlingsplan",
}
RESOLUTION = 60  # dots per inch: a page about 500 pixels wide


def render(folder: Path) -> list[Path]:
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        database = open_database(work / "demo.sqlite3")
        with database.session() as session:
            municipality, _created = load_demo(session)
            period: Period = next(p for p in municipality.periods if p.start_date.year == 2021)
            own = storby(work / "storby.docx")
            for kind, page in PAGES.items():
                tree = build(period, kind)
                for suffix, template in (("", None), ("-egen-mall", own)):
                    pdf = work / f"{NAMES[kind]}{suffix}.pdf"
                    pdf.write_bytes(render_pdf(tree, template))
                    target = folder / f"{NAMES[kind]}-sida-{page}{suffix}.png"
                    _page_picture(pdf, page, target)
                    written.append(target)
        database.close()
    return written


def _page_picture(pdf: Path, page: int, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    stem = target.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(RESOLUTION),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(stem),
        ],
        check=True,
        timeout=60,
    )


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "readme"
    for path in render(folder):
        print(path)


if __name__ == "__main__":
    main()
