"""Fields of a WordprocessingML part that reach outside the document, unlinked.

INCLUDEPICTURE, INCLUDETEXT, LINK, DDE, DDEAUTO, IMPORT, HYPERLINK, DATABASE and the like make
Word fetch a file or address – or start a program – when the fields are updated. Fields that
only show what is in the document or its properties stay; every other field is replaced by
the text it last showed, as Word's "unlink field" does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

SAFE_FIELDS = frozenset(
    {
        *("PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "REVNUM", "EDITTIME"),
        *("DATE", "TIME", "CREATEDATE", "SAVEDATE", "PRINTDATE"),
        *("DOCPROPERTY", "DOCVARIABLE", "TITLE", "SUBJECT", "AUTHOR", "KEYWORDS", "COMMENTS"),
        *("LASTSAVEDBY", "FILENAME", "FILESIZE", "NUMWORDS", "NUMCHARS", "TEMPLATE"),
        *("USERNAME", "USERINITIALS", "USERADDRESS"),
        *("STYLEREF", "REF", "PAGEREF", "NOTEREF", "SEQ", "TOC", "TOA", "TA", "TC", "XE"),
        *("INDEX", "LISTNUM", "AUTONUM", "AUTONUMLGL", "AUTONUMOUT", "BIDIOUTLINE"),
        *("SYMBOL", "EQ", "ADVANCE", "QUOTE", "IF", "COMPARE", "=", "SET", "ASK", "FILLIN"),
        *("MERGEFIELD", "MERGEREC", "MERGESEQ", "NEXT", "NEXTIF", "SKIPIF"),
        *("ADDRESSBLOCK", "GREETINGLINE", "GOTOBUTTON"),
    }
)
# A path or address in a field's code: "\\\\server\\share", "C:\\x", http://, file:, //host.
_PATH_IN_CODE = re.compile(r"\\\\|://|\bfile:|(?:^|[\s\"'])//", re.IGNORECASE)


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def safe_field(code: str) -> bool:
    words = code.split()
    if not words:
        return False
    kind = "=" if words[0].startswith("=") else words[0].upper()
    return kind in SAFE_FIELDS and not _PATH_IN_CODE.search(code)


def unlink_fields(root: etree._Element) -> list[str]:
    """Unlink the unsafe simple and complex fields under `root`; their codes, in order."""
    return [*_simple_fields(root), *_complex_fields(root)]


def _simple_fields(root: etree._Element) -> Iterator[str]:
    for simple in list(root.iter(_w("fldSimple"))):
        code = simple.get(_w("instr"), "")
        if safe_field(code):
            continue
        for child in list(simple):
            if child.tag != _w("fldData"):
                simple.addprevious(child)
        simple.getparent().remove(simple)
        yield code


@dataclass
class _Field:
    """A complex field, by the positions of its pieces among the runs' contents."""

    begin: int
    separate: int | None = None
    end: int | None = None
    code: list[int] = field(default_factory=list)

    def removed(self) -> Iterator[int]:
        """The field's markers and code; its result stays. Of a field that has neither
        result nor end, only the begin marker and the code (what follows may be anything)."""
        last = self.separate if self.separate is not None else self.end
        if last is None:
            yield self.begin
            yield from self.code
            return
        yield from range(self.begin, last + 1)
        if self.end is not None:
            yield self.end


def _complex_fields(root: etree._Element) -> list[str]:
    """A field's code runs from its begin marker to its separate marker (or its end); a field
    inside another's code goes with that code."""
    pieces = [piece for run in root.iter(_w("r")) for piece in run if piece.tag != _w("rPr")]
    if not any(piece.tag == _w("fldChar") for piece in pieces):
        return []
    pieces.sort(key=_document_order(root))
    fields = _fields(pieces)
    doomed: set[int] = set()
    codes = []
    for found in fields:
        code = "".join(pieces[index].text or "" for index in found.code)
        if not safe_field(code):
            codes.append(code)
            doomed.update(found.removed())
    runs = {pieces[index].getparent() for index in doomed}
    for index in doomed:
        pieces[index].getparent().remove(pieces[index])
    for run in runs:
        if all(child.tag == _w("rPr") for child in run):
            run.getparent().remove(run)
    return codes


def _fields(pieces: list[etree._Element]) -> list[_Field]:
    open_fields: list[_Field] = []
    closed: list[_Field] = []
    for index, piece in enumerate(pieces):
        current = open_fields[-1] if open_fields else None
        if piece.tag == _w("fldChar"):
            kind = piece.get(_w("fldCharType"))
            if kind == "begin":
                open_fields.append(_Field(index))
            elif kind == "separate" and current and current.separate is None:
                current.separate = index
            elif kind == "end" and current:
                current.end = index
                closed.append(open_fields.pop())
        elif _is_code(piece) and current and current.separate is None:
            current.code.append(index)
    return closed + open_fields  # fields never closed too


def _is_code(piece: etree._Element) -> bool:
    return piece.tag in (_w("instrText"), _w("delInstrText"))


def _document_order(root: etree._Element) -> Callable[[etree._Element], int]:
    """Runs nest (a text box's runs are inside a drawing in a run): sort by position."""
    position = {element: index for index, element in enumerate(root.iter())}
    return position.__getitem__
