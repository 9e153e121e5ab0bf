"""External references taken out of a Word package before it is used as a template.

Word on Windows follows a template's external references when the document is opened: an
attached template, pictures and OLE objects linked by URL or UNC path, frames, subdocuments,
mail-merge data sources, INCLUDEPICTURE/INCLUDETEXT/LINK/DDE fields. Each sends a request –
and to a UNC host the user's credentials – wherever the template's author chose.
`remove_external_references` takes every one of them out, keeping what the reader sees (a
hyperlink's text, a field's last result, an OLE object's picture), and names each in a Swedish
sentence; a reference it cannot take out safely makes it refuse the template.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from bfa_desktop.documents.field_codes import unlink_fields

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rs": "http://purl.oclc.org/ooxml/officeDocument/relationships",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "cp": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    "wp15": "http://schemas.microsoft.com/office/word/2012/wordprocessingDrawing",
}
MAX_RELATIONSHIPS = 10_000  # in one part; Word's own documents have dozens
MAX_NAMED = 30  # findings a report names one by one; the rest are counted

# A relationship's target that is not a part of the package: a scheme (http:, file:, C:)
# or a UNC path.
_EXTERNAL_TARGET = re.compile(r"^(?:[a-z][a-z0-9+.\-]*:|[\\/]{2})", re.IGNORECASE)
# An address or path in an attribute or property value.
_EXTERNAL_VALUE = re.compile(
    r"[a-z][a-z0-9+.\-]*://|^[\\/]{2}|\\\\|\bfile:|^[a-z]:[\\/]", re.IGNORECASE
)
_LINK_ATTRIBUTES = {"href", "src", "link", "embeddedHtml", "sourceFileName", "url"}
# Data stores of the package's own properties, which content controls may show.
_PROPERTY_STORES = {
    "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}",  # core properties
    "{6668398D-A668-4E3E-A5EB-62B293D839F1}",  # extended properties
    "{55AF091B-3C7A-41E3-B477-F2FDAA23CFDA}",  # cover page properties
}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_PLACES = (
    ("document", "i brödtexten"),
    ("header", "i sidhuvudet"),
    ("footer", "i sidfoten"),
    ("settings", "i mallens inställningar"),
    ("websettings", "i mallens webbinställningar"),
    ("footnotes", "i fotnoterna"),
    ("endnotes", "i slutnoterna"),
    ("comments", "i kommentarerna"),
    ("numbering", "i numreringen"),
    ("styles", "i formatmallarna"),
    ("fonttable", "i teckensnittstabellen"),
    ("theme", "i temat"),
)


class UnsafeTemplateError(Exception):
    """A reference that cannot be taken out safely; `str()` says what, in Swedish."""


class NotXmlError(ValueError):
    """A part that should be XML is not; `str()` is its name."""


@dataclass
class Cleaned:
    data: bytes
    removed: list[str] = field(default_factory=list)  # one Swedish sentence per reference


def remove_external_references(data: bytes) -> Cleaned:
    """The Word package `data` without external references, and what was taken out."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        package = _Package(archive)
        package.clean()
        if not package.changed_parts:
            return Cleaned(data)
        return Cleaned(package.write(archive), list(dict.fromkeys(package.removed)))


def named(removed: list[str]) -> list[str]:
    """Findings as lines of a report: the first MAX_NAMED, then how many more."""
    if len(removed) <= MAX_NAMED:
        return list(removed)
    rest = len(removed) - MAX_NAMED
    return [*removed[:MAX_NAMED], f"… och {rest} externa referenser till togs bort."]


def place_of(part: str) -> str:
    """Where in the document a part is, in Swedish ("i sidfoten")."""
    if not part:
        return "i paketet"
    if part.startswith("word/glossary/"):
        return "i mallens byggblock"
    if part.startswith("docProps/"):
        return "i dokumentegenskaperna"
    name = posixpath.basename(part).lower()
    return next((place for start, place in _PLACES if name.startswith(start)), f"i {part}")


def shown(target: str) -> str:
    """A target as a report shows it: no control characters, not endlessly long."""
    text = "".join(ch if ch.isprintable() else "?" for ch in target.strip())
    return text if len(text) <= 120 else text[:119] + "…"


def _q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


@dataclass
class _Relationship:
    element: etree._Element
    rid: str
    kind: str  # the last step of the relationship type: "image", "hyperlink" …
    target: str
    external: bool


