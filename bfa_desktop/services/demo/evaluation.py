"""Utvärdering av tidigare handlingsplan 2019–2020: a verdict on every previous measure.
Lives in the 2021–2022 period, which it fed. All values are invented."""

from __future__ import annotations

from bfa_desktop.model import Evaluation, EvaluationRow, Period
from bfa_desktop.model.enums import EvaluationStatus as Status
from bfa_desktop.model.enums import Recommendation as Advice
from bfa_desktop.model.enums import TrafficLight as Light
from bfa_desktop.services.demo.common import DemoContext, bullets, make, paragraphs

TITLE = "Utvärdering av tidigare handlingsplan 2019–2020"

# measure number in the 2019–2020 plan: status, light, target, outcome, comment,
# assessed effect, recommendation, hours spent
VERDICTS: dict[str, tuple[Status, Light, str, str, str, str, Advice, float]] = {
    "1.1": (
        Status.GENOMFORD,
        Light.GRON,
        "12 möten",
        "14 möten, 9 nya områden",
        "Mötena var välbesökta, särskilt i Stocksund.",
        "Grannsamverkan växte, men de mest drabbade områdena nåddes inte fullt ut.",
        Advice.FORTSATT_I_ANDRAD_FORM,
        135,
    ),
    "1.2": (
        Status.DELVIS_GENOMFORD,
        Light.GUL,
        "500 hushåll",
        "310 hushåll",
        "Utlåningen stannade av när biblioteken stängde under pandemin.",
        "Svårt att bedöma; märkt egendom återfanns i två fall.",
        Advice.AVSLUTA,
        70,
    ),
    "1.3": (
        Status.GENOMFORD,
        Light.GRON,
        "20 tillfällen",
        "23 tillfällen",
        "Kontrollerna gav beslag av stöldgods vid fyra tillfällen.",
        "Bidrog troligen till att inbrotten minskade 2019–2020.",
        Advice.FORTSATT,
        280,
    ),
    "2.1": (
        Status.DELVIS_GENOMFORD,
        Light.GUL,
        "8 vandringar",
        "5 vandringar",
        "Tre vandringar ställdes in 2020.",
        "Gav konkreta förbättringar av belysning och växtlighet.",
        Advice.FORTSATT,
        85,
    ),
    "2.2": (
        Status.GENOMFORD,
        Light.GRON,
        "60 insatser",
        "66 insatser",
        "Insatserna uppskattades av centrumets butiker.",
        "Otryggheten i centrumet minskade något enligt trygghetsmätningen.",
        Advice.FORTSATT,
        760,
    ),
    "2.3": (
        Status.GENOMFORD,
        Light.GRON,
        "Utredning klar 2019-12-31",
        "Utredning klar 2019-11-15",
        "Utredningen visade att villkoren för kamerabevakning inte var uppfyllda.",
        "Ingen direkt effekt; underlaget används vid nya bedömningar.",
        Advice.AVSLUTA,
        75,
    ),
    "3.1": (
        Status.GENOMFORD,
        Light.GRON,
        "Alla skolor båda åren",
        "Alla skolor båda åren",
        "Mötena hölls digitalt 2020 med lägre deltagande.",
        "Föräldrar uppgav i enkät att de fått ny kunskap.",
        Advice.FORTSATT_I_ANDRAD_FORM,
        95,
    ),
    "3.2": (
        Status.GENOMFORD,
        Light.GRON,
        "140 kvällar",
        "151 kvällar",
        "Fältgruppen har god kontakt med unga i centrumet.",
        "Viktig för tidig upptäckt av unga i riskzon.",
        Advice.TILL_ORDINARIE_VERKSAMHET,
        620,
    ),
    "3.3": (
        Status.DELVIS_GENOMFORD,
        Light.GUL,
        "Alla försäljningsställen",
        "Två tredjedelar av försäljningsställena",
        "Kontrollköpen kom i gång först hösten 2019.",
        "Andelen som begärde legitimation ökade från 71 till 86 procent.",
        Advice.FORTSATT,
        110,
    ),
    "4.1": (
        Status.GENOMFORD,
        Light.GUL,
        "80 procent inom två dygn",
        "74 procent inom två dygn",
        "Målet nåddes nästan; helger drog ned resultatet.",
        "Skadegörelsen fortsatte öka, så snabbare sanering behövs.",
        Advice.FORTSATT_I_ANDRAD_FORM,
        95,
    ),
    "4.2": (
        Status.UTGAR,
        Light.ROD,
        "20 elskåp",
        "0 elskåp",
        "Aktiviteten ställdes in 2020 och ersattes inte.",
        "Ingen effekt kan bedömas.",
        Advice.AVSLUTA,
        15,
    ),
    "5.1": (
        Status.DELVIS_GENOMFORD,
        Light.GUL,
        "16 träffar",
        "9 träffar",
        "Inga fysiska träffar kunde hållas från mars 2020.",
        "Deltagarna uppgav att de blev mer vaksamma.",
        Advice.FORTSATT_I_ANDRAD_FORM,
        80,
    ),
    "5.2": (
        Status.GENOMFORD,
        Light.GRON,
        "Utskick en gång",
        "Utskick till 3 400 hushåll",
        "Broschyren togs väl emot och efterfrågas fortfarande.",
        "Svår att mäta; många ringde kommunen efter utskicket.",
        Advice.AVSLUTA,
        45,
    ),
    "6.1": (
        Status.PAGAENDE_FLYTTAS_OVER,
        Light.GUL,
        "200 medarbetare",
        "120 medarbetare",
        "Utbildningen fortsätter digitalt.",
        "Fler orosanmälningar om våld från skolan under 2020.",
        Advice.FORTSATT_I_ANDRAD_FORM,
        150,
    ),
    "7.1": (
        Status.GENOMFORD,
        Light.GRON,
        "22 genomgångar",
        "21 genomgångar",
        "Genomgångarna gav snabbare gemensamma åtgärder.",
        "Stärkte samverkan mellan samordnaren och kommunpolisen.",
        Advice.TILL_ORDINARIE_VERKSAMHET,
        55,
    ),
    "7.2": (
        Status.EJ_GENOMFORD,
        Light.ROD,
        "4 redovisningar",
        "1 redovisning",
        "Ansvaret för publiceringen var otydligt.",
        "Invånarna fick för lite återkoppling om löftena.",
        Advice.FORTSATT_I_ANDRAD_FORM,
        10,
    ),
    "7.3": (
        Status.GENOMFORD,
        Light.GRON,
        "Klar 2020-10-31",
        "Klar 2020-10-30",
        "Alla förvaltningar bidrog till lägesbilden.",
        "Gav ett bättre underlag för handlingsplanen 2021–2022.",
        Advice.FORTSATT,
        260,
    ),
}

