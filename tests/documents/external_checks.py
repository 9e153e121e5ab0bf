"""What may not be left in an exported Word file: an external relationship, an address or UNC
path in an attribute, a field that fetches something, or an element that makes Word follow a
link when the document is opened."""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from tests.documents.hostile_templates import EXTERNAL_FIELDS, HOST

SCHEMA_HOSTS = (
    "schemas.openxmlformats.org/",
    "schemas.microsoft.com/",
    "purl.oclc.org/",
    "www.w3.org/",
    "purl.org/",
)
ADDRESS = re.compile(r"[a-z][a-z0-9+.\-]*://(\S*)|^\\\\|^//|\bfile:", re.IGNORECASE)
FOLLOWED = {  # elements Word follows, or that hold what it follows
    "attachedTemplate",
    "subDoc",
    "altChunk",
    "frameset",
    "mailMerge",
    "updateFields",
    "control",
    "objectLink",
    "linkStyles",
    "webVideoPr",
    "dataBinding",
}
R_LINK = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}link"


def external_leftovers(docx: bytes) -> list[str]:
    """Everything external in every part of a Word file, as "part: what"."""
    found = []
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if HOST.encode() in data.lower():
                found.append(f"{name}: names {HOST}")
            if name.endswith((".xml", ".rels")):
                found += [f"{name}: {what}" for what in _in_part(etree.fromstring(data))]
    return found


def _in_part(root: etree._Element) -> list[str]:
    found = []
    codes: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        local = etree.QName(element).localname
        if local == "Relationship" and (element.get("TargetMode") or "").lower() == "external":
            found.append(f"external relationship to {element.get('Target')}")
        if local in FOLLOWED:
            found.append(f"element {local}")
        if local == "OLEObject" and element.get("Type") == "Link":
            found.append("OLE link")
        if local == "blip" and element.get(R_LINK):
            found.append("linked picture")
        if local in ("instrText", "delInstrText"):
            codes.append(element.text or "")
        if local == "fldSimple":
            codes.append("\n" + (element.get(f"{{{element.nsmap.get('w')}}}instr") or ""))
        for attribute, value in element.attrib.items():
            match = ADDRESS.search(value)
            if match and not (match.group(1) or "").startswith(SCHEMA_HOSTS):
                found.append(f"address in {local}/@{etree.QName(attribute).localname}: {value}")
    kinds = re.findall(rf"\b({'|'.join(sorted(EXTERNAL_FIELDS))})\b", " ".join(codes).upper())
    found += [f"field {kind}" for kind in sorted(set(kinds))]
    return found