class _Package:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.xml: dict[str, etree._ElementTree] = {}
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                try:
                    self.xml[name] = etree.parse(io.BytesIO(archive.read(name)), _PARSER)
                except (etree.XMLSyntaxError, LookupError, ValueError) as error:
                    raise NotXmlError(name) from error
        self.changed_parts: set[str] = set()
        self.removed: list[str] = []

    def note(self, part: str, sentence: str) -> None:
        self.changed_parts.add(part)
        self.removed.append(sentence)

    def clean(self) -> None:
        for name in [name for name in self.xml if name.endswith(".rels")]:
            self._relationships(name)
        for part, tree in self.xml.items():
            root = tree.getroot()
            if not part.endswith(".rels") and isinstance(root.tag, str):
                _PartCleaner(self, part, root).clean()

    def _relationships(self, rels_name: str) -> None:
        relationships = [
            _relationship(element)
            for element in self.xml[rels_name].getroot().iter(_q("pr", "Relationship"))
        ]
        part = _source_of(rels_name)
        if len(relationships) > MAX_RELATIONSHIPS:
            raise UnsafeTemplateError(
                f"har orimligt många referenser ({len(relationships)}) {place_of(part)}"
            )
        if any(rel.kind == "control" for rel in relationships):
            raise UnsafeTemplateError("innehåller ActiveX-kontroller (program)")
        doomed = [rel for rel in relationships if rel.external or rel.kind == "aFChunk"]
        source = self.xml.get(part)
        users = _references(source.getroot()) if doomed and source is not None else {}
        for rel in doomed:
            for element in users.get(rel.rid, []):
                self._remove_reference(part, element, rel)
            if rel.rid not in users and rel.external:
                self.note(
                    part or rels_name,
                    f"Den externa referensen {shown(rel.target)} {place_of(part)} togs bort.",
                )
            rel.element.getparent().remove(rel.element)
            self.changed_parts.add(rels_name)

    def _remove_reference(self, part: str, element: etree._Element, rel: _Relationship) -> None:
        root = self.xml[part].getroot()
        if root not in element.iterancestors():
            return  # taken out already, with an ancestor
        handler = _HANDLERS.get(element.tag)
        if handler is None:
            raise UnsafeTemplateError(
                f"har en extern referens till {shown(rel.target)} {place_of(part)} "
                f"({etree.QName(element).localname}) som inte kan tas bort säkert"
            )
        sentence = handler(element, rel.rid)
        self.note(part, sentence.format(target=shown(rel.target), place=place_of(part)))

    def write(self, archive: zipfile.ZipFile) -> bytes:
        output = io.BytesIO()
        with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
            for entry in archive.infolist():
                if entry.filename in self.changed_parts:
                    data = etree.tostring(
                        self.xml[entry.filename],
                        xml_declaration=True,
                        encoding="UTF-8",
                        standalone=True,
                    )
                else:
                    data = archive.read(entry)
                target.writestr(entry, data)
        return output.getvalue()


def _relationship(element: etree._Element) -> _Relationship:
    target = element.get("Target", "")
    external = (element.get("TargetMode") or "").lower() == "external"
    return _Relationship(
        element,
        element.get("Id", ""),
        element.get("Type", "").rstrip("/").rsplit("/", 1)[-1],
        target,
        external or bool(_EXTERNAL_TARGET.match(target)),
    )


def _source_of(rels_name: str) -> str:
    """The part a relationships part belongs to ("" for the package's own)."""
    folder, name = posixpath.split(rels_name)
    source = name.removesuffix(".rels")
    return posixpath.join(posixpath.dirname(folder), source) if source else ""


def _names_relationship(attribute: str) -> bool:
    return attribute.startswith((f"{{{NS['r']}}}", f"{{{NS['rs']}}}")) or attribute == _q(
        "o", "relid"
    )


def _references(root: etree._Element) -> dict[str, list[etree._Element]]:
    """Every element that names a relationship, by the relationship's id."""
    found: dict[str, list[etree._Element]] = {}
    for element in root.iter():
        for attribute, value in element.attrib.items():
            if _names_relationship(attribute):
                found.setdefault(value, []).append(element)
    return found


# --- an element that names an external relationship: what is taken out -----------------------


_Handler = Callable[[etree._Element, str], str]  # element, relationship id → sentence


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _unwrap(element: etree._Element) -> None:
    for child in list(element):
        element.addprevious(child)
    _remove(element)


