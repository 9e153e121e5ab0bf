"""The previous period's plan (2019–2020), the one the evaluation looks back on."""

from __future__ import annotations

from datetime import date

from bfa_desktop.model import ActionPlan, Period
from bfa_desktop.model.enums import DocumentStatus, WorkKind
from bfa_desktop.model.enums import FollowUpFrequency as Freq
from bfa_desktop.model.enums import MeasureKind as Kind
from bfa_desktop.model.enums import OwnerParty as Owner
from bfa_desktop.services.demo.common import DemoContext, make
from bfa_desktop.services.demo.plan_builder import FocusAreaSpec, MeasureSpec, add_focus_areas

TITLE = (
    "Handlingsplan för samverkan gällande förebyggande arbete för trygghet och mot brott 2019–2020"
)
START = date(2019, 1, 1)
END = date(2020, 12, 31)

# title, description, operational goal, kind, owner, unit, person, ordinary work?, hours,
# indicator
MeasureRow = tuple[str, str, str, Kind, Owner, str, str, bool, float, str]


def _measures(rows: tuple[MeasureRow, ...]) -> tuple[MeasureSpec, ...]:
    return tuple(
        MeasureSpec(
            title=title,
            intro=description,
            steps=(),
            goal=goal,
            kind=kind,
            owner=owner,
            unit=unit,
            person=person,
            start=START,
            deadline=None if ordinary else END,
            work=WorkKind.ORDINARIE if ordinary else WorkKind.ENGANGSINSATS,
            hours=hours,
            resources_note="Inom befintlig ram.",
            indicator=indicator,
            frequency=Freq.HALVAR,
        )
        for title, description, goal, kind, owner, unit, person, ordinary, hours, indicator in rows
    )


