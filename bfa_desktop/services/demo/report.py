"""The tjänsteutlåtande to Kommunstyrelsen, structured as the seed case, written anew."""

from __future__ import annotations

from datetime import date

from bfa_desktop.model import (
    Attachment,
    DecisionPoint,
    DistributionRecipient,
    OfficialReport,
    Period,
)
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.services.demo.common import DemoContext, bullets, make, paragraphs
from bfa_desktop.services.demo.evaluation import TITLE as EVALUATION_TITLE
from bfa_desktop.services.demo.periods import AGREEMENT_TITLE, DNR
from bfa_desktop.services.demo.plan import TITLE as PLAN_TITLE
from bfa_desktop.services.demo.situation import TITLE as SITUATION_TITLE

TITLE = (
    "Antagande av handlingsplan och medborgarlöften tillhörande samverkansöverenskommelse om "
    "brottsförebyggande arbete 2021–2022"
)
REPORT_DATE = date(2020, 11, 25)
PROMISES_TITLE = "Medborgarlöften för Danderyds kommun 2021–2022"

MATTER = paragraphs(
    f"Genom Kommunstyrelsens beslut 2020-11-23 ingår Danderyds kommun i ”{AGREEMENT_TITLE}” "
    f"({DNR}). Till överenskommelsen hör två dokument som Kommunstyrelsen nu föreslås anta:",
    bullets(("Handlingsplan 2021–2022", PROMISES_TITLE)),
    "Förslagen bygger på två underlag:",
    bullets((EVALUATION_TITLE, SITUATION_TITLE)),
    "Dokumenten har tagits fram tillsammans med Lokalpolisområde Södra Roslagen, och alla "
    "kommunens förvaltningar har bidragit till lägesbilden, handlingsplanen och löftena.",
    "Kommunens brottsförebyggande råd, Trygg i Danderyd, tillstyrkte förslagen vid sitt möte "
    "2020-11-18.",
)

SUMMARY = (
    "*Exempeldata: tjänsteutlåtandet visar hur ärendet ser ut i BFA Desktop. Personer, "
    "kontaktuppgifter och siffror är påhittade.*"
)

BACKGROUND = paragraphs(
    "Att kommun och polis kommer överens om hur de gemensamt ska förebygga brott är i dag ett "
    "vanligt arbetssätt i hela landet.",
    "Sedan 2017 har Danderyds kommun och Polismyndigheten – polisregion Stockholm, "
    "Polisområde Nord och Lokalpolisområde Södra Roslagen – två gånger beslutat om sådan "
    "samverkan genom överenskommelser, handlingsplaner och medborgarlöften. Förslaget gäller "
    "den tredje omgången.",
)

STATEMENT = paragraphs(
    "Överenskommelsen innebär att kommunen och polisen planerar och genomför åtgärder "
    "**tillsammans** för att nå gemensamma mål. Tyngdpunkten ligger på att **förebygga** brott "
    "och att öka eller behålla tryggheten.",
    "Lägesbilden tar upp många faktorer som påverkar brott och trygghet. Den visar både "
    "problem och styrkor i kommunen som går att bygga vidare på. Kontoret bedömer att den, "
    "tillsammans med utvärderingen av förra planen, ger ett gott underlag för de prioriteringar "
    "som handlingsplanen 2021–2022 vilar på.",
    "Kommunen har goda erfarenheter av att samverka med polisen. Kontoret räknar med att en "
    "kommande utvärdering ska kunna visa effekter på brott och trygghet, för enskilda men "
    "framför allt för grupper och för samhället i stort.",
)

FINANCIAL_CONSEQUENCES = paragraphs(
    "Åtgärderna i handlingsplanen ryms inom beslutade budgetramar, där budgeten för "
    "trygghetssatsningen ingår.",
    "När brott förebyggs vinner de människor som annars hade drabbats, och på sikt kan arbetet "
    "också löna sig ekonomiskt för kommunen och samhället. Sådana vinster visar sig dock ofta "
    "först flera år efter insatsen, inte sällan tre till tio år senare.",
)

CHILD_PERSPECTIVE = (
    "Flera åtgärder riktar sig till barn och unga, bland annat samverkan kring unga i riskzon, "
    "längre öppettider på fritidsgården och en rutin i skolan för barn som lever med våld. "
    "Ungas egna svar i Stockholmsenkäten är en del av underlaget."
)

DECISION_POINTS = (
    f"Kommunstyrelsen tar del av informationen och lägger ”{EVALUATION_TITLE}” och "
    f"”{SITUATION_TITLE}” till handlingarna.",
    f"Kommunstyrelsen antar ”{PLAN_TITLE}” och ”{PROMISES_TITLE}”.",
)

# "Handlingar i ärendet", in the seed's order
ATTACHMENTS: tuple[tuple[DocumentKind, str, date], ...] = (
    (DocumentKind.TJANSTEUTLATANDE, f"Tjänsteutlåtande, {TITLE}", REPORT_DATE),
    (
        DocumentKind.HANDLINGSPLAN,
        "Förslag till handlingsplan för samverkan gällande förebyggande arbete för trygghet "
        "och mot brott 2021–2022",
        date(2020, 11, 10),
    ),
    (
        DocumentKind.MEDBORGARLOFTEN,
        "Förslag till medborgarlöften för Danderyds kommun 2021–2022",
        date(2020, 11, 10),
    ),
    (DocumentKind.LAGESBILD, SITUATION_TITLE, date(2020, 10, 30)),
    (
        DocumentKind.MOTESANTECKNINGAR,
        "Utdrag ur mötesanteckningar från Trygg i Danderyds sammanträde 2020-11-18",
        date(2020, 11, 18),
    ),
    (DocumentKind.UTVARDERING, EVALUATION_TITLE, date(2020, 10, 15)),
)


def build(ctx: DemoContext, period: Period) -> OfficialReport:
    """Addressed to Kommunstyrelsen, the period's deciding body, with its decision heading."""
    report = make(
        OfficialReport,
        "official-report:2021",
        unit="Kommunledningskontoret",
        report_date=REPORT_DATE,
        dnr=DNR,
        case_officer=ctx.persons["samordnare"],
        title=TITLE,
        matter=MATTER,
        summary=SUMMARY,
        background=BACKGROUND,
        statement=STATEMENT,
        financial_consequences=FINANCIAL_CONSEQUENCES,
        child_perspective=CHILD_PERSPECTIVE,
    )
    period.official_report = report
    for number, text in enumerate(DECISION_POINTS, start=1):
        report.decision_points.append(
            make(DecisionPoint, f"decision-point:2021:{number}", text=text)
        )
    for document, title, document_date in ATTACHMENTS:
        report.attachments.append(
            make(
                Attachment,
                f"attachment:2021:{document.value}",
                document=document,
                title=title,
                document_date=document_date,
            )
        )
    for number, (name, organisation_key) in enumerate(
        (("Lokalpolisområde Södra Roslagen", "lpo"), ("Alla förvaltningar", None)), start=1
    ):
        report.recipients.append(
            make(
                DistributionRecipient,
                f"recipient:2021:{number}",
                name=name,
                organisation=ctx.organisations[organisation_key] if organisation_key else None,
            )
        )
    return report