def _linked_picture(element: etree._Element, rid: str) -> str:
    """The whole picture, unless it also holds an embedded copy: then only the link."""
    links = [key for key, value in element.attrib.items() if value == rid]
    if any(_names_relationship(key) for key in element.attrib if key not in links):
        for key in links:
            del element.attrib[key]
        return "Länken till bilden {target} {place} togs bort; den inbäddade kopian står kvar."
    containers = [_q("w", tag) for tag in ("drawing", "pict", "object")]
    _remove(next(element.iterancestors(*containers), element))
    return "Den länkade bilden {target} {place} togs bort."


def _taken_out(sentence: str) -> _Handler:
    def handle(element: etree._Element, rid: str) -> str:
        _remove(element)
        return sentence

    return handle


def _hyperlink(element: etree._Element, rid: str) -> str:
    _unwrap(element)
    return "Länken till {target} {place} togs bort; texten står kvar."


def _attached_template(element: etree._Element, rid: str) -> str:
    settings = element.getparent()
    _remove(element)
    for link in settings.findall(_q("w", "linkStyles")):
        settings.remove(link)
    return "Mallen var kopplad till dokumentmallen {target}; kopplingen togs bort."


def _mail_merge(element: etree._Element, rid: str) -> str:
    _remove(next(element.iterancestors(_q("w", "mailMerge")), element))
    return "Kopplingen till datakällan {target} för dokumentkoppling togs bort."


def _frame(element: etree._Element, rid: str) -> str:
    framesets = list(element.iterancestors(_q("w", "frameset")))
    _remove(framesets[-1] if framesets else element)
    return "Ramen som visar {target} {place} togs bort."


_PICTURE_LINK = "Länken till {target} på en bild {place} togs bort."
_MEDIA = "Den länkade filmen eller ljudfilen {target} {place} togs bort."
_FONT = "Det länkade teckensnittet {target} togs bort."
_HANDLERS: dict[str, _Handler] = {
    _q("w", "hyperlink"): _hyperlink,
    _q("a", "blip"): _linked_picture,
    _q("v", "imagedata"): _linked_picture,
    _q("v", "fill"): _taken_out("Den länkade fyllningen {target} {place} togs bort."),
    _q("v", "stroke"): _taken_out("Den länkade linjen {target} {place} togs bort."),
    _q("a", "hlinkClick"): _taken_out(_PICTURE_LINK),
    _q("a", "hlinkHover"): _taken_out(_PICTURE_LINK),
    _q("a", "videoFile"): _taken_out(_MEDIA),
    _q("a", "audioFile"): _taken_out(_MEDIA),
    _q("a", "quickTimeFile"): _taken_out(_MEDIA),
    _q("o", "OLEObject"): _taken_out(
        "OLE-länken till {target} {place} togs bort; bilden av objektet står kvar."
    ),
    _q("w", "objectLink"): _taken_out(
        "OLE-länken till {target} {place} togs bort; bilden av objektet står kvar."
    ),
    _q("w", "subDoc"): _taken_out("Underdokumentet {target} {place} togs bort."),
    _q("w", "altChunk"): _taken_out("Det inbäddade dokumentet {target} {place} togs bort."),
    _q("w", "attachedTemplate"): _attached_template,
    _q("w", "dataSource"): _mail_merge,
    _q("w", "headerSource"): _mail_merge,
    _q("w", "src"): _mail_merge,
    _q("w", "saveThroughXslt"): _taken_out("Kopplingen till omvandlingen {target} togs bort."),
    _q("w", "sourceFileName"): _frame,
    _q("w", "embedRegular"): _taken_out(_FONT),
    _q("w", "embedBold"): _taken_out(_FONT),
    _q("w", "embedItalic"): _taken_out(_FONT),
    _q("w", "embedBoldItalic"): _taken_out(_FONT),
}


# --- inside a part: fields, settings, bindings, links held in attributes ----------------------

_SETTINGS = {
    "attachedTemplate": "Kopplingen till en dokumentmall togs bort.",
    "mailMerge": "Inställningarna för dokumentkoppling{source} togs bort.",
    "saveThroughXslt": "Kopplingen till en omvandling (XSLT) togs bort.",
}


