"""The two periods and what frames the current one: parties, agreement, the council's
endorsement, the board's decisions and who signs which document."""

from __future__ import annotations

from datetime import date

from bfa_desktop.model import (
    Agreement,
    BoardDecision,
    CouncilEndorsement,
    Period,
    PeriodParty,
    Signatory,
)
from bfa_desktop.model.enums import (
    DecisionSubject,
    DocumentKind,
    EndorsementOutcome,
    LegalBasis,
    PartyRole,
    PeriodPhase,
)
from bfa_desktop.services.demo.common import DemoContext, bullets, make, numbered, paragraphs
from bfa_desktop.services.demo.situation import PROBLEMS

DNR = "KS 2020/0359"
AGREEMENT_TITLE = "Samverkansöverenskommelse om brottsförebyggande arbete 2021–2022"
COUNCIL_MEETING = date(2020, 11, 18)
AGREEMENT_DECISION = date(2020, 11, 23)
ADOPTION_DECISION = date(2020, 12, 14)

# period key, organisation key, role
PARTIES: tuple[tuple[str, str, PartyRole], ...] = (
    ("2019", "kommun", PartyRole.KOMMUN),
    ("2019", "lpo", PartyRole.POLIS),
    ("2021", "kommun", PartyRole.KOMMUN),
    ("2021", "lpo", PartyRole.POLIS),
    ("2021", "po", PartyRole.POLIS),
    ("2021", "bostad", PartyRole.SAMVERKANSPART),
    ("2021", "sl", PartyRole.SAMVERKANSPART),
    ("2021", "grannsamverkan", PartyRole.SAMVERKANSPART),
    ("2021", "nattvandrare", PartyRole.SAMVERKANSPART),
)

POLICE = "För Polismyndigheten, Lokalpolisområde Södra Roslagen"
MUNICIPALITY = "För Danderyds kommun"

# document, person key, signing for
SIGNATORIES: tuple[tuple[DocumentKind, str, str], ...] = (
    (DocumentKind.OVERENSKOMMELSE, "lpo_chef", POLICE),
    (DocumentKind.OVERENSKOMMELSE, "kso", MUNICIPALITY),
    (DocumentKind.HANDLINGSPLAN, "lpo_chef", POLICE),
    (DocumentKind.HANDLINGSPLAN, "kso", MUNICIPALITY),
    (DocumentKind.MEDBORGARLOFTEN, "lpo_chef", POLICE),
    (DocumentKind.MEDBORGARLOFTEN, "kso", MUNICIPALITY),
    (DocumentKind.TJANSTEUTLATANDE, "kommundirektor", "Kommunledningskontoret"),
    (DocumentKind.TJANSTEUTLATANDE, "sakerhetschef", "Kommunledningskontoret"),
)


def build_previous(ctx: DemoContext) -> Period:
    """2019–2020: finished; only its plan (and the evaluation of it) matter now."""
    period = make(
        Period,
        "period:2019",
        start_date=date(2019, 1, 1),
        end_date=date(2020, 12, 31),
        legal_basis=LegalBasis.FRIVILLIG,
        phase=PeriodPhase.AVSLUTAD,
        note="Exempeldata. Föregående period; handlingsplanen utvärderas inför 2021–2022.",
    )
    ctx.municipality.periods.append(period)
    _add_parties(ctx, period, "2019")
    decision = make(
        BoardDecision,
        "decision:2019:antagande",
        subject=DecisionSubject.ANTAGANDE,
        body="Kommunstyrelsen",
        decision_date=date(2018, 12, 10),
        paragraph="§ 214",
        dnr="KS 2018/0412",
        summary="Kommunstyrelsen antog handlingsplan och medborgarlöften för 2019–2020.",
    )
    period.decisions.append(decision)
    ctx.decisions["2019:antagande"] = decision
    return period


def build_current(ctx: DemoContext, previous: Period) -> Period:
    period = make(
        Period,
        "period:2021",
        start_date=date(2021, 1, 1),
        end_date=date(2022, 12, 31),
        legal_basis=LegalBasis.FRIVILLIG,
        phase=PeriodPhase.GENOMFORANDE,
        previous_period=previous,
        note=(
            "Exempeldata. Perioden återskapar ärendet KS 2020/0359 med påhittade personer "
            "och siffror."
        ),
    )
    ctx.municipality.periods.append(period)
    _add_parties(ctx, period, "2021")
    period.agreement = _agreement()
    period.endorsement = make(
        CouncilEndorsement,
        "endorsement:2021",
        council=ctx.organisations["rad"],
        meeting_date=COUNCIL_MEETING,
        outcome=EndorsementOutcome.TILLSTYRKT,
        minutes_excerpt=MINUTES_EXCERPT,
        present=PRESENT,
        secretary="Karin Söderström",
        chair="Per-Olof Hedlund",
        adjusters="Gunilla Strand",
        adjusted_date=date(2020, 11, 20),
    )
    for key, subject, decided, paragraph, summary in (
        (
            "2021:overenskommelse",
            DecisionSubject.OVERENSKOMMELSE,
            AGREEMENT_DECISION,
            "§ 187",
            f"Kommunstyrelsen beslutade att kommunen ingår i {AGREEMENT_TITLE}.",
        ),
        (
            "2021:antagande",
            DecisionSubject.ANTAGANDE,
            ADOPTION_DECISION,
            "§ 203",
            "Kommunstyrelsen antog handlingsplan och medborgarlöften för 2021–2022 och lade "
            "utvärderingen och lägesbilden till handlingarna.",
        ),
    ):
        decision = make(
            BoardDecision,
            f"decision:{key}",
            subject=subject,
            body="Kommunstyrelsen",
            decision_date=decided,
            paragraph=paragraph,
            dnr=DNR,
            summary=summary,
        )
        period.decisions.append(decision)
        ctx.decisions[key] = decision
    for document, person_key, signing_for in SIGNATORIES:
        period.signatories.append(
            make(
                Signatory,
                f"signatory:2021:{document.value}:{person_key}",
                document=document,
                person=ctx.persons[person_key],
                signing_for=signing_for,
            )
        )
    return period


