"""What the readiness list finds before export: the municipality's contact details that its
template prints, a missing logo, an unnamed deciding nämnd, and a plan under the law that is
still called a handlingsplan."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

import docx
import pytest
from docx.shared import Mm

from bfa_desktop import model
from bfa_desktop.model.enums import DecidingBody, LegalBasis
from bfa_desktop.services.readiness import Finding, check_period
from bfa_desktop.storage.database import Database
from tests.documents.picture_samples import png_with_alpha
from tests.helpers import demo_municipality

CONTACT = {
    "postal_address": "municipality-without-postal-address",
    "visiting_address": "municipality-without-visiting-address",
    "phone": "municipality-without-phone",
    "email": "municipality-without-email",
    "website": "municipality-without-website",
    "org_number": "municipality-without-org-number",
}


@pytest.fixture
def demo(demo_database: Database) -> Iterator[model.Period]:
    with demo_database.sessions() as session:
        yield demo_municipality(session).periods[-1]


def codes(period: model.Period) -> list[str]:
    return [finding.code for finding in check_period(period)]


def municipality_findings(period: model.Period) -> list[Finding]:
    return [f for f in check_period(period) if f.record is model.Municipality]


def template(footer: str, *, logo: bool = False) -> bytes:
    """A Word template whose footer holds `footer`, with a picture in its header or not."""
    word = docx.Document()
    section = word.sections[0]
    section.footer.paragraphs[0].text = footer
    if logo:
        section.header.paragraphs[0].add_run().add_picture(
            io.BytesIO(png_with_alpha()), width=Mm(30)
        )
    output = io.BytesIO()
    word.save(output)
    return output.getvalue()


def test_the_demo_lacks_only_a_logo(demo: model.Period) -> None:
    """Its contact details are all there; the bundled template's logo is a placeholder."""
    found = municipality_findings(demo)
    assert [(f.code, f.key, f.field_name) for f in found] == [
        ("municipality-without-logo", demo.municipality.uuid, "")
    ]
    demo.municipality.logo = png_with_alpha()
    assert municipality_findings(demo) == []


def test_each_empty_contact_detail_the_bundled_template_prints_is_named(
    demo: model.Period,
) -> None:
    municipality = demo.municipality
    municipality.logo = png_with_alpha()
    for name in CONTACT:
        setattr(municipality, name, " ")
    found = municipality_findings(demo)
    assert [(f.code, f.field_name) for f in found] == [(code, n) for n, code in CONTACT.items()]
    assert all(f.key == municipality.uuid for f in found)


def test_only_what_the_municipalitys_own_template_prints(demo: model.Period) -> None:
    municipality = demo.municipality
    for name in CONTACT:
        setattr(municipality, name, "")
    municipality.template = template("{kommun} | {postadress} | Tel. {telefon}", logo=True)
    assert [f.code for f in municipality_findings(demo)] == [
        "municipality-without-postal-address",
        "municipality-without-phone",
    ]  # and no logo is missing: the template has its own
    municipality.template = template("Sida {sida}")
    assert [f.code for f in municipality_findings(demo)] == ["municipality-without-logo"]


def test_a_template_that_cannot_be_opened_counts_as_the_bundled_one(demo: model.Period) -> None:
    demo.municipality.template = b"ingen Word-fil"
    demo.municipality.phone = ""
    assert "municipality-without-phone" in codes(demo)


def test_a_deciding_namnd_is_named(demo: model.Period) -> None:
    assert "namnd-without-name" not in codes(demo)
    demo.deciding_body = DecidingBody.NAMND
    (found,) = [f for f in check_period(demo) if f.code == "namnd-without-name"]
    assert (found.record, found.key, found.field_name) == (
        model.Period,
        demo.uuid,
        "deciding_body_name",
    )
    demo.deciding_body_name = "Socialnämnden"
    assert "namnd-without-name" not in codes(demo)


def test_a_plan_under_the_law_called_a_handlingsplan(demo: model.Period) -> None:
    """The seed's voluntary Handlingsplan is right as it is."""
    assert "plan-named-handlingsplan" not in codes(demo)
    demo.end_date = date(2023, 12, 31)
    demo.legal_basis = LegalBasis.LAG_2023_196
    plan = demo.action_plan
    assert plan is not None
    (found,) = [f for f in check_period(demo) if f.code == "plan-named-handlingsplan"]
    assert (found.record, found.key, found.field_name) == (model.ActionPlan, plan.uuid, "title")
    plan.title = "Åtgärdsplan för trygghet och mot brott 2021–2023"
    assert "plan-named-handlingsplan" not in codes(demo)