class _PartCleaner:
    def __init__(self, package: _Package, part: str, root: etree._Element) -> None:
        self.package = package
        self.part = part
        self.root = root
        self.place = place_of(part)

    def note(self, sentence: str) -> None:
        self.package.note(self.part, sentence)

    def clean(self) -> None:
        tag = self.root.tag
        if tag == _q("ep", "Properties"):
            self._extended_properties()
        elif tag == _q("cp", "Properties"):
            self._custom_properties()
        elif tag.startswith(f"{{{NS['w']}}}"):
            self._wordprocessing()
        self._link_attributes()

    def _wordprocessing(self) -> None:
        if next(self.root.iter(_q("w", "control")), None) is not None:
            raise UnsafeTemplateError("innehåller ActiveX-kontroller (program)")
        if self.root.tag == _q("w", "settings"):
            self._settings()
        for frameset in self.root.findall(_q("w", "frameset")):
            self.root.remove(frameset)
            self.note(f"Ramar (frameset) {self.place} togs bort.")
        for tag, sentence in (
            ("subDoc", "Ett underdokument {place} togs bort."),
            ("altChunk", "Ett inbäddat dokument (altChunk) {place} togs bort."),
        ):
            for element in list(self.root.iter(_q("w", tag))):
                _remove(element)
                self.note(sentence.format(place=self.place))
        self._bindings()
        for code in unlink_fields(self.root):
            self.note(
                f"Fältet {shown(' '.join(code.split())) or '(utan kod)'} {self.place} togs "
                "bort; texten det senast visade står kvar."
            )

    def _settings(self) -> None:
        for name, sentence in _SETTINGS.items():
            for element in self.root.findall(_q("w", name)):
                connection = element.find(f".//{_q('w', 'connectString')}")
                source = connection.get(_q("w", "val"), "") if connection is not None else ""
                self.root.remove(element)
                self.note(sentence.format(source=f" ({shown(source)})" if source else ""))
        for element in self.root.findall(_q("w", "linkStyles")):
            self.root.remove(element)
            self.package.changed_parts.add(self.part)
        for element in self.root.findall(_q("w", "updateFields")):
            self.root.remove(element)
            self.package.changed_parts.add(self.part)
            if element.get(_q("w", "val"), "true").lower() not in ("0", "false", "off"):
                self.note("Inställningen att uppdatera alla fält när dokumentet öppnas togs bort.")

    def _bindings(self) -> None:
        """Content controls bound to the package's custom XML keep their text, unbound: Word
        would otherwise show the bound data in place of what the export filled in."""
        for binding in list(self.root.iter(_q("w", "dataBinding"))):
            if binding.get(_q("w", "storeItemID"), "").upper() in _PROPERTY_STORES:
                continue
            _remove(binding)
            self.note(
                f"En innehållskontroll {self.place} var kopplad till data i mallen "
                f"({shown(binding.get(_q('w', 'xpath'), ''))}); kopplingen togs bort och "
                "texten står kvar."
            )

    def _extended_properties(self) -> None:
        links = self.root.find(_q("ep", "HLinks"))  # Word's list of the hyperlinks
        if links is not None:
            self.root.remove(links)
            self.package.changed_parts.add(self.part)
        for name, harmless in (("HyperlinkBase", ""), ("Template", "Normal.dotm")):
            element = self.root.find(_q("ep", name))
            if element is not None and _EXTERNAL_VALUE.search(element.text or ""):
                self.note(
                    f"Den externa referensen {shown(element.text or '')} {self.place} togs bort."
                )
                element.text = harmless

    def _custom_properties(self) -> None:
        for prop in list(self.root):
            value = " ".join(prop.itertext()).strip()
            if _EXTERNAL_VALUE.search(value):
                self.root.remove(prop)
                name = shown(prop.get("name", ""))
                self.note(f"Dokumentegenskapen {name} ({shown(value)}) togs bort.")

    def _link_attributes(self) -> None:
        """Links in attributes rather than relationships: VML's o:href and src, a linked
        web video's HTML."""
        for video in list(self.root.iter(_q("wp15", "webVideoPr"))):
            _remove(video)
            self.note(f"En webbvideo {self.place} togs bort.")
        for element in self.root.iter():
            for attribute, value in list(element.attrib.items()):
                if etree.QName(attribute).localname in _LINK_ATTRIBUTES and _EXTERNAL_VALUE.search(
                    value
                ):
                    del element.attrib[attribute]
                    self.note(f"Länken till {shown(value)} {self.place} togs bort.")