def _add_parties(ctx: DemoContext, period: Period, period_key: str) -> None:
    for key, organisation_key, role in PARTIES:
        if key == period_key:
            period.parties.append(
                make(
                    PeriodParty,
                    f"party:{period_key}:{organisation_key}",
                    organisation=ctx.organisations[organisation_key],
                    role=role,
                )
            )


def _agreement() -> Agreement:
    return make(
        Agreement,
        "agreement:2021",
        title=AGREEMENT_TITLE,
        dnr=DNR,
        signed_date=date(2020, 12, 1),
        background=paragraphs(
            "Danderyds kommun och Lokalpolisområde Södra Roslagen har samverkat i "
            "överenskommelser sedan 2017. Det här är den tredje överenskommelsen och den bygger "
            "på utvärderingen av handlingsplanen för 2019–2020 och på den gemensamma lokala "
            "lägesbilden för 2020.",
            "Överenskommelsen är frivillig och följer Brottsförebyggande rådets modell för "
            "samverkan mellan kommun och polis.",
        ),
        purpose=(
            "Att kommunen och polisen planerar och genomför åtgärder tillsammans, så att färre "
            "brott begås och fler invånare känner sig trygga i Danderyd."
        ),
        joint_goals=bullets(
            (
                "Färre bostadsinbrott och färre bedrägerier mot äldre.",
                "Ökad trygghet i Mörby centrum och vid kollektivtrafikens knutpunkter.",
                "Minskat bruk av alkohol och narkotika bland unga.",
                "Mindre skadegörelse och tryggare utemiljöer.",
                "Fler som utsätts för våld i nära relationer får stöd tidigt.",
            )
        ),
        prioritised_problems=paragraphs(
            "Parterna prioriterar de problem som den gemensamma lokala lägesbilden 2020 pekar ut:",
            numbered(problem.title for problem in PROBLEMS),
            "Åtgärderna beskrivs i handlingsplanen för 2021–2022.",
        ),
        organisation_text=paragraphs(
            "**Styrgrupp:** kommundirektören, lokalpolisområdeschefen, administrativ chef och "
            "säkerhetschef samt kommunpolisen.",
            "**Arbetsgrupp:** trygghetssamordnaren, kommunpolisen och kontaktpersoner från "
            "samtliga förvaltningar. Samverkansparter bjuds in efter behov.",
            "Trygghetssamordnaren på Kommunledningskontoret och kommunpolisen håller ihop "
            "arbetet och rapporterar till Trygg i Danderyd.",
        ),
        meeting_cadence=bullets(
            (
                "Styrgruppen träffas två gånger per år.",
                "Arbetsgruppen träffas en gång i månaden, utom i juli.",
                "Trygghetssamordnaren och kommunpolisen stämmer av varje vecka.",
            )
        ),
        information_exchange=paragraphs(
            "Parterna delar information om brott, ordningsstörningar och otrygga platser på "
            "aggregerad nivå vid arbetsgruppens möten och vid behov däremellan.",
            "Uppgifter om enskilda personer lämnas bara när lagen tillåter det, till exempel "
            "vid orosanmälningar och inom ramen för sekretessbrytande bestämmelser.",
        ),
        communication=paragraphs(
            "Medborgarlöftena är överenskommelsens utåtriktade del. Parterna berättar "
            "tillsammans om löftena och om hur arbetet går.",
            bullets(
                (
                    "kommunens webbplats och sociala medier",
                    "polisens lokala kanaler",
                    "trygghetsvandringar och medborgardialoger",
                )
            ),
        ),
        follow_up=paragraphs(
            "Handlingsplanens åtgärder följs upp varje halvår i arbetsgruppen och redovisas för "
            "Trygg i Danderyd. Medborgarlöftena följs upp varje halvår och resultatet "
            "publiceras för invånarna.",
            "Efter periodens slut utvärderas handlingsplanen som underlag för nästa "
            "överenskommelse.",
        ),
    )


MINUTES_EXCERPT = paragraphs(
    "**§ 9 Handlingsplan och medborgarlöften 2021–2022**",
    "Trygghetssamordnaren och kommunpolisen presenterade utvärderingen av handlingsplanen "
    "2019–2020, den gemensamma lokala lägesbilden 2020 samt förslagen till handlingsplan och "
    "medborgarlöften för 2021–2022.",
    "Rådet diskuterade särskilt tryggheten i Mörby centrum och hur resultatet av löftena ska "
    "nå invånarna.",
    "Trygg i Danderyd beslutade att tillstyrka förslagen och överlämna dem till Kommunstyrelsen.",
)

PRESENT = (
    "Per-Olof Hedlund (ordförande), Gunilla Strand, Rikard Bergh, Helena Forsberg, "
    "Mikael Åberg, Anders Malmqvist, Lina Ekström, Karin Söderström (sekreterare)"
)