FOCUS_AREAS: tuple[FocusAreaSpec, ...] = (
    FocusAreaSpec(
        title="Bostadsinbrott",
        problem_text="Bostadsinbrotten i villaområdena ökade kraftigt under 2017.",
        causes=("Bristande skydd i villor.", "Få grannsamverkansområden."),
        measures=_measures(
            (
                (
                    "Informationsmöten om grannsamverkan",
                    "Polisen och kommunen bjuder in boende i drabbade områden.",
                    "Sex informationsmöten per år.",
                    Kind.SITUATIONELL,
                    Owner.GEMENSAMT,
                    "klk",
                    "samordnare",
                    False,
                    120,
                    "Antal möten och nya grannsamverkansområden",
                ),
                (
                    "Kampanj för märkning av värdesaker",
                    "Utlåning av märkutrustning via biblioteken.",
                    "500 hushåll märker sina värdesaker.",
                    Kind.SITUATIONELL,
                    Owner.KOMMUNEN,
                    "kof",
                    "kof_kontakt",
                    False,
                    60,
                    "Antal utlånade märksatser",
                ),
                (
                    "Riktade kontroller vid inbrottsserier",
                    "Polisen kontrollerar fordon när inbrotten ökar.",
                    "Tio kontrolltillfällen per år.",
                    Kind.SITUATIONELL,
                    Owner.POLISEN,
                    "lpo",
                    "omradespolis",
                    True,
                    250,
                    "Antal kontrolltillfällen",
                ),
            )
        ),
    ),
    FocusAreaSpec(
        title="Trygghet i offentlig miljö",
        problem_text="Mörby centrum och stationerna upplevs som otrygga kvällstid.",
        causes=("Få vuxna ute på kvällarna.", "Brister i belysning och skötsel."),
        measures=_measures(
            (
                (
                    "Trygghetsvandringar",
                    "Vandringar med boende där brister i miljön noteras.",
                    "Fyra vandringar per år.",
                    Kind.KARTLAGGNING,
                    Owner.GEMENSAMT,
                    "klk",
                    "samordnare",
                    True,
                    100,
                    "Antal vandringar",
                ),
                (
                    "Polisnärvaro i Mörby centrum på helgkvällar",
                    "Fotpatrullering fredag och lördag kväll.",
                    "30 insatser per år.",
                    Kind.SITUATIONELL,
                    Owner.POLISEN,
                    "lpo",
                    "omradespolis",
                    True,
                    700,
                    "Antal insatser",
                ),
                (
                    "Utreda kameraövervakning i Mörby centrum",
                    "Kommunen utreder förutsättningarna för kamerabevakning.",
                    "Utredning klar 2019-12-31.",
                    Kind.KARTLAGGNING,
                    Owner.KOMMUNEN,
                    "klk",
                    "sakerhetschef",
                    False,
                    80,
                    "Utredning redovisad för styrgruppen",
                ),
            )
        ),
    ),
    FocusAreaSpec(
        title="Ungdomar, alkohol och narkotika",
        problem_text="Alkoholdebuten sker tidigt och fler unga provar cannabis.",
        causes=("Lätt att få tag på alkohol.", "Föräldrar saknar kunskap."),
        measures=_measures(
            (
                (
                    "Föräldramöten om alkohol och narkotika",
                    "Information på föräldramöten i årskurs 7.",
                    "Alla högstadieskolor varje år.",
                    Kind.KOMMUNIKATION,
                    Owner.KOMMUNEN,
                    "utb",
                    "utb_kontakt",
                    False,
                    90,
                    "Antal skolor och deltagare",
                ),
                (
                    "Fältgrupp ute på helgkvällar",
                    "Fältassistenter möter unga där de samlas.",
                    "Fältgruppen ute 70 kvällar per år.",
                    Kind.SOCIAL,
                    Owner.KOMMUNEN,
                    "soc",
                    "soc_kontakt",
                    True,
                    600,
                    "Antal kvällar",
                ),
                (
                    "Kontrollköp av alkohol och folköl",
                    "Test av att butiker och restauranger kräver legitimation.",
                    "Alla försäljningsställen kontrolleras en gång.",
                    Kind.SITUATIONELL,
                    Owner.KOMMUNEN,
                    "msb",
                    "msb_kontakt",
                    True,
                    120,
                    "Antal kontrollköp",
                ),
            )
        ),
    ),
    FocusAreaSpec(
        title="Skadegörelse och klotter",
        problem_text="Klotter på skolor, stationer och elskåp ökar.",
        causes=("Sen sanering.", "Få lovaktiviteter för unga."),
        measures=_measures(
            (
                (
                    "Snabb sanering av klotter",
                    "Klotter på kommunens egendom tas bort inom två dygn.",
                    "80 procent sanerat inom två dygn.",
                    Kind.SITUATIONELL,
                    Owner.KOMMUNEN,
                    "tek",
                    "tek_kontakt",
                    True,
                    80,
                    "Andel sanerat inom två dygn",
                ),
                (
                    "Lovaktivitet med konstnärlig utsmyckning av elskåp",
                    "Unga målar elskåp tillsammans med en konstnär under sommarlovet.",
                    "Tjugo elskåp utsmyckade.",
                    Kind.SOCIAL,
                    Owner.KOMMUNEN,
                    "kof",
                    "kof_kontakt",
                    False,
                    140,
                    "Antal utsmyckade elskåp",
                ),
            )
        ),
    ),
    FocusAreaSpec(
        title="Brott mot äldre",
        problem_text="Äldre utsätts för bedrägerier och så kallade trickstölder.",
        causes=("Okunskap om bedragarnas metoder.",),
        measures=_measures(
            (
                (
                    "Informationsträffar om bedrägerier",
                    "Polisen informerar på kommunens träffpunkter.",
                    "Åtta träffar per år.",
                    Kind.KOMMUNIKATION,
                    Owner.GEMENSAMT,
                    "soc",
                    "aldre_kontakt",
                    False,
                    90,
                    "Antal träffar och deltagare",
                ),
                (
                    "Utskick med råd till alla över 75 år",
                    "En broschyr med råd om bedrägerier skickas hem.",
                    "Utskick till alla över 75 år en gång.",
                    Kind.KOMMUNIKATION,
                    Owner.KOMMUNEN,
                    "klk",
                    "kommunikator",
                    False,
                    40,
                    "Antal mottagare",
                ),
            )
        ),
    ),
    FocusAreaSpec(
        title="Våld i nära relationer",
        problem_text="Våldet är dolt och anmäls sällan.",
        causes=("Personal frågar inte om våld.",),
        measures=_measures(
            (
                (
                    "Utbildning om våld i nära relationer för personal",
                    "Grundutbildning för socialtjänst, skola och äldreomsorg.",
                    "200 medarbetare utbildade.",
                    Kind.SOCIAL,
                    Owner.KOMMUNEN,
                    "soc",
                    "soc_kontakt",
                    False,
                    160,
                    "Antal utbildade medarbetare",
                ),
            )
        ),
    ),
    FocusAreaSpec(
        title="Samverkan och information",
        problem_text="Parterna behöver en gemensam bild och att nå ut till invånarna.",
        causes=("Information delas för sällan.", "Invånarna känner inte till arbetet."),
        measures=_measures(
            (
                (
                    "Gemensam lägesbild varje månad",
                    "Kommunpolisen och samordnaren går igenom läget varje månad.",
                    "Elva genomgångar per år.",
                    Kind.KARTLAGGNING,
                    Owner.GEMENSAMT,
                    "klk",
                    "samordnare",
                    True,
                    60,
                    "Antal genomgångar",
                ),
                (
                    "Redovisa medborgarlöftena på webben",
                    "Resultatet av löftena publiceras varje halvår.",
                    "Fyra redovisningar under perioden.",
                    Kind.KOMMUNIKATION,
                    Owner.GEMENSAMT,
                    "klk",
                    "kommunikator",
                    False,
                    30,
                    "Antal redovisningar",
                ),
                (
                    "Ta fram en gemensam lokal lägesbild inför nästa period",
                    "Förvaltningarna och polisen kartlägger läget under 2020.",
                    "Lägesbilden klar 2020-10-31.",
                    Kind.KARTLAGGNING,
                    Owner.GEMENSAMT,
                    "klk",
                    "samordnare",
                    False,
                    240,
                    "Lägesbild klar i tid",
                ),
            )
        ),
    ),
)


def build(ctx: DemoContext, period: Period) -> ActionPlan:
    plan = make(
        ActionPlan,
        "action-plan:2019",
        title=TITLE,
        status=DocumentStatus.AVSLUTAD,
        version="1.0",
        document_date=date(2018, 11, 20),
        introduction=(
            "*Exempeldata.* Handlingsplanen för 2019–2020, den andra planen i samverkan mellan "
            "Danderyds kommun och Lokalpolisområde Södra Roslagen."
        ),
        decision=ctx.decisions["2019:antagande"],
    )
    period.action_plan = plan
    add_focus_areas(ctx, plan, "2019", FOCUS_AREAS)
    return plan