SUMMARY = paragraphs(
    "*Exempeldata: utvärderingen visar hur ett dokument i BFA Desktop kan se ut. Alla siffror "
    "är påhittade.*",
    "Av handlingsplanens 17 åtgärder genomfördes tio helt och fyra delvis. En åtgärd förs över "
    "till nästa period, en genomfördes inte och en utgick.",
    "Pandemin gjorde att flera åtgärder med fysiska möten fick ställas in eller göras "
    "digitalt under 2020.",
)

BACKGROUND = (
    "Danderyds kommun och Lokalpolisområde Södra Roslagen antog handlingsplanen för 2019–2020 "
    "i december 2018. Enligt överenskommelsen ska planen utvärderas innan en ny plan beslutas."
)

METHOD = paragraphs(
    "Trygghetssamordnaren och kommunpolisen har gått igenom varje åtgärd tillsammans med den "
    "som var ansvarig. Underlaget är:",
    bullets(
        (
            "halvårsuppföljningarna 2019 och 2020",
            "statistik över anmälda brott och trygghetsmätningen",
            "intervjuer med ansvariga på förvaltningarna",
        )
    ),
    "Effekten bedöms där det går; för många åtgärder kan effekten bara visas på längre sikt.",
)

PROMISES_FOLLOW_UP = (
    "Löftet om synlig polis i Mörby centrum hölls. Löftet om trygghetsvandringar hölls delvis, "
    "eftersom tre vandringar ställdes in. Resultaten redovisades bara en gång för invånarna, "
    "vilket är för lite."
)

COLLABORATION = paragraphs(
    "Samverkan mellan kommunen och polisen har fungerat väl. Månadsgenomgångarna mellan "
    "samordnaren och kommunpolisen var den viktigaste arbetsformen.",
    "Styrgruppen träffades mer sällan än planerat, och förvaltningarnas delaktighet varierade.",
)

LESSONS = bullets(
    (
        "Färre åtgärder med tydligare mål och indikatorer.",
        "Varje åtgärd ska ha en namngiven ansvarig person.",
        "Återkopplingen till invånarna måste planeras och ha en ansvarig.",
        "Åtgärder med fysiska möten behöver ett digitalt alternativ.",
    )
)


def build(ctx: DemoContext, period: Period, previous: Period) -> Evaluation:
    evaluation = make(
        Evaluation,
        "evaluation:2021",
        title=TITLE,
        evaluated_period=previous,
        summary=SUMMARY,
        background=BACKGROUND,
        method=METHOD,
        promises_follow_up=PROMISES_FOLLOW_UP,
        collaboration=COLLABORATION,
        lessons=LESSONS,
    )
    period.evaluation = evaluation
    for number, verdict in VERDICTS.items():
        status, light, target, outcome, comment, effect, advice, hours = verdict
        measure = ctx.measures[f"2019:{number}"]
        evaluation.rows.append(
            make(
                EvaluationRow,
                f"evaluation-row:2021:{number}",
                measure=measure,  # linked: the free-text name fields stay empty
                status=status,
                traffic_light=light,
                target_value=target,
                outcome_value=outcome,
                comment=comment,
                assessed_effect=effect,
                recommendation=advice,
                hours_spent=hours,
            )
        )
    return evaluation
