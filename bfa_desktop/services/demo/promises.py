"""Danderyd – medborgarlöften 2021–2022: four promises, each one sentence naming its actor,
and how their results were told to the citizens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bfa_desktop.model import CitizenPromises, Period, Promise, PromiseFollowUp
from bfa_desktop.model.enums import DocumentStatus, ProgressStatus, PromiseActor
from bfa_desktop.services.demo.common import DemoContext, bullets, make, paragraphs

TITLE = "Danderyd – medborgarlöften 2021–2022"

WEB = "Kommunens webbplats och polisens lokala sida i sociala medier"


@dataclass(frozen=True)
class PromiseFollowUpSpec:
    period_label: str
    follow_up_date: date
    status: ProgressStatus
    outcome: str
    comment: str
    communicated_on: date
    channel: str


@dataclass(frozen=True)
class PromiseSpec:
    theme: str
    actor: PromiseActor
    sentence: str  # starts with the actor's name
    quantity: str
    places: tuple[str, ...]  # place keys
    measures: tuple[str, ...]  # "2021:2.1"
    follow_ups: tuple[PromiseFollowUpSpec, ...]


PROMISES: tuple[PromiseSpec, ...] = (
    PromiseSpec(
        theme="Trygghet i Mörby centrum",
        actor=PromiseActor.POLISEN,
        sentence=(
            "Polisen ska patrullera till fots i Mörby centrum och vid tunnelbanestationerna "
            "minst 40 fredags- eller lördagskvällar per år."
        ),
        quantity="minst 40 kvällar per år",
        places=("morby_centrum", "sjukhuset_station"),
        measures=("2021:2.1",),
        follow_ups=(
            PromiseFollowUpSpec(
                "2021 halvår 1",
                date(2021, 6, 30),
                ProgressStatus.PAGAR,
                "Poliser patrullerade 23 kvällar under första halvåret.",
                "Patrulleringen samordnades med centrumets ordningsvakter.",
                date(2021, 9, 15),
                WEB,
            ),
            PromiseFollowUpSpec(
                "2021 halvår 2",
                date(2021, 12, 31),
                ProgressStatus.PAGAR,
                "38 kvällar under 2021, två färre än löftet.",
                "Polisen räknar med att nå 40 kvällar 2022.",
                date(2022, 2, 10),
                "Kommunens webbplats och lokaltidningen",
            ),
        ),
    ),
    PromiseSpec(
        theme="Trygga utemiljöer",
        actor=PromiseActor.KOMMUNEN,
        sentence=(
            "Kommunen ska sätta upp ny belysning på minst tio platser som invånarna upplever "
            "som otrygga, bland annat i gångtunnlarna under E18."
        ),
        quantity="minst tio platser under 2021–2022",
        places=("gangtunnlar_e18", "enebyberg_station"),
        measures=("2021:4.2",),
        follow_ups=(
            PromiseFollowUpSpec(
                "2021 halvår 2",
                date(2021, 12, 31),
                ProgressStatus.PAGAR,
                "Fyra av de tio platserna har fått ny belysning.",
                "De övriga sex platserna byggs om under 2022.",
                date(2022, 2, 10),
                "Kommunens webbplats",
            ),
        ),
    ),
    PromiseSpec(
        theme="Trygga utemiljöer",
        actor=PromiseActor.GEMENSAMT,
        sentence=(
            "Polisen och kommunen ska genomföra minst fyra trygghetsvandringar per år "
            "tillsammans med boende, föreningar och fastighetsägare."
        ),
        quantity="minst fyra per år",
        places=("gangtunnlar_e18", "enebyberg_station", "morby_centrum"),
        measures=("2021:4.3",),
        follow_ups=(
            PromiseFollowUpSpec(
                "2021 halvår 1",
                date(2021, 6, 30),
                ProgressStatus.PAGAR,
                "Två vandringar genomförda, i Enebyberg och kring Mörby centrum.",
                "Deltagarna pekade ut 27 brister, varav 15 redan är åtgärdade.",
                date(2021, 9, 15),
                "Kommunens webbplats och nyhetsbrev till grannsamverkan",
            ),
            PromiseFollowUpSpec(
                "2021 halvår 2",
                date(2021, 12, 31),
                ProgressStatus.PAGAR,
                "Fem vandringar under 2021.",
                "Löftet hölls för 2021.",
                date(2022, 2, 10),
                "Kommunens webbplats och nyhetsbrev till grannsamverkan",
            ),
        ),
    ),
    PromiseSpec(
        theme="Bedrägerier mot äldre",
        actor=PromiseActor.GEMENSAMT,
        sentence=(
            "Polisen och kommunen ska hålla minst tolv träffar per år där äldre lär sig känna "
            "igen och stå emot bedrägerier."
        ),
        quantity="minst tolv träffar per år",
        places=(),
        measures=("2021:5.1", "2021:5.3"),
        follow_ups=(
            PromiseFollowUpSpec(
                "2021 halvår 1",
                date(2021, 6, 30),
                ProgressStatus.FORSENAD,
                "Fyra digitala träffar med sammanlagt 55 deltagare.",
                "Fysiska träffar kunde inte hållas under våren.",
                date(2021, 9, 15),
                "Träffpunkternas anslagstavlor och kommunens webbplats",
            ),
            PromiseFollowUpSpec(
                "2021 halvår 2",
                date(2021, 12, 31),
                ProgressStatus.PAGAR,
                "Tretton träffar under 2021 med totalt 265 deltagare.",
                "Löftet hölls för 2021.",
                date(2022, 2, 10),
                "Träffpunkternas anslagstavlor och kommunens webbplats",
            ),
        ),
    ),
)

INTRODUCTION = paragraphs(
    "*Exempeldata: löftena visar hur medborgarlöften i BFA Desktop kan se ut. Personer och "
    "siffror är påhittade.*",
    "Polisen och Danderyds kommun lovar invånarna att göra några saker extra för att fler ska "
    "känna sig trygga och färre ska utsättas för brott. Löftena bygger på vad invånarna har "
    "berättat i dialoger och enkäter.",
    "Löftena gäller 2021-01-01 – 2022-12-31.",
)

SITUATION_TODAY = paragraphs(
    "De flesta i Danderyd känner sig trygga. Men många upplever Mörby centrum som otryggt på "
    "helgkvällar, och gångtunnlarna under E18 undviks när det är mörkt.",
    "Bedrägerierna mot äldre har ökat de senaste åren.",
)

OTHER_PROBLEMS_NOTE = (
    "Löftena är bara en del av samarbetet. Andra problem, till exempel bostadsinbrott och våld i "
    "nära relationer, hanteras i handlingsplanen för 2021–2022."
)

EXPECTED_EFFECT = bullets(
    (
        "Fler känner sig trygga i Mörby centrum och vid stationerna.",
        "Färre undviker gångtunnlar och stationer när det är mörkt.",
        "Färre äldre luras av bedragare.",
    )
)

FOLLOW_UP = (
    "Polisen och kommunen följer upp löftena varje halvår i den gemensamma arbetsgruppen. "
    "Trygghetsmätningen 2022 visar om tryggheten har ökat."
)

CITIZEN_FEEDBACK = paragraphs(
    "Resultatet redovisas för invånarna varje halvår, senast två månader efter halvårets slut:",
    bullets(
        (
            "på kommunens webbplats och i polisens lokala kanaler",
            "i nyhetsbrevet till grannsamverkans kontaktombud",
            "vid trygghetsvandringarna och på träffpunkterna för äldre",
        )
    ),
)


def build(ctx: DemoContext, period: Period) -> CitizenPromises:
    document = make(
        CitizenPromises,
        "citizen-promises:2021",
        title=TITLE,
        status=DocumentStatus.BESLUTAD,
        valid_from=period.start_date,
        valid_to=period.end_date,
        introduction=INTRODUCTION,
        situation_today=SITUATION_TODAY,
        other_problems_note=OTHER_PROBLEMS_NOTE,
        expected_effect=EXPECTED_EFFECT,
        follow_up=FOLLOW_UP,
        citizen_feedback=CITIZEN_FEEDBACK,
    )
    period.citizen_promises = document
    for number, spec in enumerate(PROMISES, start=1):
        promise = make(
            Promise,
            f"promise:2021:{number}",
            theme=spec.theme,
            actor=spec.actor,
            sentence=spec.sentence,
            quantity=spec.quantity,
            places=[ctx.places[key] for key in spec.places],
            measures=[ctx.measures[key] for key in spec.measures],
        )
        for index, follow_up in enumerate(spec.follow_ups, start=1):
            promise.follow_ups.append(
                make(
                    PromiseFollowUp,
                    f"promise-follow-up:2021:{number}:{index}",
                    period_label=follow_up.period_label,
                    follow_up_date=follow_up.follow_up_date,
                    status=follow_up.status,
                    outcome=follow_up.outcome,
                    comment=follow_up.comment,
                    communicated_on=follow_up.communicated_on,
                    channel=follow_up.channel,
                )
            )
        document.promises.append(promise)
    return document
